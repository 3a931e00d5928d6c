// SPDX-License-Identifier: GPL-3.0-or-later
// `kvscope tour` end to end, through the real binary with no display: a PDF with one page per
// scene, a folder with one PNG per scene at the requested size, a user's tour file, and bad
// input refused with one line naming the file, field or path, leaving no file behind.
#include "filewrite.h"
#include "tour.h"
#include "tourdeck.h"

#include "runkvscope.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace kvscope;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeText(const QString &path, const std::string &text)
{
    QFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(text);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Page objects of a PDF: "/Type /Page" dictionaries, not the "/Type /Pages" tree above them.
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    int count = 0;
    for (auto match = page.globalMatch(QString::fromLatin1(pdf)); match.hasNext(); match.next())
        ++count;
    return count;
}

/// The number the page tree says it holds ("/Count N"), or -1.
int pdfPageTreeCount(const QByteArray &pdf)
{
    static const QRegularExpression count(
        QStringLiteral("/Type\\s*/Pages\\b[^>]*/Count\\s+(\\d+)"));
    const QRegularExpressionMatch match = count.match(QString::fromLatin1(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/// A small tour of the user's own: three scenes, one on the timeline page.
std::string userTour()
{
    return R"({"kind": "tour", "schema_version": 1, "id": "talk", "name": "My talk",
        "scenes": [
          {"title": "Llama at 8K", "caption": "An 8B model on one H100.",
           "model": "llama-3.1-8b", "hardware": "h100-sxm5-80gb",
           "deployment": {"context": 8000}, "highlight": "concurrency"},
          {"title": "Twelve users", "caption": "They take turns.", "page": "timeline",
           "scenario": "fu2024-34b-4k", "deployment": {"users": 12, "context": 30000}},
          {"title": "Compressed!", "caption": "A 4-bit cache.", "page": "compression",
           "scenario": "fu2024-34b-50k", "deployment": {"kv_compression_hidden": 4}}]})";
}

} // namespace

class TestTourCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pdfHasOnePagePerScene()
    {
        const Run run = runKvscope({"tour", "--out", path("deck.pdf")});
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(run.out.isEmpty());
        const QByteArray pdf = readAll(path("deck.pdf"));
        QVERIFY(pdf.startsWith("%PDF-"));
        const int scenes = int(model::builtinTour().scenes.size());
        QCOMPARE(scenes, 9);
        QCOMPARE(pdfPageCount(pdf), scenes);
        QCOMPARE(pdfPageTreeCount(pdf), scenes);
        QCOMPARE(int(pdf.count("/MediaBox [0 0 1920.000000 1080.000000]")), scenes);
    }

    void pdfPagesTakeTheSize()
    {
        const Run run = runKvscope(
            {"tour", "--out", path("small.PDF"), "--size", "1000x700", "--theme", "dark"});
        QVERIFY2(run.status == 0, run.err.constData());
        const QByteArray pdf = readAll(path("small.PDF"));
        QCOMPARE(pdfPageCount(pdf), 9);
        QCOMPARE(int(pdf.count("/MediaBox [0 0 1000.000000 700.000000]")), 9);
    }

    void folderHasOnePngPerScene_data()
    {
        QTest::addColumn<QStringList>("sizeArgs");
        QTest::addColumn<QSize>("pixels");
        QTest::addColumn<QColor>("background");
        QTest::newRow("default size") << QStringList() << QSize(1920, 1080) << QColor(Qt::white);
        QTest::newRow("960x540 dark")
            << QStringList{"--size", "960x540", "--theme", "dark", "--bytes", "gb"}
            << QSize(960, 540) << QColor();
    }

    void folderHasOnePngPerScene()
    {
        QFETCH(QStringList, sizeArgs);
        QFETCH(QSize, pixels);
        QFETCH(QColor, background);
        // The folder does not exist yet: the command makes it.
        const QString folder = path(QStringLiteral("slides-%1").arg(pixels.width()));
        QVERIFY(!QDir(folder).exists());
        const Run run = runKvscope(QStringList{"tour", "--out", folder} + sizeArgs);
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());

        const model::Tour &tour = model::builtinTour();
        QStringList expected;
        for (std::size_t i = 0; i < tour.scenes.size(); ++i)
            expected << widgets::tourSlideFileName(tour, i);
        QCOMPARE(entriesOf(folder), expected);
        QCOMPARE(expected.first(), QStringLiteral("01-the-4k-baseline-18-users-on-one-gpu.png"));
        QVERIFY(expected.at(2).startsWith("03-prefill-"));
        for (const QString &name : expected) {
            const QImage image(QDir(folder).filePath(name));
            QCOMPARE(image.size(), pixels);
            if (background.isValid())
                QCOMPARE(image.pixelColor(1, 1), background);
        }
        // Scenes differ: no two slides are the same picture.
        QCOMPARE(readAll(QDir(folder).filePath(expected.at(0))) ==
                     readAll(QDir(folder).filePath(expected.at(1))),
                 false);
    }

    void secondRunReplacesTheSlides()
    {
        const QString folder = path("again");
        QCOMPARE(runKvscope({"tour", "--out", folder}).status, 0);
        const QByteArray first = readAll(QDir(folder).filePath(entriesOf(folder).first()));
        QCOMPARE(runKvscope({"tour", "--out", folder}).status, 0);
        QCOMPARE(entriesOf(folder).size(), 9);
        QCOMPARE(readAll(QDir(folder).filePath(entriesOf(folder).first())), first);
    }

    void userTourFile()
    {
        const QString file = path("talk.json");
        QVERIFY(writeText(file, userTour()));
        const Run pdf = runKvscope({"tour", "--tour", file, "--out", path("talk.pdf")});
        QVERIFY2(pdf.status == 0, pdf.err.constData());
        QCOMPARE(pdfPageCount(readAll(path("talk.pdf"))), 3);

        const Run pngs =
            runKvscope({"tour", "--tour", file, "--out", path("talk"), "--size", "1280x720"});
        QVERIFY2(pngs.status == 0, pngs.err.constData());
        QCOMPARE(entriesOf(path("talk")),
                 (QStringList{"01-llama-at-8k.png", "02-twelve-users.png", "03-compressed.png"}));
        for (const QString &name : entriesOf(path("talk")))
            QCOMPARE(QImage(QDir(path("talk")).filePath(name)).size(), QSize(1280, 720));
    }

    void badTourFileNamesFileAndField_data()
    {
        QTest::addColumn<QString>("patch");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown highlight")
            << R"({"scenes": [{"title": "a", "caption": "b", "scenario": "fu2024-34b-4k",
                   "highlight": "latency"}]})"
            << "scenes[0].highlight"
            << "latency";
        QTest::newRow("bad deployment value")
            << R"({"scenes": [{"title": "a", "caption": "b", "scenario": "fu2024-34b-4k",
                   "deployment": {"gpus": 0}}]})"
            << "scenes[0].deployment.gpus"
            << "0";
        QTest::newRow("unknown scenario id")
            << R"({"scenes": [{"title": "a", "caption": "b", "scenario": "fu2099"}]})"
            << "scenes[0].scenario"
            << "fu2099";
        QTest::newRow("empty scenes") << R"({"scenes": []})"
                                      << "scenes"
                                      << "[]";
    }

    void badTourFileNamesFileAndField()
    {
        QFETCH(QString, patch);
        QFETCH(QString, field);
        QFETCH(QString, value);
        nlohmann::json tour = nlohmann::json::parse(userTour());
        tour.merge_patch(nlohmann::json::parse(patch.toStdString()));
        const QString file = path("bad-tour.json");
        QVERIFY(writeText(file, tour.dump()));
        const QString out = path("bad-tour.pdf");
        const Run run = runKvscope({"tour", "--tour", file, "--out", out});
        QCOMPARE(run.status, 2);
        QVERIFY(run.out.isEmpty());
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.startsWith("kvscope: " + file + ": " + field + " = " + value + ": "),
                 run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void badOutputWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("left");
        QTest::newRow("pdf in a missing folder")
            << QStringList{"--out", "/nonexistent-kvscope/deck.pdf"}
            << "/nonexistent-kvscope/deck.pdf"
            << "/nonexistent-kvscope";
        QTest::newRow("folder in a missing folder")
            << QStringList{"--out", "/nonexistent-kvscope/deck"} << "/nonexistent-kvscope/deck"
            << "/nonexistent-kvscope";
        QTest::newRow("a file where the folder would be")
            << QStringList{"--out", "@/afile"} << "@/afile"
            << "";
        QTest::newRow("a png") << QStringList{"--out", "@/deck.png"} << "@/deck.png"
                               << "@/deck.png";
        QTest::newRow("missing out") << QStringList() << "--out"
                                     << "";
        QTest::newRow("bad size") << QStringList{"--out", "@/s.pdf", "--size", "1920"} << "1920"
                                  << "@/s.pdf";
        QTest::newRow("bad theme") << QStringList{"--out", "@/t.pdf", "--theme", "sepia"} << "sepia"
                                   << "@/t.pdf";
        QTest::newRow("bad bytes") << QStringList{"--out", "@/b", "--bytes", "kb"} << "kb"
                                   << "@/b";
        QTest::newRow("unknown option")
            << QStringList{"--out", "@/u.pdf", "--chart", "all"} << "--chart"
            << "@/u.pdf";
        QTest::newRow("missing tour file")
            << QStringList{"--tour", "@/none.json", "--out", "@/m.pdf"} << "@/none.json"
            << "@/m.pdf";
    }

    void badOutputWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(QString, left);
        // "@" is a fresh folder of this row's own, holding only "afile".
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeText(dir.filePath("afile"), "not a folder"));
        for (QString *text : {&named, &left})
            text->replace("@", dir.path());
        for (QString &arg : args)
            arg.replace("@", dir.path());
        const Run run = runKvscope(QStringList{"tour"} + args);
        QCOMPARE(run.status, 2);
        const QString err = QString::fromUtf8(run.err);
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.contains(named), run.err.constData());
        if (!left.isEmpty())
            QVERIFY2(!QFile::exists(left), qPrintable(left));
        // Nothing else either: no slide, no temporary file.
        QCOMPARE(entriesOf(dir.path()), QStringList{"afile"});
        QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
    }

    void slideFileNames_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("scenes");
        QTest::addColumn<QString>("name");
        QTest::newRow("words") << "Prefill: 892 ms becomes 14.1 s" << 9
                               << "01-prefill-892-ms-becomes-14-1-s.png";
        QTest::newRow("accents and symbols") << "Décodage — ×250!" << 9 << "01-d-codage-250.png";
        QTest::newRow("nothing left") << "→ ★" << 9 << "01-scene.png";
        QTest::newRow("three digits for 100 scenes") << "A" << 100 << "001-a.png";
        QTest::newRow("long title cut")
            << QString(80, 'x') << 9 << "01-" + QString(48, 'x') + ".png";
    }

    void slideFileNames()
    {
        QFETCH(QString, title);
        QFETCH(int, scenes);
        QFETCH(QString, name);
        model::Tour tour;
        tour.scenes.resize(std::size_t(scenes));
        tour.scenes[0].title = title.toStdString();
        QCOMPARE(widgets::tourSlideFileName(tour, 0), name);
    }

    void highlightFramesTheCard()
    {
        // The scene's card is outlined in the theme's blue, as in the window; nothing else on the
        // slide changes.
        widgets::ExportOptions options;
        options.size = QSize(960, 540);
        model::Tour tour = model::builtinTour();
        QCOMPARE(tour.scenes[1].highlight, model::TourHighlight::Concurrency);
        const QImage framed = widgets::renderTourSlide(tour, 1, options);
        tour.scenes[1].highlight = model::TourHighlight::None;
        const QImage plain = widgets::renderTourSlide(tour, 1, options);
        QCOMPARE(framed.size(), plain.size());
        QRect changed;
        for (int y = 0; y < framed.height(); ++y)
            for (int x = 0; x < framed.width(); ++x)
                if (framed.pixel(x, y) != plain.pixel(x, y))
                    changed |= QRect(x, y, 1, 1);
        QVERIFY(!changed.isEmpty());
        // The second of the seven cards, in the strip across the top.
        QVERIFY2(changed.left() > framed.width() / 7 - 10 &&
                     changed.right() < framed.width() * 2 / 7 + 10,
                 qPrintable(QStringLiteral("%1..%2").arg(changed.left()).arg(changed.right())));
        QVERIFY(changed.bottom() < framed.height() / 5);
        QCOMPARE(framed.pixelColor(changed.center().x(), changed.top() + 1), options.theme.blue);
    }

    void helpAndManPageNameTheCommand()
    {
        const QString help = QString::fromUtf8(runKvscope({"help"}).out);
        QVERIFY(help.contains("kvscope tour    [--tour FILE] --out DECK.pdf|DIR"));
        const Run unknown = runKvscope({"tours"});
        QCOMPARE(unknown.status, 2);
        QVERIFY(QString::fromUtf8(unknown.err).contains("measurements, tour, bench"));
    }
};

QTEST_MAIN(TestTourCli)
#include "tst_tourcli.moc"
