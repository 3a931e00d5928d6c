// SPDX-License-Identifier: GPL-3.0-or-later
// A tour's motion between scenes: the ends are the scenes exactly, the context moves evenly on its
// logarithmic axis, and counts and choices change only at the end.
#include "builtins.h"
#include "scenarios.h"
#include "scenemotion.h"
#include "units.h"

#include <QTest>

#include <cmath>

using namespace kvscope::model;

class TestSceneMotion : public QObject
{
    Q_OBJECT

private slots:
    void theEndsAreTheScenes()
    {
        Scenario from = paperExample();
        from.deployment.context = 4000;
        Scenario to = paperExample();
        to.deployment.context = 1e6;
        to.deployment.gpus = 8;
        QCOMPARE(sceneBetween(from, to, 0), from);
        QCOMPARE(sceneBetween(from, to, -0.5), from);
        QCOMPARE(sceneBetween(from, to, 1), to);
        QCOMPARE(sceneBetween(from, to, 1.5), to);
    }

    void theContextMovesEvenlyOnItsLogarithmicAxis()
    {
        Scenario from = paperExample();
        from.deployment.context = 4000;
        Scenario to = from;
        to.deployment.context = 1e6;
        // Half way between 4K and 1M on a log axis is their geometric mean, 63.2K.
        QVERIFY(std::fabs(sceneBetween(from, to, 0.5).deployment.context - std::sqrt(4000 * 1e6)) <
                1e-6);
        double last = from.deployment.context;
        for (double t = 0.1; t < 1; t += 0.1) {
            const double c = sceneBetween(from, to, t).deployment.context;
            QVERIFY(c > last);
            last = c;
        }
    }

    void compressionAndHbmMoveCountsAndChoicesWait()
    {
        Scenario from = paperExample();
        Scenario to = from;
        to.deployment.kvCompression.head = 8;
        to.deployment.gpus = 8;
        to.deployment.kvDtype = DType::FP8;
        to.hardware.hbmBytes = 141 * kGiB;
        const Scenario half = sceneBetween(from, to, 0.5);
        QVERIFY(std::fabs(half.deployment.kvCompression.head - std::sqrt(8.0)) < 1e-12);
        QVERIFY(std::fabs(half.hardware.hbmBytes - (from.hardware.hbmBytes + 141 * kGiB) / 2) < 1);
        QCOMPARE(half.deployment.gpus, 1);
        QCOMPARE(half.deployment.kvDtype, from.deployment.kvDtype);
        // Another part is another datasheet: its HBM is not reached by sliding.
        Scenario other = from;
        other.hardware = *findBuiltinHardware("h100-sxm5-80gb");
        other.hardware.hbmBytes = 94 * kGiB;
        QCOMPARE(sceneBetween(from, other, 0.5).hardware, from.hardware);
    }
};

QTEST_APPLESS_MAIN(TestSceneMotion)
#include "tst_scenemotion.moc"
