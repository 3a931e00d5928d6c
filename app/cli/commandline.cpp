// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QStringList>

namespace kvscope::app {

namespace {

/// Options QGuiApplication and QApplication take out of argv themselves (their documented set):
/// accepted here so `kvscope -platform offscreen -style Fusion` opens the window.
constexpr const char *kQtValueOptions[] = {
    "platform",      "platformpluginpath",
    "platformtheme", "plugin",
    "qmljsdebugger", "qwindowgeometry",
    "qwindowicon",   "qwindowtitle",
    "session",       "style",
    "stylesheet",    "display",
    "geometry",      "title",
    "name",
};
constexpr const char *kQtSwitches[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};

QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

TopLevelCommand parseTopLevel(const std::vector<std::string> &args)
{
    QCommandLineParser parser;
    // Qt's options are single-dash words; everything after the subcommand is the subcommand's.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    for (const char *name : kQtValueOptions)
        parser.addOption(
            hidden(QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("value"))));
    for (const char *name : kQtSwitches)
        parser.addOption(hidden(QCommandLineOption(QLatin1String(name))));

    // Latin-1 keeps every byte of a subcommand's arguments (file names need not be UTF-8).
    QStringList arguments{QStringLiteral("kvscope")};
    for (const std::string &arg : args)
        arguments.append(QString::fromLatin1(arg.data(), qsizetype(arg.size())));

    TopLevelCommand result;
    if (!parser.parse(arguments)) {
        // An unknown first option is reported as an unknown command, like any unknown first word.
        if (!parser.unknownOptionNames().isEmpty()) {
            result.action = TopLevelCommand::Action::Command;
            result.commandArgs = args;
        } else {
            result.action = TopLevelCommand::Action::Error;
            result.error = parser.errorText().toStdString();
        }
        return result;
    }
    result.platformGiven = parser.isSet(QStringLiteral("platform"));
    result.styleGiven = parser.isSet(QStringLiteral("style"));
    for (const QString &arg : parser.positionalArguments())
        result.commandArgs.push_back(arg.toLatin1().toStdString());
    if (!result.commandArgs.empty())
        result.action = TopLevelCommand::Action::Command;
    else if (parser.isSet(help))
        result.action = TopLevelCommand::Action::Help;
    else if (parser.isSet(version))
        result.action = TopLevelCommand::Action::Version;
    return result;
}

} // namespace kvscope::app
