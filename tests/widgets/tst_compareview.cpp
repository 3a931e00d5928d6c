// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view, offscreen: each column shows its own preset's data, a row of charts shares its
// value axes, shared controls reach every column a pin does not hold, the selection survives a
// restart, the metrics table holds model::evaluate's numbers, the columns are titled by what they
// are, and the exported image is the one renderComparison draws.
#include "chartwidget.h"
#include "comparegrid.h"
#include "comparetable.h"
#include "comparetitles.h"
#include "compareview.h"
#include "comparisonexport.h"
#include "evaluate.h"
#include "filewrite.h"
#include "fleetmetrics.h"
#include "memorychart.h"
#include "parameterslider.h"
#include "plotwidget.h"

#include "builtins.h"
#include "columntitles.h"
#include "comparison.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <set>

using namespace kvscope;
using widgets::CompareView;

namespace {

/// Distinct colours in an image, capped: a blank image has one.
int colourCount(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 200; y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

bool sameRange(const widgets::ValueRange &a, const widgets::ValueRange &b)
{
    return a.lower == b.lower && a.upper == b.upper;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<CompareView> freshView(const QStringList &columns)
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QString("c%1.ini").arg(++m_round)),
                                                 QSettings::IniFormat);
        m_settings->setValue("compare/columns", columns);
        auto view = std::make_unique<CompareView>(*m_settings, model::paperExample(),
                                                  CompareView::choicesFor({}));
        view->resize(1600, 1000);
        view->show();
        return view;
    }

private slots:
    void columnsHoldTheirOwnPresetsData()
    {
        auto view = freshView({"a100-sxm4-80gb", "h200-sxm-141gb", "fu2024-34b-4k"});
        const widgets::CompareGrid *grid = view->grid();
        QCOMPARE(grid->columnCount(), 3);
        const QStringList hardware{"a100-sxm4-80gb", "h200-sxm-141gb", "a100-sxm4-80gb"};
        for (int c = 0; c < 3; ++c) {
            const model::ExplorerData &data = grid->columnData(c);
            QCOMPARE(QString::fromStdString(data.scenario.hardware.id), hardware[c]);
            auto *memory = qobject_cast<widgets::MemoryChart *>(grid->chart(0, c));
            QVERIFY(memory);
            QCOMPARE(memory->data().capacity, data.scenario.hardware.hbmBytes);
            QCOMPARE(memory->data().context, model::memoryCurves(data).context);
            QVERIFY(grid->columnTitle(c)->text().contains(
                QString::fromStdString(view->columnScenarios()[c].model.name)));
        }
        // The H200 column holds more HBM than the A100 one: its own data, not a copy.
        QVERIFY(model::memoryCurves(grid->columnData(1)).capacity >
                model::memoryCurves(grid->columnData(0)).capacity);
        // Shared context (the explorer's 50K) overrides the 4K scenario's own.
        QCOMPARE(grid->columnData(2).scenario.deployment.context, 50000.0);
    }

    void columnsAreTitledByNameNotPresetId()
    {
        // Preset files whose ids (and file names) are not their names: the window shows what a
        // column is, in the column bar, over the charts and over the table.
        const QString hardware = m_dir.filePath("hardware-lab-node-3.json");
        const QString scenario = m_dir.filePath("scenario-seminar-7.json");
        model::writeFileAtomically(hardware.toStdString(), R"({"kind": "hardware",
            "schema_version": 1, "id": "lab-node-3", "name": "NVIDIA H100 NVL 94GB",
            "hbm_gib": 94, "hbm_gbs": 3900, "bf16_tflops": 989, "pcie_gbs": 64})");
        model::writeFileAtomically(scenario.toStdString(), R"({"kind": "scenario",
            "schema_version": 1, "id": "seminar-7", "name": "Seminar week 7",
            "model": "llama-3.1-70b", "hardware": "h200-sxm-141gb"})");
        auto view = freshView({"a100-sxm4-80gb", hardware, scenario, "h100-sxm5-80gb"});
        QCoreApplication::processEvents(); // the layouts settle: headings fit their width
        const QStringList titles{
            "Yi-34B-200K on NVIDIA A100 SXM4 80GB", "Yi-34B-200K on NVIDIA H100 NVL 94GB",
            "Llama 3.1 70B on NVIDIA H200 SXM 141GB", "Yi-34B-200K on NVIDIA H100 SXM5 80GB"};
        const widgets::CompareGrid *grid = view->grid();
        QCOMPARE(grid->columnTitles(), titles);
        // In English the window words them as the command line does.
        QStringList model;
        for (const std::string &title : model::columnTitles(view->columnScenarios()))
            model << QString::fromStdString(title);
        QCOMPARE(widgets::compareColumnTitles(view->columnScenarios()), model);
        for (int c = 0; c < 4; ++c) {
            // The label may break a title into lines; its words are all there, no id is.
            QTextDocument label;
            label.setHtml(grid->columnTitle(c)->text());
            const QString shown = label.toPlainText().simplified();
            QVERIFY2(shown.startsWith(titles[c]), qPrintable(shown));
            for (const char *id : {"lab-node-3", "seminar-7", "a100-sxm4-80gb", ".json"})
                QVERIFY2(!shown.contains(id), qPrintable(shown));
            // A heading breaks into lines where it must.
            const QString header = grid->table()->horizontalHeaderItem(c)->text().simplified();
            QVERIFY2(header.startsWith(titles[c]), qPrintable(header));
        }
        // The library's files are choices by their names; a file that is none of the choices
        // shows its column's title, never its path.
        QCOMPARE(view->columnBar(0)->picker()->currentText().trimmed(),
                 QString("NVIDIA A100 SXM4 80GB"));
        QCOMPARE(view->columnBar(1)->picker()->currentText(), titles[1]);
        QCOMPARE(view->columnBar(2)->picker()->currentText(), titles[2]);
        QCOMPARE(view->columnBar(1)->choice(), hardware);
        // Once the library lists the file, its own entry is picked and the stand-in goes.
        view->setChoices(CompareView::choicesFor(
            {widgets::CompareChoice{hardware, "Lab node 3", "My presets"}}));
        QCOMPARE(view->columnBar(1)->picker()->currentText().trimmed(), QString("Lab node 3"));
        QCOMPARE(view->columnBar(1)->picker()->findText(titles[1]), -1);
        QCOMPARE(view->columnBar(2)->picker()->currentText(), titles[2]);
    }

    void columnsThatReadAlikeShowWhatTellsThemApart()
    {
        auto view = freshView({"a100-sxm4-80gb", "a100-sxm4-80gb"});
        view->setPinned(1, "gpus", 8);
        QCOMPARE(view->grid()->columnTitles(),
                 (QStringList{"Yi-34B-200K on NVIDIA A100 SXM4 80GB · 1 GPU",
                              "Yi-34B-200K on NVIDIA A100 SXM4 80GB · 8 GPUs"}));
        QCoreApplication::processEvents();
        QCOMPARE(view->grid()->table()->horizontalHeaderItem(1)->text().simplified(),
                 QString("Yi-34B-200K on NVIDIA A100 SXM4 80GB · 8 GPUs"));
        view->setPinned(1, "gpus", std::nullopt);
        QCOMPARE(view->grid()->columnTitles()[1],
                 QString("Yi-34B-200K on NVIDIA A100 SXM4 80GB (2)"));
    }

    void rowsShareTheirValueAxes()
    {
        auto view = freshView({"a100-sxm4-40gb", "mi300x-192gb", "rtx4090-24gb", "b200-180gb"});
        view->chartToggle("concurrency")->setChecked(true);
        view->chartToggle("switching")->setChecked(true);
        const widgets::CompareGrid *grid = view->grid();
        QCOMPARE(grid->chartKinds().size(), 4);
        for (int r = 0; r < grid->chartKinds().size(); ++r) {
            const QList<widgets::ValueRange> first = grid->chart(r, 0)->valueRanges();
            QVERIFY(!first.isEmpty());
            for (int c = 0; c < 4; ++c) {
                const widgets::ChartWidget *chart = grid->chart(r, c);
                const QList<widgets::ValueRange> shown = chart->valueRanges();
                QCOMPARE(shown.size(), first.size());
                for (int i = 0; i < shown.size(); ++i) {
                    QVERIFY2(sameRange(shown[i], first[i]), qPrintable(chart->title()));
                    // The shared range holds every column's own.
                    const widgets::ValueRange own = chart->naturalValueRanges()[i];
                    QVERIFY(shown[i].lower <= own.lower && shown[i].upper >= own.upper);
                }
            }
        }
        // The 192 GiB MI300X sets the memory row's top, so the 40 GB A100 uses its range too.
        const double top = grid->chart(0, 0)->valueRanges()[0].upper;
        QVERIFY(top >= model::memoryCurves(grid->columnData(1)).capacity);
        // Switching the latency axis to linear re-synchronises the row.
        view->grid()->setLatencyLogScale(false);
        QVERIFY(
            sameRange(grid->chart(1, 0)->valueRanges()[0], grid->chart(1, 3)->valueRanges()[0]));
    }

    void sharedControlsReachEveryUnpinnedColumn()
    {
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        widgets::ParameterSlider *context = view->sharedSlider("context");
        QVERIFY(context);
        context->field()->setFocus();
        context->field()->selectAll();
        QTest::keyClicks(context->field(), "128K");
        QTest::keyClick(context->field(), Qt::Key_Return);
        for (const model::Scenario &s : view->columnScenarios())
            QCOMPARE(s.deployment.context, 128000.0);

        // Pinning from the column's menu keeps the column's own value (here the shared one it
        // had), and the pinned slider then edits the column alone.
        QToolButton *pin = view->columnBar(1)->pinButton();
        QAction *pinGpus = nullptr;
        for (QAction *a : pin->menu()->actions())
            if (a->data().toString() == "gpus")
                pinGpus = a;
        QVERIFY(pinGpus);
        pinGpus->trigger();
        QVERIFY(view->columnBar(1)->pinnedSlider("gpus"));
        view->setPinned(1, "gpus", 8);
        view->setShared("gpus", 2);
        QCOMPARE(view->columnScenarios()[0].deployment.gpus, 2);
        QCOMPARE(view->columnScenarios()[1].deployment.gpus, 8);
        QCOMPARE(view->grid()->columnData(1).scenario.deployment.gpus, 8);
        // Unpinning hands the column back to the shared control.
        view->setPinned(1, "gpus", std::nullopt);
        QCOMPARE(view->columnScenarios()[1].deployment.gpus, 2);
        // Out-of-range values are refused and change nothing.
        view->setShared("gpus", 1e6);
        QCOMPARE(view->columnScenarios()[0].deployment.gpus, 2);
    }

    void tableHoldsTheModelsNumbers()
    {
        auto view = freshView({"a100-sxm4-80gb", "h200-sxm-141gb"});
        view->setShared("context", 200000);
        const auto &rows = view->grid()->table()->rows();
        QCOMPARE(rows.size(), model::comparisonMetrics().size());
        for (int c = 0; c < 2; ++c) {
            const model::Metrics m = model::evaluateFleet(view->columnScenarios()[std::size_t(c)]);
            for (const model::ComparisonRow &row : rows)
                QCOMPARE(row.values[std::size_t(c)], row.metric->value(m));
        }
        const QTableWidgetItem *freeKv = view->grid()->table()->item(2, 1);
        QVERIFY(freeKv->text().contains("GiB"));
        QVERIFY(freeKv->text().contains("×") || freeKv->text().contains("x"));
        QVERIFY(freeKv->font().bold()); // the H200 has more free HBM: best of its row
        // Replicas are a shared control: users and cost multiply in every column.
        QVERIFY(view->sharedSlider("replicas"));
        view->setShared("replicas", 3);
        for (const model::Scenario &s : view->columnScenarios())
            QCOMPARE(s.deployment.replicas, 3);
    }

    void columnsAddRemoveWithinTwoToFour()
    {
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        QVERIFY(!view->columnBar(0)->removeButton()->isEnabled());
        view->addColumn();
        view->addColumn();
        QCOMPARE(view->columnKeys().size(), 4);
        // A new column is another accelerator, not a copy of the last one.
        const QStringList keys = view->columnKeys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 4);
        for (const QString &key : keys)
            QVERIFY2(model::findBuiltinHardware(key.toStdString()), qPrintable(key));
        QVERIFY(!view->addColumnButton()->isEnabled());
        view->addColumn();
        QCOMPARE(view->columnKeys().size(), 4);
        view->setColumn(3, "tpu-v5e");
        view->removeColumn(0);
        QCOMPARE(view->columnKeys(), (QStringList{"h100-sxm5-80gb", keys[2], "tpu-v5e"}));
        view->removeColumn(0);
        view->removeColumn(0);
        QCOMPARE(view->columnKeys().size(), 2);
        QCOMPARE(view->grid()->columnCount(), 2);
    }

    void editsAreUndoable()
    {
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        const CompareView::Selection start = view->selection();
        QUndoStack *undo = view->undoStack();
        // A drag of the shared context slider: many steps, one undo step.
        for (double context : {60000.0, 70000.0, 80000.0})
            view->setShared("context", context);
        QCOMPARE(undo->count(), 1);
        view->addColumn();
        view->setColumn(2, "tpu-v5p");
        view->setPinned(2, "gpus", 4);
        view->removeColumn(0);
        QCOMPARE(view->columnKeys(), (QStringList{"h100-sxm5-80gb", "tpu-v5p"}));
        undo->undo();
        QCOMPARE(view->columnKeys(), (QStringList{"a100-sxm4-80gb", "h100-sxm5-80gb", "tpu-v5p"}));
        QCOMPARE(view->columnScenarios()[2].deployment.gpus, 4);
        QCOMPARE(view->grid()->columnCount(), 3);
        while (undo->canUndo())
            undo->undo();
        QVERIFY(view->selection() == start);
        QCOMPARE(view->columnScenarios()[0].deployment.context, 50000.0);
        undo->redo();
        QCOMPARE(view->columnScenarios()[1].deployment.context, 80000.0);
    }

    void selectionIsRemembered()
    {
        auto view = freshView({"a100-sxm4-80gb", "h100-sxm5-80gb"});
        view->setColumns({"tpu-v5p", "mi325x-256gb", "llama-3.1-8b"});
        view->setPinned(2, "context", 8000);
        view->setShared("batch", 4);
        view->chartToggle("switching")->setChecked(true);
        view.reset();
        CompareView again(*m_settings, model::paperExample(), CompareView::choicesFor({}));
        QCOMPARE(again.columnKeys(), (QStringList{"tpu-v5p", "mi325x-256gb", "llama-3.1-8b"}));
        QCOMPARE(again.columnScenarios()[2].deployment.context, 8000.0);
        QCOMPARE(again.columnScenarios()[0].deployment.batch, 4);
        QVERIFY(again.grid()->chartKinds().contains(widgets::findChartKind("switching")));
    }

    void badSettingsAndMissingFilesNeverCrash()
    {
        auto view = freshView({"a100-sxm4-80gb", m_dir.filePath("gone.json")});
        QVERIFY(view->errorText().contains("gone.json"));
        QCOMPARE(view->grid()->columnCount(), 2);
        m_settings->setValue("compare/shared", QVariantMap{{"context", "lots"}, {"gpus", -3}});
        m_settings->setValue("compare/columns", QStringList{"only-one"});
        CompareView again(*m_settings, model::paperExample(), CompareView::choicesFor({}));
        QCOMPARE(again.columnKeys().size(), 2);
        QCOMPARE(again.columnScenarios()[0].deployment.gpus, model::paperExample().deployment.gpus);
    }

    void exportedImageIsTheRenderedComparison()
    {
        auto view =
            freshView({"a100-sxm4-80gb", "h100-sxm5-80gb", "h200-sxm-141gb", "mi300x-192gb"});
        const QString path = m_dir.filePath("compare.png");
        widgets::ExportOptions options;
        options.size = widgets::comparisonImageSize(2);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(view->exportTo(path, options), qPrintable(view->errorText()));
        qInfo("compare view export, 4 columns, 1920x1270 PNG: %lld ms", timer.elapsed());
        QImage image(path);
        QCOMPARE(image.size(), widgets::comparisonImageSize(2));
        QVERIFY(colourCount(image) > 20);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() ==
                widgets::pngBytes(widgets::renderComparison(view->columnScenarios(),
                                                            view->grid()->chartKinds(), options)));
        QVERIFY(!view->exportTo(m_dir.filePath("no-such-folder/x.png"), options));
        QVERIFY(view->errorText().contains("no-such-folder"));
    }

    void sharedSliderStepTime()
    {
        // Measured, not asserted: one shared context step re-evaluates and replots every column.
        auto view =
            freshView({"a100-sxm4-80gb", "h100-sxm5-80gb", "h200-sxm-141gb", "mi300x-192gb"});
        QCoreApplication::processEvents();
        std::vector<qint64> times;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer timer;
            timer.start();
            view->setShared("context", 40000 + 1000 * i);
            QCoreApplication::processEvents();
            times.push_back(timer.nsecsElapsed() / 1000);
            view->setShared("gpus", 1 + i % 2);
            QCoreApplication::processEvents();
        }
        std::sort(times.begin(), times.end());
        qInfo("compare view, 4 columns, shared context step with replot: median %lld us",
              times[times.size() / 2]);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
