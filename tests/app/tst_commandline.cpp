// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's parsers on QCommandLineParser: the first word (a subcommand, --help,
// --version or Qt's own options for the window) and each subcommand's options, with kvscope's
// messages and every byte of a value kept.
#include "clioptions.h"
#include "commandline.h"
#include "inputerror.h"

#include <QTest>

#include <string>
#include <vector>

using namespace kvscope;
using app::TopLevelCommand;

Q_DECLARE_METATYPE(std::vector<std::string>)

namespace {

std::vector<std::string> words(const QStringList &list)
{
    std::vector<std::string> out;
    for (const QString &word : list)
        out.push_back(word.toStdString());
    return out;
}

app::CliOptions::Spec evalSpec()
{
    app::CliOptions::Spec spec = app::scenarioOptionSpec();
    spec.switches.insert("json");
    return spec;
}

/// The message of the InputError parsing `args` throws, or "" when it parses.
QString parseError(const std::vector<std::string> &args, const app::CliOptions::Spec &spec)
{
    try {
        app::CliOptions options(args, spec);
    } catch (const model::InputError &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void topLevel_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("commandArgs");
        QTest::addColumn<bool>("platform");
        using A = TopLevelCommand::Action;
        QTest::newRow("nothing: the window")
            << QStringList{} << int(A::Window) << QStringList{} << false;
        QTest::newRow("Qt's options: the window")
            << QStringList{"-platform", "offscreen", "-style", "Fusion", "-reverse"}
            << int(A::Window) << QStringList{} << true;
        QTest::newRow("Qt's options with two dashes")
            << QStringList{"--style=Fusion"} << int(A::Window) << QStringList{} << false;
        QTest::newRow("help") << QStringList{"--help"} << int(A::Help) << QStringList{} << false;
        QTest::newRow("-h") << QStringList{"-h"} << int(A::Help) << QStringList{} << false;
        QTest::newRow("version") << QStringList{"--version"} << int(A::Version) << QStringList{}
                                 << false;
        QTest::newRow("-v after a Qt option")
            << QStringList{"-style", "Fusion", "-v"} << int(A::Version) << QStringList{} << false;
        QTest::newRow("a subcommand keeps its options")
            << QStringList{"eval", "--context", "5K", "--help", "-platform"} << int(A::Command)
            << QStringList{"eval", "--context", "5K", "--help", "-platform"} << false;
        QTest::newRow("a subcommand after Qt's options")
            << QStringList{"-platform", "offscreen", "presets", "--json"} << int(A::Command)
            << QStringList{"presets", "--json"} << true;
        QTest::newRow("an unknown word is the CLI's to refuse")
            << QStringList{"evaluate"} << int(A::Command) << QStringList{"evaluate"} << false;
        QTest::newRow("an unknown option too") << QStringList{"--contxt", "5"} << int(A::Command)
                                               << QStringList{"--contxt", "5"} << false;
        QTest::newRow("a Qt option without its value")
            << QStringList{"-platform"} << int(A::Error) << QStringList{} << false;
    }

    void topLevel()
    {
        QFETCH(QStringList, args);
        QFETCH(int, action);
        QFETCH(QStringList, commandArgs);
        QFETCH(bool, platform);
        const TopLevelCommand top = app::parseTopLevel(words(args));
        QCOMPARE(int(top.action), action);
        QCOMPARE(top.commandArgs, words(commandArgs));
        QCOMPARE(top.platformGiven, platform);
        if (top.action == TopLevelCommand::Action::Error)
            QVERIFY2(QString::fromStdString(top.error).contains("-platform"), top.error.c_str());
    }

    void styleIsRememberedForTheWindow()
    {
        QVERIFY(app::parseTopLevel({"-style", "Windows"}).styleGiven);
        QVERIFY(!app::parseTopLevel({"-platform", "offscreen"}).styleGiven);
    }

    void subcommandOptionsInEveryForm()
    {
        const app::CliOptions::Spec spec = evalSpec();
        const app::CliOptions spaced({"--context", "5K", "--json"}, spec);
        QCOMPARE(spaced.value("context"), std::string("5K"));
        QVERIFY(spaced.has("json"));
        QVERIFY(!spaced.has("gpus"));
        const app::CliOptions inlined({"--context=5K"}, spec);
        QCOMPARE(inlined.value("context"), std::string("5K"));
        const app::CliOptions singleDash({"-context", "5K"}, spec);
        QCOMPARE(singleDash.number("context", 0), 5000.0);
        // A value that starts with a dash is still the option's value.
        const app::CliOptions negative({"--context", "-5"}, spec);
        QCOMPARE(negative.value("context"), std::string("-5"));
    }

    void repeatableOptionsKeepTheirOrder()
    {
        app::CliOptions::Spec spec = app::scenarioOptionSpec();
        spec.values.erase("scenario");
        spec.repeatable.insert("scenario");
        const app::CliOptions options({"--scenario", "b", "--scenario", "a", "--scenario=c"}, spec);
        QCOMPARE(options.values("scenario"), (std::vector<std::string>{"b", "a", "c"}));
    }

    void everyByteOfAValueSurvives()
    {
        // A file name that is not UTF-8 must reach the file system as written.
        const std::string path = "/tmp/caf\xe9\xff.json";
        const app::CliOptions options({"--scenario", path}, evalSpec());
        QCOMPARE(options.value("scenario"), path);
    }

    void kvscopesMessages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unknown option")
            << QStringList{"--contxt", "5"} << QStringList{"--contxt", "unknown option"};
        QTest::newRow("missing value")
            << QStringList{"--context"} << QStringList{"--context", "missing value"};
        QTest::newRow("a switch with a value")
            << QStringList{"--json=yes"} << QStringList{"--json", "yes", "takes no value"};
        QTest::newRow("given twice") << QStringList{"--gpus", "2", "--gpus", "4"}
                                     << QStringList{"--gpus", "4", "given more than once"};
        QTest::newRow("a stray word")
            << QStringList{"--json", "fifty"} << QStringList{"fifty", "unexpected argument"};
    }

    void kvscopesMessages()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, mentions);
        const QString message = parseError(words(args), evalSpec());
        QVERIFY2(!message.isEmpty(), "accepted");
        for (const QString &mention : mentions)
            QVERIFY2(message.contains(mention), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
