// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: the checks that turn a silently wrong result into a crash the
// fuzzer can report, and the rule that keeps fuzz inputs away from the file system.
#pragma once

#include "evaluate.h"
#include "scenario.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace kvscope::fuzz {

/// Stops the run with a message: libFuzzer saves the input that got here as a crash.
[[noreturn]] inline void fail(std::string_view what)
{
    std::fprintf(stderr, "kvscope fuzz: %.*s\n", int(what.size()), what.data());
    std::abort();
}

/// Evaluates a scenario that passed validation: a valid input must never make the cost model
/// throw, and the sanitizers watch the arithmetic on the way.
inline void evaluateAccepted(const model::Scenario &scenario)
{
    try {
        static_cast<void>(model::evaluate(scenario));
    } catch (const std::exception &error) {
        fail(std::string("evaluate() threw on an accepted scenario: ") + error.what());
    }
}

/// Fuzz inputs name files (scenario "model" fields, --model FILE): one with a '/' could reach
/// /dev/stdin or /dev/zero and read or block for real, which is not what these targets test.
inline bool mayNameRealFile(std::string_view text)
{
    return text.find('/') != std::string_view::npos;
}

} // namespace kvscope::fuzz
