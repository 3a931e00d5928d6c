// SPDX-License-Identifier: GPL-3.0-or-later
// The headless front end: `kvscope eval|sweep|presets|...` (architecture.md, command-line
// contract).
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace kvscope::app {

/// Runs one subcommand; `args` excludes the program name. Returns the exit status: 0 success,
/// 2 bad input (one line on `err` naming file, field and value), 1 an internal error.
int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

/// Writes `text` to `out`, flushes it and returns `status`, or 1 with "kvscope: cannot write to
/// standard output: <reason>" on `err` when the text did not get out (a full disk, a closed pipe).
int writeOutput(std::ostream &out, std::ostream &err, std::string_view text, int status);

/// The paper's running example as a table: what `kvscope` prints when it cannot open a window.
std::string paperExampleTable();

} // namespace kvscope::app
