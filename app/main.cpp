// SPDX-License-Identifier: GPL-3.0-or-later
// kvscope: the window when there is a display and no subcommand, the command line otherwise.
#include "bench.h"
#include "cli.h"
#include "commandline.h"
#include "window.h"

#include <cstdlib>
#include <iostream>

namespace {

bool hasDisplay()
{
    const char *platform = std::getenv("QT_QPA_PLATFORM");
    if (platform && *platform)
        return true;
    const char *x11 = std::getenv("DISPLAY");
    const char *wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 && *x11) || (wayland && *wayland);
}

} // namespace

int main(int argc, char **argv)
{
    using kvscope::app::TopLevelCommand;
    const TopLevelCommand top =
        kvscope::app::parseTopLevel(std::vector<std::string>(argv + 1, argv + argc));
    switch (top.action) {
    case TopLevelCommand::Action::Error:
        std::cerr << "kvscope: " << top.error << "\n";
        return 2;
    case TopLevelCommand::Action::Help:
        return kvscope::app::runCli({"help"}, std::cout, std::cerr);
    case TopLevelCommand::Action::Version:
        return kvscope::app::runCli({"version"}, std::cout, std::cerr);
    case TopLevelCommand::Action::Command:
        // bench opens its own offscreen window, so it is not one of the headless commands.
        if (top.commandArgs.front() == "bench")
            return kvscope::app::runBench({top.commandArgs.begin() + 1, top.commandArgs.end()},
                                          argv[0]);
        return kvscope::app::runCli(top.commandArgs, std::cout, std::cerr);
    case TopLevelCommand::Action::Window:
        break;
    }
    if (hasDisplay() || top.platformGiven)
        return kvscope::app::runWindow(argc, argv, top.styleGiven);
    return kvscope::app::writeOutput(
        std::cout, std::cerr,
        "kvscope: no display available (DISPLAY and WAYLAND_DISPLAY are unset), so here is the "
        "paper's running example as a table.\n" +
            kvscope::app::paperExampleTable(),
        0);
}
