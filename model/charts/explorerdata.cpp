// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerdata.h"

#include "evaluate.h"
#include "fleetmetrics.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

namespace {

/// Sorted, duplicate-free union of two sample lists restricted to [from, to].
std::vector<double> merged(std::vector<double> values, std::span<const double> extra, double from,
                           double to)
{
    for (double x : extra)
        if (x >= from && x <= to)
            values.push_back(x);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

/// Linear interpolation of x where y reaches `target` between (x0, y0) and (x1, y1), y0 < y1.
double interpolateX(double x0, double y0, double x1, double y1, double target)
{
    return x0 + (target - y0) / (y1 - y0) * (x1 - x0);
}

} // namespace

std::vector<double> contextSamples(double from, double to, int points,
                                   std::span<const double> extra)
{
    return merged(sweepValues(from, to, points, true, true), extra, from, to);
}

std::vector<double> kvKinks(const ModelSpec &model)
{
    std::vector<double> kinks;
    for (int w : model.layerWindows)
        if (w > 0 && std::find(kinks.begin(), kinks.end(), double(w)) == kinks.end())
            kinks.push_back(w);
    std::sort(kinks.begin(), kinks.end());
    return kinks;
}

std::vector<double> concurrencyStepSamples(std::span<const double> samples,
                                           std::span<const double> kvBytes, double freeBytes,
                                           int maxUsers)
{
    std::vector<double> steps;
    if (!(freeBytes > 0) || samples.size() != kvBytes.size())
        return steps;
    for (std::size_t i = 0; i + 1 < samples.size(); ++i) {
        const double kvA = kvBytes[i];
        const double kvB = kvBytes[i + 1];
        if (!(kvA > 0) || !(kvB > kvA))
            continue;
        const double usersA = std::floor(freeBytes / kvA);
        const double usersB = std::floor(freeBytes / kvB);
        for (double k = usersB + 1; k <= std::min(usersA, double(maxUsers)); ++k) {
            const double x = interpolateX(samples[i], kvA, samples[i + 1], kvB, freeBytes / k);
            for (double side : {1 - 1e-7, 1 + 1e-7})
                if (x * side > samples[i] && x * side < samples[i + 1])
                    steps.push_back(x * side);
        }
    }
    return steps;
}

std::vector<double> ExplorerData::samplesWithSteps(double freeBytes) const
{
    return merged(baseSamples, concurrencyStepSamples(baseSamples, baseKvBytes, freeBytes),
                  contextFrom, contextTo);
}

double ExplorerData::contextWhereKvExceeds(double bytes) const
{
    for (std::size_t i = 0; i < baseSamples.size(); ++i) {
        if (baseKvBytes[i] <= bytes)
            continue;
        return i == 0 ? baseSamples[0]
                      : interpolateX(baseSamples[i - 1], baseKvBytes[i - 1], baseSamples[i],
                                     baseKvBytes[i], bytes);
    }
    return 0;
}

ExplorerData explorerData(const Scenario &scenario, int points)
{
    ExplorerData d;
    d.scenario = scenario;
    d.points = points;
    d.model = effectiveModel(scenario);
    d.current = evaluateFleet(scenario);
    d.measured = matchingMeasurements(scenario);
    Scenario reference = scenario;
    reference.deployment.context = kReferenceContext;
    d.reference = evaluate(reference);

    const double n = scenario.deployment.context;
    d.contextFrom = std::min(kChartContextFrom, n);
    d.contextTo = std::max(kChartContextTo, n);
    d.baseSamples = contextSamples(d.contextFrom, d.contextTo, points, kvKinks(d.model));
    d.baseKvBytes.reserve(d.baseSamples.size());
    for (const SweepPoint &p : sweep(scenario, SweepAxis::Context, d.baseSamples))
        d.baseKvBytes.push_back(p.metrics.kvBytesPerUser);
    d.sweep = sweep(scenario, SweepAxis::Context, d.samplesWithSteps(d.current.freeKvBytes));
    return d;
}

ExplorerChange advance(ExplorerData &data, const Scenario &scenario, int points)
{
    Scenario sameContext = scenario;
    sameContext.deployment.context = data.scenario.deployment.context;
    const double n = scenario.deployment.context;
    const bool reusable = !data.sweep.empty() && sameContext == data.scenario &&
                          data.points == points &&
                          std::min(kChartContextFrom, n) == data.contextFrom &&
                          std::max(kChartContextTo, n) == data.contextTo;
    if (!reusable) {
        data = explorerData(scenario, points);
        return ExplorerChange::Curves;
    }
    data.scenario.deployment.context = n;
    data.current = evaluateFleet(scenario);
    return ExplorerChange::Current;
}

ExplorerData explorerData(const Scenario &scenario, const ExplorerData &previous, int points)
{
    ExplorerData d = previous;
    advance(d, scenario, points);
    return d;
}

} // namespace kvscope::model
