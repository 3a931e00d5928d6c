// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetcommands.h"

#include "clioptions.h"
#include "inputerror.h"
#include "measurements.h"
#include "plan.h"
#include "units.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <ostream>
#include <sstream>

namespace kvscope::app {

using namespace kvscope::model;

namespace {

nlohmann::json optionJson(const PlanOption &o, bool priced)
{
    nlohmann::json j;
    j["gpus"] = o.gpus;
    j["tp"] = o.tp;
    j["replicas"] = o.replicas;
    j["users_per_replica"] = o.usersPerReplica;
    j["capacity_per_replica"] = o.capacityPerReplica;
    j["ttft_seconds"] = o.ttftSeconds;
    j["ttft_seconds_peak"] = o.ttftPeak;
    j["tpot_seconds"] = o.tpotSeconds;
    j["tpot_seconds_peak"] = o.tpotPeak;
    j["cost_per_hour"] = priced ? nlohmann::json(o.costPerHour) : nlohmann::json(nullptr);
    j["cost_per_million_output_tokens"] =
        priced ? nlohmann::json(o.costPerMillionOutputTokens) : nlohmann::json(nullptr);
    return j;
}

std::string optionLine(const PlanOption &o, bool priced)
{
    std::string line = std::to_string(o.gpus) + " GPUs = " + std::to_string(o.replicas) + " x TP" +
                       std::to_string(o.tp) + ", " + formatUsers(o.usersPerReplica) +
                       " per replica (room for " + formatUsers(o.capacityPerReplica) + "); TTFT " +
                       formatSeconds(o.ttftSeconds) + ", TPOT " + formatSeconds(o.tpotSeconds) +
                       " expected (peak " + formatSeconds(o.ttftPeak) + ", " +
                       formatSeconds(o.tpotPeak) + ")";
    if (priced)
        line += "; " + formatUsd(o.costPerHour) + "/hour, " +
                formatUsd(o.costPerMillionOutputTokens) + " per million output tokens";
    return line;
}

double seconds(const CliOptions &options, const char *name)
{
    const double value = options.number(name, 0);
    if (options.has(name) && !(value > 0 && value <= 1e6))
        throw InputError("", std::string("--") + name, options.value(name),
                         "must be a time in seconds above 0 (e.g. 2 or 0.05)");
    return value;
}

} // namespace

int runPlan(const std::vector<std::string> &args, std::ostream &out)
{
    CliOptions::Spec spec = scenarioOptionSpec();
    spec.switches.insert("json");
    for (const char *name : {"ttft", "tpot", "max-gpus"})
        spec.values.insert(name);
    const CliOptions options(args, spec);
    if (!options.has("users"))
        throw InputError("", "--users", "", "missing: how many concurrent users to hold");
    const Scenario scenario = scenarioFromOptions(options);

    PlanRequest request;
    request.users = scenario.deployment.users;
    request.ttftSeconds = seconds(options, "ttft");
    request.tpotSeconds = seconds(options, "tpot");
    const double maxGpus = options.number("max-gpus", request.maxGpus);
    if (maxGpus < 1 || maxGpus > 100000 || maxGpus != std::floor(maxGpus))
        throw InputError("", "--max-gpus", options.value("max-gpus"),
                         "must be a whole number from 1 to 100000");
    request.maxGpus = int(maxGpus);

    const Plan plan = planDeployment(scenario, request);
    const bool priced = scenario.hardware.gpuHourUsd > 0;
    const std::string what =
        formatUsers(request.users) + " at " + formatTokens(scenario.deployment.context) +
        " tokens, " + scenario.model.name + " (" +
        std::string(dtypeName(scenario.deployment.weightDtype)) + ") on " + scenario.hardware.name;
    if (!plan.best)
        throw InputError("", "--users", std::to_string(request.users),
                         "no deployment holds " + what + ": " + plan.reason);

    if (options.has("json")) {
        nlohmann::json j = optionJson(*plan.best, priced);
        j["users"] = request.users;
        j["context"] = scenario.deployment.context;
        j["model"] = scenario.model.id;
        j["hardware"] = scenario.hardware.id;
        j["ttft_target_seconds"] =
            request.ttftSeconds > 0 ? nlohmann::json(request.ttftSeconds) : nlohmann::json();
        j["tpot_target_seconds"] =
            request.tpotSeconds > 0 ? nlohmann::json(request.tpotSeconds) : nlohmann::json();
        j["gpu_hour_usd"] =
            priced ? nlohmann::json(scenario.hardware.gpuHourUsd) : nlohmann::json(nullptr);
        nlohmann::json alternatives = nlohmann::json::array();
        for (const PlanOption &o : plan.alternatives)
            alternatives.push_back(optionJson(o, priced));
        j["alternatives"] = alternatives;
        j["peak_only"] = plan.peakOnly ? optionJson(*plan.peakOnly, priced) : nlohmann::json();
        out << j.dump(2) << "\n";
        return 0;
    }
    std::ostringstream text;
    text << "Plan for " << what << "\n";
    text << "targets: TTFT "
         << (request.ttftSeconds > 0 ? formatSeconds(request.ttftSeconds) : std::string("none"))
         << ", TPOT "
         << (request.tpotSeconds > 0 ? formatSeconds(request.tpotSeconds) : std::string("none"))
         << ", met at the expected band's high end\n\n";
    text << "  " << optionLine(*plan.best, priced) << "\n";
    for (const PlanOption &o : plan.alternatives)
        text << "  or " << optionLine(o, priced) << "\n";
    if (plan.peakOnly)
        text << "\nThe theoretical peak alone would need " << plan.peakOnly->gpus << " GPUs ("
             << plan.peakOnly->replicas << " x TP" << plan.peakOnly->tp << ").\n";
    if (!priced)
        text << "\nNo GPU-hour price for " << scenario.hardware.name
             << ": give one with --gpu-hour-usd X.\n";
    out << text.str();
    return 0;
}

int runMeasurements(const std::vector<std::string> &args, std::ostream &out)
{
    CliOptions::Spec spec;
    spec.switches = {"json"};
    const CliOptions options(args, spec);
    const auto sources = builtinMeasurementSources();
    if (options.has("json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const MeasuredPoint &p : builtinMeasurements()) {
            const MeasurementSource &s = sources[std::size_t(p.source)];
            const MeasurementCheck check = checkMeasurement(p);
            list.push_back({{"model", p.model},
                            {"hardware", p.hardware},
                            {"gpus", p.gpus},
                            {"weight_dtype", dtypeName(p.weightDtype)},
                            {"kv_dtype", dtypeName(p.kvDtype)},
                            {"input_tokens", p.inputTokens},
                            {"output_tokens", p.outputTokens},
                            {"batch", p.batch},
                            {"metric", measuredMetricKey(p.metric)},
                            {"value", p.value},
                            {"label", p.label},
                            {"peak", check.peak},
                            {"band_fast", check.bandFast},
                            {"band_slow", check.bandSlow},
                            {"slowdown", check.slowdown},
                            {"inside_band", check.inside},
                            {"source", s.name},
                            {"source_detail", s.source},
                            {"url", s.url},
                            {"date", s.date},
                            {"version", s.version}});
        }
        out << list.dump(2) << "\n";
        return 0;
    }
    std::ostringstream text;
    const auto value = [](MeasuredMetric metric, double v) {
        return metric == MeasuredMetric::OutputTokensPerSecondPerGpu
                   ? formatInteger(std::round(v)) + " tokens/s/GPU"
                   : formatSeconds(v);
    };
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const MeasurementSource &s = sources[i];
        text << s.name << "\n  " << s.url << " (" << s.version << ", " << s.date << ")\n";
        for (const MeasuredPoint &p : builtinMeasurements()) {
            if (std::size_t(p.source) != i)
                continue;
            const MeasurementCheck check = checkMeasurement(p);
            text << "  " << p.model << " on " << p.gpus << " x " << p.hardware << ", " << p.label
                 << ": " << value(p.metric, p.value) << " (peak " << value(p.metric, check.peak)
                 << ", band " << value(p.metric, check.bandFast) << " to "
                 << value(p.metric, check.bandSlow) << ", " << formatRatio(check.slowdown)
                 << " the peak" << (check.inside ? "" : "; outside the band") << ")\n";
        }
        text << "\n";
    }
    text << builtinMeasurements().size() << " points from " << sources.size()
         << " sources; docs/calibration.md explains the band and its outsiders.\n";
    out << text.str();
    return 0;
}

} // namespace kvscope::app
