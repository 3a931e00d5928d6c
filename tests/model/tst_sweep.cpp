// SPDX-License-Identifier: GPL-3.0-or-later
// Sweeps: the sampled values, and that every point equals a full evaluate() of that scenario.
#include "builtins.h"
#include "parameters.h"
#include "sweep.h"

#include <QTest>

using namespace kvscope::model;

class TestSweep : public QObject
{
    Q_OBJECT

private slots:
    void values()
    {
        QCOMPARE(sweepValues(1000, 1e7, 5, true, true),
                 (std::vector<double>{1000, 10000, 100000, 1000000, 10000000}));
        QCOMPARE(sweepValues(0, 100, 5, false, false), (std::vector<double>{0, 25, 50, 75, 100}));
        QCOMPARE(sweepValues(1, 4, 10, false, true), (std::vector<double>{1, 2, 3, 4}));
        QCOMPARE(sweepValues(5, 5, 1, false, false), (std::vector<double>{5}));
        QVERIFY(sweepValues(1, 2, 0, false, false).empty());
        const auto many = sweepValues(1000, 1e7, 1024, true, false);
        QCOMPARE(many.size(), std::size_t(1024));
        QCOMPARE(many.back(), 1e7);
    }

    void axisNames()
    {
        for (const char *name :
             {"context", "gpus", "hbm", "params", "model-size", "batch", "output-tokens"})
            QCOMPARE(std::string(axisName(*parseAxis(name))), std::string(name));
        QVERIFY(!parseAxis("nonsense"));
    }

    void everyPointEqualsEvaluate_data()
    {
        QTest::addColumn<QString>("axis");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::newRow("context") << "context" << 1000.0 << 1e7;
        QTest::newRow("gpus") << "gpus" << 1.0 << 64.0;
        QTest::newRow("hbm") << "hbm" << 8.0 << 512.0;
        QTest::newRow("params") << "params" << 1e9 << 1e12;
        QTest::newRow("model-size") << "model-size" << 1e9 << 1e12;
        QTest::newRow("batch") << "batch" << 1.0 << 4096.0;
        QTest::newRow("output tokens") << "output-tokens" << 1.0 << 1e5;
    }
    void everyPointEqualsEvaluate()
    {
        QFETCH(QString, axis);
        QFETCH(double, from);
        QFETCH(double, to);
        const SweepAxis a = *parseAxis(axis.toStdString());
        const Scenario base = paperExample();
        const auto values = sweepValues(from, to, 12, true, axis == "gpus" || axis == "batch");
        const auto points = sweep(base, a, values);
        QCOMPARE(points.size(), values.size());
        for (const SweepPoint &point : points) {
            Scenario s = base;
            parameter(axisParameterKey(a)).set(s, point.x);
            const Metrics expected = evaluate(s);
            QCOMPARE(point.metrics.kvBytesPerUser, expected.kvBytesPerUser);
            QCOMPARE(point.metrics.concurrency, expected.concurrency);
            QCOMPARE(point.metrics.prefillSeconds, expected.prefillSeconds);
            QCOMPARE(point.metrics.decodeSeconds, expected.decodeSeconds);
            QCOMPARE(point.metrics.contextSwitchSeconds, expected.contextSwitchSeconds);
        }
    }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "tst_sweep.moc"
