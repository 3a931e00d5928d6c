// SPDX-License-Identifier: GPL-3.0-or-later
// Each chart widget holds and draws exactly what the model computes for the scenario it is given.
#include "builtins.h"
#include "concurrencychart.h"
#include "evaluate.h"
#include "latencychart.h"
#include "legendbar.h"
#include "memorychart.h"
#include "plotwidget.h"
#include "scenarios.h"
#include "switchingchart.h"

#include <QLabel>
#include <QTest>

#include <cmath>

using namespace kvscope;
using namespace kvscope::model;
using namespace kvscope::widgets;

namespace {

Scenario variant(const QString &name)
{
    Scenario s = paperExample();
    if (name == "paper at 4K")
        s.deployment.context = 4000;
    else if (name == "4 GPUs, 1M tokens") {
        s.deployment.gpus = 4;
        s.deployment.context = 1e6;
    } else if (name == "weights do not fit")
        s.hardware.hbmBytes = 40 * kGiB;
    else if (name == "causal attention, TP comm on 8 GPUs") {
        s.deployment.attentionFlops = AttentionFlops::Causal;
        s.deployment.tpCommunication = true;
        s.deployment.gpus = 8;
    } else if (name == "small host memory") {
        s.deployment.hostMemoryBytes = 64 * kGiB;
    }
    return s;
}

void addRows()
{
    QTest::addColumn<QString>("name");
    for (const char *name :
         {"paper example", "paper at 4K", "4 GPUs, 1M tokens", "weights do not fit",
          "causal attention, TP comm on 8 GPUs", "small host memory"})
        QTest::newRow(name) << QString(name);
}

/// (key, value) pairs of a graph.
std::vector<std::pair<double, double>> points(const QCPGraph *graph)
{
    std::vector<std::pair<double, double>> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.emplace_back(it->key, it->value);
    return out;
}

template <typename Chart> void showAndPaint(Chart &chart)
{
    chart.resize(900, 520);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.plot()->replot();
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void aDragDoesNotShiftThePlotSideways()
    {
        // 8 GPUs label the HBM axis up to "600 GiB", 1 GPU only to "80 GiB": a chart that has
        // drawn the first keeps its plot where it was for the second.
        Scenario wide = paperExample();
        wide.deployment.gpus = 8;
        const Scenario narrow = paperExample();
        const auto leftEdge = [](MemoryChart &chart) {
            chart.plot()->replot();
            return chart.plot()->axisRect(0)->left();
        };
        MemoryChart fresh;
        fresh.setData(explorerData(narrow));
        showAndPaint(fresh);
        const int narrowAlone = leftEdge(fresh);

        MemoryChart dragged;
        dragged.setData(explorerData(wide));
        showAndPaint(dragged);
        const int wideEdge = leftEdge(dragged);
        QVERIFY2(wideEdge > narrowAlone,
                 qPrintable(QStringLiteral("%1 %2").arg(wideEdge).arg(narrowAlone)));
        dragged.setData(explorerData(narrow));
        QCOMPARE(leftEdge(dragged), wideEdge);
        // A new type lays the axis out afresh.
        dragged.setTheme(makeTheme(false, false));
        QCOMPARE(leftEdge(dragged), narrowAlone);
    }

    void memoryLegendNamesOnlyTheBandsDrawn()
    {
        MemoryChart chart;
        chart.setData(explorerData(variant("weights do not fit")));
        // No users and no free memory anywhere along the axis: neither band is drawn or named.
        QVERIFY(!chart.band(MemoryChart::ResidentKv)->visible());
        QVERIFY(!chart.band(MemoryChart::Free)->visible());
        QVERIFY(chart.band(MemoryChart::Weights)->visible());
        const QStringList names = chart.legend()->names();
        QVERIFY(names.contains(chart.band(MemoryChart::Weights)->name()));
        QVERIFY(!names.contains(chart.band(MemoryChart::ResidentKv)->name()));
        QVERIFY(!names.contains(chart.band(MemoryChart::Free)->name()));
        chart.setData(explorerData(variant("paper example")));
        QVERIFY(chart.legend()->names().contains(chart.band(MemoryChart::Free)->name()));
    }

    void darkThemeKeepsNeighbouringSeriesApart()
    {
        for (const bool presentation : {false, true}) {
            const Theme t = makeTheme(true, presentation);
            // Linear layers (blue) beside weight read (sky blue): apart in lightness, not only hue.
            QVERIFY(std::abs(t.fill(t.blue).lightness() - t.fill(t.skyBlue).lightness()) >= 40);
            // The free band stands out from the background.
            MemoryChart chart;
            chart.setTheme(t);
            const QColor free = chart.band(MemoryChart::Free)->brush().color();
            QVERIFY2(free.lightness() - t.background.lightness() >= 30, qPrintable(free.name()));
        }
    }

    void aLegendEntryWiderThanTheChartWrapsItsWords()
    {
        LegendBar legend;
        legend.setTheme(makeTheme(false, true));
        const QString longName =
            "Host memory (1 TiB) cannot park one user beyond 4.47M tokens of context";
        legend.setEntries(
            {{"Swap", QPen(Qt::red), Qt::NoBrush}, {longName, QPen(Qt::black), QBrush(Qt::gray)}});
        const int oneRow = legend.heightForWidth(4000);
        // Narrow: the short entry takes a row, the long one wraps over at least two more.
        QVERIFY(legend.heightForWidth(300) >= 3 * (oneRow - 2) + 2);
        // It never asks for the width of its longest name.
        QVERIFY(legend.minimumSizeHint().width() < 150);
    }

    void memoryChartDrawsTheModel_data() { addRows(); }
    void memoryChartDrawsTheModel()
    {
        QFETCH(QString, name);
        const Scenario s = variant(name);
        MemoryChart chart;
        chart.setData(explorerData(s));
        showAndPaint(chart);
        const auto weights = points(chart.band(MemoryChart::Weights));
        const auto kv = points(chart.band(MemoryChart::ResidentKv));
        const auto free = points(chart.band(MemoryChart::Free));
        QVERIFY(weights.size() >= 50);
        QCOMPARE(kv.size(), weights.size());
        for (std::size_t i = 0; i < weights.size(); ++i) {
            const Metrics r = evaluate(withContext(s, weights[i].first));
            QCOMPARE(weights[i].second, r.weightBytes);
            const double resident = r.fits ? r.concurrency * r.kvBytesPerUser : 0;
            QVERIFY(nearlyEqual(kv[i].second, r.weightBytes + r.reservedBytes + resident));
            if (r.fits)
                QVERIFY(nearlyEqual(free[i].second, r.hbmBytes));
        }
        const Metrics now = evaluate(s);
        QCOMPARE(chart.markedContext(), s.deployment.context);
        if (now.fits) {
            QVERIFY(chart.noFitMessage().isEmpty());
        } else {
            QVERIFY(chart.noFitMessage().contains("Does not fit"));
            QVERIFY(chart.noFitMessage().contains(
                QString::fromStdString(formatBytes(now.weightBytes, ByteUnits::Binary, 4))));
        }
        // Exact values on hover.
        const QString hover = chart.hoverTextAt(0, s.deployment.context);
        QVERIFY2(hover.contains(
                     QString::fromStdString(formatBytes(now.kvBytesPerUser, ByteUnits::Binary, 4))),
                 qPrintable(hover));
    }

    void memoryBarShowsResidentUsers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expected");
        // The paper's picture: the weights and room for one 50K user.
        QTest::newRow("paper example")
            << "paper example" << QStringList{"weights · 63.3 GiB", "user 1 · 11.4 GiB"};
        QTest::newRow("18 users at 4K, grouped")
            << "paper at 4K" << QStringList{"weights · 63.3 GiB", "users 1–"};
    }
    void memoryBarShowsResidentUsers()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expected);
        MemoryChart chart;
        chart.setData(explorerData(variant(name)));
        showAndPaint(chart);
        const QStringList labels = chart.barLabels();
        for (const QString &label : expected)
            QVERIFY2(std::any_of(labels.begin(), labels.end(),
                                 [&](const QString &l) { return l.startsWith(label); }),
                     qPrintable(labels.join(" | ")));
        // Every resident user is in exactly one segment, however they are grouped.
        const Metrics now = evaluate(variant(name));
        int covered = 0;
        for (const BarSegment &segment : chart.bar())
            if (segment.kind == BarSegment::Kind::Users) {
                QCOMPARE(segment.firstUser, covered + 1);
                covered = segment.lastUser;
            }
        QCOMPARE(covered, int(now.concurrency));
    }

    void latencyChartDrawsTheModel_data() { addRows(); }
    void latencyChartDrawsTheModel()
    {
        QFETCH(QString, name);
        const Scenario s = variant(name);
        LatencyChart chart;
        chart.setData(explorerData(s));
        showAndPaint(chart);
        const auto prefillTop = points(chart.series(LatencyChart::PrefillComm));
        const auto decodeTop = points(chart.series(LatencyChart::DecodeComm));
        const auto linear = points(chart.series(LatencyChart::PrefillLinear));
        QVERIFY(prefillTop.size() >= 50);
        for (std::size_t i = 0; i < prefillTop.size(); ++i) {
            const Metrics r = evaluate(withContext(s, prefillTop[i].first));
            QVERIFY(nearlyEqual(prefillTop[i].second, r.prefillSeconds));
            QVERIFY(nearlyEqual(decodeTop[i].second, r.decodeSecondsPerToken));
            QVERIFY(nearlyEqual(linear[i].second,
                                std::max(r.prefillComputeSeconds, r.prefillMemorySeconds) *
                                    r.prefillLinearFlops / r.prefillFlops));
        }
        const Metrics now = evaluate(s);
        QVERIFY(chart.prefillTitle().contains(now.prefillBound == Bound::Compute ? "compute"
                                                                                 : "memory"));
        QVERIFY(
            chart.decodeTitle().contains(now.decodeBound == Bound::Compute ? "compute" : "memory"));
        QVERIFY(chart.hoverTextAt(0, s.deployment.context)
                    .contains(QString::fromStdString(formatSeconds(now.prefillSeconds))));
        QVERIFY(chart.hoverTextAt(1, s.deployment.context)
                    .contains(QString::fromStdString(formatSeconds(now.decodeSecondsPerToken))));
    }

    void latencyLogScaleToggles()
    {
        LatencyChart chart;
        chart.setData(explorerData(paperExample()));
        QCPAxis *y = chart.series(LatencyChart::PrefillLinear)->valueAxis();
        QCOMPARE(y->scaleType(), QCPAxis::stLogarithmic);
        chart.setLogScale(false);
        QCOMPARE(y->scaleType(), QCPAxis::stLinear);
        QCOMPARE(y->range().lower, 0.0);
    }

    void concurrencyChartDrawsTheModel_data() { addRows(); }
    void concurrencyChartDrawsTheModel()
    {
        QFETCH(QString, name);
        const Scenario s = variant(name);
        ConcurrencyChart chart;
        chart.setData(explorerData(s));
        showAndPaint(chart);
        QVERIFY(chart.data().size() >= 4);
        int bold = 0;
        for (int c = 0; c < int(chart.data().size()); ++c) {
            const ConcurrencyCurve &curve = chart.data()[std::size_t(c)];
            Scenario g = s;
            g.deployment.gpus = curve.gpus;
            // The step line keeps the samples where the count changes, and both ends.
            const auto drawn = points(chart.curveGraph(c));
            QVERIFY(drawn.size() >= 2 && drawn.size() <= curve.context.size());
            QCOMPARE(drawn.front().first, curve.context.front());
            QCOMPARE(drawn.back().first, curve.context.back());
            for (std::size_t k = 1; k < drawn.size() - 1; ++k)
                QVERIFY(drawn[k].second != drawn[k - 1].second);
            for (const auto &[x, users] : drawn)
                QCOMPARE(users, std::max(evaluate(withContext(g, x)).concurrency, kZeroUsersFloor));
            // The current GPU count is drawn bold, the others faint.
            const double width = chart.curveGraph(c)->pen().widthF();
            if (curve.current) {
                ++bold;
                QVERIFY(width > chart.theme().lineWidth);
            } else {
                QVERIFY(width < chart.theme().lineWidth);
            }
        }
        QCOMPARE(bold, 1);
        const Metrics now = evaluate(s);
        QCOMPARE(chart.currentPoint(),
                 QPointF(s.deployment.context, std::max(now.concurrency, kZeroUsersFloor)));
    }

    void switchingChartDrawsTheModel_data() { addRows(); }
    void switchingChartDrawsTheModel()
    {
        QFETCH(QString, name);
        const Scenario s = variant(name);
        SwitchingChart chart;
        const ExplorerData data = explorerData(s);
        chart.setData(data);
        showAndPaint(chart);
        for (const auto &[x, seconds] : points(chart.switchGraph()))
            QCOMPARE(seconds, evaluate(withContext(s, x)).contextSwitchSeconds);
        for (const auto &[x, seconds] : points(chart.prefillGraph()))
            QCOMPARE(seconds, evaluate(withContext(s, x)).prefillSeconds);
        const bool limited = switchingCurves(data).hostLimitContext > 0;
        QCOMPARE(!chart.hostLimitText().isEmpty(), limited);
        if (name == "small host memory")
            QVERIFY(limited);
    }

    void unitsReachTheAxes()
    {
        MemoryChart chart;
        chart.setData(explorerData(paperExample()));
        const auto *ticker = static_cast<LabelTicker *>(
            chart.band(MemoryChart::Weights)->valueAxis()->ticker().data());
        QVERIFY(QString::fromStdString(ticker->ticks().labels.back()).endsWith("GiB"));
        chart.setByteUnits(ByteUnits::Decimal);
        QVERIFY(QString::fromStdString(ticker->ticks().labels.back()).endsWith(" GB"));
        QVERIFY(chart.hoverTextAt(0, 50000).contains("GB"));
    }

    void contextAxisTitleShortensWhenNarrow()
    {
        MemoryChart chart;
        chart.setData(explorerData(paperExample()));
        showAndPaint(chart);
        const QCPAxis *x = chart.band(MemoryChart::Weights)->keyAxis();
        const QString full = QStringLiteral("Context length (tokens, K = 1,000)");
        QCOMPARE(x->label(), full);

        chart.resize(330, 520);
        chart.plot()->replot();
        QVERIFY(x->label() != full);
        QVERIFY(QFontMetricsF(x->labelFont()).horizontalAdvance(x->label()) <=
                x->axisRect()->outerRect().width());
        QVERIFY(x->axisRect()->outerRect().left() >= 0);

        chart.resize(900, 520);
        chart.plot()->replot();
        QCOMPARE(x->label(), full);
    }

    void theCurrentPointsLabelStaysInsideAShortPlot_data()
    {
        QTest::addColumn<int>("height");
        QTest::newRow("roomy") << 520;
        // Presentation type at 1024x768 leaves the plot about 60 px: the label hung below the
        // point would end 12 px under the plot's edge.
        QTest::newRow("a projector's short plot") << 330;
    }
    void theCurrentPointsLabelStaysInsideAShortPlot()
    {
        // The switching chart hangs its label below the point; near the bottom of a short plot
        // (presentation type at 1024x768) it goes above instead of being cut off.
        QFETCH(int, height);
        SwitchingChart chart;
        chart.setTheme(makeTheme(true, true));
        chart.setData(explorerData(paperExample()));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.resize(500, height);
        QTRY_COMPARE(chart.height(), height);
        chart.plot()->replot();
        QCPItemText *label = nullptr;
        for (int i = 0; i < chart.plot()->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(chart.plot()->item(i));
                text && text->clipToAxisRect() && text->text() == QStringLiteral("768 ms"))
                label = text;
        QVERIFY(label);
        const QRect area = label->clipAxisRect()->rect();
        const double y = label->position->pixelPosition().y();
        const double tall = QFontMetricsF(label->font()).height() + label->padding().top() +
                            label->padding().bottom();
        const bool hangsBelow = label->positionAlignment().testFlag(Qt::AlignTop);
        const double top = hangsBelow ? y : y - tall;
        QVERIFY2(top >= area.top() && top + tall <= area.bottom() + 1,
                 qPrintable(QStringLiteral("label %1..%2, plot %3..%4")
                                .arg(top)
                                .arg(top + tall)
                                .arg(area.top())
                                .arg(area.bottom())));
        // Where there is room it keeps the chart's own side.
        if (height == 520)
            QVERIFY(hangsBelow);
    }

    void aTitleBesideAControlShortensRatherThanBeingCut()
    {
        // The latency chart's header holds its title and the log-scale box: in a narrow chart
        // the title takes its short form instead of losing its last letters under the box.
        LatencyChart chart;
        chart.setData(explorerData(paperExample()));
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.resize(900, 520);
        QTRY_COMPARE(chart.width(), 900);
        QCOMPARE(chart.shownTitle(), chart.title());
        chart.setTheme(makeTheme(false, true));
        chart.resize(330, 520);
        QTRY_COMPARE(chart.width(), 330);
        const QLabel *header = chart.findChild<QLabel *>("chartTitle");
        QVERIFY(header);
        QVERIFY(chart.shownTitle() != chart.title());
        QVERIFY(QFontMetrics(header->font()).horizontalAdvance(chart.shownTitle()) <=
                header->contentsRect().width());
        // The full title still names the chart in exports.
        QCOMPARE(chart.title(), QStringLiteral("Latency: prefill and decode"));
        chart.resize(900, 520);
        QTRY_COMPARE(chart.shownTitle(), chart.title());
    }

    void presentationThemeIsLargerAndThicker()
    {
        SwitchingChart chart;
        chart.setData(explorerData(paperExample()));
        const double width = chart.switchGraph()->pen().widthF();
        const double font = chart.switchGraph()->valueAxis()->tickLabelFont().pointSizeF();
        chart.setTheme(makeTheme(true, true));
        QVERIFY(chart.switchGraph()->pen().widthF() > width);
        QVERIFY(chart.switchGraph()->valueAxis()->tickLabelFont().pointSizeF() > font);
        QCOMPARE(chart.theme().background, QColor(0, 0, 0));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
