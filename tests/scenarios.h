// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of every layer start from: the paper's running example (presets compiled into the
// model library) at another context length, and the tolerance values computed along different
// paths are compared with.
#pragma once

#include "builtins.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kvscope::model {

/// `s` with its context set to `context` tokens.
inline Scenario withContext(Scenario s, double context)
{
    s.deployment.context = context;
    return s;
}

/// The paper's example (Yi-34B-200K counted as 34e9, one A100 80GB, paper FLOP) at `context`.
inline Scenario paperAt(double context)
{
    return withContext(paperExample(), context);
}

/// The built-in `model` on the built-in `hardware` at `context` tokens: the physical conventions
/// (causal FLOP, TP communication on), as picking them in the window gives.
inline Scenario builtinAt(const std::string &model, const std::string &hardware, double context)
{
    Scenario s = paperExample();
    s.setModel(*findBuiltinModel(model));
    s.setHardware(*findBuiltinHardware(hardware));
    s.deployment.context = context;
    return s;
}

/// Relative closeness for values computed along different paths.
inline bool nearlyEqual(double a, double b, double tolerance = 1e-9)
{
    return std::fabs(a - b) <= tolerance * std::max({1.0, std::fabs(a), std::fabs(b)});
}

} // namespace kvscope::model
