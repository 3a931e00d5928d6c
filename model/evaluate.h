// SPDX-License-Identifier: GPL-3.0-or-later
// The closed-form cost model of cost-model.md §4: one scenario in, every metric out.
#pragma once

#include "metrics.h"
#include "scenario.h"

namespace kvscope::model {

/// The model actually evaluated: the scenario's model, rescaled when deployment.modelSize is set.
ModelSpec effectiveModel(const Scenario &scenario);

/// Every metric of cost-model.md §4.1-§4.8 for one scenario.
Metrics evaluate(const Scenario &scenario);

/// KV bytes one user holds at `context` tokens: per-layer bytes per token times the tokens each
/// layer keeps (n, or min(n, w) for a sliding window), divided by the combined compression.
double kvBytesPerUser(const Scenario &scenario, double context);

/// Peak FLOP/s per GPU for the weight dtype: the fp8 peak for fp8 weights where the chip has one,
/// otherwise the bf16 peak (weight-only formats compute in bf16).
double peakFlops(const HardwareSpec &hardware, DType weightDtype);

} // namespace kvscope::model
