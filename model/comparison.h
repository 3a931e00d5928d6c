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

/// The scenario a comparison column names: a scenario id, a hardware id or a model id (the
/// `base` scenario on that hardware or with that model), or a preset file of any kind.
Scenario comparisonColumn(const std::string &idOrPath, const Scenario &base);

} // namespace kvscope::model
