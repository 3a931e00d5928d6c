// SPDX-License-Identifier: GPL-3.0-or-later
// `kvscope bench`: the window's responsiveness measured on the real window, offscreen.
#pragma once

#include <string>
#include <vector>

namespace kvscope::app {

/// Opens the real main window offscreen at 1600x1000 (from a temporary, empty session: the
/// paper's example), moves the primary sliders through at least 200 steps and reports, per step,
/// the time from the slider change until every chart has painted, and the cold start to the first
/// painted window. Options: --json (one JSON object on stdout), --steps N (default 240),
/// --size WxH (default 1600x1000); `args` are those after "bench", `program` is argv[0].
/// Returns 0, 2 for a bad option, 1 when a chart never paints.
int runBench(const std::vector<std::string> &args, char *program);

} // namespace kvscope::app
