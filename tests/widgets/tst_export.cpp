// SPDX-License-Identifier: GPL-3.0-or-later
// The export rendering function and the export dialog, offscreen: PNGs of the requested size with
// real content, well-formed SVG with the chart's text, a PDF page of the requested size, CSV equal
// to the model, deterministic bytes, clear errors that leave no file, remembered dialog choices and
// the clipboard copy.
#include "chartexport.h"
#include "concurrencycurves.h"
#include "exportdialog.h"
#include "inputerror.h"
#include "latencycurves.h"
#include "memorychart.h"
#include "memorycurves.h"
#include "plotwidget.h"
#include "switchingcurves.h"

#include "builtins.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

#include <unistd.h>

using namespace kvscope;
using namespace kvscope::widgets;

Q_DECLARE_METATYPE(kvscope::widgets::ExportChart)

namespace {

model::Scenario scenario()
{
    return model::paperExample();
}

struct PixelStats
{
    int distinctColours = 0;
    double opaqueFraction = 0;
    double nonBackgroundFraction = 0;
};

PixelStats stats(const QImage &source, const QColor &background)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    qint64 opaque = 0;
    qint64 other = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            colours.insert(line[x]);
            opaque += qAlpha(line[x]) == 255;
            other += qAlpha(line[x]) > 0 && (line[x] | 0xff000000) != background.rgb();
        }
    }
    const double n = double(image.width()) * image.height();
    return {int(colours.size()), opaque / n, other / n};
}

/// The fraction of pixels within `tolerance` (per channel) of `colour`.
double share(const QImage &source, const QColor &colour, int tolerance = 6)
{
    const QImage image = source.convertToFormat(QImage::Format_ARGB32);
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += std::abs(qRed(line[x]) - colour.red()) <= tolerance &&
                     std::abs(qGreen(line[x]) - colour.green()) <= tolerance &&
                     std::abs(qBlue(line[x]) - colour.blue()) <= tolerance &&
                     qAlpha(line[x]) == 255;
    }
    return double(count) / (double(image.width()) * image.height());
}

/// A colour only the chart's data draws: the weights band of the memory chart, the linear-layer
/// band of the latency chart, the current GPU count's step line, the swap-time line.
QColor dataColour(ExportChart chart, const Theme &t)
{
    const QString id = chartId(chart);
    if (id == "memory" || id == "latency" || id == "all")
        return t.fill(t.blue);
    if (id == "concurrency")
        return t.blue;
    return t.vermillion; // switching, timeline
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty())
            continue;
        // Fields are numbers or names; a quoted name may hold a comma.
        QStringList fields;
        QString field;
        bool quoted = false;
        for (const QChar c : QString::fromUtf8(line)) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted) {
                fields << field;
                field.clear();
            } else
                field += c;
        }
        fields << field;
        rows << fields;
    }
    return rows;
}

/// The CSV column named `header` as text, in row order.
QStringList csvColumn(const QList<QStringList> &rows, const QString &header)
{
    const qsizetype index = rows.front().indexOf(header);
    if (index < 0)
        return {};
    QStringList values;
    for (qsizetype r = 1; r < rows.size(); ++r)
        values << rows[r].value(index);
    return values;
}

QStringList plain(const std::vector<double> &values)
{
    QStringList text;
    for (double v : values)
        text << QString::fromStdString(model::formatPlain(v));
    return text;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void pngHasTheRequestedSizeAndRealContent_data()
    {
        QTest::addColumn<ExportChart>("chart");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<bool>("dark");
        const QList<ExportChart> charts = {*chartFromId("memory"), *chartFromId("latency"),
                                           *chartFromId("concurrency"), *chartFromId("switching"),
                                           ExportChart::dashboard()};
        for (ExportChart chart : charts) {
            const QByteArray id = chartId(chart).toUtf8();
            QTest::addRow("%s slide 1920x1080", id.constData())
                << chart << QSize(1920, 1080) << 1.0 << false;
            QTest::addRow("%s paper column 420x300 at x2.5", id.constData())
                << chart << QSize(420, 300) << 2.5 << false;
            QTest::addRow("%s dark 800x600 at x2", id.constData())
                << chart << QSize(800, 600) << 2.0 << true;
        }
    }

    void pngHasTheRequestedSizeAndRealContent()
    {
        QFETCH(ExportChart, chart);
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QFETCH(bool, dark);
        ExportOptions options;
        options.size = size;
        options.scale = scale;
        options.theme = makeTheme(dark, false);
        QImage image;
        QVERIFY(
            image.loadFromData(renderExport(scenario(), chart, ExportFormat::Png, options), "PNG"));
        QCOMPARE(image.size(), QSize(int(std::ceil(size.width() * scale)),
                                     int(std::ceil(size.height() * scale))));
        const PixelStats s = stats(image, options.theme.background);
        QVERIFY2(s.distinctColours >= 40, qPrintable(QString::number(s.distinctColours)));
        QCOMPARE(s.opaqueFraction, 1.0);
        // Not a blank frame: curves, fills, text.
        QVERIFY2(s.nonBackgroundFraction > 0.01,
                 qPrintable(QString::number(s.nonBackgroundFraction)));
        // The plotted data is there, in its own colour.
        const double data = share(image, dataColour(chart, options.theme));
        QVERIFY2(data > 0.0005, qPrintable(QString::number(data)));
    }

    void transparentPngHasAClearBackground()
    {
        ExportOptions options;
        options.size = {640, 400};
        options.transparent = true;
        QImage image;
        QVERIFY(image.loadFromData(
            renderExport(scenario(), *chartFromId("memory"), ExportFormat::Png, options), "PNG"));
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(image.width() - 1, image.height() - 1)), 0);
        const PixelStats s = stats(image, options.theme.background);
        QVERIFY(s.opaqueFraction > 0.2 && s.opaqueFraction < 0.95);
        QVERIFY(share(image, options.theme.fill(options.theme.blue)) > 0.05);
    }

    void pngIsDeterministic()
    {
        ExportOptions options;
        const QByteArray first =
            renderExport(scenario(), ExportChart::dashboard(), ExportFormat::Png, options);
        const QByteArray second =
            renderExport(scenario(), ExportChart::dashboard(), ExportFormat::Png, options);
        QVERIFY(!first.isEmpty());
        QVERIFY(first == second);
        // And a different scenario draws a different picture.
        model::Scenario other = scenario();
        other.deployment.gpus = 4;
        QVERIFY(renderExport(other, ExportChart::dashboard(), ExportFormat::Png, options) != first);
    }

    void svgIsWellFormedVectorWithTheChartsText_data()
    {
        QTest::addColumn<ExportChart>("chart");
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("memory") << *chartFromId("memory")
                                << QStringList{"HBM occupancy", "Weights", "10K", "80 GiB",
                                               "Yi-34B-200K"};
        QTest::newRow("latency") << *chartFromId("latency")
                                 << QStringList{"Latency", "Attention", "1M", "Prefill"};
        QTest::newRow("concurrency")
            << *chartFromId("concurrency") << QStringList{"Concurrency ceiling", "8 GPUs", "100K"};
        QTest::newRow("switching")
            << *chartFromId("switching") << QStringList{"Context switching", "PCIe", "1 s"};
        QTest::newRow("dashboard")
            << ExportChart::dashboard()
            << QStringList{"KV cache per user", "11.44 GiB", "HBM occupancy", "Context switching"};
    }

    void svgIsWellFormedVectorWithTheChartsText()
    {
        QFETCH(ExportChart, chart);
        QFETCH(QStringList, texts);
        ExportOptions options;
        options.size = {1200, 800};
        const QByteArray svg = renderExport(scenario(), chart, ExportFormat::Svg, options);
        QXmlStreamReader xml(svg);
        QString allText;
        int paths = 0;
        int images = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QStringView name = xml.name();
                paths += name == u"path" || name == u"polyline" || name == u"rect";
                images += name == u"image";
                if (name == u"text")
                    allText += xml.readElementText(QXmlStreamReader::IncludeChildElements) + '\n';
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(images, 0);
        QVERIFY2(paths > 20, qPrintable(QString::number(paths)));
        for (const QString &text : texts)
            QVERIFY2(allText.contains(text), qPrintable(text));

        // It draws: rendered back, it is not a blank frame.
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(QPoint(), options.size));
        QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(stats(image, Qt::white).nonBackgroundFraction > 0.01);
    }

    void pdfIsOnePageOfTheRequestedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("slide") << QSize(1920, 1080);
        QTest::newRow("paper column") << QSize(420, 300);
    }

    void pdfIsOnePageOfTheRequestedSize()
    {
        QFETCH(QSize, size);
        ExportOptions options;
        options.size = size;
        const QByteArray pdf =
            renderExport(scenario(), ExportChart::dashboard(), ExportFormat::Pdf, options);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const QRegularExpression box(
            QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]"));
        const auto match = box.match(QString::fromLatin1(pdf));
        QVERIFY(match.hasMatch());
        QCOMPARE(qRound(match.captured(1).toDouble()), size.width());
        QCOMPARE(qRound(match.captured(2).toDouble()), size.height());
        QCOMPARE(QString::fromLatin1(pdf).count(QRegularExpression("/Type\\s*/Page\\b")), 1);
        // Vector: no raster image objects.
        QVERIFY(!pdf.contains("/Subtype /Image"));
    }

    void csvEqualsTheModel()
    {
        const model::ExplorerData data = model::explorerData(scenario());
        ExportOptions options;
        const auto csv = [&](ExportChart chart) {
            return parseCsv(renderExport(scenario(), chart, ExportFormat::Csv, options));
        };

        const QList<QStringList> memory = csv(*chartFromId("memory"));
        QCOMPARE(memory.front().front(), QStringLiteral("context [tokens]"));
        QCOMPARE(csvColumn(memory, "context [tokens]"), plain(model::memoryCurves(data).context));
        QCOMPARE(csvColumn(memory, "Weights [B]"), plain(model::memoryCurves(data).weights));
        QCOMPARE(csvColumn(memory, "KV cache of resident users [B]"),
                 plain(model::memoryCurves(data).residentKv));
        QCOMPARE(csvColumn(memory, "Free [B]"), plain(model::memoryCurves(data).free));
        QCOMPARE(csvColumn(memory, "HBM capacity [B]").front(),
                 QString::fromStdString(model::formatPlain(model::memoryCurves(data).capacity)));
        // The reserve is zero in the paper's example: the chart hides its band, the CSV its column.
        QVERIFY(!memory.front().contains("Reserved [B]"));

        const QList<QStringList> latency = csv(*chartFromId("latency"));
        QCOMPARE(csvColumn(latency, "Prefill: Linear layers [s]"),
                 plain(model::latencyCurves(data).prefillLinear));
        QCOMPARE(csvColumn(latency, "Prefill: Attention [s]"),
                 plain(model::latencyCurves(data).prefillAttention));
        QCOMPARE(csvColumn(latency, "Decode per token: KV read [s]"),
                 plain(model::latencyCurves(data).decodeKv));

        const QList<QStringList> switching = csv(*chartFromId("switching"));
        QCOMPARE(csvColumn(switching, "Swap out + in over PCIe [s]"),
                 plain(model::switchingCurves(data).switchSeconds));

        // Each GPU count has its own samples: one row per sample of any curve, blanks elsewhere.
        const QList<QStringList> concurrency = csv(*chartFromId("concurrency"));
        for (const model::ConcurrencyCurve &curve : model::concurrencyCurves(data)) {
            const QString name = (curve.gpus == 1 ? QStringLiteral("1 GPU")
                                                  : QStringLiteral("%1 GPUs").arg(curve.gpus)) +
                                 (curve.current ? QStringLiteral(", this setting") : QString());
            const QStringList contexts = csvColumn(concurrency, "context [tokens]");
            const QStringList users = csvColumn(concurrency, name + " [users]");
            QVERIFY2(!users.isEmpty(), qPrintable(name));
            QStringList present;
            for (qsizetype i = 0; i < users.size(); ++i)
                if (!users[i].isEmpty())
                    present << users[i];
            QCOMPARE(present, plain(curve.users));
        }

        // Exactly what is plotted: the chart's stacked bands are the running sums of the columns.
        MemoryChart chart;
        chart.setData(data);
        const QCPGraph *kvTop = chart.band(MemoryChart::ResidentKv);
        QCOMPARE(kvTop->data()->size(), int(model::memoryCurves(data).context.size()));
        for (std::size_t i = 0; i < model::memoryCurves(data).context.size(); ++i) {
            const auto point = kvTop->data()->at(int(i));
            QCOMPARE(point->key, model::memoryCurves(data).context[i]);
            QVERIFY(qFuzzyCompare(point->value, memory[qsizetype(i) + 1][1].toDouble() +
                                                    memory[qsizetype(i) + 1][2].toDouble()));
        }
    }

    void dashboardCsvPrefixesEveryChart()
    {
        const QByteArray csv =
            renderExport(scenario(), ExportChart::dashboard(), ExportFormat::Csv, ExportOptions());
        const QString header = QString::fromUtf8(csv.left(csv.indexOf('\n')));
        for (const char *part : {"HBM occupancy: Weights [B]", "Latency: Prefill: Attention [s]",
                                 "Concurrency ceiling: 8 GPUs [users]",
                                 "Context switching: Swap out + in over PCIe [s]"})
            QVERIFY2(header.contains(part), part);
    }

    void captionNamesTheScenario()
    {
        const QString caption = scenarioCaption(scenario());
        for (const char *part :
             {"Yi-34B-200K", "recounted", "1 × NVIDIA A100", "50K tokens", "250 out", "batch 1",
              "bf16/bf16", "attention FLOP: paper", "TP comm off", "mfu 1 mbu 1", "kvscope 0.1.0"})
            QVERIFY2(caption.contains(part), qPrintable(caption + " lacks " + part));
        // It is drawn, so the figure carries it.
        ExportOptions options;
        const QByteArray svg =
            renderExport(scenario(), *chartFromId("memory"), ExportFormat::Svg, options);
        QVERIFY(svg.contains("kvscope 0.1.0"));
        options.caption = false;
        QVERIFY(!renderExport(scenario(), *chartFromId("memory"), ExportFormat::Svg, options)
                     .contains("TP comm off"));

        // Hardware moved off its preset says so: 141 GiB is not an A100 80GB any more.
        QVERIFY(!caption.contains("(modified)"));
        model::Scenario edited = scenario();
        edited.hardware.hbmBytes = 141 * model::kGiB;
        QVERIFY(
            scenarioCaption(edited).contains("1 × NVIDIA A100 SXM4 80GB (modified) (141 GiB HBM)"));
    }

    void exportThemeIsUsed()
    {
        ExportOptions options;
        options.size = {400, 300};
        options.theme = makeTheme(true, false);
        const QImage image = renderImage(scenario(), *chartFromId("switching"), options);
        QCOMPARE(image.pixelColor(1, 1), options.theme.background);
        options.theme = makeTheme(false, false);
        QCOMPARE(renderImage(scenario(), *chartFromId("switching"), options).pixelColor(1, 1),
                 QColor(Qt::white));
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::newRow("too small") << QSize(15, 100) << 1.0;
        QTest::newRow("too large") << QSize(16385, 100) << 1.0;
        QTest::newRow("scale too small") << QSize(100, 100) << 0.25;
        QTest::newRow("scale too large") << QSize(100, 100) << 8.5;
        QTest::newRow("too many pixels") << QSize(16384, 16384) << 2.0;
    }

    void badOptionsAreRefused()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        ExportOptions options;
        options.size = size;
        options.scale = scale;
        QVERIFY_THROWS_EXCEPTION(model::InputError,
                                 renderImage(scenario(), *chartFromId("memory"), options));
    }

    // The image must fit in half the machine's memory: refused before anything is allocated,
    // with the size, its need and the limit.
    void sizesThatCannotFitAreRefusedByMemory_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<qint64>("memory");
        QTest::addColumn<QString>("problem");
        const qint64 GiB = 1024ll * 1024 * 1024;
        QTest::newRow("16384 x 16384 on 1 GiB")
            << QSize(16384, 16384) << 1.0 << GiB
            << "16384 × 16384 pixels needs 1.000 GiB for the image, more than the 512.0 MiB an "
               "export may use (half of this machine's memory)";
        QTest::newRow("4096 x 4096 at scale 2 on 256 MiB")
            << QSize(4096, 4096) << 2.0 << 256ll * 1024 * 1024
            << "8192 × 8192 pixels needs 256.0 MiB for the image, more than the 128.0 MiB";
        QTest::newRow("16384 x 16384 on 4 GiB fits") << QSize(16384, 16384) << 1.0 << 4 * GiB << "";
        QTest::newRow("an SVG has no image") << QSize(16384, 16384) << 1.0 << GiB << "svg";
    }

    void sizesThatCannotFitAreRefusedByMemory()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QFETCH(qint64, memory);
        QFETCH(QString, problem);
        const ExportFormat format = problem == "svg" ? ExportFormat::Svg : ExportFormat::Png;
        const QString found = checkExportSize(size, scale, format, memory);
        if (problem.isEmpty() || problem == "svg")
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.startsWith(problem), qPrintable(found));
    }

    // An export draws its plots with toPainter, straight onto the image; the plots' own paint
    // buffers (three of the plot's size each) must stay small or they cost three images.
    void plotBuffersOfAnExportStaySmall_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("ratio");
        QTest::newRow("a small figure keeps full buffers") << QSize(400, 300) << 1.0;
        QTest::newRow("512 pixels wide") << QSize(512, 100) << 1.0;
        QTest::newRow("a slide") << QSize(1920, 1080) << 512.0 / 1920;
        QTest::newRow("16384 tall") << QSize(100, 16384) << 1.0 / 32;
    }

    void plotBuffersOfAnExportStaySmall()
    {
        QFETCH(QSize, size);
        QFETCH(double, ratio);
        QCOMPARE(exportBufferRatio(size), ratio);
        QWidget root;
        auto *plot = new QCustomPlot(&root);
        shrinkPaintBuffers(&root, size);
        QCOMPARE(plot->bufferDevicePixelRatio(), ratio);
    }

    void smallestSizeStillRenders()
    {
        ExportOptions options;
        options.size = {kMinExportSide, kMinExportSide};
        const QImage image = renderImage(scenario(), ExportChart::dashboard(), options);
        QCOMPARE(image.size(), QSize(kMinExportSide, kMinExportSide));
    }

    void failedWriteNamesThePathAndLeavesNoFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent-kvscope/x.png");
        QTest::newRow("target is a folder") << QStringLiteral("folder.png");
    }

    void failedWriteNamesThePathAndLeavesNoFile()
    {
        QFETCH(QString, target);
        if (!target.startsWith('/')) {
            target = path(target);
            QVERIFY(QDir().mkpath(target));
        }
        const QStringList before = QDir(QFileInfo(target).path()).entryList(QDir::Files);
        try {
            exportChart(scenario(), *chartFromId("memory"), ExportOptions(), target);
            QFAIL("no error");
        } catch (const model::InputError &error) {
            QVERIFY2(QString::fromStdString(error.what()).contains(target), error.what());
        }
        QCOMPARE(QDir(QFileInfo(target).path()).entryList(QDir::Files), before);
    }

    void readOnlyFolderIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        const QString folder = path("readonly");
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        const QString target = folder + "/x.png";
        QVERIFY_THROWS_EXCEPTION(model::InputError, exportChart(scenario(), *chartFromId("memory"),
                                                                ExportOptions(), target));
        QVERIFY(!QFile::exists(target));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void unknownExtensionIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(model::InputError, exportChart(scenario(), *chartFromId("memory"),
                                                                ExportOptions(), path("x.gif")));
        QVERIFY(!QFile::exists(path("x.gif")));
    }

    void dialogPresetsGiveTheNamedPixels()
    {
        QSettings settings(path("presets.ini"), QSettings::IniFormat);
        ExportDialog dialog(settings, ExportContext{scenario()});
        const QList<QSize> pixels = {{1920, 1080}, {3840, 2160}, {1050, 750}, {2150, 1000}};
        QCOMPARE(sizePresets().size(), pixels.size());
        for (int i = 0; i < pixels.size(); ++i) {
            dialog.setPreset(i);
            const ExportOptions o = dialog.options();
            QCOMPARE(QSize(int(std::ceil(o.size.width() * o.scale)),
                           int(std::ceil(o.size.height() * o.scale))),
                     pixels[i]);
        }
    }

    void dialogExportsWhatTheFunctionRendersAndRemembersChoices()
    {
        QSettings settings(path("dialog.ini"), QSettings::IniFormat);
        ExportContext context{scenario()};
        context.scenario.deployment.gpus = 2;
        context.theme = makeTheme(true, false);
        const QString target = path("dialog.png");
        {
            ExportDialog dialog(settings, context);
            dialog.setChart(*chartFromId("concurrency"));
            dialog.setCustomSize({900, 500}, 1.5);
            dialog.setThemeChoice(ExportThemeChoice::Current);
            dialog.setCaption(false);
            dialog.setPath(target);
            QCOMPARE(dialog.format(), ExportFormat::Png);
            QVERIFY2(dialog.exportNow(), qPrintable(dialog.errorText()));
            QVERIFY(dialog.errorText().isEmpty());
        }
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ExportOptions expected;
        expected.size = {900, 500};
        expected.scale = 1.5;
        expected.caption = false;
        expected.theme = makeTheme(true, false);
        QVERIFY(file.readAll() == renderExport(context.scenario, *chartFromId("concurrency"),
                                               ExportFormat::Png, expected));

        // A new dialog starts from the last choices.
        ExportDialog again(settings, context);
        QCOMPARE(again.chart(), *chartFromId("concurrency"));
        QCOMPARE(again.options().size, QSize(900, 500));
        QCOMPARE(again.options().scale, 1.5);
        QCOMPARE(again.options().caption, false);
        QCOMPARE(again.themeChoice(), ExportThemeChoice::Current);
        QCOMPARE(again.path(), target);
    }

    void returnExports()
    {
        // Return in the file field is the Export button, not Cancel.
        QSettings settings(path("return.ini"), QSettings::IniFormat);
        ExportDialog dialog(settings, ExportContext{scenario()});
        dialog.setChart(*chartFromId("memory"));
        dialog.setCustomSize({400, 300}, 1);
        dialog.setPath(path("return.png"));
        dialog.show();
        QTest::keyClick(dialog.findChild<QLineEdit *>("exportPath"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFile::exists(path("return.png")));
    }

    void firstExportOnANewAccountMakesThePicturesFolder()
    {
        // A new account has no ~/Pictures yet; the dialog's proposal must still export.
        const QByteArray home = qgetenv("HOME");
        const QString fresh = path("fresh-home");
        QVERIFY(QDir().mkpath(fresh));
        qputenv("HOME", fresh.toLocal8Bit());
        QSettings settings(path("fresh.ini"), QSettings::IniFormat);
        ExportDialog dialog(settings, ExportContext{scenario()});
        dialog.setChart(*chartFromId("latency"));
        dialog.setCustomSize({400, 300}, 1);
        const QString proposed = dialog.path();
        const bool exported = dialog.exportNow();
        qputenv("HOME", home);
        QVERIFY2(proposed.startsWith(fresh + "/"), qPrintable(proposed));
        QVERIFY(proposed.endsWith("/kvscope-latency.png")); // the name follows the chart
        QVERIFY2(exported, qPrintable(dialog.errorText()));
        QVERIFY(QFile::exists(proposed));
        // A folder the user typed is not made: a typo must not leave folders behind.
        dialog.setPath(path("no-such-folder/chart.png"));
        QVERIFY(!dialog.exportNow());
        QVERIFY(!QDir(path("no-such-folder")).exists());
    }

    void dialogFailureShowsThePathAndKeepsTheChoices()
    {
        QSettings settings(path("failure.ini"), QSettings::IniFormat);
        ExportDialog dialog(settings, ExportContext{scenario()});
        dialog.setChart(*chartFromId("latency"));
        dialog.setCustomSize({700, 450}, 2);
        dialog.setThemeChoice(ExportThemeChoice::Light);
        const QString target = QStringLiteral("/nonexistent-kvscope/figure.svg");
        dialog.setPath(target);
        QCOMPARE(dialog.format(), ExportFormat::Svg);
        QVERIFY(!dialog.exportNow());
        QVERIFY2(dialog.errorText().contains(target), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.chart(), *chartFromId("latency"));
        QCOMPARE(dialog.options().size, QSize(700, 450));
        QCOMPARE(dialog.path(), target);
        QVERIFY(!QFile::exists(target));
        // Fixing the path is enough.
        dialog.setPath(path("figure.svg"));
        QVERIFY(dialog.exportNow());
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(QFile::exists(path("figure.svg")));
    }

    void copyPutsTheImageOnTheClipboard()
    {
        QSettings settings(path("copy.ini"), QSettings::IniFormat);
        settings.setValue("export/width", 640);
        settings.setValue("export/height", 360);
        settings.setValue("export/scale", 2.0);
        QWidget window;
        ExportActions actions(
            settings, [] { return ExportContext{scenario()}; }, &window);
        QVERIFY(actions.copyMenu()->actions().size() >= 5);
        actions.copyChart(*chartFromId("memory"));
        const QImage image = QApplication::clipboard()->image();
        QCOMPARE(image.size(), QSize(1280, 720));
        QVERIFY(stats(image, Qt::white).distinctColours > 40);
    }

    void exportTimeOfASlidePng_data()
    {
        QTest::addColumn<ExportChart>("chart");
        QTest::newRow("memory") << *chartFromId("memory");
        QTest::newRow("dashboard") << ExportChart::dashboard();
    }

    void exportTimeOfASlidePng()
    {
        // Measured, not asserted (architecture.md: <= 200 ms on a 2-core CI machine).
        QFETCH(ExportChart, chart);
        QList<double> total;
        QList<double> drawing;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!renderImage(scenario(), chart, ExportOptions()).isNull());
            drawing << timer.nsecsElapsed() / 1e6;
            timer.restart();
            QVERIFY(!renderExport(scenario(), chart, ExportFormat::Png, ExportOptions()).isEmpty());
            total << timer.nsecsElapsed() / 1e6;
        }
        std::sort(total.begin(), total.end());
        std::sort(drawing.begin(), drawing.end());
        qInfo("%s 1920x1080 PNG in process: median %.1f ms (min %.1f, max %.1f), of which "
              "evaluating, laying out and drawing %.1f ms",
              qPrintable(chartId(chart)), total[4], total.front(), total.back(), drawing[4]);
    }

    void everyChartKindIsExported()
    {
        // One row of the table of chart kinds is all a chart needs: the export finds it by id,
        // draws it and writes its model series as CSV.
        QStringList ids;
        ExportOptions options;
        options.size = {400, 300};
        const model::ExplorerData data = model::explorerData(scenario());
        for (const ChartKind &kind : chartKinds()) {
            const QString id = QString::fromLatin1(kind.id);
            QVERIFY2(!ids.contains(id), kind.id);
            ids << id;
            QCOMPARE(chartFromId(id)->kind, &kind);
            QVERIFY(exportCharts().contains(ExportChart{&kind}));
            QVERIFY(!chartKindTitle(kind).isEmpty());
            QVERIFY(kind.series || kind.csv);
            QCOMPARE(renderImage(scenario(), ExportChart{&kind}, options).size(), QSize(400, 300));
            const QByteArray csv =
                renderExport(scenario(), ExportChart{&kind}, ExportFormat::Csv, options);
            QCOMPARE(csv,
                     QByteArray::fromStdString(kind.series ? model::seriesCsv(kind.series(data))
                                                           : kind.csv(scenario())));
        }
        QVERIFY(chartFromId("all")->isDashboard());
        QCOMPARE(exportCharts().size(), ids.size() + 1);
        // The chart page: no two kinds share a cell.
        QSet<std::pair<int, int>> cells;
        for (const ChartKind *kind : chartPageKinds()) {
            QVERIFY(!cells.contains({kind->row, kind->column}));
            cells.insert({kind->row, kind->column});
        }
        QVERIFY(!cells.isEmpty());
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
