// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "costterms.h"
#include "parameters.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kvscope::model {

namespace {
struct AxisInfo
{
    SweepAxis axis;
    std::string_view name;
    std::string_view parameterKey;
};
constexpr std::array<AxisInfo, 7> kAxes{{
    {SweepAxis::Context, "context", "context"},
    {SweepAxis::Gpus, "gpus", "gpus"},
    {SweepAxis::Hbm, "hbm", "hbm-gib"},
    {SweepAxis::Params, "params", "params"},
    {SweepAxis::ModelSize, "model-size", "model-size"},
    {SweepAxis::Batch, "batch", "batch"},
    {SweepAxis::OutputTokens, "output-tokens", "output-tokens"},
}};

const AxisInfo &info(SweepAxis axis)
{
    return kAxes[std::size_t(axis)];
}
} // namespace

std::string_view axisName(SweepAxis axis)
{
    return info(axis).name;
}

std::optional<SweepAxis> parseAxis(std::string_view name)
{
    for (const auto &entry : kAxes)
        if (entry.name == name)
            return entry.axis;
    return std::nullopt;
}

std::string_view axisParameterKey(SweepAxis axis)
{
    return info(axis).parameterKey;
}

std::vector<double> sweepValues(double from, double to, int points, bool log, bool integer)
{
    std::vector<double> values;
    if (points <= 0)
        return values;
    values.reserve(std::size_t(points));
    for (int i = 0; i < points; ++i) {
        const double t = points == 1 ? 0.0 : double(i) / (points - 1);
        double value = log ? from * std::pow(to / from, t) : from + (to - from) * t;
        if (i == points - 1)
            value = to; // no rounding drift at the end the user asked for
        if (integer)
            value = std::round(value);
        if (values.empty() || value != values.back())
            values.push_back(value);
    }
    return values;
}

std::vector<SweepPoint> sweep(const Scenario &scenario, SweepAxis axis,
                              std::span<const double> values)
{
    std::vector<SweepPoint> points;
    points.reserve(values.size());
    const Parameter &param = parameter(axisParameterKey(axis));

    // Only a model-size sweep changes the architecture; every other axis reuses one set of
    // derived terms.
    if (axis != SweepAxis::ModelSize) {
        const CostTerms terms(scenario);
        Scenario varied = scenario;
        for (double value : values) {
            param.set(varied, value);
            points.push_back({value, terms.evaluate(varied.deployment, varied.hardware)});
        }
        return points;
    }
    Scenario varied = scenario;
    for (double value : values) {
        param.set(varied, value);
        points.push_back({value, evaluate(varied)});
    }
    return points;
}

} // namespace kvscope::model
