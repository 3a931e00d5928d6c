// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <span>

namespace kvscope::model {

namespace {

/// Major and minor ticks at m * 10^k for multipliers in `major` (and 1..9 for minor) in [lo, hi].
void decadeTicks(double lo, double hi, std::span<const double> major, std::vector<double> &values,
                 std::vector<double> &minor, int minExponent)
{
    if (!(lo > 0) || !(hi > lo))
        return;
    const int first = std::max(minExponent, int(std::floor(std::log10(lo))) - 1);
    const int last = int(std::ceil(std::log10(hi))) + 1;
    for (int k = first; k <= last; ++k) {
        const double decade = std::pow(10.0, k);
        for (int m = 1; m <= 9; ++m) {
            const double v = m * decade;
            if (v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9))
                continue;
            if (std::find(major.begin(), major.end(), double(m)) != major.end())
                values.push_back(v);
            else
                minor.push_back(v);
        }
    }
}

} // namespace

std::vector<double> niceTicks(double lo, double hi, int target)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (!(hi > lo))
        return {lo};
    const double raw = (hi - lo) / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    std::vector<double> ticks;
    const double first = std::ceil(lo / step - 1e-9);
    for (double k = first; k * step <= hi + step * 1e-9; ++k)
        ticks.push_back(k * step == 0 ? 0.0 : k * step);
    return ticks;
}

Ticks byteTicks(double lo, double hi, ByteUnits units, int target)
{
    Ticks ticks;
    const std::string_view prefix = bytesPrefixFor(std::max(std::fabs(lo), std::fabs(hi)), units);
    const double scale = 1 / bytesIn(1.0, units, prefix);
    for (double v : niceTicks(lo / scale, hi / scale, target)) {
        const double bytes = v * scale;
        ticks.values.push_back(bytes);
        ticks.labels.push_back(bytes == 0 ? "0" : trimZeros(formatBytes(bytes, units, 4)));
    }
    return ticks;
}

Ticks secondTicks(double lo, double hi, int target)
{
    const double top = std::max(std::fabs(lo), std::fabs(hi));
    double unit = 86400;
    for (auto [limit, scale] : {std::pair{1e-3, 1e-6}, std::pair{1.0, 1e-3}, std::pair{120.0, 1.0},
                                std::pair{7200.0, 60.0}, std::pair{172800.0, 3600.0}})
        if (top < limit * 0.9995) {
            unit = scale;
            break;
        }
    Ticks ticks;
    for (double v : niceTicks(lo / unit, hi / unit, target)) {
        const double seconds = v * unit;
        ticks.values.push_back(seconds);
        ticks.labels.push_back(seconds == 0 ? "0" : trimZeros(formatSeconds(seconds, 4)));
    }
    return ticks;
}

Ticks logSecondTicks(double lo, double hi, int maxTicks)
{
    // Readable times: decades below a minute, then minutes, hours and days people say aloud.
    std::vector<double> coarse;
    std::vector<double> fine;
    for (int k = -9; k <= 1; ++k) {
        const double decade = std::pow(10.0, k);
        coarse.push_back(decade);
        for (double m : {1.0, 2.0, 5.0})
            fine.push_back(m * decade);
    }
    // 1 min, 10 min, 1 h, 10 h, then 10 and 100 days (a day tick would crowd 10 h).
    for (double v : {60.0, 600.0, 3600.0, 36000.0, 864000.0, 8640000.0, 86400000.0})
        coarse.push_back(v);
    for (double v : {60.0, 120.0, 300.0, 600.0, 1200.0, 1800.0, 3600.0, 7200.0, 18000.0, 36000.0,
                     86400.0, 172800.0, 432000.0, 864000.0, 8640000.0, 86400000.0})
        fine.push_back(v);
    const auto inRange = [&](const std::vector<double> &ladder) {
        std::vector<double> values;
        for (double v : ladder)
            if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9))
                values.push_back(v);
        return values;
    };
    std::vector<double> values = inRange(coarse);
    if (values.size() < 3)
        values = inRange(fine);
    while (values.size() > std::size_t(std::max(2, maxTicks))) {
        std::vector<double> thinned;
        for (std::size_t i = 0; i < values.size(); i += 2)
            thinned.push_back(values[i]);
        values = std::move(thinned);
    }
    Ticks ticks;
    ticks.values = values;
    for (double v : values)
        ticks.labels.push_back(trimZeros(formatSeconds(v, 4)));
    std::vector<double> unused;
    decadeTicks(lo, hi, std::array{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0}, ticks.minor,
                unused, -12);
    std::erase_if(ticks.minor, [&](double v) {
        return std::any_of(values.begin(), values.end(),
                           [v](double t) { return std::fabs(t - v) <= 1e-9 * t; });
    });
    return ticks;
}

Ticks logTokenTicks(double lo, double hi)
{
    Ticks ticks;
    decadeTicks(lo, hi, std::array{1.0}, ticks.values, ticks.minor, 0);
    if (ticks.values.size() < 2) {
        ticks.values.clear();
        ticks.minor.clear();
        decadeTicks(lo, hi, std::array{1.0, 2.0, 5.0}, ticks.values, ticks.minor, 0);
    }
    for (double v : ticks.values)
        ticks.labels.push_back(formatTokens(v));
    return ticks;
}

Ticks logUserTicks(double lo, double hi)
{
    Ticks ticks;
    decadeTicks(lo, hi, std::array{1.0}, ticks.values, ticks.minor, 0);
    if (ticks.values.size() < 3) {
        ticks.values.clear();
        ticks.minor.clear();
        decadeTicks(lo, hi, std::array{1.0, 2.0, 5.0}, ticks.values, ticks.minor, 0);
    }
    for (double v : ticks.values)
        ticks.labels.push_back(formatInteger(v));
    if (kZeroUsersFloor >= lo && kZeroUsersFloor <= hi) {
        ticks.values.insert(ticks.values.begin(), kZeroUsersFloor);
        ticks.labels.insert(ticks.labels.begin(), "0");
    }
    return ticks;
}

} // namespace kvscope::model
