// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view's export, offscreen, through the export dialog it opens: the size, scale and
// theme chosen reach the file's pixels, the caption names each column's scenario and the
// conventions (once when every column shares them), the choices are remembered apart from the
// explorer's, CSV and Markdown are the command line's, and an unwritable path fails with a
// message naming it and no file.
#include "chartexport.h"
#include "comparegrid.h"
#include "compareview.h"
#include "comparisonexport.h"
#include "exportdialog.h"

#include "builtins.h"
#include "comparison.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <memory>

#include <unistd.h>

using namespace kvscope;
using namespace kvscope::widgets;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every <text> of an SVG, one a line, and its <desc>.
struct SvgText
{
    QString texts;
    QString description;
};

SvgText svgText(const QByteArray &svg)
{
    SvgText found;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"text")
            found.texts += xml.readElementText(QXmlStreamReader::IncludeChildElements) + '\n';
        else if (xml.name() == u"desc")
            found.description = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return found;
}

} // namespace

class TestCompareExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<QSettings> m_settings;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<CompareView> freshView(const QStringList &columns)
    {
        m_settings = std::make_unique<QSettings>(path(QString("x%1.ini").arg(++m_round)),
                                                 QSettings::IniFormat);
        m_settings->setValue("compare/columns", columns);
        auto view = std::make_unique<CompareView>(*m_settings, model::paperExample(),
                                                  CompareView::choicesFor({}));
        view->resize(1400, 900);
        return view;
    }

    std::unique_ptr<ExportDialog> dialogFor(const CompareView &view)
    {
        return std::make_unique<ExportDialog>(*m_settings, view.exportContext(),
                                              view.exportFigure());
    }

private slots:
    void dialogSizeScaleAndThemeReachThePixels_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("theme");
        QTest::addColumn<bool>("windowDark");
        QTest::addColumn<QColor>("background");
        const QColor light = makeTheme(false, false).background;
        const QColor dark = makeTheme(true, false).background;
        QTest::newRow("light, for print, at twice the pixels")
            << QSize(1200, 900) << 2.0 << int(ExportThemeChoice::Light) << true << light;
        QTest::newRow("dark") << QSize(1000, 800) << 1.0 << int(ExportThemeChoice::Dark) << false
                              << dark;
        QTest::newRow("current follows a dark window")
            << QSize(900, 1100) << 1.5 << int(ExportThemeChoice::Current) << true << dark;
        QTest::newRow("current follows a light window")
            << QSize(900, 1100) << 1.0 << int(ExportThemeChoice::Current) << false << light;
    }

    void dialogSizeScaleAndThemeReachThePixels()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QFETCH(int, theme);
        QFETCH(bool, windowDark);
        QFETCH(QColor, background);
        auto view = freshView({"a100-sxm4-80gb", "h200-sxm-141gb"});
        view->setTheme(makeTheme(windowDark, false));
        auto dialog = dialogFor(*view);
        dialog->setCustomSize(size, scale);
        dialog->setThemeChoice(ExportThemeChoice(theme));
        dialog->setPath(path("pixels.png"));
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
        const QImage image(path("pixels.png"));
        QCOMPARE(image.size(), QSize(int(size.width() * scale), int(size.height() * scale)));
        // The sheet's margin and the gap between the columns are the theme's background.
        QCOMPARE(image.pixelColor(2, 2), background);
        QCOMPARE(image.pixelColor(image.width() - 3, image.height() / 2), background);
        // The same bytes as the function the command line calls.
        QVERIFY(readAll(path("pixels.png")) ==
                renderComparisonExport(view->columnScenarios(), view->grid()->chartKinds(),
                                       ExportFormat::Png, dialog->options()));
    }

    void transparentLeavesTheBackgroundClear()
    {
        auto view = freshView({"a100-sxm4-80gb", "h200-sxm-141gb"});
        auto dialog = dialogFor(*view);
        dialog->setCustomSize({800, 700}, 1);
        dialog->setTransparent(true);
        dialog->setPath(path("clear.png"));
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
        const QImage image(path("clear.png"));
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
        // A PDF has no transparency: the choice does not reach it.
        dialog->setPath(path("clear.pdf"));
        QCOMPARE(dialog->options().transparent, false);
    }

    void captionNamesEveryColumnAndTheConventions()
    {
        // The paper's scenario beside hardware put into it: they share the dtypes and mfu/mbu,
        // and differ in the attention FLOP convention and TP communication.
        auto view = freshView({"fu2024-34b-50k", "h100-sxm5-80gb"});
        auto dialog = dialogFor(*view);
        dialog->setCustomSize({1600, 1200}, 1);
        dialog->setCaption(true);
        dialog->setPath(path("caption.svg"));
        QCOMPARE(dialog->format(), ExportFormat::Svg);
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
        const SvgText svg = svgText(readAll(path("caption.svg")));
        const QString caption = comparisonCaption(view->columnScenarios());
        QCOMPARE(svg.description, caption);
        const QStringList lines = caption.split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith("Column 1: Yi-34B-200K (34B, recounted) · 1 × NVIDIA A100 "
                                     "SXM4 80GB (80 GiB HBM) · 50K tokens · 250 out · batch 1"),
                 qPrintable(lines[0]));
        QVERIFY2(lines[0].endsWith("attention FLOP: paper · TP comm off"), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith("Column 2: Yi-34B-200K (34B, recounted) · 1 × NVIDIA H100 "
                                     "SXM5 80GB (80 GiB HBM)"),
                 qPrintable(lines[1]));
        QVERIFY2(lines[1].endsWith("attention FLOP: causal · TP comm on"), qPrintable(lines[1]));
        QCOMPARE(lines[2], QString("All columns: bf16/bf16 · mfu 1 mbu 1 · kvscope 0.1.0"));
        // It is drawn as text in the figure, with the columns' titles.
        for (const char *text : {"Column 1:", "Column 2:", "All columns:", "kvscope 0.1.0",
                                 "Yi-34B-200K", "on NVIDIA H100 SXM5 80GB"})
            QVERIFY2(svg.texts.contains(text), text);

        // Without a caption neither the text nor the description is there.
        dialog->setCaption(false);
        dialog->setPath(path("bare.svg"));
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
        const SvgText bare = svgText(readAll(path("bare.svg")));
        QVERIFY(bare.description.isEmpty());
        QVERIFY(!bare.texts.contains("Column 1:"));
        QVERIFY(!bare.texts.contains("kvscope 0.1.0"));
    }

    void captionSaysSharedConventionsOnce()
    {
        const model::Scenario base = model::paperExample();
        const std::vector columns = {model::comparisonColumn("a100-sxm4-80gb", base),
                                     model::comparisonColumn("h200-sxm-141gb", base),
                                     model::comparisonColumn("mi300x-192gb", base)};
        const QStringList lines = comparisonCaption(columns).split('\n');
        QCOMPARE(lines.size(), 4);
        for (int c = 0; c < 3; ++c) {
            QVERIFY2(lines[c].startsWith(QString("Column %1: Yi-34B-200K").arg(c + 1)),
                     qPrintable(lines[c]));
            QVERIFY2(lines[c].endsWith("batch 1"), qPrintable(lines[c]));
        }
        QCOMPARE(lines[3], QString("All columns: bf16/bf16 · attention FLOP: causal · TP comm on · "
                                   "mfu 1 mbu 1 · kvscope 0.1.0"));
    }

    void choicesAreRememberedApartFromTheExplorers()
    {
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        m_settings->setValue("export/width", 640);
        {
            auto dialog = dialogFor(*view);
            dialog->setPath(path("remembered.pdf"));
            dialog->setCustomSize({1500, 1000}, 2.5);
            dialog->setThemeChoice(ExportThemeChoice::Dark);
            dialog->setCaption(false);
            QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
        }
        auto again = dialogFor(*view);
        QCOMPARE(again->format(), ExportFormat::Pdf);
        QCOMPARE(again->path(), path("remembered.pdf"));
        QCOMPARE(again->options().size, QSize(1500, 1000));
        QCOMPARE(again->options().scale, 2.5);
        QCOMPARE(again->themeChoice(), ExportThemeChoice::Dark);
        QCOMPARE(again->options().caption, false);
        QCOMPARE(m_settings->value("compare/export/width").toInt(), 1500);
        // The explorer's export keeps its own choices.
        QCOMPARE(m_settings->value("export/width").toInt(), 640);
        ExportDialog explorer(*m_settings, ExportContext{model::paperExample()});
        QCOMPARE(explorer.options().size.width(), 640);
    }

    void naturalSizeFollowsTheChartRows()
    {
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        {
            auto dialog = dialogFor(*view);
            // The first size offered, and the one a first export starts from.
            QCOMPARE(dialog->presets().front().size, comparisonImageSize(2));
            QCOMPARE(dialog->options().size, comparisonImageSize(2));
            dialog->setPath(path("natural.png"));
            QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
            QCOMPARE(QImage(path("natural.png")).size(), comparisonImageSize(2));
        }
        // Exported at its natural size, the next export is at the natural size of what it shows.
        view->chartToggle("concurrency")->setChecked(true);
        QCOMPARE(dialogFor(*view)->options().size, comparisonImageSize(3));
        QVERIFY(comparisonImageSize(3).height() > comparisonImageSize(2).height());
    }

    void csvAndMarkdownAreTheCommandLines()
    {
        auto view = freshView({"a100-sxm4-80gb", "h200-sxm-141gb", "llama-3.1-8b"});
        view->setByteUnits(model::ByteUnits::Decimal);
        auto dialog = dialogFor(*view);
        dialog->setPath(path("table.csv"));
        QCOMPARE(dialog->format(), ExportFormat::Csv);
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
        QCOMPARE(readAll(path("table.csv")),
                 QByteArray::fromStdString(model::comparisonCsv(view->columnScenarios())));
        dialog->setPath(path("table.md"));
        QCOMPARE(dialog->format(), ExportFormat::Markdown);
        QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorText()));
        const QByteArray markdown = readAll(path("table.md"));
        QCOMPARE(markdown, QByteArray::fromStdString(model::comparisonMarkdown(
                               view->columnScenarios(), model::ByteUnits::Decimal)));
        QVERIFY(markdown.contains("| metric | Yi-34B-200K on NVIDIA A100 SXM4 80GB |"));
        QVERIFY(markdown.contains(" GB")); // the window's byte units
    }

    void unwritablePathFailsWithItsNameAndNoFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent-kvscope/compare.png");
        QTest::newRow("a folder") << QStringLiteral("targets/folder.svg");
        QTest::newRow("read-only folder") << QStringLiteral("readonly/compare.pdf");
    }

    void unwritablePathFailsWithItsNameAndNoFile()
    {
        QFETCH(QString, target);
        if (target.startsWith("readonly")) {
            if (::geteuid() == 0)
                QSKIP("root writes into read-only folders");
            QVERIFY(QDir().mkpath(path("readonly")));
            QFile::setPermissions(path("readonly"), QFile::ReadOwner | QFile::ExeOwner);
        }
        if (!target.startsWith('/'))
            target = path(target);
        if (target.endsWith("folder.svg"))
            QVERIFY(QDir().mkpath(target));
        const QString folder = QFileInfo(target).path();
        const QStringList before = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        auto dialog = dialogFor(*view);
        dialog->setCustomSize({900, 700}, 1);
        dialog->setPath(target);
        QVERIFY(!dialog->exportNow());
        QVERIFY2(dialog->errorText().contains(target), qPrintable(dialog->errorText()));
        // Every choice is kept for a second try, and nothing was left behind.
        QCOMPARE(dialog->path(), target);
        QCOMPARE(dialog->options().size, QSize(900, 700));
        QVERIFY(!QFileInfo(target).isFile());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), before);
        QFile::setPermissions(path("readonly"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void ctrlEOpensTheComparisonsDialog()
    {
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        view->show();
        QString title;
        QList<ExportFormat> formats;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            dialog->setPath(path("formats.md"));
            formats << dialog->format();
            dialog->setPath(path("formats.svg"));
            formats << dialog->format();
            dialog->reject();
        });
        view->openExportDialog();
        QCOMPARE(title, QString("Export comparison"));
        QCOMPARE(formats, (QList<ExportFormat>{ExportFormat::Markdown, ExportFormat::Svg}));
    }
};

QTEST_MAIN(TestCompareExport)
#include "tst_compareexport.moc"
