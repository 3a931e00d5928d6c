// `kvscope export`: one chart or the dashboard, rendered headless to PNG, SVG, PDF or CSV by the
// same function the window's export dialog calls (widgets/chartexport.h). This header stays free
// of Qt so the command table in cli.cpp can include it.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kvscope::app {

/// Runs `kvscope export`: checks every option first, creates a QApplication when there is none
/// (on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so no display is needed),
/// renders in memory and writes the file atomically. Prints nothing on success; throws
/// model::InputError naming the option, value or path (status 2).
int runExport(const std::vector<std::string> &args, std::ostream &out);

} // namespace kvscope::app
