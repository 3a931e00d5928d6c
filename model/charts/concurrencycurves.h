// SPDX-License-Identifier: GPL-3.0-or-later
// The concurrency chart's data: how many users fit in HBM along context, for the scenario's GPU
// count and, faintly beside it, for 1, 2, 4 and 8 GPUs.
#pragma once

#include "explorerdata.h"
#include "series.h"

#include <string>
#include <vector>

namespace kvscope::model {

/// The GPU counts the concurrency chart draws faintly beside the current one.
inline constexpr int kComparedGpuCounts[] = {1, 2, 4, 8};

/// Users that fit along context for one GPU count.
struct ConcurrencyCurve
{
    int gpus = 1;
    int replicas = 1;     ///< data-parallel copies of the group
    bool current = false; ///< the scenario's own GPU count
    std::vector<double> context;
    /// replicas * floor(concurrency_exact): the users every data-parallel copy holds together
    std::vector<double> users;

    bool operator==(const ConcurrencyCurve &) const = default;
};

/// The scenario's own curve and one per valid compared GPU count, by GPU count.
std::vector<ConcurrencyCurve> concurrencyCurves(const ExplorerData &data);
/// "1 GPU", "2 × 4 GPUs, this setting": a curve's name in the chart and the CSV.
std::string concurrencyCurveName(const ConcurrencyCurve &curve);
/// What the chart plots, for the CSV: one users column per curve.
std::vector<Series> concurrencySeries(const std::vector<ConcurrencyCurve> &curves);

} // namespace kvscope::model
