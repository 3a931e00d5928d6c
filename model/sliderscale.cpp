// SPDX-License-Identifier: GPL-3.0-or-later
#include "sliderscale.h"

#include "units.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kvscope::model {

namespace {

constexpr std::array<double, 14> kContextSteps{1e3,   2e3,   4e3,   8e3, 16e3, 32e3, 64e3,
                                               128e3, 256e3, 512e3, 1e6, 2e6,  4e6,  1e7};
// The HBM per GPU that parts are sold with, from 24 GiB cards to 288 GiB accelerators: round
// stops to step through, not figures any result is computed from.
constexpr std::array<double, 10> kHbmSteps{24, 40, 48, 80, 96, 128, 141, 192, 256, 288};

} // namespace

std::span<const double> teachingSteps(std::string_view parameterKey)
{
    if (parameterKey == "context")
        return kContextSteps;
    if (parameterKey == "hbm-gib")
        return kHbmSteps;
    return {};
}

std::optional<double> nextStep(std::span<const double> steps, double current, int direction)
{
    if (direction > 0) {
        for (double step : steps)
            if (step > current * (1 + 1e-9))
                return step;
    } else {
        for (auto it = steps.rbegin(); it != steps.rend(); ++it)
            if (*it < current * (1 - 1e-9))
                return *it;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// SliderScale

SliderScale::SliderScale(double min, double max, bool log, bool integer, int positions)
    : m_min(min), m_max(max), m_log(log && min > 0), m_integer(integer),
      m_positions(std::max(1, positions))
{}

void SliderScale::setSnapPoints(std::vector<double> points, double snapPositions)
{
    std::erase_if(points, [this](double p) { return p < m_min || p > m_max; });
    m_snapPoints = std::move(points);
    m_snapPositions = snapPositions;
}

double SliderScale::exactPosition(double value) const
{
    if (m_max <= m_min)
        return 0;
    const double t = m_log ? std::log(value / m_min) / std::log(m_max / m_min)
                           : (value - m_min) / (m_max - m_min);
    return t * m_positions;
}

double SliderScale::rawValueAt(int position) const
{
    position = std::clamp(position, 0, m_positions);
    if (position == 0)
        return m_min;
    if (position == m_positions)
        return m_max;
    const double t = double(position) / m_positions;
    double value = m_log ? m_min * std::pow(m_max / m_min, t) : m_min + (m_max - m_min) * t;
    value = roundSignificant(value, 3);
    if (m_integer)
        value = std::round(value);
    return std::clamp(value, m_min, m_max);
}

double SliderScale::valueAt(int position) const
{
    position = std::clamp(position, 0, m_positions);
    double best = -1;
    double bestDistance = m_snapPositions;
    for (double point : m_snapPoints) {
        const double distance = std::fabs(exactPosition(point) - position);
        if (distance <= bestDistance) {
            best = point;
            bestDistance = distance;
        }
    }
    return best >= 0 ? best : rawValueAt(position);
}

int SliderScale::positionOf(double value) const
{
    if (!(value > m_min))
        return 0;
    if (value >= m_max)
        return m_positions;
    return std::clamp(int(std::lround(exactPosition(value))), 0, m_positions);
}

int SliderScale::nextDistinctPosition(int position, double current, int direction) const
{
    const int step = direction >= 0 ? 1 : -1;
    int p = std::clamp(position, 0, m_positions);
    while (p > 0 && p < m_positions) {
        const double value = valueAt(p);
        if (step > 0 ? value > current : value < current)
            return p;
        p += step;
    }
    return p;
}

} // namespace kvscope::model
