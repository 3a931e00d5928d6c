// SPDX-License-Identifier: GPL-3.0-or-later
// The session schedule of cost-model.md §4.9 (docs/session-schedule.md): hand-worked timelines on
// the paper's running example, the infeasible cases, invariants every schedule must keep, and the
// largest case the parameter table allows.
#include "evaluate.h"
#include "session.h"
#include "sessionlayout.h"
#include "units.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <map>
#include <tuple>

using namespace kvscope::model;

Q_DECLARE_METATYPE(kvscope::model::Scenario)

namespace {

// The paper's conventions (§2): 34e9 parameters, bf16, one A100 80GB, paper FLOP count, no TP
// communication. Built here rather than from presets so the test links only the model library.
constexpr double kWeightBytes = 68e9;       // 34e9 * 2 bytes
constexpr double kKvPerToken = 245760;      // 60 layers * 2 * 8 heads * 128 * 2 bytes
constexpr double kBandwidth = 2039e9;       // B/s
constexpr double kPcie = 32e9;              // B/s, one direction
constexpr double kFlops = 312e12;           // FLOP/s
constexpr double kPaperPrefillDivisor = 12; // N n^2 / (12 d)

Scenario paperAt(double context, int users = 1, double outputTokens = 250)
{
    Scenario s;
    s.id = "fu2024-34b";
    s.model.id = "yi-34b-200k";
    s.model.layers = 60;
    s.model.hidden = 7168;
    s.model.heads = 56;
    s.model.kvHeads = 8;
    s.model.headDim = 128;
    s.model.ffn = 20480;
    s.model.vocab = 64000;
    s.hardware.id = "a100-sxm4-80gb";
    s.hardware.hbmBytes = 80 * kGiB;
    s.hardware.hbmBandwidth = kBandwidth;
    s.hardware.bf16Flops = kFlops;
    s.hardware.interconnectBandwidth = 300e9;
    s.hardware.pcieBandwidth = kPcie;
    s.hardware.collectiveLatency = 10e-6;
    s.deployment.context = context;
    s.deployment.outputTokens = outputTokens;
    s.deployment.paramsOverride = 34e9;
    s.deployment.attentionFlops = AttentionFlops::Paper;
    s.deployment.tpCommunication = false;
    s.deployment.users = users;
    return s;
}

/// Every other layer a sliding window of `window` tokens, as Gemma-2 or Mistral-style models do.
Scenario windowed(double context, int window, double outputTokens)
{
    Scenario s = paperAt(context, 1, outputTokens);
    for (int layer = 0; layer < s.model.layers; ++layer)
        s.model.layerWindows.push_back(layer % 2 == 0 ? window : 0);
    return s;
}

/// Two GPUs with the all-reduces on: every step pays the communication term.
Scenario tensorParallel(double context, int users, double outputTokens)
{
    Scenario s = paperAt(context, users, outputTokens);
    s.deployment.gpus = 2;
    s.deployment.tpCommunication = true;
    return s;
}

/// An HBM so fast and large that decode starts compute bound and turns memory bound as the
/// context grows past about 610K tokens (68e9 + 245760 c = 2 * 34e9 / 312e12 * 1e15).
Scenario fastHbm(double context, int users, double outputTokens)
{
    Scenario s = paperAt(context, users, outputTokens);
    s.hardware.hbmBandwidth = 1e15;
    s.hardware.hbmBytes = 2000 * kGiB;
    return s;
}

/// Relative closeness for sums of many floating-point terms.
bool close(double actual, double expected, double relative = 1e-9)
{
    return std::fabs(actual - expected) <=
           relative * std::max(std::fabs(actual), std::fabs(expected));
}

QString describe(double actual, double expected)
{
    return QString("actual %1, expected %2").arg(actual, 0, 'g', 15).arg(expected, 0, 'g', 15);
}

/// The paper-convention prefill by hand: (2 N n + N n^2 / (12 d)) / F, compute bound.
double paperPrefill(double n)
{
    return (2 * 34e9 * n + 34e9 * n * n / (kPaperPrefillDivisor * 7168)) / kFlops;
}

/// One memory-bound decode step of `batch` users all at context c, by hand (§4.5).
double paperStep(double c, int batch)
{
    return (kWeightBytes + batch * kKvPerToken * c) / kBandwidth;
}

/// The server timeline as letters: P prefill, D decode, O swap-out, I swap-in, each followed by
/// its user (a decode shared by several users has none).
QString serverLetters(const SessionSchedule &schedule)
{
    QStringList parts;
    for (const SessionSegment &s : schedule.server) {
        const char *letter = s.kind == SegmentKind::Prefill   ? "P"
                             : s.kind == SegmentKind::Decode  ? "D"
                             : s.kind == SegmentKind::SwapOut ? "O"
                             : s.kind == SegmentKind::SwapIn  ? "I"
                                                              : "W";
        parts << (s.user < 0 ? QString(letter) : QString("%1%2").arg(letter).arg(s.user));
    }
    return parts.join(' ');
}

/// Decode steps a user has done before `time`, from its own row.
double stepsBefore(const SessionUser &row, double time)
{
    double steps = 0;
    for (const SessionSegment &s : row.segments)
        if (s.kind == SegmentKind::Decode && s.end <= time)
            steps += s.steps;
    return steps;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void singleUserMatchesEvaluate_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::newRow("4K, 250 tokens") << paperAt(4000);
        QTest::newRow("50K, 250 tokens (the paper's 14.1 s + 9.8 s)") << paperAt(50000);
        QTest::newRow("50K, one token") << paperAt(50000, 1, 1);
        QTest::newRow("30K, 1M tokens") << paperAt(30000, 1, 1e6);
        QTest::newRow("two GPUs with all-reduces") << tensorParallel(50000, 1, 250);
        QTest::newRow("sliding window crossed mid-decode") << windowed(3000, 4096, 5000);
        QTest::newRow("compute bound, then memory bound") << fastHbm(500000, 1, 200000);
    }
    void singleUserMatchesEvaluate()
    {
        QFETCH(Scenario, scenario);
        const Metrics r = evaluate(scenario);
        const SessionSchedule s = scheduleSessions(scenario);
        QVERIFY2(s.feasible, s.reason.c_str());
        QCOMPARE(s.users.size(), std::size_t(1));
        QCOMPARE(s.swapOuts, 0);
        const SessionUser &u = s.users[0];
        QCOMPARE(u.segments.front().kind, SegmentKind::Prefill);
        QCOMPARE(u.segments.front().start, 0.0);
        QCOMPARE(u.segments.front().end, r.prefillSeconds);
        QVERIFY2(close(s.makespan, r.prefillSeconds + r.decodeSeconds),
                 qPrintable(describe(s.makespan, r.prefillSeconds + r.decodeSeconds)));
        QCOMPARE(u.finish, s.makespan);
        QCOMPARE(s.sessionsPerHour, 3600 / s.makespan);
        double steps = 0;
        for (const SessionSegment &segment : u.segments)
            steps += segment.steps;
        QCOMPARE(steps, s.outputTokens);
        // A decode that starts compute bound and crosses into memory bound shows both.
        const auto decodeBound = [&](SessionResource bound) {
            return std::any_of(u.segments.begin(), u.segments.end(), [&](const SessionSegment &x) {
                return x.kind == SegmentKind::Decode && x.bound == bound;
            });
        };
        QCOMPARE(decodeBound(SessionResource::Compute), r.decodeComputeSeconds > 0);
        QVERIFY(decodeBound(SessionResource::HbmBandwidth));
    }

    void singleUserByHand_data()
    {
        QTest::addColumn<double>("context");
        QTest::addColumn<double>("m");
        QTest::newRow("4K, 250 tokens") << 4000.0 << 250.0;
        QTest::newRow("50K, 250 tokens") << 50000.0 << 250.0;
        QTest::newRow("50K, one token: TPOT is the one step") << 50000.0 << 1.0;
    }
    void singleUserByHand()
    {
        QFETCH(double, context);
        QFETCH(double, m);
        const SessionSchedule s = scheduleSessions(paperAt(context, 1, m));
        QVERIFY2(s.feasible, s.reason.c_str());
        const double prefill = paperPrefill(context);
        QVERIFY2(close(s.prefillSeconds, prefill), qPrintable(describe(s.prefillSeconds, prefill)));
        QCOMPARE(s.prefillBound, SessionResource::Compute);
        // TTFT = prefill + the first step at context n.
        const double ttft = prefill + paperStep(context, 1);
        QVERIFY2(close(s.users[0].ttft, ttft), qPrintable(describe(s.users[0].ttft, ttft)));
        // Steps 1..m-1 read KV at n + j; their mean is the step at n + m/2.
        const double tpot = m > 1 ? paperStep(context + m / 2, 1) : paperStep(context, 1);
        QVERIFY2(close(s.users[0].tpot, tpot), qPrintable(describe(s.users[0].tpot, tpot)));
        QCOMPARE(s.ttft.min, s.ttft.max);
        QCOMPARE(s.bandwidthFraction + s.computeFraction, 1.0);
        QVERIFY2(close(s.computeSeconds, prefill), qPrintable(describe(s.computeSeconds, prefill)));
    }

    void usersThatFitPrefillThenDecodeTogether_data()
    {
        QTest::addColumn<int>("users");
        QTest::newRow("2 users at 4K (C = 18)") << 2;
        QTest::newRow("3 users") << 3;
        QTest::newRow("18 users: exactly the ceiling") << 18;
    }
    void usersThatFitPrefillThenDecodeTogether()
    {
        QFETCH(int, users);
        const double n = 4000;
        const double m = 250;
        const Scenario scenario = paperAt(n, users, m);
        QCOMPARE(evaluate(scenario).concurrency, 18.0);
        const SessionSchedule s = scheduleSessions(scenario);
        QVERIFY2(s.feasible, s.reason.c_str());
        QCOMPARE(s.maxResident, users);
        QCOMPARE(s.swapOuts + s.swapIns, 0);

        const double p = paperPrefill(n);
        // One batched step reads the weights once and each user's KV: m W + B KV(sum of contexts).
        const double decode =
            (m * kWeightBytes + users * kKvPerToken * (m * n + m * (m - 1) / 2)) / kBandwidth;
        const double ttft = users * p + paperStep(n, users);
        for (int u = 0; u < users; ++u) {
            const SessionUser &row = s.users[std::size_t(u)];
            QCOMPARE(row.segments.size(), std::size_t(2));
            QCOMPARE(row.segments[0].kind, SegmentKind::Prefill);
            QVERIFY(close(row.segments[0].start, u * p));
            QVERIFY(close(row.segments[0].end, (u + 1) * p));
            QCOMPARE(row.segments[1].kind, SegmentKind::Decode);
            QCOMPARE(row.segments[1].batch, users);
            QCOMPARE(row.segments[1].steps, m);
            QVERIFY2(close(row.ttft, ttft), qPrintable(describe(row.ttft, ttft)));
            QVERIFY2(close(row.finish, users * p + decode),
                     qPrintable(describe(row.finish, users * p + decode)));
            QCOMPARE(row.waitingSeconds, 0.0);
        }
        QVERIFY(close(s.makespan, users * p + decode));
        QVERIFY(close(s.sessionsPerHour, users / (users * p + decode) * 3600));
        // Batching pays the weights once per step instead of once per user.
        const Metrics alone = evaluate(paperAt(n, 1, m));
        QVERIFY(s.makespan < users * (alone.prefillSeconds + alone.decodeSeconds) || users == 1);
    }

    void threeUsersOverACeilingOfTwo()
    {
        // At 30K one KV cache is 7.37 GB and 17.9 GB are free beside the weights: C = 2.
        const double n = 30000;
        const double m = 250; // q = 62
        const Scenario scenario = paperAt(n, 3, m);
        QCOMPARE(evaluate(scenario).concurrency, 2.0);
        const SessionSchedule s = scheduleSessions(scenario);
        QVERIFY2(s.feasible, s.reason.c_str());
        QCOMPARE(s.quantum, 62.0);
        QCOMPARE(s.maxResident, 2);

        // By hand: 0 and 1 prefill and decode 62 steps together; both quanta end, only one user
        // waits, so 0 leaves for 2 and 1 keeps its slot with a fresh quantum. From then on the
        // longer-resident user of each pair is swapped for the one parked longest. After 248
        // steps the pair in HBM needs 2 more and finishes, and 2 comes back for its last 2.
        QCOMPARE(serverLetters(s), QString("P0 P1 D O0 P2 D O1 I0 D O2 I1 D O0 I2 D O1 I0 D O2 I1 "
                                           "D I2 D2"));
        QCOMPARE(s.swapOuts, 6);
        QCOMPARE(s.swapIns, 6);
        for (const SessionUser &row : s.users)
            QCOMPARE(row.swapOuts, 2);

        // Each swap moves that user's KV at its current context over one link: KV / (G PCIe).
        for (int u = 0; u < 3; ++u) {
            const SessionUser &row = s.users[std::size_t(u)];
            for (const SessionSegment &seg : row.segments) {
                if (seg.kind != SegmentKind::SwapOut && seg.kind != SegmentKind::SwapIn)
                    continue;
                QCOMPARE(seg.bound, SessionResource::Pcie);
                const double context = n + stepsBefore(row, seg.start);
                const double expected = kKvPerToken * context / kPcie;
                QVERIFY2(close(seg.seconds(), expected),
                         qPrintable(describe(seg.seconds(), expected)));
            }
        }
        // A swap-out and a swap-in at the same context cost §4.6's 2 KV / (G PCIe): O2 and I1
        // both move a cache of 248 generated tokens.
        const SessionSegment &out2 = s.server[s.server.size() - 5];
        const SessionSegment &in1 = s.server[s.server.size() - 4];
        QCOMPARE(out2.kind, SegmentKind::SwapOut);
        QCOMPARE(out2.user, 2);
        QCOMPARE(in1.user, 1);
        QCOMPARE(in1.kind, SegmentKind::SwapIn);
        const double switchSeconds = evaluate(paperAt(n + 248)).contextSwitchSeconds;
        QVERIFY2(close(out2.seconds() + in1.seconds(), switchSeconds),
                 qPrintable(describe(out2.seconds() + in1.seconds(), switchSeconds)));

        // User 2 waits for HBM from t = 0 until 0's swap-out ends, then prefills.
        const SessionUser &third = s.users[2];
        QCOMPARE(third.segments[0].kind, SegmentKind::Waiting);
        QCOMPARE(third.segments[0].bound, SessionResource::HbmSize);
        QCOMPARE(third.segments[0].start, 0.0);
        QCOMPARE(third.segments[0].end, s.server[3].end);
        QCOMPARE(third.segments[1].kind, SegmentKind::Prefill);
        QVERIFY(s.waitingFraction > 0);
        QVERIFY(s.pcieFraction > 0);
        // A swap-out lands before the swap-in leaves, so two caches are parked for a moment; the
        // largest pair is 1 and 2 at 248 generated tokens each.
        QVERIFY(close(s.peakHostBytes, 2 * kKvPerToken * (n + 248)));
        QVERIFY(s.hostFits);

        // The first batched chunk is two users at n for 62 steps, by hand.
        const double p = paperPrefill(n);
        const double firstChunk =
            (62 * kWeightBytes + 2 * kKvPerToken * (62 * n + 62 * 61 / 2.0)) / kBandwidth;
        QVERIFY(close(s.server[2].seconds(), firstChunk));
        QVERIFY(close(s.users[0].ttft, 2 * p + paperStep(n, 2)));
        QVERIFY(close(s.users[1].ttft, s.users[0].ttft));
        // 2's first step is shared with 1, whose cache already holds 62 generated tokens.
        const double thirdFirstStep = (kWeightBytes + kKvPerToken * ((n + 62) + n)) / kBandwidth;
        QVERIFY(close(s.users[2].ttft, s.server[4].end + thirdFirstStep));
    }

    void swapsAppearOnlyBeyondTheCeilingAndCostHalfASwitch_data()
    {
        QTest::addColumn<double>("context");
        QTest::addColumn<int>("users");
        QTest::newRow("18 users at 4K: exactly C, no swaps") << 4000.0 << 18;
        QTest::newRow("19 users at 4K: one over C") << 4000.0 << 19;
        QTest::newRow("2 users at 30K: exactly C") << 30000.0 << 2;
        QTest::newRow("5 users at 50K, C = 1") << 50000.0 << 5;
    }
    void swapsAppearOnlyBeyondTheCeilingAndCostHalfASwitch()
    {
        // The session figures against the four metrics: each one-way swap moves one user's KV
        // at its current context, half of evaluate()'s out-and-in context switch there.
        QFETCH(double, context);
        QFETCH(int, users);
        const Scenario scenario = paperAt(context, users);
        const SessionSchedule s = scheduleSessions(scenario);
        QVERIFY2(s.feasible, s.reason.c_str());
        QCOMPARE(s.swapOuts > 0, users > evaluate(scenario).concurrency);
        QCOMPARE(s.swapIns, s.swapOuts);
        double pcie = 0;
        for (const SessionUser &row : s.users)
            for (const SessionSegment &seg : row.segments) {
                if (seg.kind != SegmentKind::SwapOut && seg.kind != SegmentKind::SwapIn)
                    continue;
                const double at = context + stepsBefore(row, seg.start);
                const double half = evaluate(paperAt(at, 1)).contextSwitchSeconds / 2;
                QVERIFY2(close(seg.seconds(), half), qPrintable(describe(seg.seconds(), half)));
                pcie += seg.seconds();
            }
        QVERIFY(close(s.pcieSeconds, pcie) || s.pcieSeconds == pcie);
        // Every user prefills exactly once, at evaluate()'s prefill time.
        QVERIFY(close(s.computeSeconds, users * evaluate(scenario).prefillSeconds));
    }

    void segmentsAsCsv()
    {
        const SessionSchedule s = scheduleSessions(paperAt(30000, 3));
        const std::string csv = sessionSegmentsCsv(s);
        std::size_t segments = s.server.size();
        for (const SessionUser &row : s.users)
            segments += row.segments.size();
        QCOMPARE(std::size_t(std::count(csv.begin(), csv.end(), '\n')), segments + 1);
        QVERIFY(csv.starts_with("row,start [s],end [s],kind,bound,batch,steps\nserver,0," +
                                formatPlain(s.prefillSeconds) + ",prefill,compute,1,0\n"));
        QVERIFY(csv.find("\nuser 3,0,") != std::string::npos); // user 3 waits from the start
        QVERIFY(csv.find(",swap-out,pcie,1,0\n") != std::string::npos);
        const std::string none = sessionSegmentsCsv(scheduleSessions(paperAt(100000, 2)));
        QVERIFY(none.find("# not schedulable: ") != std::string::npos);
    }

    void userGroupsAreRound_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<int>("groups");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("3 users: one row each") << 3 << 3 << "user 1"
                                               << "user 3";
        QTest::newRow("24 users: still one each") << 24 << 24 << "user 1"
                                                  << "user 24";
        QTest::newRow("30 users: pairs") << 30 << 15 << "users 1–2"
                                         << "users 29–30";
        QTest::newRow("101 users: fives, the last alone") << 101 << 21 << "users 1–5"
                                                          << "user 101";
        QTest::newRow("300 users: twenties") << 300 << 15 << "users 1–20"
                                             << "users 281–300";
        QTest::newRow("1000 users: fifties") << 1000 << 20 << "users 1–50"
                                             << "users 951–1000";
    }
    void userGroupsAreRound()
    {
        QFETCH(int, users);
        QFETCH(int, groups);
        QFETCH(QString, first);
        QFETCH(QString, last);
        const std::vector<UserGroup> g = userGroups(users);
        QCOMPARE(int(g.size()), groups);
        QCOMPARE(QString::fromStdString(g.front().label()), first);
        QCOMPARE(QString::fromStdString(g.back().label()), last);
        for (std::size_t i = 1; i < g.size(); ++i)
            QCOMPARE(g[i].first, g[i - 1].last + 1);
        QCOMPARE(g.back().last, users - 1);
    }

    void infeasible_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::newRow("100K: one KV cache (22.9 GiB) exceeds the 16.7 GiB free") << paperAt(100000);
        Scenario small = paperAt(4000);
        small.hardware.hbmBytes = 40 * kGiB;
        QTest::newRow("weights larger than a 40 GiB card") << small;
        QTest::newRow("no users") << paperAt(4000, 0);
        Scenario noLink = paperAt(50000, 3);
        noLink.hardware.pcieBandwidth = 0;
        QTest::newRow("swaps needed but no host link") << noLink;
    }
    void infeasible()
    {
        QFETCH(Scenario, scenario);
        const SessionSchedule s = scheduleSessions(scenario);
        QVERIFY(!s.feasible);
        QVERIFY(!s.reason.empty());
        QVERIFY(s.server.empty());
        QCOMPARE(s.makespan, 0.0);
    }

    void invariants_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<double>("quantum");
        QTest::newRow("50 users at 4K, C = 18") << paperAt(4000, 50) << 0.0;
        QTest::newRow("7 users at 30K, C = 2, 1000 tokens") << paperAt(30000, 7, 1000) << 0.0;
        QTest::newRow("5 users at 50K, C = 1") << paperAt(50000, 5) << 0.0;
        QTest::newRow("20 users, quantum 1") << paperAt(30000, 20, 100) << 1.0;
        QTest::newRow("quantum longer than the output") << paperAt(30000, 4, 100) << 500.0;
        QTest::newRow("one token each, C = 2") << paperAt(30000, 5, 1) << 0.0;
        QTest::newRow("two GPUs with all-reduces, 40 users")
            << tensorParallel(50000, 40, 300) << 0.0;
        Scenario window = windowed(3000, 4096, 2000);
        window.deployment.users = 9;
        QTest::newRow("sliding window, 9 users") << window << 300.0;
        QTest::newRow("compute bound batch turning memory bound, C = 10")
            << fastHbm(800000, 12, 150000) << 0.0;
    }
    void invariants()
    {
        QFETCH(Scenario, scenario);
        QFETCH(double, quantum);
        const SessionOptions options{quantum};
        const SessionSchedule s = scheduleSessions(scenario, options);
        QVERIFY2(s.feasible, s.reason.c_str());
        const int users = scenario.deployment.users;
        QCOMPARE(int(s.users.size()), users);
        QVERIFY(s.maxResident >= 1 && s.maxResident <= users && s.maxResident <= s.concurrency);

        // The server does one thing at a time, back to back, from 0 to the makespan.
        QVERIFY(!s.server.empty());
        QCOMPARE(s.server.front().start, 0.0);
        QCOMPARE(s.server.back().end, s.makespan);
        std::map<std::tuple<double, double, int>, const SessionSegment *> serverAt;
        for (std::size_t i = 0; i < s.server.size(); ++i) {
            const SessionSegment &seg = s.server[i];
            QVERIFY(std::isfinite(seg.start) && std::isfinite(seg.end));
            QVERIFY(seg.end >= seg.start);
            QVERIFY(seg.kind != SegmentKind::Waiting);
            QVERIFY(seg.batch >= 1 && seg.batch <= s.maxResident);
            if (i > 0)
                QCOMPARE(seg.start, s.server[i - 1].end);
            serverAt[{seg.start, seg.end, int(seg.kind)}] = &seg;
        }

        // Every user's activity is a server segment, a batched decode shows in exactly `batch`
        // rows, and a row never overlaps itself.
        std::map<const SessionSegment *, int> sharers;
        std::vector<double> prefillEnds;
        for (int u = 0; u < users; ++u) {
            const SessionUser &row = s.users[std::size_t(u)];
            double steps = 0;
            int prefills = 0;
            int swapIns = 0;
            double waiting = 0;
            for (std::size_t i = 0; i < row.segments.size(); ++i) {
                const SessionSegment &seg = row.segments[i];
                QCOMPARE(seg.user, u);
                QVERIFY(std::isfinite(seg.start) && seg.start >= 0 && seg.end >= seg.start);
                if (i > 0)
                    QVERIFY(row.segments[i - 1].end <= seg.start);
                if (seg.kind == SegmentKind::Waiting) {
                    QCOMPARE(seg.bound, SessionResource::HbmSize);
                    waiting += seg.seconds();
                    continue;
                }
                const auto found = serverAt.find({seg.start, seg.end, int(seg.kind)});
                QVERIFY(found != serverAt.end());
                QCOMPARE(found->second->batch, seg.batch);
                QCOMPARE(found->second->steps, seg.steps);
                if (seg.batch == 1)
                    QCOMPARE(found->second->user, u);
                ++sharers[found->second];
                steps += seg.steps;
                prefills += seg.kind == SegmentKind::Prefill;
                swapIns += seg.kind == SegmentKind::SwapIn;
                if (seg.kind == SegmentKind::Prefill)
                    prefillEnds.push_back(seg.end);
            }
            QCOMPARE(steps, s.outputTokens);
            QCOMPARE(prefills, 1);
            QCOMPARE(swapIns, row.swapOuts);
            QVERIFY(close(waiting, row.waitingSeconds) || waiting == row.waitingSeconds);
            QVERIFY(row.ttft > 0 && row.ttft <= row.finish && row.finish <= s.makespan);
            QVERIFY(row.tpot > 0 && std::isfinite(row.tpot));
            QCOMPARE(row.finish, row.segments.back().end);
        }
        for (const auto &[segment, count] : sharers)
            QCOMPARE(count, segment->batch);
        QCOMPARE(int(sharers.size()), int(s.server.size()));

        // Prefills run in arrival order (rows are collected in user order).
        QVERIFY(std::is_sorted(prefillEnds.begin(), prefillEnds.end()));

        // Every user prefills once, so the session rate is at most one per prefill, and the
        // makespan also holds m steps that each read at least the weights.
        const double weightStep = evaluate(scenario).decodeWeightSeconds / s.outputTokens;
        QVERIFY(s.makespan >= users * s.prefillSeconds + s.outputTokens * weightStep);
        QVERIFY(s.sessionsPerHour <= 3600 / s.prefillSeconds);
        QVERIFY(close(s.computeFraction + s.bandwidthFraction + s.pcieFraction, 1.0));
        QVERIFY(s.waitingFraction >= 0 && s.waitingFraction < 1);
        if (users <= s.concurrency)
            QCOMPARE(s.swapOuts, 0);
        QVERIFY(s.ttft.min <= s.ttft.median && s.ttft.median <= s.ttft.max);
        QVERIFY(s.tpot.min <= s.tpot.median && s.tpot.median <= s.tpot.max);
        QVERIFY(s.peakResidentKvBytes > 0);

        // Same input, same output.
        QCOMPARE(scheduleSessions(scenario, options), s);
    }

    void smallQuantumIsRaisedOnlyWhenUsersSwap_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<double>("expected");
        QTest::newRow("1000 users over C = 18: q >= ceil(U m / 16384)") << 1000 << 61036.0;
        QTest::newRow("18 users within C = 18: nobody swaps, q stays 1") << 18 << 1.0;
    }
    void smallQuantumIsRaisedOnlyWhenUsersSwap()
    {
        QFETCH(int, users);
        QFETCH(double, expected);
        const SessionSchedule s = scheduleSessions(paperAt(4000, users, 1e6), SessionOptions{1});
        QVERIFY2(s.feasible, s.reason.c_str());
        QCOMPARE(s.quantum, expected);
        QCOMPARE(s.note.empty(), expected == 1.0);
    }

    void largestCase_data()
    {
        QTest::addColumn<double>("context");
        QTest::newRow("1000 users x 1M tokens at 4K (C = 18)") << 4000.0;
        QTest::newRow("1000 users x 1M tokens at 30K (C = 2)") << 30000.0;
    }
    void largestCase()
    {
        QFETCH(double, context);
        const Scenario scenario = paperAt(context, 1000, 1e6);
        QElapsedTimer timer;
        timer.start();
        const SessionSchedule s = scheduleSessions(scenario);
        const qint64 ns = timer.nsecsElapsed();
        QVERIFY2(s.feasible, s.reason.c_str());
        QVERIFY(std::isfinite(s.makespan) && s.makespan > 0);
        std::size_t segments = s.server.size();
        for (const SessionUser &row : s.users)
            segments += row.segments.size();
        qInfo("%s: %.2f ms, %zu segments, %d swap-outs, makespan %s", QTest::currentDataTag(),
              ns / 1e6, segments, s.swapOuts, formatSeconds(s.makespan).c_str());
    }
};

QTEST_APPLESS_MAIN(TestSession)
#include "tst_session.moc"
