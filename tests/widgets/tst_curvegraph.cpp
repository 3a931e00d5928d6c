// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' line series draw only the samples that change the picture: which vertices are kept,
// that no dropped sample is farther from the line than the tolerance, and that a thinned curve
// draws the same picture as every sample would.
#include "curvegraph.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using kvscope::widgets::CurveGraph;
using kvscope::widgets::keptVertices;

namespace {

/// The samples CurveGraph hands to QCPGraph's line, fill and channel fill.
class ProbeGraph : public CurveGraph
{
public:
    using CurveGraph::CurveGraph;
    QVector<QCPGraphData> drawnSamples() const
    {
        QVector<QCPGraphData> samples;
        getOptimizedLineData(&samples, data()->constBegin(), data()->constEnd());
        return samples;
    }
};

/// Vertical distance of `p` from the segment a-b (a.x <= p.x <= b.x).
double distanceFromSegment(QPointF p, QPointF a, QPointF b)
{
    if (b.x() == a.x())
        return std::fabs(p.y() - a.y());
    const double t = (p.x() - a.x()) / (b.x() - a.x());
    return std::fabs(p.y() - (a.y() + t * (b.y() - a.y())));
}

/// A plot of the KV-cache-like curve y = x (linear values over a log context axis) with 400
/// geometric samples: the shape of most of the explorer's curves.
struct CurvePlot
{
    QCustomPlot plot;
    CurvePlot()
    {
        plot.resize(600, 300);
        plot.xAxis->setScaleType(QCPAxis::stLogarithmic);
        plot.xAxis->setRange(1000, 1e7);
        plot.yAxis->setRange(0, 1.1e7);
        plot.replot(); // lays the axis rect out: the pixels the samples map to
    }
    static void fill(QCPGraph *graph)
    {
        QVector<double> keys;
        QVector<double> values;
        for (int i = 0; i < 400; ++i) {
            const double x = 1000 * std::pow(1e4, i / 399.0);
            keys.append(x);
            values.append(x);
        }
        graph->setData(keys, values, true);
    }
};

} // namespace

class TestCurveGraph : public QObject
{
    Q_OBJECT

private slots:
    void keepsOnlyTheVerticesThatShowInThePicture_data()
    {
        QTest::addColumn<QVector<QPointF>>("points");
        QTest::addColumn<QVector<int>>("kept");
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("nothing") << QVector<QPointF>{} << QVector<int>{};
        QTest::newRow("one point") << QVector<QPointF>{{1, 1}} << QVector<int>{0};
        QTest::newRow("two points") << QVector<QPointF>{{1, 1}, {2, 5}} << QVector<int>{0, 1};
        QTest::newRow("a straight line keeps its ends")
            << QVector<QPointF>{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 4}} << QVector<int>{0, 4};
        QTest::newRow("a bend a tenth of a pixel deep is dropped")
            << QVector<QPointF>{{0, 0}, {1, 0.1}, {2, 0}} << QVector<int>{0, 2};
        QTest::newRow("a bend half a pixel deep is kept")
            << QVector<QPointF>{{0, 0}, {1, 0.5}, {2, 0}} << QVector<int>{0, 1, 2};
        QTest::newRow("a corner is kept")
            << QVector<QPointF>{{0, 0}, {1, 0}, {2, 0}, {3, 5}, {4, 10}} << QVector<int>{0, 2, 4};
        QTest::newRow("a vertical edge keeps both its ends")
            << QVector<QPointF>{{0, 0}, {1, 0}, {1, 5}, {2, 5}} << QVector<int>{0, 1, 2, 3};
        QTest::newRow("a gap keeps the points around it")
            << QVector<QPointF>{{0, 0}, {1, 1}, {2, 2}, {3, nan}, {4, 4}, {5, 5}, {6, 6}}
            << QVector<int>{0, 2, 3, 4, 6};
    }
    void keepsOnlyTheVerticesThatShowInThePicture()
    {
        QFETCH(QVector<QPointF>, points);
        QFETCH(QVector<int>, kept);
        QCOMPARE(keptVertices(points, CurveGraph::kTolerancePx), kept);
    }

    void noDroppedPointIsFartherFromTheLineThanTheTolerance()
    {
        QRandomGenerator random(2024);
        for (int run = 0; run < 200; ++run) {
            QVector<QPointF> points;
            double x = 0;
            double y = 100;
            for (int i = 0; i < 300; ++i) {
                // Mostly sub-pixel steps with a few jumps and vertical edges: a sampled curve.
                x += random.bounded(4) == 0 ? 0.0 : random.generateDouble() * 2;
                y += (random.generateDouble() - 0.5) * (random.bounded(20) == 0 ? 40 : 0.6);
                points.append({x, y});
            }
            const QVector<int> kept = keptVertices(points, CurveGraph::kTolerancePx);
            QCOMPARE(kept.front(), 0);
            QCOMPARE(kept.back(), int(points.size()) - 1);
            QVERIFY(kept.size() < points.size());
            for (qsizetype k = 1; k < kept.size(); ++k) {
                QVERIFY(kept[k] > kept[k - 1]);
                for (int i = kept[k - 1] + 1; i < kept[k]; ++i)
                    QVERIFY2(distanceFromSegment(points[i], points[kept[k - 1]], points[kept[k]]) <=
                                 CurveGraph::kTolerancePx + 1e-9,
                             qPrintable(QStringLiteral("run %1, point %2").arg(run).arg(i)));
            }
        }
    }

    void aSmoothCurveIsDrawnFromAFewOfItsSamples()
    {
        CurvePlot plot;
        auto *graph = new ProbeGraph(plot.plot.xAxis, plot.plot.yAxis);
        CurvePlot::fill(graph);
        const QVector<QCPGraphData> drawn = graph->drawnSamples();
        QVERIFY2(drawn.size() < 80, qPrintable(QString::number(drawn.size())));
        QCOMPARE(drawn.front().key, 1000.0);
        QCOMPARE(drawn.back().key, 1e7);
    }

    void aStepCurveKeepsEverySample()
    {
        CurvePlot plot;
        auto *graph = new ProbeGraph(plot.plot.xAxis, plot.plot.yAxis);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        CurvePlot::fill(graph);
        QCOMPARE(graph->drawnSamples().size(), 400);
    }

    void aThinnedCurveDrawsTheSamePicture()
    {
        // The same filled, thick curve, drawn from every sample and from the kept ones.
        const auto picture = [](CurvePlot &plot, QCPGraph *graph) {
            graph->setPen(QPen(Qt::black, 2.5));
            graph->setBrush(QColor(40, 90, 200));
            CurvePlot::fill(graph);
            return plot.plot.toPixmap(600, 300).toImage().convertToFormat(QImage::Format_RGB32);
        };
        CurvePlot everySample;
        const QImage all =
            picture(everySample, new QCPGraph(everySample.plot.xAxis, everySample.plot.yAxis));
        CurvePlot keptSamples;
        auto *probe = new ProbeGraph(keptSamples.plot.xAxis, keptSamples.plot.yAxis);
        const QImage thinned = picture(keptSamples, probe);
        QVERIFY(probe->drawnSamples().size() < 80);
        QCOMPARE(thinned.size(), all.size());
        // Antialiasing may shade an edge pixel a little differently; no pixel changes colour.
        long long sum = 0;
        int worst = 0;
        for (int y = 0; y < all.height(); ++y)
            for (int x = 0; x < all.width(); ++x) {
                const QRgb a = all.pixel(x, y);
                const QRgb b = thinned.pixel(x, y);
                const int d =
                    std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                              std::abs(qBlue(a) - qBlue(b))});
                sum += d;
                worst = std::max(worst, d);
            }
        const double mean = double(sum) / (all.width() * all.height());
        QVERIFY2(worst <= 80 && mean < 0.2,
                 qPrintable(QStringLiteral("worst %1, mean %2").arg(worst).arg(mean)));
    }
};

QTEST_MAIN(TestCurveGraph)
#include "tst_curvegraph.moc"
