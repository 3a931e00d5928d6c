// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparesetup.h"

#include "parameters.h"
#include "tensorparallel.h"

namespace kvscope::model {

std::vector<std::string_view> sharedCompareKeys()
{
    // The deployment knobs a reader varies while comparing hardware or models; the hardware and
    // model figures themselves are what the columns differ in.
    return {"context", "gpus", "replicas", "output-tokens", "batch"};
}

Scenario columnScenario(const CompareColumn &column, const std::map<std::string, double> &shared)
{
    Scenario scenario = column.preset;
    for (const auto &[key, value] : shared)
        if (!column.pinned.count(key))
            if (const Parameter *param = findParameter(key); param && param->contains(value))
                param->set(scenario, value);
    for (const auto &[key, value] : column.pinned)
        if (const Parameter *param = findParameter(key); param && param->contains(value))
            param->set(scenario, value);
    // A shared GPU count that cannot split this column's heads lands on the largest degree that
    // can; the column's title shows the count it uses.
    scenario.deployment.gpus = validDegreeAtMost(scenario.model, scenario.deployment.gpus);
    return scenario;
}

std::map<std::string, double> sharedValuesOf(const Scenario &scenario)
{
    std::map<std::string, double> values;
    for (std::string_view key : sharedCompareKeys())
        values[std::string(key)] = parameter(key).get(scenario);
    return values;
}

} // namespace kvscope::model
