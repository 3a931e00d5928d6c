// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleetmetrics.h"

#include "expectedband.h"
#include "servingcost.h"

#include <algorithm>

namespace kvscope::model {

Metrics evaluateFleet(const CostTerms &terms, const Deployment &deployment,
                      const HardwareSpec &hardware)
{
    Metrics r = terms.evaluate(deployment, hardware);
    const ExpectedBand band = expectedBand(terms, deployment, hardware, r);
    r.expectedPrefillLow = band.prefillLow;
    r.expectedPrefillHigh = band.prefillHigh;
    r.expectedDecodePerTokenLow = band.decodePerTokenLow;
    r.expectedDecodePerTokenHigh = band.decodePerTokenHigh;
    r.fleetConcurrency = std::max(1, deployment.replicas) * r.concurrency;
    const ServingCost cost = servingCost(terms, deployment, hardware, r);
    r.costPerHour = cost.perHour;
    r.costPerMillionInputTokens = cost.perMillionInput;
    r.costPerMillionOutputTokens = cost.perMillionOutput;
    return r;
}

Metrics evaluateFleet(const Scenario &scenario)
{
    return evaluateFleet(CostTerms(scenario), scenario.deployment, scenario.hardware);
}

} // namespace kvscope::model
