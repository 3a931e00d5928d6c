// The scenarios the model tests start from: the paper's running example (presets compiled into
// the model library) at another context length.
#pragma once

#include "builtins.h"

namespace kvscope::model {

/// The paper's example (Yi-34B-200K counted as 34e9, one A100 80GB, paper FLOP) at `context`.
inline Scenario paperAt(double context)
{
    Scenario s = paperExample();
    s.deployment.context = context;
    return s;
}

} // namespace kvscope::model
