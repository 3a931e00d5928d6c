// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaltable.h"

#include "evaluate.h"
#include "scenarionotes.h"
#include "session.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace kvscope::app {

using namespace kvscope::model;

nlohmann::json metricsJson(const Scenario &scenario, const Metrics &r)
{
    const ModelSpec model = effectiveModel(scenario);
    const Deployment &d = scenario.deployment;
    nlohmann::json j;
    j["params"] = r.params;
    j["active_params"] = r.activeParams;
    j["kv_bytes_per_token"] = r.kvBytesPerToken;
    j["kv_bytes_per_user"] = r.kvBytesPerUser;
    j["kv_replication"] = r.kvReplication;
    j["state_bytes_per_user"] = r.stateBytesPerUser;
    j["weight_bytes"] = r.weightBytes;
    j["hbm_bytes"] = r.hbmBytes;
    j["reserved_bytes"] = r.reservedBytes;
    j["free_kv_bytes"] = r.freeKvBytes;
    j["shortfall_bytes"] = r.shortfallBytes;
    j["fits"] = r.fits;
    j["concurrency"] = r.concurrency;
    j["concurrency_exact"] = r.concurrencyExact;
    j["prefill_flops"] = r.prefillFlops;
    j["prefill_linear_flops"] = r.prefillLinearFlops;
    j["prefill_attention_flops"] = r.prefillAttentionFlops;
    j["prefill_seconds"] = r.prefillSeconds;
    j["prefill_comm_seconds"] = r.prefillCommSeconds;
    j["prefill_bound"] = boundName(r.prefillBound);
    j["prefill_activation_bytes"] = r.prefillActivationBytes;
    j["decode_seconds_per_token"] = r.decodeSecondsPerToken;
    j["decode_seconds"] = r.decodeSeconds;
    j["decode_weight_seconds"] = r.decodeWeightSeconds;
    j["decode_kv_seconds"] = r.decodeKvSeconds;
    j["decode_compute_seconds"] = r.decodeComputeSeconds;
    j["decode_comm_seconds"] = r.decodeCommSeconds;
    j["decode_bound"] = boundName(r.decodeBound);
    j["decode_tokens_per_second"] = r.decodeTokensPerSecond;
    j["context_switch_seconds"] = r.contextSwitchSeconds;
    j["host_parked_users"] = r.hostParkedUsers;
    // §4.8 the expected-in-practice band beside the peak, §4.10 the cost.
    j["expected_prefill_seconds_low"] = r.expectedPrefillLow;
    j["expected_prefill_seconds_high"] = r.expectedPrefillHigh;
    j["expected_decode_seconds_per_token_low"] = r.expectedDecodePerTokenLow;
    j["expected_decode_seconds_per_token_high"] = r.expectedDecodePerTokenHigh;
    j["replicas"] = d.replicas;
    j["fleet_concurrency"] = r.fleetConcurrency;
    const bool priced = scenario.hardware.gpuHourUsd > 0;
    const auto usd = [priced](double value) {
        return priced ? nlohmann::json(value) : nlohmann::json(nullptr);
    };
    j["gpu_hour_usd"] = usd(scenario.hardware.gpuHourUsd);
    j["cost_per_hour"] = usd(r.costPerHour);
    j["cost_per_million_input_tokens"] = usd(r.costPerMillionInputTokens);
    j["cost_per_million_output_tokens"] = priced && r.concurrency >= 1
                                              ? nlohmann::json(r.costPerMillionOutputTokens)
                                              : nlohmann::json(nullptr);
    // The inputs, so a result can be traced to its scenario.
    j["model"] = scenario.model.id;
    j["hardware"] = scenario.hardware.id;
    j["layers"] = model.layers;
    j["hidden"] = model.hidden;
    j["heads"] = model.heads;
    j["kv_heads"] = model.kvHeads;
    j["head_dim"] = model.effectiveHeadDim();
    j["ffn"] = model.ffn;
    j["gpus"] = d.gpus;
    j["context"] = d.context;
    j["output_tokens"] = d.outputTokens;
    j["batch"] = d.batch;
    j["weight_dtype"] = dtypeName(d.weightDtype);
    j["kv_dtype"] = dtypeName(d.kvDtype);
    j["attention_flops"] = attentionFlopsName(d.attentionFlops);
    j["tp_comm"] = d.tpCommunication;
    j["kv_compression"] = d.kvCompression.combined();
    j["mfu"] = d.mfu;
    j["mbu"] = d.mbu;
    j["notes"] = scenarioNotes(scenario, ByteUnits::Binary);

    // §4.9: the U users of --users sharing the server.
    const SessionSchedule schedule = scheduleSessions(scenario);
    j["session_users"] = schedule.userCount;
    j["session_feasible"] = schedule.feasible;
    if (schedule.feasible) {
        j["session_throughput_per_hour"] = schedule.sessionsPerHour;
        j["session_makespan_seconds"] = schedule.makespan;
        j["session_ttft_seconds_median"] = schedule.ttft.median;
        j["session_tpot_seconds_median"] = schedule.tpot.median;
        j["session_swaps"] = schedule.swapOuts + schedule.swapIns;
    } else {
        j["session_throughput_per_hour"] = nullptr;
        j["session_makespan_seconds"] = nullptr;
        j["session_ttft_seconds_median"] = nullptr;
        j["session_tpot_seconds_median"] = nullptr;
        j["session_swaps"] = 0;
        j["session_reason"] = schedule.reason;
    }
    return j;
}

namespace {

class Table
{
public:
    void section(const std::string &title) { m_out << "\n" << title << "\n"; }
    void row(const std::string &label, const std::string &value)
    {
        std::string padded = "  " + label;
        padded.resize(std::max<std::size_t>(padded.size() + 1, 42), ' ');
        m_out << padded << value << "\n";
    }
    std::string text() const { return m_out.str(); }

private:
    std::ostringstream m_out;
};

} // namespace

std::string metricsTable(const Scenario &scenario, const Metrics &r, ByteUnits units)
{
    const ModelSpec model = effectiveModel(scenario);
    const Deployment &d = scenario.deployment;
    const HardwareSpec &hw = scenario.hardware;
    const auto bytes = [units](double value) {
        return formatBytes(value, units);
    };
    Table t;

    t.section("Scenario");
    t.row("model", model.name + " (" + scenario.model.id + ")");
    t.row("architecture", std::to_string(model.layers) + " layers, hidden " +
                              std::to_string(model.hidden) + ", " + std::to_string(model.heads) +
                              " heads / " + std::to_string(model.kvHeads) + " KV heads x " +
                              std::to_string(model.effectiveHeadDim()) + ", FFN " +
                              std::to_string(model.ffn));
    t.row("parameters", formatParams(r.params) + " total, " + formatParams(r.activeParams) +
                            " active" +
                            (d.paramsOverride > 0 ? " (recounted)"
                             : d.modelSize > 0    ? " (architecture rescaled)"
                                                  : ""));
    t.row("hardware", hw.name + " x " + std::to_string(d.gpus) + ": " + bytes(hw.hbmBytes) +
                          " HBM, " + formatBandwidth(hw.hbmBandwidth) + ", " +
                          formatFlopRate(peakFlops(hw, d.weightDtype)));
    t.row("context / output / batch", formatInteger(d.context) + " tokens / " +
                                          formatInteger(d.outputTokens) + " tokens / " +
                                          formatUsers(d.batch));
    t.row("dtypes (weights / KV)",
          std::string(dtypeName(d.weightDtype)) + " / " + std::string(dtypeName(d.kvDtype)));
    const std::string flops = d.attentionFlops == AttentionFlops::Paper
                                  ? "paper (N n^2 / 12d, 2 N n)"
                                  : std::string(attentionFlopsName(d.attentionFlops));
    t.row("conventions", "attention FLOP " + flops + ", TP communication " +
                             std::string(tpCommunicationName(d.tpCommunication)) + ", mfu " +
                             formatPlain(d.mfu) + ", mbu " + formatPlain(d.mbu) +
                             ", KV compression " + formatRatio(d.kvCompression.combined()));
    for (const std::string &note : scenarioNotes(scenario, units))
        t.row("note", note);

    t.section("Memory (HBM size)");
    t.row("KV cache per token", formatInteger(r.kvBytesPerToken) + " B");
    t.row("KV cache per user", bytes(r.kvBytesPerUser));
    t.row("weights", bytes(r.weightBytes));
    t.row("HBM usable (G x u x HBM)", bytes(r.hbmBytes));
    if (r.reservedBytes > 0)
        t.row("reserved (G x reserve)", bytes(r.reservedBytes));
    t.row("free for KV after weights and reserve",
          r.fits ? bytes(r.freeKvBytes)
                 : "none: the weights do not fit (" + bytes(r.shortfallBytes) + " short)");
    t.row("concurrency", formatUsers(r.concurrency) + " (exact " +
                             formatPlain(std::floor(r.concurrencyExact * 100) / 100) + ")");
    t.row("prefill activations (peak)", bytes(r.prefillActivationBytes));

    t.section("Prefill (GPU FLOP/s)");
    t.row("FLOP (linear + attention)", formatFlops(r.prefillFlops) + " (" +
                                           formatFlops(r.prefillLinearFlops) + " + " +
                                           formatFlops(r.prefillAttentionFlops) + ")");
    t.row("time to first token",
          formatSeconds(r.prefillSeconds) + " peak, " + boundName(r.prefillBound) + " bound");
    t.row("expected in practice",
          formatSecondsRange(r.expectedPrefillLow, r.expectedPrefillHigh, 2));

    t.section("Decode (HBM bandwidth)");
    t.row("per output token",
          formatSeconds(r.decodeSecondsPerToken) + " peak, " + boundName(r.decodeBound) + " bound");
    t.row("expected in practice",
          formatSecondsRange(r.expectedDecodePerTokenLow, r.expectedDecodePerTokenHigh, 2));
    t.row(formatInteger(d.outputTokens) + " tokens", formatSeconds(r.decodeSeconds));
    t.row("throughput", formatPlain(std::round(r.decodeTokensPerSecond * 10) / 10) + " tokens/s");

    t.section("Cost (" +
              (hw.gpuHourUsd > 0 ? formatUsd(hw.gpuHourUsd) + " per GPU-hour"
                                 : std::string("no GPU-hour price: --gpu-hour-usd")) +
              ")");
    if (hw.gpuHourUsd > 0) {
        const int gpus = d.gpus * std::max(1, d.replicas);
        t.row("deployment", formatUsd(r.costPerHour) + " per hour (" + std::to_string(gpus) +
                                (gpus == 1 ? " GPU)" : " GPUs)"));
        t.row("per million input tokens", formatUsd(r.costPerMillionInputTokens) + " (peak)");
        t.row("per million output tokens",
              r.concurrency >= 1 ? formatUsd(r.costPerMillionOutputTokens) + " (peak, full load: " +
                                       formatUsers(r.concurrency) + " per group)"
                                 : std::string("none: not one user fits"));
    }
    if (d.replicas > 1)
        t.row("users held by all replicas", formatUsers(r.fleetConcurrency));

    t.section("Context switching (PCIe)");
    t.row("swap one user out and in", formatSeconds(r.contextSwitchSeconds));
    t.row("users parked in host memory", formatUsers(std::floor(r.hostParkedUsers)));

    const SessionSchedule schedule = scheduleSessions(scenario);
    t.section("Sessions (" + formatUsers(d.users) + " sharing the server, --users)");
    if (!schedule.feasible) {
        t.row("schedule", "none: " + schedule.reason);
        return t.text();
    }
    const auto spread = [](const Spread &s) {
        return formatSeconds(s.min) + " / " + formatSeconds(s.median) + " / " +
               formatSeconds(s.max);
    };
    t.row("throughput", formatPlain(std::round(schedule.sessionsPerHour * 10) / 10) +
                            " sessions/hour (all done in " + formatSeconds(schedule.makespan) +
                            ")");
    t.row("time to first token min/med/max", spread(schedule.ttft));
    t.row("time per output token min/med/max", spread(schedule.tpot));
    t.row("context switches", formatInteger(schedule.swapOuts + schedule.swapIns));
    return t.text();
}

} // namespace kvscope::app
