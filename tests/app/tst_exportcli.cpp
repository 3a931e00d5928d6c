// SPDX-License-Identifier: GPL-3.0-or-later
// `kvscope export` end to end, through the real binary: every format without a display, the
// requested sizes, deterministic bytes, bad input refused with one line and no file, and the same
// PNG from the window's export dialog as from the command line.
#include "chartkinds.h"
#include "comparegrid.h"
#include "compareview.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "presetfeatures.h"
#include "scenariostore.h"

#include "builtins.h"

#include "runkvscope.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kvscope;

namespace {

/// The peak resident memory of `kvscope args`, in bytes (wait4's ru_maxrss), or -1 when it
/// fails.
qint64 peakMemoryOf(const QStringList &args)
{
    QList<QByteArray> bytes{QByteArray(KVSCOPE_BINARY)};
    for (const QString &arg : args)
        bytes << arg.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &arg : bytes)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::unsetenv("DISPLAY");
        ::unsetenv("WAYLAND_DISPLAY");
        ::unsetenv("QT_QPA_PLATFORM");
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0)
        return -1;
    return qint64(usage.ru_maxrss) * 1024;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void machineOutputIgnoresTheLocale_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("csv") << "csv" << QByteArray("1000,0.2");
        // SVG coordinates and the caption's numbers.
        QTest::newRow("svg") << "svg" << QByteArray(".5");
    }

    void machineOutputIgnoresTheLocale()
    {
        // A German desktop: QApplication takes its decimal comma into the C library.
        QFETCH(QString, suffix);
        QFETCH(QByteArray, expected);
        const QStringList args{"export", "--chart", "latency", "--out"};
        QCOMPARE(runKvscope(args + QStringList{path("c." + suffix)}).status, 0);
        qputenv("LC_ALL", "de_DE.UTF-8");
        const Run german = runKvscope(args + QStringList{path("de." + suffix)});
        qunsetenv("LC_ALL");
        QCOMPARE(german.status, 0);
        QFile c(path("c." + suffix));
        QFile de(path("de." + suffix));
        QVERIFY(c.open(QIODevice::ReadOnly) && de.open(QIODevice::ReadOnly));
        const QByteArray bytes = de.readAll();
        QCOMPARE(bytes, c.readAll());
        QVERIFY(bytes.contains(expected));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void helpAndErrorsNameEveryChartKind()
    {
        // The command line reads the table of chart kinds: its help and its refusal of an
        // unknown chart name every kind and the dashboard.
        QStringList ids;
        for (const widgets::ChartKind &kind : widgets::chartKinds())
            ids << QString::fromLatin1(kind.id);
        ids << "all";
        QVERIFY(QString::fromUtf8(runKvscope({"help"}).out).contains("CHART: " + ids.join(' ')));
        const Run run = runKvscope({"export", "--chart", "pie", "--out", path("pie.png")});
        QCOMPARE(run.status, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains("one of " + ids.join(' ')), run.err);
    }

    void pngWithoutADisplay_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QStringList>("sizeArgs");
        QTest::addColumn<QSize>("pixels");
        for (const char *chart : {"memory", "latency", "concurrency", "switching", "all"})
            QTest::addRow("%s default size", chart) << chart << QStringList() << QSize(1920, 1080);
        QTest::newRow("all 800x600 at scale 2")
            << "all" << QStringList{"--size", "800x600", "--scale", "2"} << QSize(1600, 1200);
        QTest::newRow("memory paper column")
            << "memory" << QStringList{"--size", "420x300", "--scale", "2.5"} << QSize(1050, 750);
    }

    void pngWithoutADisplay()
    {
        QFETCH(QString, chart);
        QFETCH(QStringList, sizeArgs);
        QFETCH(QSize, pixels);
        const QString out = path(chart + QString::number(pixels.width()) + ".png");
        const Run run =
            runKvscope(QStringList{"export", "--chart", chart, "--out", out} + sizeArgs);
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QImage image(out);
        QCOMPARE(image.size(), pixels);
        QVERIFY(image.pixelColor(2, 2) == QColor(Qt::white));
    }

    void vectorAndCsvFormats()
    {
        QCOMPARE(
            runKvscope({"export", "--chart", "latency", "--out", path("l.svg"), "--theme", "dark"})
                .status,
            0);
        QXmlStreamReader xml(readAll(path("l.svg")));
        int texts = 0;
        while (!xml.atEnd())
            texts += xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text";
        QVERIFY(!xml.hasError());
        QVERIFY(texts > 10);

        QCOMPARE(
            runKvscope({"export", "--chart", "all", "--out", path("a.pdf"), "--size", "1000x700"})
                .status,
            0);
        const QByteArray pdf = readAll(path("a.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox [0 0 1000.000000 700.000000]"));

        QCOMPARE(runKvscope({"export", "--chart", "switching", "--out", path("s.csv"), "--context",
                             "128K"})
                     .status,
                 0);
        const QByteArray csv = readAll(path("s.csv"));
        QVERIFY(csv.startsWith("context [tokens],Swap out + in over PCIe [s],Recompute instead "
                               "(prefill) [s]\n1000,"));
        QVERIFY(csv.count('\n') > 100);
    }

    void samePngTwice()
    {
        const QStringList args = {"export", "--chart", "all", "--gpus", "2", "--context", "200K"};
        QCOMPARE(runKvscope(args + QStringList{"--out", path("one.png")}).status, 0);
        QCOMPARE(runKvscope(args + QStringList{"--out", path("two.png")}).status, 0);
        const QByteArray one = readAll(path("one.png"));
        QVERIFY(!one.isEmpty());
        QVERIFY(one == readAll(path("two.png")));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("file");
        QTest::newRow("unknown chart") << QStringList{"--chart", "pie", "--out", "x.png"} << "pie"
                                       << "x.png";
        QTest::newRow("unknown extension")
            << QStringList{"--chart", "all", "--out", "x.gif"} << "x.gif"
            << "x.gif";
        QTest::newRow("size not WxH")
            << QStringList{"--chart", "all", "--out", "x.png", "--size", "1920"} << "1920"
            << "x.png";
        QTest::newRow("size too small")
            << QStringList{"--chart", "all", "--out", "x.png", "--size", "8x8"} << "8x8"
            << "x.png";
        QTest::newRow("size too large")
            << QStringList{"--chart", "all", "--out", "x.png", "--size", "20000x100"} << "20000x100"
            << "x.png";
        QTest::newRow("scale too large")
            << QStringList{"--chart", "all", "--out", "x.png", "--scale", "9"} << "--scale"
            << "x.png";
        QTest::newRow("scale not a number")
            << QStringList{"--chart", "all", "--out", "x.png", "--scale", "big"} << "big"
            << "x.png";
        QTest::newRow("unknown theme")
            << QStringList{"--chart", "all", "--out", "x.png", "--theme", "sepia"} << "sepia"
            << "x.png";
        QTest::newRow("missing chart") << QStringList{"--out", "x.png"} << "--chart"
                                       << "x.png";
        QTest::newRow("missing out") << QStringList{"--chart", "all"} << "--out"
                                     << "";
        QTest::newRow("bad scenario value")
            << QStringList{"--chart", "all", "--out", "x.png", "--gpus", "0"} << "--gpus"
            << "x.png";
        QTest::newRow("missing folder")
            << QStringList{"--chart", "all", "--out", "/nonexistent-kvscope/x.png"}
            << "/nonexistent-kvscope/x.png"
            << "";
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(QString, file);
        // Relative names land in the temporary folder.
        for (QString &arg : args)
            if (arg.startsWith("x."))
                arg = path(arg);
        const Run run = runKvscope(QStringList{"export"} + args);
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.startsWith("kvscope: "), run.err.constData());
        QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
        if (!file.isEmpty())
            QVERIFY(!QFile::exists(path(file)));
    }

    void timelineExportsAPngAndItsSegments()
    {
        // Three users over a ceiling of two at 30K: they take turns, and the swaps show.
        const QStringList scenario = {"--users", "3", "--context", "30K"};
        QElapsedTimer timer;
        timer.start();
        Run run = runKvscope(QStringList{"export", "--chart", "timeline", "--out", path("t.png")} +
                             scenario);
        const qint64 ms = timer.elapsed();
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY(run.out.isEmpty() && run.err.isEmpty());
        QImage image;
        QVERIFY(image.load(path("t.png"), "PNG"));
        QCOMPARE(image.size(), QSize(1920, 1080));
        qInfo("kvscope export --chart timeline (3 users), whole process: %lld ms", ms);

        run = runKvscope(QStringList{"export", "--chart", "timeline", "--out", path("t.csv")} +
                         scenario);
        QVERIFY2(run.status == 0, run.err.constData());
        const QList<QByteArray> lines = readAll(path("t.csv")).trimmed().split('\n');
        QCOMPARE(lines.front(), QByteArray("row,start [s],end [s],kind,bound,batch,steps"));
        // The server's row, then each user's: prefills first, in arrival order.
        QVERIFY(lines[1].startsWith("server,0,"));
        QVERIFY(lines[1].endsWith(",prefill,compute,1,0"));
        int swaps = 0;
        QSet<QByteArray> rows;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> fields = line.split(',');
            QCOMPARE(fields.size(), 7);
            QVERIFY(fields[2].toDouble() >= fields[1].toDouble());
            rows.insert(fields[0]);
            swaps += fields[3] == "swap-out" && fields[0] == "server";
        }
        QCOMPARE(rows, (QSet<QByteArray>{"server", "user 1", "user 2", "user 3"}));
        QCOMPARE(swaps, 6); // docs/session-schedule.md's worked example
    }

    // A 4096 x 4096 PNG is a 64 MiB image. The plots' paint buffers at the export's size used
    // to add three more of it (280 MB for the process); one image and the program's own ~40 MB
    // must now be all.
    void aLargeExportHoldsOneImage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("one chart")
            << QStringList{"export", "--chart", "memory", "--size", "4096x4096", "--out"};
        QTest::newRow("the dashboard")
            << QStringList{"export", "--chart", "all", "--size", "4096x4096", "--out"};
        QTest::newRow("a comparison")
            << QStringList{"compare",        "--scenario", "fu2024-34b-4k", "--scenario",
                           "fu2024-34b-50k", "--size",     "4096x4096",     "--out"};
    }

    void aLargeExportHoldsOneImage()
    {
#if defined(__SANITIZE_ADDRESS__)
        // AddressSanitizer's shadow memory and quarantine add their own hundreds of MiB to the
        // resident peak; the bound is checked in the plain build.
        QSKIP("peak memory is not comparable under AddressSanitizer");
#endif
        QFETCH(QStringList, args);
        const qint64 image = 4096ll * 4096 * 4;
        const qint64 peak = peakMemoryOf(args << path("large.png"));
        QVERIFY2(peak > 0, "the export failed");
        qInfo("%s: peak %lld MiB for a %lld MiB image", qPrintable(args.first()),
              peak / (1024 * 1024), image / (1024 * 1024));
        QVERIFY2(peak < 2 * image + 64ll * 1024 * 1024,
                 qPrintable(QString("peak %1 MiB").arg(peak / (1024 * 1024))));
    }

    void failedWriteKeepsTheOldFile()
    {
        const QString target = path("keep.png");
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        // A size refused after the output was named: nothing is written over the old file.
        QCOMPARE(runKvscope({"export", "--chart", "all", "--out", target, "--size", "1x1"}).status,
                 2);
        QCOMPARE(readAll(target), QByteArray("old"));
    }

    void windowDialogAndCommandLineGiveTheSamePng()
    {
        QSettings settings(path("window.ini"), QSettings::IniFormat);
        app::MainWindow window(settings);
        model::Scenario scenario = model::paperExample();
        scenario.deployment.gpus = 4;
        scenario.deployment.context = 128000;
        window.store()->setScenario(scenario, "test");
        auto *actions = window.findChild<widgets::ExportActions *>();
        QVERIFY(actions);

        widgets::ExportDialog dialog(settings, actions->context(), &window);
        dialog.setChart(widgets::ExportChart::dashboard());
        dialog.setPreset(0);
        dialog.setThemeChoice(widgets::ExportThemeChoice::Light);
        dialog.setCaption(true);
        dialog.setTransparent(false);
        dialog.setPath(path("gui.png"));
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.errorText()));

        const Run run = runKvscope({"export", "--chart", "all", "--gpus", "4", "--context", "128K",
                                    "--out", path("cli.png")});
        QVERIFY2(run.status == 0, run.err.constData());
        const QByteArray gui = readAll(path("gui.png"));
        QVERIFY(!gui.isEmpty());
        QVERIFY(gui == readAll(path("cli.png")));
    }

    void comparePngWithoutADisplay()
    {
        const Run run = runKvscope({"compare", "--scenario", "fu2024-34b-50k", "--scenario",
                                    "h100-sxm5-80gb", "--scenario", "mi300x-192gb", "--scenario",
                                    "llama-3.1-70b", "--out", path("compare.png")});
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY(run.out.isEmpty());
        const QImage image(path("compare.png"));
        QCOMPARE(image.size(), QSize(1920, 1270));
        // Not blank: the charts' colours and the table's text are all there.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 50);

        const Run sized = runKvscope({"compare", "--scenario", "a100-sxm4-80gb", "--scenario",
                                      "h100-sxm5-80gb", "--size", "1280x900", "--scale", "2",
                                      "--theme", "dark", "--out", path("sized.png")});
        QVERIFY2(sized.status == 0, sized.err.constData());
        QCOMPARE(QImage(path("sized.png")).size(), QSize(2560, 1800));

        // A PDF is one page of the comparison's size in points, with its text as text.
        const Run pdf = runKvscope({"compare", "--scenario", "a100-sxm4-80gb", "--scenario",
                                    "h100-sxm5-80gb", "--out", path("compare.pdf")});
        QVERIFY2(pdf.status == 0, pdf.err.constData());
        const QByteArray bytes = readAll(path("compare.pdf"));
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r"), 1);
        QVERIFY(bytes.contains("/MediaBox [0 0 1920.000000 1270.000000]"));
    }

    void compareWindowAndCommandLineGiveTheSameFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("natural");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("transparent");
        QTest::addColumn<bool>("caption");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("defaults") << "compare.png" << true << false << false << true
                                  << QStringList{};
        QTest::newRow("dark, transparent, no caption, three rows, scaled")
            << "compare.png" << false << true << true << false
            << QStringList{"--charts",      "memory,latency,concurrency",
                           "--size",        "1400x1100",
                           "--scale",       "1.5",
                           "--theme",       "dark",
                           "--transparent", "--no-caption"};
        QTest::newRow("svg") << "compare.svg" << true << false << false << true << QStringList{};
        QTest::newRow("markdown") << "compare.md" << true << false << false << true
                                  << QStringList{};
    }

    void compareWindowAndCommandLineGiveTheSameFile()
    {
        QFETCH(QString, file);
        QFETCH(bool, natural);
        QFETCH(bool, dark);
        QFETCH(bool, transparent);
        QFETCH(bool, caption);
        QFETCH(QStringList, options);
        QSettings settings(path("compare-window.ini"), QSettings::IniFormat);
        app::MainWindow window(settings);
        widgets::CompareView *view = window.presets()->compareView();
        view->setColumns({"a100-sxm4-80gb", "h200-sxm-141gb", "llama-3.1-8b"});
        view->setShared("context", 128000);
        view->setShared("gpus", 2);
        view->chartToggle("concurrency")->setChecked(options.contains("--charts"));
        widgets::ExportDialog dialog(settings, view->exportContext(), view->exportFigure(),
                                     &window);
        if (natural)
            dialog.setPreset(0);
        else
            dialog.setCustomSize({1400, 1100}, 1.5);
        dialog.setThemeChoice(dark ? widgets::ExportThemeChoice::Dark
                                   : widgets::ExportThemeChoice::Light);
        dialog.setTransparent(transparent);
        dialog.setCaption(caption);
        dialog.setPath(path("gui-" + file));
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.errorText()));

        QElapsedTimer timer;
        timer.start();
        const Run run =
            runKvscope(QStringList{"compare", "--scenario", "a100-sxm4-80gb", "--scenario",
                                   "h200-sxm-141gb", "--scenario", "llama-3.1-8b", "--context",
                                   "128K", "--gpus", "2", "--out", path("cli-" + file)} +
                       options);
        qInfo("kvscope compare, 3 columns, %s, whole process: %lld ms", qPrintable(file),
              timer.elapsed());
        QVERIFY2(run.status == 0, run.err.constData());
        const QByteArray gui = readAll(path("gui-" + file));
        QVERIFY(!gui.isEmpty());
        QVERIFY(gui == readAll(path("cli-" + file)));
    }

    void exportTimeOfASlidePng()
    {
        // The whole command, process start included; measured, not asserted.
        QList<qint64> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(runKvscope({"export", "--chart", "all", "--out", path("time.png")}).status, 0);
            times << timer.elapsed();
        }
        std::sort(times.begin(), times.end());
        qInfo("kvscope export --chart all (1920x1080 PNG), whole process: median %lld ms",
              times[2]);
    }
};

QTEST_MAIN(TestExportCli)
#include "tst_exportcli.moc"
