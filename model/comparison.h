// SPDX-License-Identifier: GPL-3.0-or-later
// Side-by-side comparison of 2 to 4 scenarios: one row per metric, one column per scenario, each
// value with its ratio to the first column and the best of each row marked. The compare view and
// `kvscope compare` both build their tables from this.
#pragma once

#include "metrics.h"
#include "scenario.h"
#include "units.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kvscope::model {

enum class Better
{
    Lower,
    Higher
};
enum class MetricUnit
{
    Bytes,
    Seconds,
    Users,
    TokensPerSecond,
    Usd
};

struct ComparisonMetric
{
    std::string_view key; ///< the `kvscope eval --json` key it reports
    std::string_view label;
    MetricUnit unit;
    Better better;
    double (*value)(const Metrics &);
};

/// The metrics a comparison shows, in display order.
std::span<const ComparisonMetric> comparisonMetrics();

struct ComparisonRow
{
    const ComparisonMetric *metric = nullptr;
    std::vector<double> values;
    /// value / first column's value; nullopt where the first value is 0.
    std::vector<std::optional<double>> ratios;
    /// Columns holding the row's best value; none when every column ties.
    std::vector<bool> isBest;
};

/// One row per comparison metric over the evaluated columns.
std::vector<ComparisonRow> compareMetrics(std::span<const Metrics> columns);

/// A value in the metric's unit: "11.44 GiB", "14.1 s", "18 users", "25.4 tokens/s".
std::string formatMetric(MetricUnit unit, double value, ByteUnits units);

/// The comparison as `kvscope compare --out FILE.csv` writes it: one row per metric with its
/// eval key and unit, every column's value (columns titled by columnTitles()), each column's ratio
/// to the first and the titles of the best columns. Numbers in %.10g; B, s, users, USD, tokens/s.
std::string comparisonCsv(std::span<const Scenario> columns);

/// The comparison as Markdown: a table of the values in their units with their ratios to the
/// first column, the best of each row in bold, then what each column holds.
std::string comparisonMarkdown(std::span<const Scenario> columns, ByteUnits units);

/// The scenario a comparison column names: a scenario id, a hardware id or a model id (the
/// `base` scenario on that hardware or with that model), or a preset file of any kind.
Scenario comparisonColumn(const std::string &idOrPath, const Scenario &base);

} // namespace kvscope::model
