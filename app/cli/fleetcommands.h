// SPDX-License-Identifier: GPL-3.0-or-later
// `kvscope plan` (the smallest deployment for U users, model/plan.h) and `kvscope measurements`
// (the published points shipped with kvscope, model/measurements.h).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kvscope::app {

/// `kvscope plan --users U [--ttft S] [--tpot S] [--max-gpus N] [scenario options] [--json]`.
/// Prints the plan; throws model::InputError (status 2) for bad input and when nothing fits.
int runPlan(const std::vector<std::string> &args, std::ostream &out);

/// `kvscope measurements [--json]`: every shipped point with its source, peak and band.
int runMeasurements(const std::vector<std::string> &args, std::ostream &out);

} // namespace kvscope::app
