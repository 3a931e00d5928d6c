#include "evaluate.h"

#include "costterms.h"

namespace kvscope::model {

ModelSpec effectiveModel(const Scenario &scenario)
{
    if (scenario.deployment.modelSize > 0)
        return rescaleModel(scenario.model, scenario.deployment.modelSize);
    return scenario.model;
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
