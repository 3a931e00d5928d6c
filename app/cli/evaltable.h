// SPDX-License-Identifier: GPL-3.0-or-later
// The two renderings of one evaluation for `kvscope eval`: a readable table and the stable JSON.
#pragma once

#include "metrics.h"
#include "scenario.h"
#include "units.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace kvscope::app {

/// The flat JSON object of architecture.md, SI units; the stable keys plus a few descriptive ones.
nlohmann::json metricsJson(const model::Scenario &scenario, const model::Metrics &metrics);

/// A table for people: the scenario's inputs and conventions, then every metric with its unit.
std::string metricsTable(const model::Scenario &scenario, const model::Metrics &metrics,
                         model::ByteUnits units);

} // namespace kvscope::app
