// SPDX-License-Identifier: GPL-3.0-or-later
// Chart math without drawing: slider scales and snapping, context samples and concurrency steps,
// stacking, the resident-user bar, the explorer's curves against evaluate(), and tick labels.
#include "builtins.h"
#include "concurrencycurves.h"
#include "evaluate.h"
#include "latencycurves.h"
#include "memorycurves.h"
#include "scenarios.h"
#include "sliderscale.h"
#include "switchingcurves.h"
#include "ticks.h"

#include <QTest>

#include <cmath>

using namespace kvscope::model;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

Scenario variant(const QString &name)
{
    Scenario s = paperExample();
    if (name == "paper at 4K")
        s.deployment.context = 4000;
    else if (name == "paper on 8 GPUs")
        s.deployment.gpus = 8;
    else if (name == "weights do not fit") {
        s.hardware.hbmBytes = 40 * kGiB;
    } else if (name == "memory utilisation 0.95") {
        s.deployment.memoryUtilization = 0.95;
        s.deployment.reservedBytesPerGpu = 0.5 * kGiB;
    } else if (name == "sliding-window model") {
        s.setModel(*findBuiltinModel("gemma-2-9b"));
    } else if (name == "rescaled to 70B") {
        s.deployment.paramsOverride = 0;
        s.deployment.modelSize = 70e9;
        s.deployment.gpus = 4;
    } else if (name == "moe, causal, tp comm") {
        s.setModel(*findBuiltinModel("mixtral-8x7b"));
        s.deployment.attentionFlops = AttentionFlops::Causal;
        s.deployment.tpCommunication = true;
        s.deployment.gpus = 2;
        s.deployment.batch = 8;
    }
    return s;
}

void addVariantRows()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"paper example", "paper at 4K", "paper on 8 GPUs",
                             "weights do not fit", "memory utilisation 0.95",
                             "sliding-window model", "rescaled to 70B", "moe, causal, tp comm"})
        QTest::newRow(name) << QString(name);
}

} // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void teachingSteps()
    {
        const auto context = kvscope::model::teachingSteps("context");
        QCOMPARE(std::vector<double>(context.begin(), context.end()),
                 (std::vector<double>{1e3, 2e3, 4e3, 8e3, 16e3, 32e3, 64e3, 128e3, 256e3, 512e3,
                                      1e6, 2e6, 4e6, 1e7}));
        const auto hbm = kvscope::model::teachingSteps("hbm-gib");
        QCOMPARE(std::vector<double>(hbm.begin(), hbm.end()),
                 (std::vector<double>{24, 40, 48, 80, 96, 128, 141, 192, 256, 288}));
        QVERIFY(kvscope::model::teachingSteps("batch").empty());
        // The next stop beyond a value, either way; none past the ends.
        QCOMPARE(nextStep(context, 50e3, 1), std::optional(64e3));
        QCOMPARE(nextStep(context, 50e3, -1), std::optional(32e3));
        QCOMPARE(nextStep(context, 64e3, 1), std::optional(128e3));
        QCOMPARE(nextStep(context, 64e3, -1), std::optional(32e3));
        QCOMPARE(nextStep(hbm, 80, 1), std::optional(96.0));
        QCOMPARE(nextStep(context, 1e7, 1), std::nullopt);
        QCOMPARE(nextStep(context, 1e3, -1), std::nullopt);
    }

    void sliderValues_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("log");
        QTest::addColumn<bool>("integer");
        QTest::addColumn<int>("position");
        QTest::addColumn<double>("expected");
        QTest::newRow("context start") << 1e3 << 1e7 << true << true << 0 << 1e3;
        QTest::newRow("context end") << 1e3 << 1e7 << true << true << 1000 << 1e7;
        QTest::newRow("context middle is 100K") << 1e3 << 1e7 << true << true << 500 << 1e5;
        QTest::newRow("context rounds to 3 digits") << 1e3 << 1e7 << true << true << 421 << 48300.0;
        QTest::newRow("gpus middle is 8") << 1.0 << 64.0 << true << true << 500 << 8.0;
        QTest::newRow("fraction middle") << 0.05 << 1.0 << false << false << 500 << 0.525;
        QTest::newRow("below the track clamps") << 8.0 << 512.0 << true << false << -5 << 8.0;
        QTest::newRow("beyond the track clamps") << 8.0 << 512.0 << true << false << 2000 << 512.0;
    }
    void sliderValues()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(bool, log);
        QFETCH(bool, integer);
        QFETCH(int, position);
        QFETCH(double, expected);
        const SliderScale scale(min, max, log, integer);
        QCOMPARE(scale.valueAt(position), expected);
    }

    void sliderPositionsRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        for (double v : {1e3, 4e3, 50e3, 128e3, 1e6, 1e7})
            QTest::newRow(formatTokens(v).c_str()) << v;
    }
    void sliderPositionsRoundTrip()
    {
        QFETCH(double, value);
        SliderScale scale(1e3, 1e7, true, true);
        const auto snaps = kvscope::model::teachingSteps("context");
        scale.setSnapPoints({snaps.begin(), snaps.end()}, 7);
        // Snap points and round values survive value -> position -> value.
        QVERIFY(nearlyEqual(scale.valueAt(scale.positionOf(value)), value, 0.01));
        if (std::find(snaps.begin(), snaps.end(), value) != snaps.end())
            QCOMPARE(scale.valueAt(scale.positionOf(value)), value);
    }

    void snapping_data()
    {
        QTest::addColumn<double>("near");
        QTest::addColumn<double>("expected");
        QTest::newRow("4.1K snaps to 4K") << 4100.0 << 4000.0;
        QTest::newRow("3.9K snaps to 4K") << 3900.0 << 4000.0;
        QTest::newRow("131K snaps to 128K") << 131000.0 << 128000.0;
        QTest::newRow("250K snaps to 256K") << 250000.0 << 256000.0;
        QTest::newRow("1.05M snaps to 1M") << 1.05e6 << 1e6;
        QTest::newRow("9.6M snaps to 10M") << 9.6e6 << 1e7;
        QTest::newRow("50K is far from any snap") << 50000.0 << 50000.0;
        QTest::newRow("12K is far from any snap") << 12000.0 << 12000.0;
    }
    void snapping()
    {
        QFETCH(double, near);
        QFETCH(double, expected);
        SliderScale scale(1e3, 1e7, true, true);
        const auto snaps = kvscope::model::teachingSteps("context");
        scale.setSnapPoints({snaps.begin(), snaps.end()}, 7);
        QVERIFY2(nearlyEqual(scale.valueAt(scale.positionOf(near)), expected, 0.01),
                 qPrintable(QString::number(scale.valueAt(scale.positionOf(near)))));
    }

    void keyStepsAlwaysMove_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("integer");
        QTest::addColumn<double>("from");
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("lowest");
        QTest::addColumn<double>("highest");
        QTest::newRow("gpus 1 up is 2") << 1.0 << 64.0 << true << 1.0 << 1 << 2.0 << 2.0;
        QTest::newRow("gpus 8 down is 7") << 1.0 << 64.0 << true << 8.0 << -1 << 7.0 << 7.0;
        QTest::newRow("gpus 64 up stays") << 1.0 << 64.0 << true << 64.0 << 1 << 64.0 << 64.0;
        QTest::newRow("out of 4K snap zone up")
            << 1e3 << 1e7 << true << 4000.0 << 1 << 4001.0 << 4600.0;
        QTest::newRow("out of 4K snap zone down")
            << 1e3 << 1e7 << true << 4000.0 << -1 << 3400.0 << 3999.0;
        QTest::newRow("off-grid typed value up")
            << 1e3 << 1e7 << true << 50000.0 << 1 << 50001.0 << 51500.0;
    }
    void keyStepsAlwaysMove()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(bool, integer);
        QFETCH(double, from);
        QFETCH(int, direction);
        QFETCH(double, lowest);
        QFETCH(double, highest);
        SliderScale scale(min, max, true, integer);
        const auto snaps = kvscope::model::teachingSteps("context");
        scale.setSnapPoints({snaps.begin(), snaps.end()}, 7);
        const int next =
            scale.nextDistinctPosition(scale.positionOf(from) + direction, from, direction);
        const double value = scale.valueAt(next);
        QVERIFY2(value >= lowest && value <= highest, qPrintable(QString::number(value)));
    }

    void roundSignificant_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<double>("expected");
        QTest::newRow("zero") << 0.0 << 3 << 0.0;
        QTest::newRow("50119 to 3") << 50119.0 << 3 << 50100.0;
        QTest::newRow("0.123456 to 2") << 0.123456 << 2 << 0.12;
        QTest::newRow("999.6 carries") << 999.6 << 3 << 1000.0;
        QTest::newRow("negative") << -1234.0 << 2 << -1200.0;
    }
    void roundSignificant()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(double, expected);
        QVERIFY(nearlyEqual(kvscope::model::roundSignificant(value, digits), expected, 1e-12));
    }

    void contextSamplesAreSortedAndIncludeExtras()
    {
        const double extra[] = {50000, 123456.5, 5e8};
        const auto xs = contextSamples(1e3, 1e7, 100, extra);
        QCOMPARE(xs.front(), 1e3);
        QCOMPARE(xs.back(), 1e7);
        QVERIFY(std::is_sorted(xs.begin(), xs.end()));
        QVERIFY(std::adjacent_find(xs.begin(), xs.end()) == xs.end());
        QVERIFY(std::find(xs.begin(), xs.end(), 50000.0) != xs.end());
        QVERIFY(std::find(xs.begin(), xs.end(), 123456.5) != xs.end());
        QVERIFY(std::find(xs.begin(), xs.end(), 5e8) == xs.end()); // outside the range
        QCOMPARE(xs.size(), std::size_t(102));
    }

    void concurrencyStepsAreWhereConcurrencyDrops_data() { addVariantRows(); }
    void concurrencyStepsAreWhereConcurrencyDrops()
    {
        QFETCH(QString, name);
        const Scenario s = variant(name);
        const Metrics m = evaluate(s);
        const auto kinks = kvKinks(effectiveModel(s));
        const auto xs = contextSamples(1e3, 1e7, 80, kinks);
        std::vector<double> kv;
        for (double x : xs)
            kv.push_back(kvBytesPerUser(s, x));
        const auto steps = concurrencyStepSamples(xs, kv, m.freeKvBytes, 40);
        if (!m.fits) {
            QVERIFY(steps.empty());
            return;
        }
        QVERIFY(!steps.empty());
        QCOMPARE(steps.size() % 2, std::size_t(0));
        for (std::size_t i = 0; i + 1 < steps.size(); i += 2) {
            const double before = evaluate(withContext(s, steps[i])).concurrency;
            const double after = evaluate(withContext(s, steps[i + 1])).concurrency;
            QVERIFY2(
                before == after + 1,
                qPrintable(QStringLiteral("%1 -> %2 at %3").arg(before).arg(after).arg(steps[i])));
            QVERIFY(before <= 40);
        }
    }

    void stacking_data()
    {
        QTest::addColumn<std::vector<double>>("a");
        QTest::addColumn<std::vector<double>>("b");
        QTest::addColumn<std::vector<double>>("topOfB");
        QTest::newRow("two bands")
            << std::vector<double>{1, 2} << std::vector<double>{3, 4} << std::vector<double>{4, 6};
        QTest::newRow("zero band")
            << std::vector<double>{5, 5} << std::vector<double>{0, 0} << std::vector<double>{5, 5};
    }
    void stacking()
    {
        QFETCH(std::vector<double>, a);
        QFETCH(std::vector<double>, b);
        QFETCH(std::vector<double>, topOfB);
        const auto tops = stackLayers({a, b});
        QCOMPARE(tops.size(), std::size_t(2));
        QCOMPARE(tops[0], a);
        QCOMPARE(tops[1], topOfB);
    }

    void memoryBar_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("userSegments");
        QTest::addColumn<int>("usersPerSegment");
        QTest::addColumn<bool>("free");
        QTest::addColumn<bool>("unusable");
        // The paper's picture: 68 GB of weights and room for one 50K user.
        QTest::newRow("paper example: one user") << "paper example" << 1 << 1 << true << false;
        QTest::newRow("18 users at 4K grouped by 2") << "paper at 4K" << 9 << 2 << true << false;
        QTest::newRow("weights do not fit") << "weights do not fit" << 0 << 0 << false << false;
        QTest::newRow("utilisation holds some back")
            << "memory utilisation 0.95" << 1 << 1 << true << true;
    }
    void memoryBar()
    {
        QFETCH(QString, name);
        QFETCH(int, userSegments);
        QFETCH(int, usersPerSegment);
        QFETCH(bool, free);
        QFETCH(bool, unusable);
        const Scenario s = variant(name);
        const Metrics m = evaluate(s);
        const double capacity = s.deployment.gpus * s.hardware.hbmBytes;
        const auto bar = kvscope::model::memoryBar(m, capacity, 10);
        using Kind = BarSegment::Kind;
        QCOMPARE(bar.front().kind, Kind::Weights);
        QCOMPARE(bar.front().bytes(), m.weightBytes);
        int users = 0;
        int covered = 0;
        for (std::size_t i = 0; i < bar.size(); ++i) {
            if (i > 0)
                QCOMPARE(bar[i].bottom, bar[i - 1].top); // contiguous
            if (bar[i].kind == Kind::Users) {
                ++users;
                QCOMPARE(bar[i].firstUser, covered + 1);
                covered = bar[i].lastUser;
                if (bar[i].lastUser < int(m.concurrency))
                    QCOMPARE(bar[i].lastUser - bar[i].firstUser + 1, usersPerSegment);
                QVERIFY(nearlyEqual(bar[i].bytes(),
                                    (bar[i].lastUser - bar[i].firstUser + 1) * m.kvBytesPerUser));
            }
        }
        QCOMPARE(users, userSegments);
        QCOMPARE(covered, int(m.concurrency));
        const auto has = [&](Kind kind) {
            return std::any_of(bar.begin(), bar.end(),
                               [kind](const BarSegment &b) { return b.kind == kind; });
        };
        QCOMPARE(has(Kind::Free), free);
        QCOMPARE(has(Kind::Unusable), unusable);
        if (m.fits)
            QVERIFY(nearlyEqual(bar.back().top, capacity));
    }

    void explorerCurvesEqualEvaluate_data() { addVariantRows(); }
    void explorerCurvesEqualEvaluate()
    {
        QFETCH(QString, name);
        const Scenario s = variant(name);
        const ExplorerData d = explorerData(s, 60);
        QCOMPARE(d.current.prefillSeconds, evaluate(s).prefillSeconds);
        QCOMPARE(d.reference.prefillSeconds,
                 evaluate(withContext(s, kReferenceContext)).prefillSeconds);
        QCOMPARE(d.model, effectiveModel(s));
        // The curves do not depend on the current context (a context step redraws only the
        // marker).
        const ExplorerData elsewhere = explorerData(withContext(s, 123456), 60);
        QVERIFY(memoryCurves(elsewhere) == memoryCurves(d));
        QVERIFY(latencyCurves(elsewhere) == latencyCurves(d));
        QVERIFY(concurrencyCurves(elsewhere) == concurrencyCurves(d));
        QVERIFY(switchingCurves(elsewhere) == switchingCurves(d));

        const double m = std::max(1.0, s.deployment.outputTokens);
        for (std::size_t i = 0; i < memoryCurves(d).context.size(); ++i) {
            const Metrics r = evaluate(withContext(s, memoryCurves(d).context[i]));
            QCOMPARE(memoryCurves(d).weights[i], r.weightBytes);
            QCOMPARE(memoryCurves(d).users[i], r.fits ? r.concurrency : 0.0);
            QVERIFY(nearlyEqual(memoryCurves(d).residentKv[i],
                                r.fits ? r.concurrency * r.kvBytesPerUser : 0));
            // The stack fills the capacity, or shows the weights running past it.
            QVERIFY(nearlyEqual(memoryCurves(d).weights[i] + memoryCurves(d).reserved[i] +
                                    memoryCurves(d).residentKv[i] + memoryCurves(d).free[i] +
                                    memoryCurves(d).unusable[i],
                                r.fits ? s.deployment.gpus * s.hardware.hbmBytes
                                       : r.weightBytes + r.reservedBytes));
            QVERIFY(nearlyEqual(latencyCurves(d).prefillLinear[i] +
                                    latencyCurves(d).prefillAttention[i] +
                                    latencyCurves(d).prefillComm[i],
                                r.prefillSeconds));
            QVERIFY(
                nearlyEqual((latencyCurves(d).decodeWeights[i] + latencyCurves(d).decodeKv[i] +
                             latencyCurves(d).decodeCompute[i] + latencyCurves(d).decodeComm[i]) *
                                m,
                            r.decodeSeconds));
            QCOMPARE(latencyCurves(d).prefillBound[i], r.prefillBound);
            QCOMPARE(switchingCurves(d).switchSeconds[i], r.contextSwitchSeconds);
            QCOMPARE(switchingCurves(d).prefillSeconds[i], r.prefillSeconds);
        }
        QCOMPARE(int(concurrencyCurves(d).size()),
                 s.deployment.gpus == 1 || s.deployment.gpus == 2 || s.deployment.gpus == 4 ||
                         s.deployment.gpus == 8
                     ? 4
                     : 5);
        int current = 0;
        for (const ConcurrencyCurve &c : concurrencyCurves(d)) {
            current += c.current ? 1 : 0;
            QCOMPARE(c.current, c.gpus == s.deployment.gpus);
            Scenario g = s;
            g.deployment.gpus = c.gpus;
            for (std::size_t i = 0; i < c.context.size(); ++i)
                QCOMPARE(c.users[i], evaluate(withContext(g, c.context[i])).concurrency);
        }
        QCOMPARE(current, 1);
        if (switchingCurves(d).hostLimitContext > 0)
            QVERIFY(nearlyEqual(kvBytesPerUser(s, switchingCurves(d).hostLimitContext),
                                s.deployment.hostMemoryBytes, 1e-3));
    }

    void contextStepsReuseTheCurves_data()
    {
        QTest::addColumn<double>("context");
        QTest::addColumn<bool>("reused");
        QTest::newRow("inside the axis") << 128000.0 << true;
        QTest::newRow("below the axis widens it") << 500.0 << false;
    }
    void contextStepsReuseTheCurves()
    {
        QFETCH(double, context);
        QFETCH(bool, reused);
        const ExplorerData before = explorerData(paperExample());
        const Scenario moved = withContext(paperExample(), context);
        const ExplorerData fresh = explorerData(moved);
        const ExplorerData step = explorerData(moved, before);
        // Reused or not, the result equals a fresh computation.
        QCOMPARE(step.current.prefillSeconds, fresh.current.prefillSeconds);
        QCOMPARE(step.current.concurrency, fresh.current.concurrency);
        QCOMPARE(step.reference.prefillSeconds, fresh.reference.prefillSeconds);
        QCOMPARE(step.scenario, moved);
        QVERIFY(memoryCurves(step) == memoryCurves(fresh));
        QVERIFY(latencyCurves(step) == latencyCurves(fresh));
        QVERIFY(concurrencyCurves(step) == concurrencyCurves(fresh));
        QVERIFY(switchingCurves(step) == switchingCurves(fresh));
        QCOMPARE(step.contextFrom, fresh.contextFrom);
        QCOMPARE(reused, memoryCurves(before).context == memoryCurves(step).context);
        // Anything but the context changed: computed afresh.
        Scenario gpus = moved;
        gpus.deployment.gpus = 2;
        QVERIFY(memoryCurves(explorerData(gpus, before)) == memoryCurves(explorerData(gpus)));
    }

    void paperNumbersInTheExplorer()
    {
        const ExplorerData d = explorerData(paperExample());
        QCOMPARE(d.current.concurrency, 1.0);
        QCOMPARE(d.reference.concurrency, 18.0);
        QVERIFY(nearlyEqual(d.current.prefillSeconds / d.reference.prefillSeconds, 15.8, 0.01));
    }

    void niceTicks_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<int>("target");
        QTest::addColumn<std::vector<double>>("expected");
        QTest::newRow("0 to 90 by 20")
            << 0.0 << 90.0 << 5 << std::vector<double>{0, 20, 40, 60, 80};
        QTest::newRow("0 to 1 by 0.25")
            << 0.0 << 1.0 << 4 << std::vector<double>{0, 0.25, 0.5, 0.75, 1};
        QTest::newRow("offset range") << 13.0 << 31.0 << 4 << std::vector<double>{15, 20, 25, 30};
        QTest::newRow("empty range") << 5.0 << 5.0 << 4 << std::vector<double>{5};
    }
    void niceTicks()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(int, target);
        QFETCH(std::vector<double>, expected);
        const auto ticks = kvscope::model::niceTicks(lo, hi, target);
        QCOMPARE(ticks.size(), expected.size());
        for (std::size_t i = 0; i < ticks.size(); ++i)
            QVERIFY(nearlyEqual(ticks[i], expected[i], 1e-12));
    }

    void tickLabels_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("GiB") << "bytes-binary" << 0.0 << 90 * kGiB
                             << QStringList{"0", "20 GiB", "40 GiB", "60 GiB", "80 GiB"};
        QTest::newRow("GB") << "bytes-decimal" << 0.0 << 90e9
                            << QStringList{"0", "20 GB", "40 GB", "60 GB", "80 GB"};
        QTest::newRow("tokens") << "tokens" << 1e3 << 1e7
                                << QStringList{"1K", "10K", "100K", "1M", "10M"};
        QTest::newRow("seconds, log") << "log-seconds" << 0.02 << 2000.0
                                      << QStringList{"100 ms", "1 s", "10 s", "60 s", "10 min"};
        QTest::newRow("seconds, log, hours to days")
            << "log-seconds" << 1000.0 << 2e6 << QStringList{"60 min", "10 h", "10 d"};
        QTest::newRow("seconds, linear")
            << "seconds" << 0.0 << 9.0 << QStringList{"0", "2 s", "4 s", "6 s", "8 s"};
        QTest::newRow("users with zero floor")
            << "users" << 0.15 << 1000.0 << QStringList{"0", "1", "10", "100", "1,000"};
    }
    void tickLabels()
    {
        QFETCH(QString, kind);
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(QStringList, labels);
        Ticks ticks;
        if (kind == "bytes-binary")
            ticks = byteTicks(lo, hi, ByteUnits::Binary, 5);
        else if (kind == "bytes-decimal")
            ticks = byteTicks(lo, hi, ByteUnits::Decimal, 5);
        else if (kind == "tokens")
            ticks = logTokenTicks(lo, hi);
        else if (kind == "log-seconds")
            ticks = logSecondTicks(lo, hi);
        else if (kind == "seconds")
            ticks = secondTicks(lo, hi, 5);
        else
            ticks = logUserTicks(lo, hi);
        QStringList got;
        for (const std::string &label : ticks.labels)
            got << QString::fromStdString(label);
        QCOMPARE(got, labels);
        QCOMPARE(ticks.values.size(), ticks.labels.size());
    }

    void logSecondTicksThinOut()
    {
        const Ticks all = logSecondTicks(1e-3, 1e6);
        const Ticks few = logSecondTicks(1e-3, 1e6, 4);
        QVERIFY(all.values.size() > 4);
        QVERIFY(few.values.size() <= 4);
        QVERIFY(few.values.size() >= 2);
        for (double v : few.values)
            QVERIFY(std::find(all.values.begin(), all.values.end(), v) != all.values.end());
    }

    void trimZeros_data()
    {
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole") << "20.00 GiB"
                               << "20 GiB";
        QTest::newRow("half") << "2.50 s"
                              << "2.5 s";
        QTest::newRow("no decimals") << "100 ms"
                                     << "100 ms";
        QTest::newRow("keeps tens") << "10 min"
                                    << "10 min";
        QTest::newRow("negative") << "-1.50 s"
                                  << "-1.5 s";
    }
    void trimZeros()
    {
        QFETCH(QString, formatted);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(kvscope::model::trimZeros(formatted.toStdString())),
                 expected);
    }
};

QTEST_APPLESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
