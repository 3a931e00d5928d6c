// SPDX-License-Identifier: GPL-3.0-or-later
// The first word of the command line: a subcommand, --help, --version, or nothing but Qt's own
// options (-platform, -style...), which open the window.
#pragma once

#include <string>
#include <vector>

namespace kvscope::app {

struct TopLevelCommand
{
    enum class Action
    {
        Window,  ///< no subcommand: open the window (Qt's options go to QApplication)
        Help,    ///< --help, -h, -?
        Version, ///< --version, -v
        Command, ///< a subcommand (or an unknown option): it and every argument after it
        Error,   ///< a Qt option without its value: `error` says which
    };
    Action action = Action::Window;
    std::vector<std::string> commandArgs;
    /// A -platform option was given: the window can open without DISPLAY or WAYLAND_DISPLAY.
    bool platformGiven = false;
    /// A -style option was given: the window keeps that style instead of Fusion.
    bool styleGiven = false;
    std::string error;
};

/// Parses the arguments after the program's name with QCommandLineParser: the options before the
/// first word that is not an option are kvscope's --help and --version or Qt's own; that word
/// and everything after it belong to the subcommand.
TopLevelCommand parseTopLevel(const std::vector<std::string> &args);

} // namespace kvscope::app
