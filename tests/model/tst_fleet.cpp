// SPDX-License-Identifier: GPL-3.0-or-later
// Cost per token and the fleet plan, against hand calculations.
#include "builtins.h"
#include "fleetmetrics.h"
#include "plan.h"

#include "scenarios.h"

#include <QTest>

#include <set>

using namespace kvscope::model;

namespace {

/// Llama-3.1-70B in bf16 on H100 SXM at `context` tokens, physical conventions.
Scenario llama70bOnH100(double context)
{
    return builtinAt("llama-3.1-70b", "h100-sxm5-80gb", context);
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private slots:
    void costOfThePaperExampleAt4K()
    {
        Scenario s = paperAt(4000);
        s.hardware.gpuHourUsd = 2;
        const Metrics r = evaluateFleet(s);
        // Prefill: 2 x 34e9 x 4000 + 34e9 x 4000^2 / (12 x 7168) = 2.7832e14 FLOP at 312e12
        // FLOP/s = 0.89205 s. One GPU at $2/h: 2 / 3600 x 0.89205 / 4000 x 1e6 = $0.12390.
        const double prefill = (2 * 34e9 * 4000 + 34e9 * 4000.0 * 4000 / (12 * 7168)) / 312e12;
        QVERIFY(nearlyEqual(r.prefillSeconds, prefill, 1e-12));
        QVERIFY(nearlyEqual(r.costPerMillionInputTokens, 2 / 3600.0 * prefill / 4000 * 1e6, 1e-12));
        QVERIFY(nearlyEqual(r.costPerMillionInputTokens, 0.12390, 1e-4));
        // Output at full load: the HBM holds 18 users. A step at batch 18 reads 68e9 B of weights
        // and 18 KV caches at the mean context 4000 + 249/2 = 4124.5 tokens of 245,760 B:
        // (68e9 + 18 x 245760 x 4124.5) / 2039e9 = 0.042297 s, memory bound (compute is
        // 18 x 2 x 34e9 / 312e12 = 3.9 ms). 2 / 3600 x 0.042297 / 18 x 1e6 = $1.3055.
        QCOMPARE(r.concurrency, 18.0);
        const double step = (68e9 + 18 * 245760.0 * 4124.5) / 2039e9;
        QVERIFY(nearlyEqual(r.costPerMillionOutputTokens, 2 / 3600.0 * step / 18 * 1e6, 1e-9));
        QVERIFY(nearlyEqual(r.costPerMillionOutputTokens, 1.3055, 1e-4));
        QCOMPARE(r.costPerHour, 2.0);
    }

    void noPriceNoCost()
    {
        Scenario s = paperAt(4000);
        s.hardware.gpuHourUsd = 0;
        const Metrics r = evaluateFleet(s);
        QCOMPARE(r.costPerHour, 0.0);
        QCOMPARE(r.costPerMillionInputTokens, 0.0);
        QCOMPARE(r.costPerMillionOutputTokens, 0.0);
    }

    void replicasMultiplyCapacityAndCostNotLatency()
    {
        Scenario s = paperAt(4000);
        s.hardware.gpuHourUsd = 2;
        const Metrics one = evaluateFleet(s);
        s.deployment.replicas = 3;
        const Metrics three = evaluateFleet(s);
        QCOMPARE(three.fleetConcurrency, 54.0);
        QCOMPARE(three.costPerHour, 6.0);
        QCOMPARE(three.prefillSeconds, one.prefillSeconds);
        QCOMPARE(three.expectedDecodePerTokenHigh, one.expectedDecodePerTokenHigh);
        QCOMPARE(three.costPerMillionOutputTokens, one.costPerMillionOutputTokens);
    }

    void twentyUsersAt100KOnH100NeedSixteenGpus()
    {
        // KV per user: 80 layers x 2 x 8 heads x 128 x 2 B x 100,000 = 32.77 GB; weights
        // 70.55e9 x 2 B = 141.1 GB. TP2: 2 x 80 GiB = 171.8 GB leaves 30.7 GB, not one user.
        // TP4: 343.6 - 141.1 = 202.5 GB holds 6 users, so 20 users need 4 replicas = 16 GPUs.
        // TP8: 687.2 - 141.1 = 546.1 GB holds 16 users: 2 replicas = 16 GPUs.
        const Plan plan = planDeployment(llama70bOnH100(100000), {.users = 20});
        QVERIFY(plan.best);
        QCOMPARE(plan.best->gpus, 16);
        std::set<std::pair<int, int>> shapes{{plan.best->tp, plan.best->replicas}};
        for (const PlanOption &o : plan.alternatives) {
            QCOMPARE(o.gpus, 16);
            shapes.insert({o.tp, o.replicas});
        }
        QVERIFY(shapes.count({4, 4}));
        QVERIFY(shapes.count({8, 2}));
        std::vector<PlanOption> options = plan.alternatives;
        options.push_back(*plan.best);
        for (const PlanOption &o : options)
            if (o.tp == 4) {
                QCOMPARE(o.capacityPerReplica, 6.0);
                QCOMPARE(o.usersPerReplica, 5);
            } else if (o.tp == 8) {
                QCOMPARE(o.capacityPerReplica, 16.0);
                QCOMPARE(o.usersPerReplica, 10);
            }
        QVERIFY(plan.peakOnly);
        QVERIFY(plan.peakOnly->gpus <= plan.best->gpus);
        // The H100 preset's price: 16 GPUs x $3.78.
        QVERIFY(nearlyEqual(plan.best->costPerHour, 16 * 3.78, 1e-12));
        QVERIFY(nearlyEqual(plan.best->costPerMillionOutputTokens,
                            16 * 3.78 / 3600 * plan.best->tpotSeconds / 20 * 1e6, 1e-12));
    }

    void aTpotTargetSplitsTheBatch()
    {
        const Scenario s = llama70bOnH100(100000);
        const Plan loose = planDeployment(s, {.users = 20});
        // The 16-GPU options decode 5 (TP4) or 10 (TP8) users per replica; demand a TPOT just
        // faster than the faster of them to force more replicas with smaller batches.
        double fastest = loose.best->tpotSeconds;
        for (const PlanOption &o : loose.alternatives)
            fastest = std::min(fastest, o.tpotSeconds);
        const double tight = fastest * 0.9;
        const Plan plan = planDeployment(s, {.users = 20, .tpotSeconds = tight});
        QVERIFY(plan.best);
        QVERIFY(plan.best->gpus > loose.best->gpus);
        QVERIFY(plan.best->tpotSeconds <= tight);
        QVERIFY(plan.best->usersPerReplica * plan.best->replicas >= 20);
        QVERIFY(plan.best->usersPerReplica <= plan.best->capacityPerReplica);
    }

    void theBandsHighEndNeedsAtLeastWhatThePeakNeeds()
    {
        const Scenario s = llama70bOnH100(100000);
        const Plan peakFit = planDeployment(s, {.users = 20});
        // A TTFT target between the peak and the band's high end: the peak alone meets it.
        const double ttft = (peakFit.best->ttftPeak + peakFit.best->ttftSeconds) / 2;
        const Plan plan = planDeployment(s, {.users = 20, .ttftSeconds = ttft});
        QVERIFY(plan.peakOnly);
        if (plan.best)
            QVERIFY(plan.best->gpus >= plan.peakOnly->gpus);
    }

    void nothingFitsSaysWhy_data()
    {
        QTest::addColumn<double>("context");
        QTest::addColumn<double>("ttft");
        QTest::addColumn<int>("maxGpus");
        QTest::addColumn<QString>("reason");
        QTest::newRow("TTFT below any prefill") << 100000.0 << 1e-3 << 1024 << "targets";
        QTest::newRow("one GPU cannot hold the weights") << 100000.0 << 0.0 << 1 << "weights";
        QTest::newRow("users beyond the GPU budget") << 100000.0 << 0.0 << 8 << "more GPUs";
    }
    void nothingFitsSaysWhy()
    {
        QFETCH(double, context);
        QFETCH(double, ttft);
        QFETCH(int, maxGpus);
        QFETCH(QString, reason);
        const Plan plan = planDeployment(llama70bOnH100(context),
                                         {.users = 20, .ttftSeconds = ttft, .maxGpus = maxGpus});
        QVERIFY(!plan.best);
        QVERIFY2(QString::fromStdString(plan.reason).contains(reason), plan.reason.c_str());
    }
};

QTEST_APPLESS_MAIN(TestFleet)
#include "tst_fleet.moc"
