// SPDX-License-Identifier: GPL-3.0-or-later
// How a tour moves from one scene to the next: the scenario a fraction of the way between two
// scenes, so the charts glide from one to the other rather than jump. Only quantities that vary
// smoothly move; a count or a choice (GPUs, a data type, the model) changes at the end.
#pragma once

#include "scenario.h"

namespace kvscope::model {

/// The scenario `t` of the way (0..1, clamped) from `from` to `to`. The context, the output
/// length and the KV-cache compression factors move geometrically (their axes and sliders are
/// logarithmic), host memory and, on the same hardware, HBM per GPU linearly; everything else is
/// `from`'s until t reaches 1, where the result is `to` exactly.
Scenario sceneBetween(const Scenario &from, const Scenario &to, double t);

} // namespace kvscope::model
