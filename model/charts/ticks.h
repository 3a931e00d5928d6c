// SPDX-License-Identifier: GPL-3.0-or-later
// Axis ticks with their labels, computed by the model so a chart's axes can be tested without a
// display: nice linear steps, round byte and second steps, and logarithmic token, time and user
// ticks.
#pragma once

#include "units.h"

#include <string>
#include <vector>

namespace kvscope::model {

/// Where a concurrency of zero is drawn on the logarithmic users axis (labelled "0").
inline constexpr double kZeroUsersFloor = 0.2;

/// Ticks for one axis: major values with their labels, and minor values.
struct Ticks
{
    std::vector<double> values;
    std::vector<std::string> labels;
    std::vector<double> minor;
};

/// About `target` ticks at 1, 2, 2.5 or 5 times a power of ten covering [lo, hi].
std::vector<double> niceTicks(double lo, double hi, int target);
/// Linear byte ticks that are round in the display prefix chosen for `hi` (10 GiB steps, not
/// 10.74 GB), labelled with formatBytes ("20 GiB"; "0" at zero).
Ticks byteTicks(double lo, double hi, ByteUnits units, int target = 6);
/// Linear second ticks, round in the unit formatSeconds uses for `hi`.
Ticks secondTicks(double lo, double hi, int target = 6);
/// Logarithmic second ticks at readable times (1 ms, 10 ms, 100 ms, 1 s, 10 s, 60 s, 10 min, 60
/// min, 10 h, 10 d...); 2x and 5x steps are added when the range spans few decades, and every other
/// tick is dropped while there are more than `maxTicks`.
Ticks logSecondTicks(double lo, double hi, int maxTicks = 9);
/// Logarithmic token ticks at powers of ten ("1K", "10K", "1M"), minor ticks at 2..9.
Ticks logTokenTicks(double lo, double hi);
/// Logarithmic user counts at powers of ten (and 2x, 5x over a short range), with kZeroUsersFloor
/// labelled "0" when it lies in range.
Ticks logUserTicks(double lo, double hi);

} // namespace kvscope::model
