// SPDX-License-Identifier: GPL-3.0-or-later
// Sweeps: the same scenario evaluated along one axis, for charts and `kvscope sweep`.
#pragma once

#include "evaluate.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace kvscope::model {

enum class SweepAxis
{
    Context,
    Gpus,
    Hbm,
    Params,
    ModelSize,
    Batch,
    OutputTokens
};

/// The command-line name of an axis ("context", "gpus", "hbm", "params", "model-size", "batch",
/// "output-tokens").
std::string_view axisName(SweepAxis axis);
std::optional<SweepAxis> parseAxis(std::string_view name);
/// The parameter-table key an axis moves ("hbm" moves "hbm-gib").
std::string_view axisParameterKey(SweepAxis axis);

/// `points` values from `from` to `to` inclusive, evenly spaced (or geometrically when `log`).
/// Integer axes are rounded and duplicates removed.
std::vector<double> sweepValues(double from, double to, int points, bool log, bool integer);

struct SweepPoint
{
    double x = 0;
    Metrics metrics;
};

/// Evaluates `scenario` with the axis set to each value (in the axis' table unit: tokens, GPUs,
/// GiB, parameters, users, tokens).
std::vector<SweepPoint> sweep(const Scenario &scenario, SweepAxis axis,
                              std::span<const double> values);

} // namespace kvscope::model
