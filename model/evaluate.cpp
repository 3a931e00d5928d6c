// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"

#include "costterms.h"

namespace kvscope::model {

ModelSpec effectiveModel(const Scenario &scenario)
{
    const double target = scenario.deployment.modelSize;
    if (!(target > 0))
        return scenario.model;
    // Solving the rescale takes about 15 µs, over the 1 µs an evaluation may cost, and sweeps and
    // slider drags ask for the same one again and again: remember the last one (per thread, so
    // concurrent callers never share it).
    struct Rescaled
    {
        ModelSpec base;
        double target = 0;
        ModelSpec scaled;
    };
    thread_local Rescaled last;
    if (last.target != target || !(last.base == scenario.model))
        last = {scenario.model, target, rescaleModel(scenario.model, target)};
    return last.scaled;
}

double peakFlops(const HardwareSpec &hardware, DType weightDtype)
{
    if (weightDtype == DType::FP8 && hardware.fp8Flops > 0)
        return hardware.fp8Flops;
    return hardware.bf16Flops;
}

Metrics evaluate(const Scenario &scenario)
{
    return CostTerms(scenario).evaluate(scenario.deployment, scenario.hardware);
}

double kvBytesPerUser(const Scenario &scenario, double context)
{
    return CostTerms(scenario).kvBytesPerUser(context, scenario.deployment);
}

} // namespace kvscope::model
