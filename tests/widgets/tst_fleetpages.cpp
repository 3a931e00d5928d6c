// SPDX-License-Identifier: GPL-3.0-or-later
// The window's fleet figures, offscreen: the expected band and the measured points on the latency
// chart, the band and cost in the metrics strip, the replicas on the concurrency chart, and the
// Plan page (Ctrl+4) answering on every slider step and remembering its targets.
#include "builtins.h"
#include "concurrencychart.h"
#include "concurrencycurves.h"
#include "controlpanel.h"
#include "latencychart.h"
#include "latencycurves.h"
#include "mainwindow.h"
#include "metricsstrip.h"
#include "parameterslider.h"
#include "plan.h"
#include "planpage.h"
#include "plotwidget.h"
#include "scenariostore.h"

#include "scenarios.h"
#include "windowsession.h"

#include <QAction>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace kvscope;
using namespace kvscope::model;
using namespace kvscope::widgets;

namespace {

Scenario on(const char *model, const char *hardware, double context)
{
    return builtinAt(model, hardware, context);
}

} // namespace

class TestFleetPages : public QObject
{
    Q_OBJECT

    WindowSession m_session;

private slots:
    void init() { m_session.reset(); }

    void latencyChartDrawsTheBandAboveThePeak()
    {
        LatencyChart chart;
        const ExplorerData data = explorerData(paperExample(), 60);
        chart.setData(data);
        for (int plot = 0; plot < 2; ++plot) {
            const auto *low = chart.bandLow(plot)->data().data();
            const auto *high = chart.bandHigh(plot)->data().data();
            QCOMPARE(low->size(), int(latencyCurves(data).context.size()));
            for (int i = 0; i < low->size(); ++i)
                QVERIFY(high->at(i)->value >= low->at(i)->value);
        }
        for (std::size_t i = 0; i < latencyCurves(data).context.size(); ++i) {
            const LatencySample s = latencyCurves(data).at(i);
            QVERIFY(s.prefillExpectedLow >= s.prefill() * (1 - 1e-12));
            QVERIFY(s.decodeExpectedLow >= s.decode() * (1 - 1e-12));
        }
        QVERIFY(chart.hoverTextAt(0, 50000).contains("Expected in practice"));
    }

    void latencyChartSaysWhenNothingWasMeasured()
    {
        LatencyChart chart;
        chart.setData(explorerData(paperExample(), 40));
        QVERIFY(chart.measuredPoints(0)->data()->isEmpty());
        QVERIFY(chart.measuredPoints(1)->data()->isEmpty());
        QVERIFY(chart.measuredNote().contains("none published"));
        // The legend names only what is drawn; the tooltip says nothing was published.
        QVERIFY(!chart.legend()->names().contains(chart.measuredNote()));
        QVERIFY(chart.hoverTextAt(0, 50000).contains(chart.measuredNote()));
    }

    void latencyChartDrawsTheMatchingPoints_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("hardware");
        QTest::addColumn<int>("ttft");
        QTest::addColumn<int>("tpot");
        // TensorRT-LLM v0.5: 128 and 2048 tokens (its throughputs are not latencies).
        QTest::newRow("Llama 2 7B on A100") << "llama-2-7b"
                                            << "a100-sxm4-80gb" << 2 << 0;
        // NIM 1.8.0: two TTFT and five inter-token latencies.
        QTest::newRow("Llama 3.1 70B on H100") << "llama-3.1-70b"
                                               << "h100-sxm5-80gb" << 2 << 5;
        QTest::newRow("Llama 3.1 70B on A100") << "llama-3.1-70b"
                                               << "a100-sxm4-80gb" << 0 << 0;
    }
    void latencyChartDrawsTheMatchingPoints()
    {
        QFETCH(QString, model);
        QFETCH(QString, hardware);
        QFETCH(int, ttft);
        QFETCH(int, tpot);
        LatencyChart chart;
        chart.setData(explorerData(
            on(model.toStdString().c_str(), hardware.toStdString().c_str(), 4000), 40));
        QCOMPARE(chart.measuredPoints(0)->data()->size(), ttft);
        QCOMPARE(chart.measuredPoints(1)->data()->size(), tpot);
        for (int plot = 0; plot < 2; ++plot)
            for (const QCPGraphData &p : *chart.measuredPoints(plot)->data())
                QVERIFY(p.value > 0 && p.key >= 128);
    }

    void stripShowsPeakAndExpected()
    {
        MetricsStrip strip;
        Scenario s = paperExample();
        s.hardware.gpuHourUsd = 2;
        const ExplorerData data = explorerData(s, 40);
        strip.setValues(data);
        QCOMPARE(strip.tile(MetricsStrip::Prefill)->value(), QString("14.1 s"));
        // 14.1 s / 0.921 + 2.8 ms and 14.1 s / 0.572 + 10 ms (tst_expectedband derives them).
        QCOMPARE(strip.tile(MetricsStrip::Prefill)->detail(), QString("15-25 s expected"));
        QVERIFY(strip.tile(MetricsStrip::DecodePerToken)->detail().endsWith("ms expected"));
        QCOMPARE(strip.tile(MetricsStrip::Cost)->value(),
                 QString::fromStdString(formatUsd(data.current.costPerMillionOutputTokens)));
        QVERIFY(strip.tile(MetricsStrip::Cost)->toolTip().contains("per million input tokens"));
        s.hardware.gpuHourUsd = 0;
        strip.setValues(explorerData(s, 40));
        QCOMPARE(strip.tile(MetricsStrip::Cost)->value(), QString("no price"));
    }

    void replicasMultiplyTheConcurrencyCurves()
    {
        ConcurrencyChart chart;
        Scenario s = paperAt(4000);
        const ExplorerData one = explorerData(s, 40);
        s.deployment.replicas = 3;
        const ExplorerData three = explorerData(s, 40);
        QCOMPARE(concurrencyCurves(three).size(), concurrencyCurves(one).size());
        for (std::size_t c = 0; c < concurrencyCurves(one).size(); ++c)
            for (std::size_t i = 0; i < concurrencyCurves(one)[c].users.size(); ++i)
                QCOMPARE(concurrencyCurves(three)[c].users[i],
                         3 * concurrencyCurves(one)[c].users[i]);
        chart.setData(three);
        QVERIFY(chart.legend()->names().join(' ').contains("3 × 1 GPU"));
    }

    void planPageAnswersOnEverySliderStep()
    {
        const auto window = m_session.openWindow();
        QVERIFY(window);
        PlanPage *page = window->planPage();
        // Ctrl+4 opens it, like Ctrl+1..3 the other pages.
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window->pages()->currentWidget(), page);
        ScenarioStore *store = window->store();
        store->setModel(*findBuiltinModel("llama-3.1-70b"));
        store->setHardware(*findBuiltinHardware("h100-sxm5-80gb"));
        store->setParameter("context", 100000, false);
        page->usersBox()->setValue(20);
        QVERIFY2(page->answer().contains("16 GPUs"), qPrintable(page->answer()));
        QVERIFY(page->plan().best);
        QCOMPARE(page->plan().best->gpus, 16);
        QCOMPARE(page->options()->rowCount(), int(1 + page->plan().alternatives.size()));
        // A slider step: a longer context holds fewer users per replica, so more GPUs.
        store->setParameter("context", 120000, false);
        QVERIFY(page->plan().best);
        const Plan expected = planDeployment(store->scenario(), page->request());
        QCOMPARE(page->plan().best->gpus, expected.best->gpus);
        QVERIFY(page->plan().best->gpus >= 16);
        // The targets are remembered.
        page->ttftBox()->setValue(3);
        QCOMPARE(m_session.settings().value("plan/users").toInt(), 20);
        QCOMPARE(m_session.settings().value("plan/ttftSeconds").toDouble(), 3.0);
    }

    void planPageSaysWhyNothingFits()
    {
        const auto window = m_session.openWindow();
        QVERIFY(window);
        window->pages()->setCurrentWidget(window->planPage());
        // The paper's example at 50K: one A100 cannot reach a 1 ms time to first token.
        window->planPage()->ttftBox()->setValue(0.01);
        QVERIFY(!window->planPage()->plan().best);
        QVERIFY(window->planPage()->answer().contains("Nothing fits"));
        QCOMPARE(window->planPage()->options()->rowCount(), 0);
    }
};

QTEST_MAIN(TestFleetPages)
#include "tst_fleetpages.moc"
