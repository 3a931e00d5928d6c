// SPDX-License-Identifier: GPL-3.0-or-later
// Tensor-parallel degrees: which ones split a model evenly, and the KV replication beyond h_kv.
#include "tensorparallel.h"

#include <QTest>

using namespace kvscope::model;

namespace {

ModelSpec attention(int heads, int kvHeads)
{
    ModelSpec m;
    m.layers = 2;
    m.hidden = 128 * heads;
    m.heads = heads;
    m.kvHeads = kvHeads;
    return m;
}

} // namespace

class TestTensorParallel : public QObject
{
    Q_OBJECT

private slots:
    void validDegrees_data()
    {
        QTest::addColumn<int>("heads");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("maxDegree");
        QTest::addColumn<QList<int>>("expected");
        // Llama-3.1-70B: 64 query heads, 8 KV heads.
        QTest::newRow("GQA 64/8") << 64 << 8 << 16 << QList<int>{1, 2, 4, 8, 16};
        // Yi-34B: 56 query heads, 8 KV heads; 7 and 14 divide 56 but neither divide nor are
        // multiples of 8.
        QTest::newRow("GQA 56/8") << 56 << 8 << 16 << QList<int>{1, 2, 4, 8};
        // 40 query heads and 40 KV heads: 5 and 10 split both.
        QTest::newRow("MHA 40/40") << 40 << 40 << 16 << QList<int>{1, 2, 4, 5, 8, 10};
        QTest::newRow("MQA 32/1") << 32 << 1 << 8 << QList<int>{1, 2, 4, 8};
        QTest::newRow("odd heads") << 7 << 7 << 8 << QList<int>{1, 7};
    }
    void validDegrees()
    {
        QFETCH(int, heads);
        QFETCH(int, kvHeads);
        QFETCH(int, maxDegree);
        QFETCH(QList<int>, expected);
        const std::vector<int> degrees =
            validTensorParallelDegrees(attention(heads, kvHeads), maxDegree);
        QCOMPARE(QList<int>(degrees.begin(), degrees.end()), expected);
        QVERIFY(!isValidTensorParallelDegree(attention(heads, kvHeads), 0));
        QVERIFY(!isValidTensorParallelDegree(attention(heads, kvHeads), -4));
    }

    void kvReplicationBeyondTheKvHeads_data()
    {
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("degree");
        QTest::addColumn<double>("expected");
        QTest::newRow("8 KV heads on 8 GPUs") << 8 << 8 << 1.0;
        QTest::newRow("8 KV heads on 16 GPUs") << 8 << 16 << 2.0;
        QTest::newRow("8 KV heads on 2 GPUs") << 8 << 2 << 1.0;
        QTest::newRow("MQA on 8 GPUs") << 1 << 8 << 8.0;
    }
    void kvReplicationBeyondTheKvHeads()
    {
        QFETCH(int, kvHeads);
        QFETCH(int, degree);
        QFETCH(double, expected);
        QCOMPARE(kvReplication(attention(64, kvHeads), degree), expected);
    }

    void mlaCachesOneLatentEveryGpuHolds()
    {
        ModelSpec m = attention(128, 128);
        m.mla.kvLoraRank = 512;
        m.mla.ropeDim = 64;
        QCOMPARE(cachedKvHeads(m), 1);
        QCOMPARE(kvReplication(m, 8), 8.0);
        QVERIFY(isValidTensorParallelDegree(m, 8));
    }
};

QTEST_APPLESS_MAIN(TestTensorParallel)
#include "tst_tensorparallel.moc"
