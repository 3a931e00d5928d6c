// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window as the `kvscope` binary opens it when no subcommand is given.
#pragma once

namespace kvscope::app {

/// Creates the QApplication, opens the main window on the last session (the paper's example the
/// first time) and runs the event loop. Returns the application's exit status.
int runWindow(int argc, char **argv);

} // namespace kvscope::app
