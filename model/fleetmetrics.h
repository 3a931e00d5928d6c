// SPDX-License-Identifier: GPL-3.0-or-later
// The peak metrics with what a fleet engineer reads beside them: the expected-in-practice band
// (cost-model.md §4.8), data-parallel capacity and the cost (§4.10).
#pragma once

#include "costterms.h"
#include "metrics.h"
#include "scenario.h"

namespace kvscope::model {

/// evaluate() plus the band, replicas x concurrency and the cost: what `eval --json`, the window
/// and the compare view show. About four evaluations.
Metrics evaluateFleet(const Scenario &scenario);
Metrics evaluateFleet(const CostTerms &terms, const Deployment &deployment,
                      const HardwareSpec &hardware);

} // namespace kvscope::model
