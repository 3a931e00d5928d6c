// SPDX-License-Identifier: GPL-3.0-or-later
#include "servingcost.h"

#include <algorithm>

namespace kvscope::model {

ServingCost servingCost(const CostTerms &terms, const Deployment &deployment,
                        const HardwareSpec &hardware, const Metrics &peak)
{
    ServingCost cost;
    if (!(hardware.gpuHourUsd > 0))
        return cost;
    cost.priced = true;
    const double groupPerSecond = deployment.gpus * hardware.gpuHourUsd / 3600.0;
    cost.perHour = deployment.gpus * std::max(1, deployment.replicas) * hardware.gpuHourUsd;
    if (deployment.context > 0)
        cost.perMillionInput = groupPerSecond * peak.prefillSeconds / deployment.context * 1e6;
    cost.fullLoadBatch = peak.concurrency;
    if (peak.concurrency >= 1) {
        Deployment full = deployment;
        full.batch = int(std::min(peak.concurrency, 1e9));
        const Metrics loaded = terms.evaluate(full, hardware);
        cost.perMillionOutput = groupPerSecond * loaded.decodeSecondsPerToken / full.batch * 1e6;
    }
    return cost;
}

} // namespace kvscope::model
