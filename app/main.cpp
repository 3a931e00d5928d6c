// SPDX-License-Identifier: GPL-3.0-or-later
// kvscope: the window when there is a display and no subcommand, the command line otherwise.
#include "bench.h"
#include "cli.h"
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
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "bench")
        return kvscope::app::runBench(argc, argv);
    if (!args.empty())
        return kvscope::app::runCli(args, std::cout, std::cerr);
    if (hasDisplay())
        return kvscope::app::runWindow(argc, argv);
    return kvscope::app::writeOutput(
        std::cout, std::cerr,
        "kvscope: no display available (DISPLAY and WAYLAND_DISPLAY are unset), so here is the "
        "paper's running example as a table.\n" +
            kvscope::app::paperExampleTable(),
        0);
}
