// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window as the `kvscope` binary opens it when no subcommand is given.
#pragma once

namespace kvscope::app {

/// Names the application (organisation, name, version, desktop file id), picks the Fusion style
/// unless `keepStyle` (the user chose one with -style) and loads the resources and icon.
void configureApplication(bool keepStyle = false);

/// Creates the QApplication (which takes Qt's own options out of argv), opens the main window on
/// the last session (the paper's example the first time) and runs the event loop. Returns the
/// application's exit status.
int runWindow(int argc, char **argv, bool styleGiven);

} // namespace kvscope::app
