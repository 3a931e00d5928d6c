// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "builtins.h"
#include "columntitles.h"
#include "csvfield.h"
#include "fleetmetrics.h"
#include "inputerror.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <sstream>

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

/// Each column evaluated as `kvscope eval` evaluates it (all replicas, costs included).
std::vector<Metrics> evaluatedColumns(std::span<const Scenario> columns)
{
    std::vector<Metrics> metrics;
    for (const Scenario &column : columns)
        metrics.push_back(evaluateFleet(column));
    return metrics;
}

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

std::string comparisonCsv(std::span<const Scenario> columns)
{
    const std::vector<std::string> titles = columnTitles(columns);
    const std::vector<ComparisonRow> rows = compareMetrics(evaluatedColumns(columns));
    std::ostringstream csv;
    csv << "metric,unit";
    for (const std::string &title : titles)
        csv << "," << csvField(title);
    for (std::size_t i = 1; i < titles.size(); ++i)
        csv << "," << csvField(titles[i] + " / " + titles[0]);
    csv << ",best\n";
    for (const ComparisonRow &row : rows) {
        const char *unit = row.metric->unit == MetricUnit::Bytes     ? "B"
                           : row.metric->unit == MetricUnit::Seconds ? "s"
                           : row.metric->unit == MetricUnit::Users   ? "users"
                           : row.metric->unit == MetricUnit::Usd     ? "USD"
                                                                     : "tokens/s";
        csv << row.metric->key << "," << unit;
        for (double value : row.values)
            csv << "," << formatPlain(value);
        for (std::size_t i = 1; i < row.ratios.size(); ++i)
            csv << "," << (row.ratios[i] ? formatPlain(*row.ratios[i]) : "");
        std::string best;
        for (std::size_t i = 0; i < row.isBest.size(); ++i)
            if (row.isBest[i])
                best += (best.empty() ? "" : ";") + titles[i];
        csv << "," << csvField(best) << "\n";
    }
    return csv.str();
}

std::string comparisonMarkdown(std::span<const Scenario> columns, ByteUnits units)
{
    const std::vector<std::string> titles = columnTitles(columns);
    const std::vector<ComparisonRow> rows = compareMetrics(evaluatedColumns(columns));
    std::ostringstream md;
    md << "| metric |";
    for (const std::string &title : titles)
        md << " " << title << " |";
    md << "\n|---|";
    for (std::size_t i = 0; i < titles.size(); ++i)
        md << "---:|";
    md << "\n";
    for (const ComparisonRow &row : rows) {
        md << "| " << row.metric->label << " |";
        for (std::size_t i = 0; i < row.values.size(); ++i) {
            std::string cell = formatMetric(row.metric->unit, row.values[i], units);
            if (i > 0)
                cell +=
                    " (" + (row.ratios[i] ? formatRatio(*row.ratios[i]) : std::string("n/a")) + ")";
            if (row.isBest[i])
                cell = "**" + cell + "**";
            md << " " << cell << " |";
        }
        md << "\n";
    }
    md << "\nRatios are to the first column; the best of each row is in bold.\n\n";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Scenario &s = columns[i];
        md << "- **" << titles[i] << "**: " << s.model.name << " on " << s.deployment.gpus << " x "
           << s.hardware.name << ", " << formatInteger(s.deployment.context) << " tokens, "
           << formatInteger(s.deployment.outputTokens) << " output tokens, batch "
           << s.deployment.batch << "\n";
    }
    return md.str();
}

} // namespace kvscope::model
