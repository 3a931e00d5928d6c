// SPDX-License-Identifier: GPL-3.0-or-later
// The attention-type comparison (model/attentionvariants.h): MHA, GQA, MQA and MLA rebuilt from a
// model's own dimensions, their KV sizes worked by hand, and what the other metrics do with them.
#include "attentionvariants.h"
#include "builtins.h"
#include "compression.h"
#include "evaluate.h"
#include "scenarios.h"

#include <QTest>

using namespace kvscope::model;

Q_DECLARE_METATYPE(kvscope::model::Scenario)

namespace {

Scenario builtinAt(const char *modelId, double context)
{
    Scenario s = paperAt(context);
    s.setModel(*findBuiltinModel(modelId));
    return s;
}

/// A Llama-2-7B-like model with multi-head attention: 32 layers, 32 heads of 128, 32 KV heads.
Scenario mhaModel()
{
    return builtinAt("llama-2-7b", 4000);
}

} // namespace

class TestAttentionVariants : public QObject
{
    Q_OBJECT

private slots:
    void groupedHeadsComeFromTheModel_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("expected");
        QTest::newRow("already grouped: its own 8 of 56") << 56 << 8 << 8;
        QTest::newRow("already grouped: its own 4 of 32") << 32 << 4 << 4;
        QTest::newRow("MHA, 32 heads: 8") << 32 << 32 << 8;
        QTest::newRow("MHA, 12 heads: 6, the largest divisor up to 8") << 12 << 12 << 6;
        QTest::newRow("MQA, 56 heads: 8") << 56 << 1 << 8;
        QTest::newRow("one head: 1") << 1 << 1 << 1;
    }
    void groupedHeadsComeFromTheModel()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, expected);
        ModelSpec m;
        m.heads = heads;
        m.kvHeads = kvHeads;
        QCOMPARE(groupedKvHeads(m), expected);
    }

    void yiVariantsByHand()
    {
        // Yi-34B-200K at 50K, the paper's example: 60 layers, 56 heads of 128, bf16.
        const Scenario s = paperExample();
        const std::vector<AttentionVariant> v = attentionVariants(s);
        QCOMPARE(v.size(), std::size_t(4));
        QCOMPARE(v[0].kind, AttentionKind::Mha);
        QCOMPARE(v[1].kind, AttentionKind::Gqa);
        QCOMPARE(v[2].kind, AttentionKind::Mqa);
        QCOMPARE(v[3].kind, AttentionKind::Mla);
        QVERIFY(!v[0].own && v[1].own && !v[2].own && !v[3].own);
        // Per token: 60 layers * 2 (K and V) * heads * 128 * 2 bytes; MLA 60 * (512 + 64) * 2.
        QCOMPARE(v[0].kvBytesPerToken, 60.0 * 2 * 56 * 128 * 2); // 1,720,320
        QCOMPARE(v[1].kvBytesPerToken, 60.0 * 2 * 8 * 128 * 2);  // 245,760
        QCOMPARE(v[2].kvBytesPerToken, 60.0 * 2 * 1 * 128 * 2);  // 30,720
        QCOMPARE(v[3].kvBytesPerToken, 60.0 * (512 + 64) * 2);   // 69,120
        QCOMPARE(v[3].shape, std::string("latent 512 + rope 64"));
        QCOMPARE(v[1].shape, std::string("8 KV heads × 128"));
        for (const AttentionVariant &a : v)
            QCOMPARE(a.kvBytesPerUser, a.kvBytesPerToken * 50000);

        // 80 GiB - 68 GB of weights leave 17.9 GB: MHA 0 users, GQA 1, MLA 5, MQA 11.
        QCOMPARE(v[0].concurrency, 0.0);
        QCOMPARE(v[1].concurrency, 1.0);
        QCOMPARE(v[2].concurrency, 11.0);
        QCOMPARE(v[3].concurrency, 5.0);
        // The switch moves the cache out and in over 32 GB/s: 2 * 12.288 GB / 32 GB/s for GQA.
        QCOMPARE(v[1].contextSwitchSeconds, 2 * 12.288e9 / 32e9);
        QCOMPARE(v[2].contextSwitchSeconds, 2 * 1.536e9 / 32e9);
        // The weights are the same in every row: decode differs by the KV read alone.
        const Metrics own = evaluate(s);
        QCOMPARE(v[1].decodeSecondsPerToken, own.decodeSecondsPerToken);
        QVERIFY(v[0].decodeSecondsPerToken > v[1].decodeSecondsPerToken);
        QVERIFY(v[2].decodeSecondsPerToken < v[3].decodeSecondsPerToken);
        const double kvRead =
            (v[0].kvBytesPerToken - v[2].kvBytesPerToken) * (50000 + 249 / 2.0) / 2039e9;
        QVERIFY(qAbs(v[0].decodeSecondsPerToken - v[2].decodeSecondsPerToken - kvRead) <
                1e-9 * kvRead);
    }

    void mhaModelGainsFromEveryOtherKind()
    {
        // 32 layers, 32 heads of 128: MHA 524,288 B/token; GQA 8 heads 131,072; MQA 16,384;
        // MLA 32 * (512 + 64) * 2 = 36,864.
        const std::vector<AttentionVariant> v = attentionVariants(mhaModel());
        QVERIFY(v[0].own);
        QCOMPARE(v[0].kvBytesPerToken, 32.0 * 2 * 32 * 128 * 2);
        QCOMPARE(v[1].kvBytesPerToken, 32.0 * 2 * 8 * 128 * 2);
        QCOMPARE(v[2].kvBytesPerToken, 32.0 * 2 * 1 * 128 * 2);
        QCOMPARE(v[3].kvBytesPerToken, 32.0 * (512 + 64) * 2);
        QVERIFY(v[0].concurrency < v[1].concurrency && v[1].concurrency < v[2].concurrency);
    }

    void mlaModelKeepsItsOwnLatent()
    {
        // DeepSeek-V3: 61 layers, latent 512 + rope 64; its heads are 128 wide (head_dim 128).
        const std::vector<AttentionVariant> v = attentionVariants(builtinAt("deepseek-v3", 4000));
        QVERIFY(v[3].own);
        QCOMPARE(v[3].kvBytesPerToken, 61.0 * (512 + 64) * 2);
        QCOMPARE(v[0].kvBytesPerToken, 61.0 * 2 * 128 * 128 * 2);
        QCOMPARE(v[1].kvBytesPerToken, 61.0 * 2 * 8 * 128 * 2);
        QCOMPARE(v[2].kvBytesPerToken, 61.0 * 2 * 1 * 128 * 2);
    }

    void slidingWindowsAreKept()
    {
        // Gemma-2-9B alternates 4,096-token windows with full layers: at 100K each variant holds
        // less than its per-token figure times 100K.
        const std::vector<AttentionVariant> v = attentionVariants(builtinAt("gemma-2-9b", 100000));
        for (const AttentionVariant &a : v)
            QVERIFY(a.kvBytesPerUser < a.kvBytesPerToken * 100000 * 0.6);
    }

    void anAttentionTechniqueIsNotAppliedTwice()
    {
        // "MQA, 1 KV head" pressed on Yi's 8 KV heads: the own row is the scenario (1 head's
        // worth, 1.536 GB at 50K), and the MQA row is MQA itself, not MQA shared eight times over.
        Scenario s = paperExample();
        for (const CompressionTechnique &t : compressionTechniques(s))
            if (t.id == "mqa")
                s.deployment.kvCompression = t.appliedTo(s.deployment.kvCompression);
        QCOMPARE(s.deployment.kvCompression.head, 8.0);
        std::vector<AttentionVariant> v = attentionVariants(s);
        QCOMPARE(v[1].kvBytesPerUser, evaluate(s).kvBytesPerUser);
        QCOMPARE(v[1].kvBytesPerUser, 60.0 * 2 * 1 * 128 * 2 * 50000);
        QCOMPARE(v[2].kvBytesPerUser, 60.0 * 2 * 1 * 128 * 2 * 50000); // 1.536 GB, not 192 MB
        QCOMPARE(v[0].kvBytesPerUser, 60.0 * 2 * 56 * 128 * 2 * 50000);
        // The MLA technique: its row is the latent once.
        s = paperExample();
        for (const CompressionTechnique &t : compressionTechniques(s))
            if (t.id == "mla")
                s.deployment.kvCompression = t.appliedTo(s.deployment.kvCompression);
        v = attentionVariants(s);
        QCOMPARE(v[3].kvBytesPerUser, 60.0 * (512 + 64) * 2 * 50000);
        // Precision still applies to every row.
        s = paperExample();
        s.deployment.kvCompression.hidden = 2;
        v = attentionVariants(s);
        QCOMPARE(v[2].kvBytesPerUser, 60.0 * 2 * 1 * 128 * 2 * 50000 / 2);
    }

    void compressionAppliesToEveryRow()
    {
        Scenario s = paperExample();
        s.deployment.kvCompression.token = 4;
        const std::vector<AttentionVariant> v = attentionVariants(s);
        QCOMPARE(v[0].kvBytesPerToken, 60.0 * 2 * 56 * 128 * 2); // before compression
        QCOMPARE(v[0].kvBytesPerUser, 60.0 * 2 * 56 * 128 * 2 * 50000 / 4);
    }
};

QTEST_MAIN(TestAttentionVariants)
#include "tst_attentionvariants.moc"
