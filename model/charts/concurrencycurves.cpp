// SPDX-License-Identifier: GPL-3.0-or-later
#include "concurrencycurves.h"

#include "evaluate.h"
#include "tensorparallel.h"

#include <algorithm>

namespace kvscope::model {

std::vector<ConcurrencyCurve> concurrencyCurves(const ExplorerData &data)
{
    const Scenario &scenario = data.scenario;
    const int replicas = std::max(1, scenario.deployment.replicas);
    std::vector<ConcurrencyCurve> curves;
    ConcurrencyCurve own{scenario.deployment.gpus, replicas, true, {}, {}};
    for (const SweepPoint &p : data.sweep) {
        own.context.push_back(p.x);
        own.users.push_back(replicas * p.metrics.concurrency);
    }
    for (int gpus : kComparedGpuCounts) {
        if (gpus == scenario.deployment.gpus || !isValidTensorParallelDegree(scenario.model, gpus))
            continue;
        Scenario other = scenario;
        other.deployment.gpus = gpus;
        ConcurrencyCurve curve{gpus, replicas, false, {}, {}};
        for (const SweepPoint &p :
             sweep(other, SweepAxis::Context, data.samplesWithSteps(evaluate(other).freeKvBytes))) {
            curve.context.push_back(p.x);
            curve.users.push_back(replicas * p.metrics.concurrency);
        }
        curves.push_back(std::move(curve));
    }
    curves.push_back(std::move(own));
    std::sort(curves.begin(), curves.end(),
              [](const ConcurrencyCurve &a, const ConcurrencyCurve &b) { return a.gpus < b.gpus; });
    return curves;
}

std::string concurrencyCurveName(const ConcurrencyCurve &curve)
{
    std::string name = curve.gpus == 1 ? "1 GPU" : std::to_string(curve.gpus) + " GPUs";
    if (curve.replicas > 1)
        name = std::to_string(curve.replicas) + " × " + name;
    return curve.current ? name + ", this setting" : name;
}

std::vector<Series> concurrencySeries(const std::vector<ConcurrencyCurve> &curves)
{
    std::vector<Series> series;
    for (const ConcurrencyCurve &c : curves)
        series.push_back({concurrencyCurveName(c), "users", c.context, c.users});
    return series;
}

} // namespace kvscope::model
