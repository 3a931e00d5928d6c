// SPDX-License-Identifier: GPL-3.0-or-later
// What serving costs at the hardware's GPU-hour price (cost-model.md §4.10): per million input
// tokens at the prefill time, per million output tokens at full load.
#pragma once

#include "costterms.h"
#include "metrics.h"

namespace kvscope::model {

struct ServingCost
{
    bool priced = false;         ///< the hardware has a GPU-hour price (gpuHourUsd > 0)
    double perHour = 0;          ///< G * replicas * price, USD per hour
    double perMillionInput = 0;  ///< G * price/s * prefill_seconds / n * 1e6, USD
    double perMillionOutput = 0; ///< G * price/s * t_step(C) / C * 1e6, USD; 0 when C < 1
    double fullLoadBatch = 0;    ///< C, the users the HBM holds (the concurrency ceiling)
};

/// The cost of one deployment from its peak metrics; the output cost evaluates one more decode
/// at the full-load batch. All figures are 0 when the hardware has no price.
ServingCost servingCost(const CostTerms &terms, const Deployment &deployment,
                        const HardwareSpec &hardware, const Metrics &peak);

} // namespace kvscope::model
