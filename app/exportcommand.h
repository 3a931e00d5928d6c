// SPDX-License-Identifier: GPL-3.0-or-later
// `kvscope export`: one chart or the dashboard, rendered headless to PNG, SVG, PDF or CSV by the
// same function the window's export dialog calls (widgets/export/chartexport.h); and `kvscope
// tour`, a tour's slides drawn by the same renderer (widgets/export/tourdeck.h). This header stays
// free of Qt so the command table in cli.cpp can include it.
#pragma once

#include "scenario.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace kvscope::app {

class CliOptions;

/// Runs `kvscope export`: checks every option first, creates a QApplication when there is none
/// (on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so no display is needed),
/// renders in memory and writes the file atomically. Prints nothing on success; throws
/// model::InputError naming the option, value or path (status 2).
int runExport(const std::vector<std::string> &args, std::ostream &out);

/// Runs `kvscope tour`: the built-in tour of the paper, or the tour file `--tour` names, as a PDF
/// with one page per scene or a folder of one PNG per scene (`--out`), with export's `--size`,
/// `--theme` and `--bytes`. Every option and the tour file are checked before Qt starts; prints
/// nothing on success; throws model::InputError naming the option, file, field or path.
int runTour(const std::vector<std::string> &args, std::ostream &out);

/// The names `--chart` accepts, from the table of chart kinds: "memory", ..., "all".
std::vector<std::string> exportChartIds();
/// `words` with `separator` between them.
std::string joined(const std::vector<std::string> &words, const std::string &separator);

/// The figure options `kvscope compare` accepts, as `export` reads them, and `--charts`.
std::vector<std::string> comparisonImageOptionNames();
/// Its switches: `--transparent` and `--no-caption`.
std::vector<std::string> comparisonImageSwitchNames();
/// `kvscope compare --out FILE.png|.svg|.pdf`: the compare view's export of these columns (its
/// chart rows from `--charts`, memory and latency unless told), rendered headless and written
/// atomically. Throws model::InputError naming the option or the path.
void writeComparisonFigure(const std::vector<model::Scenario> &columns, const CliOptions &options,
                           const std::string &path);

} // namespace kvscope::app
