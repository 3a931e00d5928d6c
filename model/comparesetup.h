// SPDX-License-Identifier: GPL-3.0-or-later
// What a side-by-side comparison shows: 2 to 4 columns, each a preset (a scenario, or hardware or
// a model put into a base scenario), with the shared controls (context, GPUs, output tokens,
// batch...) applied to every column unless the column pins its own value. The compare view and
// `kvscope compare` both build their column scenarios here.
#pragma once

#include "scenario.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kvscope::model {

inline constexpr int kMinCompareColumns = 2;
inline constexpr int kMaxCompareColumns = 4;

/// The parameter-table keys the compare view shares across columns, in display order.
std::vector<std::string_view> sharedCompareKeys();

struct CompareColumn
{
    Scenario preset; ///< the column's scenario as its preset gives it
    /// Values this column keeps whatever the shared controls say, by parameter key, in the
    /// parameter's unit.
    std::map<std::string, double> pinned;
};

/// The column's scenario: `shared` values applied, then its pinned ones (parameter units); its GPU
/// count is the largest valid tensor-parallel degree for its model at or below the one asked.
Scenario columnScenario(const CompareColumn &column, const std::map<std::string, double> &shared);

/// The shared values a comparison starts from: those of `scenario` for every shared key.
std::map<std::string, double> sharedValuesOf(const Scenario &scenario);

} // namespace kvscope::model
