// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real kvscope binary, as the end-to-end tests of the command line do.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

/// The binary's exit status and output, run with no display at all (no DISPLAY, WAYLAND_DISPLAY
/// or QT_QPA_PLATFORM), as on a server; status -2 when it runs longer than 30 s. With
/// `stdoutFile` its standard output goes to that file (or device) instead.
inline Run runKvscope(const QStringList &args, const QString &stdoutFile = {})
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(name);
    process.setProcessEnvironment(env);
    process.start(KVSCOPE_BINARY, args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, "timed out"};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
