#include "scenario.h"

namespace kvscope::model {

void Scenario::setModel(ModelSpec newModel)
{
    // A recount was made for the old model's parameter count; it means nothing for a new one.
    deployment.paramsOverride = 0;
    model = std::move(newModel);
}

} // namespace kvscope::model
