// SPDX-License-Identifier: GPL-3.0-or-later
// The context-switching chart's data: the time to swap one user's KV cache out to host memory and
// back over PCIe along context, against recomputing it, and where host memory stops holding it.
#pragma once

#include "explorerdata.h"
#include "series.h"

#include <vector>

namespace kvscope::model {

/// Context switching along context.
struct SwitchingCurves
{
    std::vector<double> context;
    std::vector<double> switchSeconds;  ///< 2 * KV per user / (G * PCIe)
    std::vector<double> prefillSeconds; ///< recomputing the cache instead, for comparison
    std::vector<double> kvPerUser;      ///< bytes moved each way
    std::vector<double> hostParkedUsers;
    double hostMemoryBytes = 0;
    /// Context beyond which host memory cannot park even one user's KV cache; 0 when that
    /// happens nowhere on the axis.
    double hostLimitContext = 0;

    bool operator==(const SwitchingCurves &) const = default;
};

/// The chart's curves along the explorer's sweep.
SwitchingCurves switchingCurves(const ExplorerData &data);
/// What the chart plots, for the CSV: the swap and the recompute times.
std::vector<Series> switchingSeries(const SwitchingCurves &curves);

} // namespace kvscope::model
