// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "builtins.h"
#include "inputerror.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>

namespace kvscope::model {

namespace {

const std::array kMetrics = {
    ComparisonMetric{"kv_bytes_per_user", "KV cache per user", MetricUnit::Bytes, Better::Lower,
                     [](const Metrics &m) {
                         return m.kvBytesPerUser;
                     }},
    ComparisonMetric{"weight_bytes", "Weights", MetricUnit::Bytes, Better::Lower,
                     [](const Metrics &m) {
                         return m.weightBytes;
                     }},
    ComparisonMetric{"free_kv_bytes", "Free for KV", MetricUnit::Bytes, Better::Higher,
                     [](const Metrics &m) {
                         return m.freeKvBytes;
                     }},
    ComparisonMetric{"concurrency", "Concurrency", MetricUnit::Users, Better::Higher,
                     [](const Metrics &m) {
                         return m.concurrency;
                     }},
    ComparisonMetric{"prefill_seconds", "Prefill (time to first token)", MetricUnit::Seconds,
                     Better::Lower,
                     [](const Metrics &m) {
                         return m.prefillSeconds;
                     }},
    ComparisonMetric{"decode_seconds_per_token", "Decode per token", MetricUnit::Seconds,
                     Better::Lower,
                     [](const Metrics &m) {
                         return m.decodeSecondsPerToken;
                     }},
    ComparisonMetric{"decode_seconds", "Decode, all output tokens", MetricUnit::Seconds,
                     Better::Lower,
                     [](const Metrics &m) {
                         return m.decodeSeconds;
                     }},
    ComparisonMetric{"decode_tokens_per_second", "Decode throughput", MetricUnit::TokensPerSecond,
                     Better::Higher,
                     [](const Metrics &m) {
                         return m.decodeTokensPerSecond;
                     }},
    ComparisonMetric{"context_switch_seconds", "Context switch", MetricUnit::Seconds, Better::Lower,
                     [](const Metrics &m) {
                         return m.contextSwitchSeconds;
                     }},
    ComparisonMetric{"fleet_concurrency", "Users, all replicas", MetricUnit::Users, Better::Higher,
                     [](const Metrics &m) {
                         return m.fleetConcurrency;
                     }},
    ComparisonMetric{"cost_per_million_input_tokens", "Cost per million input tokens",
                     MetricUnit::Usd, Better::Lower,
                     [](const Metrics &m) {
                         return m.costPerMillionInputTokens;
                     }},
    ComparisonMetric{"cost_per_million_output_tokens", "Cost per million output tokens",
                     MetricUnit::Usd, Better::Lower,
                     [](const Metrics &m) {
                         return m.costPerMillionOutputTokens;
                     }},
};

} // namespace

std::span<const ComparisonMetric> comparisonMetrics()
{
    return kMetrics;
}

std::vector<ComparisonRow> compareMetrics(std::span<const Metrics> columns)
{
    std::vector<ComparisonRow> rows;
    for (const ComparisonMetric &metric : kMetrics) {
        ComparisonRow row;
        row.metric = &metric;
        for (const Metrics &column : columns)
            row.values.push_back(metric.value(column));
        const double first = row.values.empty() ? 0 : row.values.front();
        // No ratio to or from a missing price: "n/a", not "x0".
        const bool unpriced = metric.unit == MetricUnit::Usd;
        for (double value : row.values)
            row.ratios.push_back(first != 0 && !(unpriced && value <= 0)
                                     ? std::optional(value / first)
                                     : std::nullopt);
        // A cost of 0 means "no price" (or nothing fits), never the cheapest.
        std::vector<double> ranked;
        for (double value : row.values)
            if (metric.unit != MetricUnit::Usd || value > 0)
                ranked.push_back(value);
        const auto [low, high] = std::minmax_element(ranked.begin(), ranked.end());
        const bool allEqual = ranked.size() < 2 || *low == *high;
        const double best = allEqual ? 0 : metric.better == Better::Lower ? *low : *high;
        for (double value : row.values)
            row.isBest.push_back(!allEqual && value == best &&
                                 (metric.unit != MetricUnit::Usd || value > 0));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string formatMetric(MetricUnit unit, double value, ByteUnits units)
{
    switch (unit) {
    case MetricUnit::Bytes:
        return formatBytes(value, units);
    case MetricUnit::Seconds:
        return formatSeconds(value);
    case MetricUnit::Users:
        return formatUsers(value);
    case MetricUnit::TokensPerSecond: {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%.1f tokens/s", value);
        return buf;
    }
    case MetricUnit::Usd:
        return value > 0 ? formatUsd(value) : std::string("n/a");
    }
    return formatPlain(value);
}

Scenario comparisonColumn(const std::string &idOrPath, const Scenario &base)
{
    if (const Scenario *scenario = findBuiltinScenario(idOrPath))
        return *scenario;
    if (const HardwareSpec *hardware = findBuiltinHardware(idOrPath)) {
        Scenario s = base;
        s.setHardware(*hardware);
        s.id = hardware->id;
        return s;
    }
    if (const ModelSpec *model = findBuiltinModel(idOrPath)) {
        Scenario s = base;
        s.setModel(*model);
        s.id = model->id;
        return s;
    }
    std::error_code error;
    if (!std::filesystem::exists(idOrPath, error))
        throw InputError("", "--scenario", idOrPath,
                         "no built-in scenario, hardware or model with this id, and no such file");
    const Preset preset = loadPresetFile(idOrPath, builtinResolver());
    Scenario s = base;
    if (const auto *scenario = std::get_if<Scenario>(&preset))
        s = *scenario;
    else if (const auto *hardware = std::get_if<HardwareSpec>(&preset))
        s.setHardware(*hardware);
    else
        s.setModel(std::get<ModelSpec>(preset));
    if (s.id.empty() || !std::holds_alternative<Scenario>(preset))
        s.id = std::filesystem::path(idOrPath).stem().string();
    return s;
}

} // namespace kvscope::model
