// SPDX-License-Identifier: GPL-3.0-or-later
// The controls built from the parameter table (typed values, keys, snapping), the undoable
// scenario store, the formulas in the metrics tooltips and the saved session.
#include "builtins.h"
#include "controlpanel.h"
#include "evaluate.h"
#include "formulas.h"
#include "metricsstrip.h"
#include "parameterslider.h"
#include "scenariostore.h"
#include "sessionsettings.h"
#include "textline.h"
#include "wrappedlabel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace kvscope;
using namespace kvscope::model;
using namespace kvscope::widgets;

class TestControls : public QObject
{
    Q_OBJECT

private slots:
    void compactLabelsWidenWithTheType()
    {
        ControlPanel panel(builtinModels(), builtinHardware());
        QFont font = panel.font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        panel.setFont(font);
        // Presentation type: every compact row's label still shows its whole text.
        for (const char *key : {"output-tokens", "batch", "replicas", "kv-compression-token"}) {
            const QLabel *label = panel.slider(key)->label();
            QVERIFY2(label->width() >= label->fontMetrics().horizontalAdvance(label->text()), key);
        }
    }

    void parseTyped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("number");
        QTest::addColumn<double>("value");
        QTest::newRow("plain tokens") << "context"
                                      << "50000" << true << 50000.0;
        QTest::newRow("thousands separators") << "context"
                                              << "131,072" << true << 131072.0;
        QTest::newRow("K is 1,000") << "context"
                                    << "4K" << true << 4000.0;
        QTest::newRow("decimal M") << "context"
                                   << "1.5M" << true << 1.5e6;
        QTest::newRow("unit typed") << "context"
                                    << "8000 tokens" << true << 8000.0;
        QTest::newRow("B is a billion params") << "model-size"
                                               << "34B" << true << 34e9;
        QTest::newRow("T params") << "model-size"
                                  << "1.5T" << true << 1.5e12;
        QTest::newRow("GiB typed") << "hbm-gib"
                                   << "141 GiB" << true << 141.0;
        QTest::newRow("percent") << "mfu"
                                 << "60%" << true << 0.6;
        QTest::newRow("x ratio") << "kv-compression-head"
                                 << "x4" << true << 4.0;
        QTest::newRow("letters") << "gpus"
                                 << "eight" << false << 0.0;
        QTest::newRow("empty") << "gpus"
                               << "" << false << 0.0;
        QTest::newRow("K on GiB is not a number") << "hbm-gib"
                                                  << "80K" << false << 0.0;
    }
    void parseTyped()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, number);
        QFETCH(double, value);
        const auto parsed = ParameterSlider::parseTyped(text, parameter(key.toStdString()));
        QCOMPARE(parsed.has_value(), number);
        if (number)
            QCOMPARE(*parsed, value);
    }

    void typedValuesAreValidatedAgainstTheTable_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<double>("value");
        QTest::newRow("context 128K") << "context"
                                      << "128K" << true << 128000.0;
        QTest::newRow("context 20M is beyond the table") << "context"
                                                         << "20M" << false << 0.0;
        QTest::newRow("context 0 is below the table") << "context"
                                                      << "0" << false << 0.0;
        QTest::newRow("context 1.5 tokens is not whole") << "context"
                                                         << "1.5" << false << 0.0;
        QTest::newRow("gpus 8") << "gpus"
                                << "8" << true << 8.0;
        QTest::newRow("gpus 65 is too many") << "gpus"
                                             << "65" << false << 0.0;
        QTest::newRow("gpus 2.5 is not whole") << "gpus"
                                               << "2.5" << false << 0.0;
        QTest::newRow("hbm 141") << "hbm-gib"
                                 << "141" << true << 141.0;
        QTest::newRow("hbm 4 is below 8 GiB") << "hbm-gib"
                                              << "4" << false << 0.0;
        QTest::newRow("model size 70B") << "model-size"
                                        << "70B" << true << 70e9;
        QTest::newRow("model size 3T is too large") << "model-size"
                                                    << "3T" << false << 0.0;
        QTest::newRow("not a number") << "gpus"
                                      << "many" << false << 0.0;
    }
    void typedValuesAreValidatedAgainstTheTable()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(double, value);
        ParameterSlider slider(parameter(key.toStdString()), ParameterSlider::Style::Primary);
        slider.show();
        QVERIFY(QTest::qWaitForWindowExposed(&slider));
        const double before = slider.value();
        QSignalSpy edited(&slider, &ParameterSlider::valueEdited);
        QSignalSpy rejected(&slider, &ParameterSlider::inputRejected);
        slider.field()->setFocus();
        slider.field()->selectAll();
        QTest::keyClicks(slider.field(), text);
        QTest::keyClick(slider.field(), Qt::Key_Return);
        QCOMPARE(edited.count(), accepted ? 1 : 0);
        QCOMPARE(rejected.count(), accepted ? 0 : 1);
        QCOMPARE(slider.inputInvalid(), !accepted);
        QCOMPARE(slider.value(), accepted ? value : before);
        if (accepted)
            QCOMPARE(edited.first().at(0).toDouble(), value);
        else
            QVERIFY(!rejected.first().at(0).toString().isEmpty());
    }

    void keysMoveTheSlider_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("qtKey");
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("lowest");
        QTest::addColumn<double>("highest");
        // Teaching steps: the context in doublings (and the trained 200K), HBM in part sizes.
        QTest::newRow("right: the next doubling")
            << "context" << int(Qt::Key_Right) << 50000.0 << 64000.0 << 64000.0;
        QTest::newRow("left: the doubling below")
            << "context" << int(Qt::Key_Left) << 50000.0 << 32000.0 << 32000.0;
        QTest::newRow("right from 128K: the trained length")
            << "context" << int(Qt::Key_Right) << 128000.0 << 200000.0 << 200000.0;
        QTest::newRow("right from 4M: 10M") << "context" << int(Qt::Key_Right) << 4e6 << 1e7 << 1e7;
        QTest::newRow("page up: a step too (a clicker)")
            << "context" << int(Qt::Key_PageUp) << 50000.0 << 64000.0 << 64000.0;
        QTest::newRow("page down")
            << "context" << int(Qt::Key_PageDown) << 50000.0 << 32000.0 << 32000.0;
        QTest::newRow("home: the minimum")
            << "context" << int(Qt::Key_Home) << 50000.0 << 1000.0 << 1000.0;
        QTest::newRow("end: the maximum") << "context" << int(Qt::Key_End) << 50000.0 << 1e7 << 1e7;
        QTest::newRow("gpus right: 1 to 2") << "gpus" << int(Qt::Key_Right) << 1.0 << 2.0 << 2.0;
        QTest::newRow("gpus left: 8 to 7") << "gpus" << int(Qt::Key_Left) << 8.0 << 7.0 << 7.0;
        QTest::newRow("hbm right: the next part size")
            << "hbm-gib" << int(Qt::Key_Right) << 80.0 << 96.0 << 96.0;
        QTest::newRow("hbm left from 141")
            << "hbm-gib" << int(Qt::Key_Left) << 141.0 << 128.0 << 128.0;
        QTest::newRow("batch right: one position")
            << "batch" << int(Qt::Key_Right) << 1.0 << 2.0 << 2.0;
    }
    void slidersShareTheParameterTrack()
    {
        // Every slider of a parameter has the same track, wherever it is: the window's panel,
        // the compare view's shared controls and the pages.
        const ParameterSlider context(parameter("context"), ParameterSlider::Style::Compact);
        QCOMPARE(context.scale().min(), 1e3);
        QCOMPARE(context.scale().max(), 1e7);
        const ParameterSlider users(parameter("users"), ParameterSlider::Style::Compact);
        QCOMPARE(users.scale().max(), 500.0);
        QCOMPARE(parameter("users").max, 1000.0); // typed values may go beyond the track
        const ParameterSlider gpus(parameter("gpus"), ParameterSlider::Style::Compact);
        QCOMPARE(gpus.scale().max(), parameter("gpus").max);
    }

    void keysMoveTheSlider()
    {
        QFETCH(QString, key);
        QFETCH(int, qtKey);
        QFETCH(double, start);
        QFETCH(double, lowest);
        QFETCH(double, highest);
        const bool context = key == "context";
        ParameterSlider slider(parameter(key.toStdString()), ParameterSlider::Style::Primary);
        if (context)
            slider.setExtraKeySteps({200000}); // the model's trained length
        slider.setValue(start);
        slider.show();
        QVERIFY(QTest::qWaitForWindowExposed(&slider));
        QSignalSpy edited(&slider, &ParameterSlider::valueEdited);
        slider.slider()->setFocus();
        QTest::keyClick(slider.slider(), Qt::Key(qtKey));
        QCOMPARE(edited.count(), 1);
        const double value = edited.first().at(0).toDouble();
        QVERIFY2(value >= lowest && value <= highest, qPrintable(QString::number(value)));
        QCOMPARE(edited.first().at(1).toBool(), false); // a key press is not a drag
        QCOMPARE(slider.field()->text(), ParameterSlider::formatValue(value, slider.parameter()));
    }

    void pushingAValueEmitsNothing()
    {
        ParameterSlider slider(parameter("gpus"), ParameterSlider::Style::Compact);
        QSignalSpy edited(&slider, &ParameterSlider::valueEdited);
        slider.setValue(16);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(slider.field()->text(), QString("16"));
        QCOMPARE(slider.scale().valueAt(slider.slider()->value()), 16.0);
    }

    void storeEmitsOnlyOnChange()
    {
        ScenarioStore store(paperExample());
        QSignalSpy changed(&store, &ScenarioStore::scenarioChanged);
        QVERIFY(store.setParameter("context", 50000));
        QCOMPARE(changed.count(), 0);
        QVERIFY(store.setParameter("context", 4000));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!store.setParameter("context", 2e7));
        QVERIFY(!store.setParameter("no-such-key", 1));
        QVERIFY(!store.setParameter("gpus", 2.5));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.undoStack()->count(), 1);
    }

    // The reserve per GPU stays below u x HBM whichever setting moves: 80 GiB usable on the
    // paper's A100 allows at most 79 GiB, 8 GiB at most 7, half of 80 at most 39.
    void reserveStaysBelowTheUsableHbm_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("reserveGiB");
        QTest::newRow("reserve dragged to 512 GiB") << "reserved-gib" << 512.0 << 79.0;
        QTest::newRow("reserve exactly at 80 GiB") << "reserved-gib" << 80.0 << 79.0;
        QTest::newRow("reserve just below is kept") << "reserved-gib" << 79.5 << 79.5;
        QTest::newRow("HBM lowered to 8 GiB") << "hbm-gib" << 8.0 << 7.0;
        QTest::newRow("utilisation halved") << "memory-utilization" << 0.5 << 39.0;
    }

    void reserveStaysBelowTheUsableHbm()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(double, reserveGiB);
        ScenarioStore store(paperExample());
        if (key != "reserved-gib")
            QVERIFY(store.setParameter("reserved-gib", 60));
        QSignalSpy changed(&store, &ScenarioStore::scenarioChanged);
        QVERIFY(store.setParameter(key, value));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.scenario().deployment.reservedBytesPerGpu, reserveGiB * kGiB);
        QVERIFY(evaluate(store.scenario()).freeKvBytes >= 0);
        // Pushing further from the limit changes nothing but still tells the views, so the slider
        // that moved goes back.
        if (key == "reserved-gib" && reserveGiB == 79.0) {
            const int steps = store.undoStack()->count();
            QVERIFY(store.setParameter(key, 100));
            QCOMPARE(changed.count(), 2);
            QCOMPARE(store.undoStack()->count(), steps);
            QCOMPARE(store.scenario().deployment.reservedBytesPerGpu, 79 * kGiB);
        }
    }

    void aRestoredReserveAboveTheHbmIsLimited()
    {
        Scenario restored = paperExample();
        restored.deployment.reservedBytesPerGpu = 100 * kGiB;
        ScenarioStore store(restored);
        QCOMPARE(store.scenario().deployment.reservedBytesPerGpu, 79 * kGiB);
        QCOMPARE(store.undoStack()->count(), 0);
    }

    void undoRedoRestoresValues()
    {
        ScenarioStore store(paperExample());
        store.setParameter("context", 4000);
        store.setParameter("gpus", 8);
        store.setOption("tp-comm", "on");
        QCOMPARE(store.scenario().deployment.gpus, 8);
        store.undoStack()->undo();
        QVERIFY(!store.scenario().deployment.tpCommunication);
        store.undoStack()->undo();
        QCOMPARE(store.scenario().deployment.gpus, 1);
        QCOMPARE(store.scenario().deployment.context, 4000.0);
        store.undoStack()->undo();
        QCOMPARE(store.scenario(), paperExample());
        store.undoStack()->redo();
        store.undoStack()->redo();
        QCOMPARE(store.scenario().deployment.gpus, 8);
        QCOMPARE(store.scenario().deployment.context, 4000.0);
    }

    void aDragIsOneUndoStep()
    {
        ScenarioStore store(paperExample());
        for (double context : {60000.0, 70000.0, 80000.0})
            store.setParameter("context", context, true);
        store.endContinuousEdit();
        for (double context : {90000.0, 100000.0})
            store.setParameter("context", context, true);
        QCOMPARE(store.undoStack()->count(), 2);
        store.undoStack()->undo();
        QCOMPARE(store.scenario().deployment.context, 80000.0);
        store.undoStack()->undo();
        QCOMPARE(store.scenario().deployment.context, 50000.0);
    }

    void modelSizeRescalesAndDropsTheRecount()
    {
        ScenarioStore store(paperExample());
        QCOMPARE(store.scenario().deployment.paramsOverride, 34e9);
        store.setParameter("model-size", 70e9);
        QCOMPARE(store.scenario().deployment.modelSize, 70e9);
        QCOMPARE(store.scenario().deployment.paramsOverride, 0.0);
        QVERIFY(std::fabs(evaluate(store.scenario()).params / 70e9 - 1) < 0.01);
        store.setModel(*findBuiltinModel("llama-3.1-8b"));
        QCOMPARE(store.scenario().deployment.modelSize, 0.0);
        store.setHardware(*findBuiltinHardware("h200-sxm-141gb"));
        QCOMPARE(store.scenario().hardware.hbmBytes, 141 * kGiB);
    }

    void optionsRoundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("fp8 weights") << "weight-dtype"
                                     << "fp8";
        QTest::newRow("int4 kv") << "kv-dtype"
                                 << "int4";
        QTest::newRow("causal attention") << "attention-flops"
                                          << "causal";
        QTest::newRow("tp comm on") << "tp-comm"
                                    << "on";
    }
    void optionsRoundTrip()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        ScenarioStore store(paperExample());
        QVERIFY(store.setOption(key, value));
        QCOMPARE(store.option(key), value);
        QVERIFY(!store.setOption(key, "nonsense"));
    }

    void panelShowsTheScenarioWithoutEchoing()
    {
        ControlPanel panel(builtinModels(), builtinHardware());
        QSignalSpy edited(&panel, &ControlPanel::parameterEdited);
        QSignalSpy picked(&panel, &ControlPanel::optionPicked);
        Scenario s = paperExample();
        s.deployment.gpus = 4;
        s.deployment.kvDtype = DType::FP8;
        panel.setValues(explorerData(s));
        QCOMPARE(edited.count(), 0);
        QCOMPARE(picked.count(), 0);
        QCOMPARE(panel.slider("gpus")->value(), 4.0);
        QCOMPARE(panel.slider("context")->field()->text(), QString("50K"));
        QCOMPARE(panel.slider("model-size")->field()->text(), QString("34B"));
        QCOMPARE(panel.optionPicker("kv-dtype")->currentData().toString(), QString("fp8"));
        QCOMPARE(panel.modelPicker()->currentData().toString(), QString("yi-34b-200k"));
        QVERIFY(panel.slider("model-size")->hint().contains("counted as 34B"));
        // The primary sliders are built from the parameter table.
        for (const QString &key : ControlPanel::primaryKeys()) {
            const Parameter &p = parameter(key.toStdString());
            QCOMPARE(panel.slider(key)->parameter().key, p.key);
            QCOMPARE(panel.slider(key)->label()->text(),
                     QString::fromUtf8(p.label.data(), qsizetype(p.label.size())));
        }
        QCOMPARE(panel.slider("context")->scale().min(), 1e3);
        QCOMPARE(panel.slider("context")->scale().max(), 1e7);
        QCOMPARE(panel.slider("gpus")->scale().max(), parameter("gpus").max);
        QCOMPARE(panel.slider("hbm-gib")->scale().min(), parameter("hbm-gib").min);
    }

    void pickingAModelOrHardwareLeavesThePaperConventions()
    {
        ScenarioStore store(paperExample());
        QCOMPARE(store.option("attention-flops"), QString("paper"));
        QCOMPARE(store.option("tp-comm"), QString("off"));
        store.setModel(*findBuiltinModel("llama-3.1-70b"));
        QCOMPARE(store.option("attention-flops"), QString("causal"));
        QCOMPARE(store.option("tp-comm"), QString("on"));
        // Set by hand, the paper's conventions stay until the model or hardware changes again.
        QVERIFY(store.setOption("attention-flops", "paper"));
        QVERIFY(store.setOption("tp-comm", "off"));
        QVERIFY(store.setParameter("context", 100000, false));
        QCOMPARE(store.option("attention-flops"), QString("paper"));
        store.setHardware(*findBuiltinHardware("h100-sxm5-80gb"));
        QCOMPARE(store.option("attention-flops"), QString("causal"));
        QCOMPARE(store.option("tp-comm"), QString("on"));
        store.undoStack()->undo();
        QCOMPARE(store.option("attention-flops"), QString("paper"));
    }

    void gpuSliderStepsOverValidDegrees()
    {
        ControlPanel panel(builtinModels(), builtinHardware());
        Scenario s = paperExample(); // Yi-34B: 56 heads over 8 KV heads
        panel.setValues(explorerData(s));
        ParameterSlider *gpus = panel.slider("gpus");
        QCOMPARE(gpus->allowedValues(), (std::vector<double>{1, 2, 4, 8, 56}));
        QSignalSpy edited(gpus, &ParameterSlider::valueEdited);
        gpus->slider()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().first().toDouble(), 2.0);
        gpus->slider()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        QCOMPARE(edited.last().first().toDouble(), 4.0);
        // A typed degree that cannot split the heads is refused, saying why.
        gpus->field()->setText("3");
        gpus->field()->setModified(true);
        emit gpus->field()->editingFinished();
        QVERIFY(gpus->inputInvalid());
        QCOMPARE(edited.count(), 2);
        QVERIFY(gpus->field()->toolTip().contains("56 attention heads"));

        s.setModel(*findBuiltinModel("llama-3.1-70b")); // 64 heads over 8
        panel.setValues(explorerData(s));
        QCOMPARE(gpus->allowedValues(), (std::vector<double>{1, 2, 4, 8, 16, 32, 64}));
    }

    void storeRefusesAndReplacesInvalidGpuCounts()
    {
        ScenarioStore store(paperExample());
        QVERIFY(!store.setParameter("gpus", 7, false));
        QVERIFY(store.setParameter("gpus", 8, false));
        ModelSpec odd = *findBuiltinModel("llama-3.1-8b");
        odd.heads = 12;
        odd.kvHeads = 12;
        odd.hidden = 1536;
        store.setModel(odd); // 8 does not split 12 heads: the group shrinks to 6
        QCOMPARE(store.scenario().deployment.gpus, 6);
        Scenario saved = paperExample();
        saved.deployment.gpus = 7;
        store.setScenario(saved, "Open an old preset");
        QCOMPARE(store.scenario().deployment.gpus, 4);
    }

    void metricsStripShowsTheNotes()
    {
        MetricsStrip strip;
        strip.setValues(explorerData(paperExample()));
        QVERIFY(strip.notes().isEmpty());
        Scenario s = paperExample();
        s.setModel(*findBuiltinModel("llama-3.1-70b"));
        s.deployment.gpus = 16;
        strip.setValues(explorerData(s));
        QVERIFY(strip.notes().contains("KV heads replicated"));
        QVERIFY(strip.conventions().contains("causal"));
    }

    void formulasSubstituteTheValues()
    {
        const ExplorerData d = explorerData(paperExample());
        const auto b = ByteUnits::Binary;
        QVERIFY(kvPerUserFormula(d, b).contains("60 × per layer × 50,000"));
        QVERIFY(kvPerUserFormula(d, b).contains("2 × 8 × 128 × 2 B (bf16)"));
        QVERIFY(kvPerUserFormula(d, b).contains("11.44 GiB"));
        QVERIFY(concurrencyFormula(d, b).contains("= 1 user"));
        QVERIFY(concurrencyFormula(d, b).contains("80.00 GiB"));
        QVERIFY(prefillFormula(d, b).contains("N × n² / (12 d)"));
        QVERIFY(prefillFormula(d, b).contains(
            QString::fromStdString(formatSeconds(d.current.prefillSeconds))));
        QVERIFY(decodePerTokenFormula(d, b).contains(
            QString::fromStdString(formatSeconds(d.current.decodeSecondsPerToken))));
        QVERIFY(decodeTotalFormula(d, b).contains("250 steps"));
        QVERIFY(switchFormula(d, b).contains("32.0 GB/s"));
        QVERIFY(switchFormula(d, ByteUnits::Decimal).contains("12.29 GB"));
        const QString conventions = conventionsText(d.scenario, b);
        QVERIFY(conventions.contains("attention FLOP: paper"));
        QVERIFY(conventions.contains("TP communication off"));
        QVERIFY(conventions.contains("counted as 34B"));
    }

    void metricsStripShowsRatiosTo4K()
    {
        MetricsStrip strip;
        strip.setValues(explorerData(paperExample()));
        QCOMPARE(strip.tile(MetricsStrip::KvPerUser)->value(), QString("11.44 GiB"));
        QCOMPARE(strip.tile(MetricsStrip::KvPerUser)->ratio(), QString("x12.5 vs 4K"));
        QCOMPARE(strip.tile(MetricsStrip::Concurrency)->value(), QString("1 user"));
        QCOMPARE(strip.tile(MetricsStrip::Prefill)->ratio(), QString("x15.8 vs 4K"));
        QCOMPARE(strip.tile(MetricsStrip::DecodeTotal)->ratio(), QString("x1.16 vs 4K"));
        QVERIFY(strip.tile(MetricsStrip::Switch)->toolTip().contains("2 × KV per user"));
        QCOMPARE(strip.tile(MetricsStrip::Switch)->value(), QString("768 ms"));
        QVERIFY(!strip.tile(MetricsStrip::Switch)->warning());
        strip.setByteUnits(ByteUnits::Decimal);
        QCOMPARE(strip.tile(MetricsStrip::KvPerUser)->value(), QString("12.29 GB"));

        // 8 GiB of host memory cannot park one user's 11.44 GiB: no switch time to show.
        Scenario small = paperExample();
        small.deployment.hostMemoryBytes = 8 * kGiB;
        strip.setByteUnits(ByteUnits::Binary);
        strip.setValues(explorerData(small));
        QCOMPARE(strip.tile(MetricsStrip::Switch)->value(), QString("no room"));
        QVERIFY(strip.tile(MetricsStrip::Switch)->warning());
        QCOMPARE(strip.tile(MetricsStrip::Switch)->detail(),
                 QString("host memory 8 GiB < one user's 11.44 GiB"));
    }

    void aTileDrawsWhatItWasLastGiven()
    {
        // A tile lays a text out again only when its words or its type change: what it draws
        // still follows every change of value, width and theme.
        MetricTile tile;
        const QStringList captions = {"KV cache per user", "KV per user", "KV/user"};
        tile.setTexts(captions, "11.44 GiB", {"x12.5 vs 4K", "x12.5"}, false);
        tile.resize(400, 100);
        tile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tile));
        QCOMPARE(tile.shownCaption(), captions[0]);
        QCOMPARE(tile.shownValue(), QString("11.44 GiB"));
        tile.setTexts(captions, "12.29 GB", {"x12.5 vs 4K", "x12.5"}, false);
        QCOMPARE(tile.shownValue(), QString("12.29 GB"));
        QCOMPARE(tile.shownCaption(), captions[0]);

        const auto fits = [&](const Theme &theme) {
            return QFontMetricsF(theme.font(10.5)).horizontalAdvance(tile.shownCaption()) <=
                   tile.width() - 20;
        };
        tile.resize(140, 100);
        QTRY_COMPARE(tile.width(), 140);
        QVERIFY(tile.shownCaption() != captions[0]);
        QVERIFY(fits(makeTheme(false, false)));
        const QString normalType = tile.shownCaption();
        const Theme presentation = makeTheme(false, true);
        tile.setTheme(presentation);
        QVERIFY(fits(presentation));
        QVERIFY(tile.shownCaption().size() <= normalType.size());
        tile.resize(400, 100);
        QTRY_COMPARE(tile.width(), 400);
        QCOMPARE(tile.shownCaption(), captions[0]);
        QCOMPARE(tile.shownValue(), QString("12.29 GB"));
    }

    void sessionRoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("paper example") << "paper example";
        QTest::newRow("edited everywhere") << "edited";
        QTest::newRow("other presets, rescaled") << "rescaled";
    }
    void sessionRoundTrips()
    {
        QFETCH(QString, name);
        Scenario s = paperExample();
        if (name == "edited") {
            s.deployment.context = 128000;
            s.deployment.gpus = 4;
            s.hardware.hbmBytes = 96 * kGiB;
            s.deployment.kvDtype = DType::FP8;
            s.deployment.mfu = 0.6;
            s.deployment.tpCommunication = true;
            s.deployment.kvCompression.head = 4;
            s.deployment.memoryUtilization = 0.9;
        } else if (name == "rescaled") {
            s.setModel(*findBuiltinModel("llama-3.1-70b"));
            s.hardware = *findBuiltinHardware("h100-sxm5-80gb");
            s.deployment.modelSize = 140e9;
        }
        QTemporaryDir dir;
        QSettings settings(dir.filePath("session.ini"), QSettings::IniFormat);
        QVERIFY(!loadScenario(settings, builtinResolver()));
        saveScenario(settings, s, builtinResolver());
        const auto loaded = loadScenario(settings, builtinResolver());
        QVERIFY(loaded);
        QCOMPARE(loaded->deployment, s.deployment);
        QCOMPARE(loaded->model, s.model);
        QCOMPARE(loaded->hardware.hbmBytes, s.hardware.hbmBytes);
        QCOMPARE(loaded->hardware.id, s.hardware.id);

        Preferences p;
        p.byteUnits = ByteUnits::Decimal;
        p.theme = ThemeMode::Dark;
        p.latencyLogScale = false;
        savePreferences(settings, p);
        QCOMPARE(loadPreferences(settings), p);
    }

    void textLineWrapsAtSeparatorsThenElides()
    {
        TextLine line;
        line.show();
        line.setText(
            QStringLiteral("attention FLOP: paper  ·  TP communication on  ·  bytes in GiB"));
        const QFontMetrics metrics = line.fontMetrics();
        const int wide = metrics.horizontalAdvance(line.text()) + 8;
        const int narrow =
            metrics.horizontalAdvance(QStringLiteral("attention FLOP: paper  ·  TP"));
        line.resize(wide, line.height());
        QCOMPARE(line.shownLines(), QStringList{line.text()});

        line.resize(narrow, line.height());
        QCOMPARE(line.shownLines().size(), 1);
        QVERIFY(line.shownLines().first().endsWith(QChar(0x2026)));

        line.setMaximumLines(2);
        const QStringList two = line.shownLines();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.first(), QStringLiteral("attention FLOP: paper"));
        QVERIFY(two.last().startsWith(QStringLiteral("TP communication on")));
        QCOMPARE(line.height(), 2 * metrics.lineSpacing() + 2);

        line.resize(wide, line.height());
        QCOMPARE(line.shownLines().size(), 1);
        QCOMPARE(line.height(), metrics.lineSpacing() + 2);
    }

    void textLineKeepsItsHeightWhileTheTextChanges()
    {
        // A slider step that shortens the text to one line leaves the height of two: nothing
        // below jumps. A new width starts afresh.
        TextLine line;
        line.setMaximumLines(2);
        line.show();
        const QString longText =
            QStringLiteral("attention FLOP: paper  ·  TP communication on  ·  bytes in GiB");
        const QFontMetrics metrics = line.fontMetrics();
        line.resize(metrics.horizontalAdvance(QStringLiteral("attention FLOP: paper  ·  TP")),
                    line.height());
        line.setText(longText);
        QCOMPARE(line.height(), 2 * metrics.lineSpacing() + 2);
        line.setText(QStringLiteral("bytes in GiB"));
        QCOMPARE(line.shownLines().size(), 1);
        QCOMPARE(line.height(), 2 * metrics.lineSpacing() + 2);
        line.resize(line.width() + 1, line.height());
        QCOMPARE(line.height(), metrics.lineSpacing() + 2);
    }

    void wrappedLabelAnswersAsQLabelDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Users wait in host memory and take turns, "
                                                 "swapped over PCIe, one after the other.");
        QTest::newRow("rich") << QStringLiteral("<b>1 user</b>, HBM holds <b>1 user</b> at once "
                                                "· 150.5 sessions/hour · no swaps");
    }

    void wrappedLabelAnswersAsQLabelDoes()
    {
        // The same heights as a word-wrapped QLabel, and new ones after a new text or font.
        QFETCH(QString, text);
        WrappedLabel label(text);
        QLabel reference(text);
        reference.setWordWrap(true);
        for (int width : {80, 200, 200, 600, 80})
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
        label.setText(text + text);
        reference.setText(text + text);
        QCOMPARE(label.heightForWidth(200), reference.heightForWidth(200));
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        reference.setFont(big);
        QCOMPARE(label.heightForWidth(200), reference.heightForWidth(200));
        label.resize(300, 10);
        QCOMPARE(label.sizeHint().height(), reference.heightForWidth(300));
        QVERIFY(label.minimumSizeHint().width() < 300);
    }

    void brokenSessionFallsBack()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("session.ini"), QSettings::IniFormat);
        settings.setValue("session/scenario", "{not json");
        QVERIFY(!loadScenario(settings, builtinResolver()));
        settings.setValue("session/scenario", R"({"kind": "scenario", "model": "no-such-model"})");
        QVERIFY(!loadScenario(settings, builtinResolver()));
    }
};

QTEST_MAIN(TestControls)
#include "tst_controls.moc"
