// SPDX-License-Identifier: GPL-3.0-or-later
// The KV-compression what-if (model/compression.h): the ratios the one-click techniques set, that
// the ratios divide exactly the KV cache §4.2 names and nothing else, and the distance of a long
// context from 4K with the compression still needed (about 250x for 1M on the paper's example).
#include "builtins.h"
#include "compression.h"
#include "compressionview.h"
#include "evaluate.h"
#include "scenarios.h"

#include <QTest>

#include <cmath>

using namespace kvscope::model;

namespace {

const CompressionTechnique &technique(const std::vector<CompressionTechnique> &all,
                                      const std::string &id)
{
    for (const CompressionTechnique &t : all)
        if (t.id == id)
            return t;
    qFatal("no technique %s", id.c_str());
}

const DistanceRow &rowOf(const DistanceFrom4K &d, DistanceMetric metric)
{
    for (const DistanceRow &r : d.rows)
        if (r.metric == metric)
            return r;
    qFatal("no row %s", distanceMetricName(metric));
}

bool close(double actual, double expected, double relative = 1e-9)
{
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

} // namespace

class TestCompression : public QObject
{
    Q_OBJECT

private slots:
    void techniquesOnThePapersModel_data()
    {
        // Yi-34B-200K at 1M: 8 KV heads of 128 (already grouped), bf16 KV.
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("layer");
        QTest::addColumn<double>("head");
        QTest::addColumn<double>("token");
        QTest::addColumn<double>("hidden");
        QTest::newRow("GQA: already 8 KV heads, nothing to add")
            << "gqa" << 0.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("MQA: 8 heads to 1") << "mqa" << 0.0 << 8.0 << 0.0 << 0.0;
        QTest::newRow("MLA: 2 * 8 * 128 / (512 + 64), heads reset")
            << "mla" << 0.0 << 1.0 << 0.0 << 2 * 8 * 128 / 576.0;
        QTest::newRow("8-bit KV: 2 bytes to 1") << "kv8" << 0.0 << 0.0 << 0.0 << 2.0;
        QTest::newRow("4-bit KV: 2 bytes to half") << "kv4" << 0.0 << 0.0 << 0.0 << 4.0;
        QTest::newRow("cross-layer pairs") << "cross-layer" << 2.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("4K window at 1M: 250") << "window" << 0.0 << 0.0 << 250.0 << 0.0;
    }
    void techniquesOnThePapersModel()
    {
        QFETCH(QString, id);
        QFETCH(double, layer);
        QFETCH(double, head);
        QFETCH(double, token);
        QFETCH(double, hidden);
        const auto all = compressionTechniques(paperAt(1e6));
        QCOMPARE(all.size(), std::size_t(7));
        const KvCompression sets = technique(all, id.toStdString()).sets;
        QCOMPARE(sets.layer, layer);
        QCOMPARE(sets.head, head);
        QCOMPARE(sets.token, token);
        QCOMPARE(sets.hidden, hidden);
    }

    void techniquesFollowTheModel()
    {
        // Llama-2-7B has 32 KV heads (MHA): GQA to 8 is 4x, MQA 32x, MLA 2 * 32 * 128 / 576.
        Scenario s = paperAt(4000);
        s.setModel(*findBuiltinModel("llama-2-7b"));
        auto all = compressionTechniques(s);
        QCOMPARE(technique(all, "gqa").sets.head, 4.0);
        QCOMPARE(technique(all, "mqa").sets.head, 32.0);
        QCOMPARE(technique(all, "mla").sets.hidden, 2 * 32 * 128 / 576.0);
        QCOMPARE(technique(all, "window").sets.token, 1.0); // 4K holds the whole context
        // An fp8 cache has nothing to gain from 8 bits and half from 4.
        s.deployment.kvDtype = DType::FP8;
        all = compressionTechniques(s);
        QCOMPARE(technique(all, "kv8").sets.hidden, 1.0);
        QCOMPARE(technique(all, "kv4").sets.hidden, 2.0);
        // A model with its own latent gains nothing from MLA, GQA or MQA.
        s.setModel(*findBuiltinModel("deepseek-v3"));
        all = compressionTechniques(s);
        QCOMPARE(technique(all, "mla").sets.hidden, 1.0);
        QCOMPARE(technique(all, "mqa").sets.head, 1.0);
        QCOMPARE(technique(all, "gqa").sets.head, 1.0);
    }

    void aTechniqueReplacesOnlyItsAxes()
    {
        const auto all = compressionTechniques(paperAt(1e6));
        const KvCompression start{3, 3, 3, 3};
        QCOMPARE(technique(all, "mqa").appliedTo(start), (KvCompression{3, 8, 3, 3}));
        QCOMPARE(technique(all, "kv4").appliedTo(start), (KvCompression{3, 3, 3, 4}));
        QCOMPARE(technique(all, "cross-layer").appliedTo(start), (KvCompression{2, 3, 3, 3}));
        QCOMPARE(technique(all, "mla").appliedTo(start), (KvCompression{3, 1, 3, 2048 / 576.0}));
        QCOMPARE(technique(all, "window").appliedTo(start).combined(), 3 * 3 * 250 * 3.0);
    }

    void ratiosDivideTheKvCacheAndNothingElse()
    {
        // §4.2: KV per user is divided by the product of the four ratios. Concurrency and the
        // switch follow from it; the prefill FLOP and the weights do not move.
        const Scenario plain = paperAt(50000);
        Scenario packed = plain;
        packed.deployment.kvCompression = {2, 3, 5, 7};
        const Metrics a = evaluate(plain);
        const Metrics b = evaluate(packed);
        QCOMPARE(b.kvBytesPerToken, a.kvBytesPerToken); // reported before compression
        QCOMPARE(b.kvBytesPerUser, a.kvBytesPerUser / 210);
        QCOMPARE(b.contextSwitchSeconds, a.contextSwitchSeconds / 210);
        QCOMPARE(b.concurrency, std::floor(b.freeKvBytes / b.kvBytesPerUser));
        QCOMPARE(b.concurrency, 305.0); // 17.9 GB / (12.288 GB / 210 = 58.5 MB)
        QCOMPARE(b.prefillSeconds, a.prefillSeconds);
        QCOMPARE(b.prefillFlops, a.prefillFlops);
        QCOMPARE(b.weightBytes, a.weightBytes);
        QCOMPARE(b.decodeWeightSeconds, a.decodeWeightSeconds);
        QVERIFY(close(b.decodeKvSeconds, a.decodeKvSeconds / 210));
    }

    void oneMillionIsAbout250TimesFrom4K()
    {
        const DistanceFrom4K d = distanceFrom4K(paperAt(1e6));
        QCOMPARE(d.rows.size(), std::size_t(4));
        QCOMPARE(d.currentCompression, 1.0);
        // KV and the switch grow with n: 1M / 4K = 250, all of it to be compressed away.
        const DistanceRow &kv = rowOf(d, DistanceMetric::KvCache);
        QVERIFY(close(kv.gap, 250));
        QVERIFY(close(kv.neededCompression, 250));
        QCOMPARE(kv.current, 245760.0 * 1e6);
        QCOMPARE(kv.reference, 245760.0 * 4000);
        QVERIFY(close(rowOf(d, DistanceMetric::Switch).neededCompression, 250));
        QCOMPARE(d.concurrency, 0.0);
        QCOMPARE(d.referenceConcurrency, 18.0);
        // Decode reads the weights plus KV at n + j for j = 0..249: the KV parts match when
        // 245760 (1M + 124.5) / x = 245760 (4K + 124.5).
        const DistanceRow &decode = rowOf(d, DistanceMetric::Decode);
        QVERIFY2(close(decode.neededCompression, (1e6 + 124.5) / (4000 + 124.5), 1e-5),
                 qPrintable(QString::number(decode.neededCompression)));
        // Prefill: no KV compression touches the quadratic attention FLOP.
        const DistanceRow &prefill = rowOf(d, DistanceMetric::Prefill);
        QVERIFY(prefill.gap > 250);
        QVERIFY(std::isinf(prefill.neededCompression));
    }

    void thePapersFiftyK()
    {
        // §2: prefill 14.1 s against 0.89 s (15.8x), decode 9.8 s against 8.5 s (1.16x).
        const DistanceFrom4K d = distanceFrom4K(paperAt(50000));
        QVERIFY(qAbs(rowOf(d, DistanceMetric::Prefill).gap - 15.8) < 0.05);
        QVERIFY(qAbs(rowOf(d, DistanceMetric::Decode).gap - 1.16) < 0.01);
        QVERIFY(close(rowOf(d, DistanceMetric::KvCache).gap, 12.5));
    }

    void compressionAlreadyAppliedCountsTowardsTheGap()
    {
        Scenario s = paperAt(1e6);
        s.deployment.kvCompression.token = 50; // 250 needed, 50 applied: 5 to go
        DistanceFrom4K d = distanceFrom4K(s);
        QCOMPARE(d.currentCompression, 50.0);
        QVERIFY(close(rowOf(d, DistanceMetric::KvCache).neededCompression, 5));
        s.deployment.kvCompression.hidden = 5;
        d = distanceFrom4K(s);
        QCOMPARE(rowOf(d, DistanceMetric::KvCache).neededCompression, 1.0);
        QCOMPARE(rowOf(d, DistanceMetric::Switch).neededCompression, 1.0);
        QCOMPARE(rowOf(d, DistanceMetric::Decode).neededCompression, 1.0);
        QCOMPARE(d.concurrency, 18.0);
        QVERIFY(std::isinf(rowOf(d, DistanceMetric::Prefill).neededCompression));
    }

    void thePageViewReusesTheExplorersCurrentMetrics()
    {
        Scenario s = paperAt(1e6);
        s.deployment.kvCompression.token = 50;
        const ExplorerData data = explorerData(s);
        const CompressionView view = compressionView(data);
        QCOMPARE(view.techniques, compressionTechniques(s));
        QCOMPARE(view.variants, attentionVariants(s));
        QCOMPARE(view.distance.rows, distanceFrom4K(s).rows);
        QCOMPARE(view.distance.concurrency, data.current.concurrency);
        // The current metrics are taken as given, not evaluated again.
        Metrics doubled = data.current;
        doubled.prefillSeconds *= 2;
        QCOMPARE(rowOf(distanceFrom4K(s, doubled), DistanceMetric::Prefill).current,
                 2 * data.current.prefillSeconds);
    }

    void fourKIsNoDistance()
    {
        const DistanceFrom4K d = distanceFrom4K(paperAt(4000));
        for (const DistanceRow &r : d.rows) {
            QCOMPARE(r.gap, 1.0);
            QCOMPARE(r.neededCompression, 1.0);
        }
    }
};

QTEST_MAIN(TestCompression)
#include "tst_compression.moc"
