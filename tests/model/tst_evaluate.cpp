// SPDX-License-Identifier: GPL-3.0-or-later
// The cost model against the paper's printed numbers (cost-model.md §2) and hand-worked cases for
// every rule of §4.
#include "builtins.h"
#include "evaluate.h"
#include "scenarios.h"
#include "units.h"

#include <QTest>

#include <optional>
#include <string>
#include <string_view>

using namespace kvscope::model;

namespace {

Scenario builtin(const char *modelId, const char *hardwareId = "a100-sxm4-80gb")
{
    Scenario s = paperExample();
    s.setModel(*findBuiltinModel(modelId));
    s.hardware = *findBuiltinHardware(hardwareId);
    s.deployment.attentionFlops = AttentionFlops::Causal;
    return s;
}

/// `actual` printed to `decimals` places equals `printed`, as the paper's table is read.
bool printedAs(double actual, double printed, int decimals)
{
    const double unit = std::pow(10.0, -decimals);
    return std::fabs(std::round(actual / unit) * unit - printed) < unit / 2;
}

} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT

private slots:
    void paperTable_data()
    {
        QTest::addColumn<double>("context");
        QTest::addColumn<double>("kvGiB");
        QTest::addColumn<int>("kvDecimals");
        QTest::addColumn<double>("prefill");
        QTest::addColumn<int>("prefillDecimals");
        QTest::addColumn<double>("decode");
        QTest::addColumn<double>("concurrency");
        QTest::newRow("4K: 0.9155 GiB, 0.89 s, 8.5 s, 18 users")
            << 4000.0 << 0.9155 << 4 << 0.89 << 2 << 8.5 << 18.0;
        QTest::newRow("50K: 11.44 GiB, 14.1 s, 9.8 s, 1 user")
            << 50000.0 << 11.44 << 2 << 14.1 << 1 << 9.8 << 1.0;
        QTest::newRow("100K: 22.89 GiB, 0 users")
            << 100000.0 << 22.89 << 2 << -1.0 << 0 << -1.0 << 0.0;
    }
    void paperTable()
    {
        QFETCH(double, context);
        QFETCH(double, kvGiB);
        QFETCH(int, kvDecimals);
        QFETCH(double, prefill);
        QFETCH(int, prefillDecimals);
        QFETCH(double, decode);
        QFETCH(double, concurrency);
        const Metrics r = evaluate(paperAt(context));
        QCOMPARE(r.kvBytesPerToken, 245760.0);
        QVERIFY2(printedAs(r.kvBytesPerUser / kGiB, kvGiB, kvDecimals),
                 qPrintable(QString::number(r.kvBytesPerUser / kGiB, 'f', 6)));
        if (prefill > 0)
            QVERIFY2(printedAs(r.prefillSeconds, prefill, prefillDecimals),
                     qPrintable(QString::number(r.prefillSeconds, 'f', 4)));
        if (decode > 0)
            QVERIFY2(printedAs(r.decodeSeconds, decode, 1),
                     qPrintable(QString::number(r.decodeSeconds, 'f', 4)));
        QCOMPARE(r.concurrency, concurrency);
        QCOMPARE(r.weightBytes, 68e9);
        QCOMPARE(r.hbmBytes, 80 * kGiB);
        QVERIFY(r.fits);
    }

    void paperRatios()
    {
        const Metrics at4k = evaluate(paperAt(4000));
        const Metrics at50k = evaluate(paperAt(50000));
        QVERIFY(printedAs(at50k.prefillSeconds / at4k.prefillSeconds, 15.8, 1));
        QVERIFY(printedAs(at50k.decodeSeconds / at4k.decodeSeconds, 1.16, 2));
        QCOMPARE(at50k.prefillBound, Bound::Compute);
        QCOMPARE(at50k.decodeBound, Bound::Memory);
    }

    void causalConventionGives17_5sAt50K()
    {
        Scenario s = paperAt(50000);
        s.deployment.attentionFlops = AttentionFlops::Causal;
        const Metrics r = evaluate(s);
        QVERIFY2(printedAs(r.prefillSeconds, 17.5, 1),
                 qPrintable(QString::number(r.prefillSeconds)));
        // 4 d_h S(n) per head and layer: 4 * 128 * 50000^2 / 2 * 56 * 60.
        QCOMPARE(r.prefillAttentionFlops, 4.0 * 128 * 50000.0 * 50000 / 2 * 56 * 60);
        // No matmul for the embedding lookup (V d = 64000 x 7168, untied: two such matrices in
        // N), the LM head for the last token only; the 34e9 recount scales it all.
        const double vd = 64000.0 * 7168;
        const double derived = countParams(s.model).total;
        QCOMPARE(r.prefillLinearFlops, 34e9 / derived * (2 * (derived - 2 * vd) * 50000 + 2 * vd));
        // 2.7% of Yi-34B's linear FLOP is its embedding and LM head.
        QVERIFY(std::abs(1 - r.prefillLinearFlops / (2 * 34e9 * 50000) - 0.0267) < 0.0005);
    }

    void fullConventionCountsTheWholeSquare()
    {
        Scenario s = paperAt(50000);
        s.deployment.attentionFlops = AttentionFlops::Full;
        const Metrics r = evaluate(s);
        QCOMPARE(r.prefillAttentionFlops, 4.0 * 128 * 50000.0 * 50000 * 56 * 60);
        const double vd = 64000.0 * 7168;
        const double derived = countParams(s.model).total;
        QCOMPARE(r.prefillLinearFlops,
                 34e9 / derived * (2 * (derived - 2 * vd) * 50000 + 2 * vd * 50000));
    }

    void paperConventionKeepsTwoNn()
    {
        const Metrics r = evaluate(paperAt(50000));
        QCOMPARE(r.prefillLinearFlops, 2 * 34e9 * 50000);
    }

    void kvBytesPerTokenOfEveryBuiltin_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("bytes");
        QTest::newRow("Yi-34B GQA 8x128, 60 layers") << "yi-34b-200k" << 245760.0;
        QTest::newRow("Llama-2-7B MHA") << "llama-2-7b" << 524288.0;
        QTest::newRow("Llama-2-70B") << "llama-2-70b" << 327680.0;
        QTest::newRow("Llama-3.1-8B") << "llama-3.1-8b" << 131072.0;
        QTest::newRow("Llama-3.1-70B") << "llama-3.1-70b" << 327680.0;
        QTest::newRow("Mistral-7B") << "mistral-7b-v0.1" << 131072.0;
        QTest::newRow("Mixtral-8x7B") << "mixtral-8x7b" << 131072.0;
        QTest::newRow("Qwen2.5-7B, 4 KV heads") << "qwen2.5-7b" << 57344.0;
        QTest::newRow("Qwen2.5-72B") << "qwen2.5-72b" << 327680.0;
        QTest::newRow("Gemma-2-9B explicit head_dim 256") << "gemma-2-9b" << 344064.0;
        QTest::newRow("DeepSeek-V3 MLA 61 x 576 x 2") << "deepseek-v3" << 70272.0;
        QTest::newRow("GPT-3 MHA 96 x 96 x 128") << "gpt-3-175b" << 4718592.0;
    }
    void kvBytesPerTokenOfEveryBuiltin()
    {
        QFETCH(QString, id);
        QFETCH(double, bytes);
        const Metrics r = evaluate(builtin(qPrintable(id)));
        QCOMPARE(r.kvBytesPerToken, bytes);
    }

    void parameterCounts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("active");
        QTest::newRow("Mixtral 46.7B total, 12.9B active") << "mixtral-8x7b" << 46.7e9 << 12.9e9;
        QTest::newRow("DeepSeek-V3 671B total, 37B active") << "deepseek-v3" << 671e9 << 37.5e9;
        QTest::newRow("Llama-3.1-8B dense") << "llama-3.1-8b" << 8.03e9 << 8.03e9;
        QTest::newRow("Llama-2-70B dense") << "llama-2-70b" << 68.98e9 << 68.98e9;
        QTest::newRow("GPT-3 non-gated, tied") << "gpt-3-175b" << 174.6e9 << 174.6e9;
    }
    void parameterCounts()
    {
        QFETCH(QString, id);
        QFETCH(double, total);
        QFETCH(double, active);
        const ParamCount count = countParams(*findBuiltinModel(id.toStdString()));
        // Biases are ignored, so published counts match to about 1%.
        QVERIFY2(std::fabs(count.total / total - 1) < 0.01,
                 qPrintable(QString::number(count.total)));
        QVERIFY2(std::fabs(count.active / active - 1) < 0.015,
                 qPrintable(QString::number(count.active)));
    }

    void slidingWindowLayersHoldAtMostTheirWindow()
    {
        Scenario mistral = builtin("mistral-7b-v0.1");
        mistral.deployment.context = 50000;
        QCOMPARE(evaluate(mistral).kvBytesPerUser, 4096.0 * 131072);
        mistral.deployment.context = 1000;
        QCOMPARE(evaluate(mistral).kvBytesPerUser, 1000.0 * 131072);

        // Gemma-2: 21 sliding layers hold 4,096 tokens, 21 full layers hold all 50,000;
        // each layer caches 2 * 8 heads * 256 dims * 2 bytes.
        Scenario gemma = builtin("gemma-2-9b");
        gemma.deployment.context = 50000;
        QCOMPARE(evaluate(gemma).kvBytesPerUser, 8192.0 * (21 * 4096 + 21 * 50000));
    }

    void slidingWindowCausalPairs()
    {
        Scenario mistral = builtin("mistral-7b-v0.1");
        mistral.deployment.context = 10000;
        // S(n, w) = w^2/2 + (n - w) w per head and layer, 4 d_h FLOP per pair.
        const double pairs = 4096.0 * 4096 / 2 + (10000.0 - 4096) * 4096;
        QCOMPARE(evaluate(mistral).prefillAttentionFlops, 4.0 * 128 * pairs * 32 * 32);
    }

    void mlaCachesOneLatentAndCountsItsOwnAttentionWidth()
    {
        Scenario ds = builtin("deepseek-v3");
        ds.deployment.context = 1000;
        const Metrics r = evaluate(ds);
        QCOMPARE(r.kvBytesPerUser, 1000.0 * 61 * 576 * 2);
        // (d_nope + d_r + d_v) replaces 2 d_h: 2 * (128 + 64 + 128) per pair and head.
        QCOMPARE(r.prefillAttentionFlops, 2.0 * 320 * 1000.0 * 1000 / 2 * 128 * 61);
    }

    void compressionDividesOnlyTheKvCache_data()
    {
        QTest::addColumn<double>("layer");
        QTest::addColumn<double>("head");
        QTest::addColumn<double>("token");
        QTest::addColumn<double>("hidden");
        QTest::newRow("layer x2") << 2.0 << 1.0 << 1.0 << 1.0;
        QTest::newRow("head x7 (MHA to GQA-8)") << 1.0 << 7.0 << 1.0 << 1.0;
        QTest::newRow("token x4") << 1.0 << 1.0 << 4.0 << 1.0;
        QTest::newRow("hidden x2 (8-bit KV)") << 1.0 << 1.0 << 1.0 << 2.0;
        QTest::newRow("all four, 250x") << 2.5 << 5.0 << 4.0 << 5.0;
    }
    void compressionDividesOnlyTheKvCache()
    {
        QFETCH(double, layer);
        QFETCH(double, head);
        QFETCH(double, token);
        QFETCH(double, hidden);
        const Scenario plain = paperAt(50000);
        Scenario compressed = plain;
        compressed.deployment.kvCompression = {layer, head, token, hidden};
        const Metrics a = evaluate(plain);
        const Metrics b = evaluate(compressed);
        const double ratio = layer * head * token * hidden;
        QCOMPARE(b.kvBytesPerUser, a.kvBytesPerUser / ratio);
        QCOMPARE(b.kvBytesPerToken, a.kvBytesPerToken); // reported before compression
        QCOMPARE(b.contextSwitchSeconds, a.contextSwitchSeconds / ratio);
        QCOMPARE(b.decodeKvSeconds, a.decodeKvSeconds / ratio);
        QCOMPARE(b.decodeWeightSeconds, a.decodeWeightSeconds);
        QCOMPARE(b.prefillSeconds, a.prefillSeconds); // the quadratic prefill stays
        QCOMPARE(b.concurrency, std::floor(a.freeKvBytes / (a.kvBytesPerUser / ratio)));
    }

    void decodeSumEqualsTheMidpointFormulaWhileMemoryBound()
    {
        const Scenario s = paperAt(50000);
        const Metrics r = evaluate(s);
        const double m = 250;
        const double midContext = 50000 + (m - 1) / 2;
        const double step = (68e9 + midContext * 245760) / 2039e9;
        QCOMPARE(r.decodeSeconds, m * step);
        QCOMPARE(r.decodeSecondsPerToken, step);
        QCOMPARE(r.decodeTokensPerSecond, m / r.decodeSeconds);
        QCOMPARE(r.decodeComputeSeconds, 0.0);
    }

    void decodeStepSumMatchesALoopAcrossTheComputeMemoryCrossover()
    {
        // A large batch at short context starts compute bound and turns memory bound as the KV
        // caches grow: the closed form must equal the step-by-step sum.
        Scenario s = paperAt(1000);
        s.deployment.batch = 600;
        s.deployment.outputTokens = 4000;
        const Metrics r = evaluate(s);
        const double flopTime = 600 * 2 * 34e9 / 312e12;
        double loop = 0;
        for (int j = 0; j < 4000; ++j)
            loop += std::max((68e9 + 600 * 245760.0 * (1000 + j)) / 2039e9, flopTime);
        QVERIFY(r.decodeComputeSeconds > 0);
        QCOMPARE(r.decodeSeconds, loop);
        QCOMPARE(r.decodeWeightSeconds + r.decodeKvSeconds + r.decodeComputeSeconds,
                 r.decodeSeconds);
    }

    void moeBatchReadsTheExpertsItTouches()
    {
        Scenario s = builtin("mixtral-8x7b");
        s.deployment.context = 1000;
        const ParamCount count = countParams(s.model);
        QCOMPARE(evaluate(s).decodeWeightReadBytes, count.active * 2);
        s.deployment.batch = 4;
        // E (1 - (1 - k/E)^B) = 8 (1 - 0.75^4) experts per layer instead of 2.
        const double touched = 8 * (1 - std::pow(0.75, 4));
        QCOMPARE(evaluate(s).decodeWeightReadBytes,
                 (count.active + 32 * (touched - 2) * count.expertParams) * 2);
        s.deployment.batch = 4096;
        QVERIFY(std::fabs(evaluate(s).decodeWeightReadBytes / (count.total * 2) - 1) < 1e-6);
    }

    void memoryAndConcurrency()
    {
        Scenario s = paperAt(50000);
        s.deployment.gpus = 2;
        s.deployment.memoryUtilization = 0.9;
        s.deployment.reservedBytesPerGpu = 2 * kGiB;
        const Metrics r = evaluate(s);
        QCOMPARE(r.hbmBytes, 2 * 80 * kGiB * 0.9);
        QCOMPARE(r.freeKvBytes, 2 * 80 * kGiB * 0.9 - 4 * kGiB - 68e9);
        QCOMPARE(r.concurrencyExact, r.freeKvBytes / (50000 * 245760.0));
        QCOMPARE(r.concurrency, 6.0); // 82.3 GB free / 12.3 GB per user
    }

    void weightsThatDoNotFit()
    {
        Scenario s = builtin("llama-3.1-70b", "rtx4090-24gb");
        const Metrics r = evaluate(s);
        QVERIFY(!r.fits);
        QCOMPARE(r.concurrency, 0.0);
        QCOMPARE(r.freeKvBytes, 0.0);
        QCOMPARE(r.shortfallBytes, r.weightBytes - 24 * kGiB);
    }

    void tensorParallelCommunication()
    {
        Scenario s = paperAt(50000);
        s.deployment.gpus = 4;
        s.deployment.tpCommunication = false;
        const Metrics free = evaluate(s);
        QCOMPARE(free.prefillCommSeconds, 0.0);
        QCOMPARE(free.prefillSeconds, evaluate(paperAt(50000)).prefillSeconds / 4);
        s.deployment.tpCommunication = true;
        const Metrics paid = evaluate(s);
        // 2 all-reduces per layer of n d 2 bytes, 2 (G-1)/G of it over 300 GB/s, plus latency.
        const double allReduce = 2.0 * 3 / 4 * 50000 * 7168 * 2 / 300e9 + 10e-6;
        QCOMPARE(paid.prefillCommSeconds, 2 * 60 * allReduce);
        QCOMPARE(paid.prefillSeconds, free.prefillSeconds + paid.prefillCommSeconds);
        const double decodeAllReduce = 2.0 * 3 / 4 * 7168 * 2 / 300e9 + 10e-6;
        QCOMPARE(paid.decodeCommSeconds, 250 * 2 * 60 * decodeAllReduce);
        s.deployment.gpus = 1;
        QCOMPARE(evaluate(s).prefillCommSeconds, 0.0);
    }

    void attentionFlopsWordsRoundTrip_data()
    {
        QTest::addColumn<int>("convention");
        QTest::addColumn<QString>("word");
        QTest::newRow("causal") << int(AttentionFlops::Causal) << "causal";
        QTest::newRow("paper") << int(AttentionFlops::Paper) << "paper";
        QTest::newRow("full") << int(AttentionFlops::Full) << "full";
    }
    void attentionFlopsWordsRoundTrip()
    {
        QFETCH(int, convention);
        QFETCH(QString, word);
        const std::string_view name = attentionFlopsName(AttentionFlops(convention));
        QCOMPARE(QString::fromLatin1(name), word);
        const std::optional<AttentionFlops> parsed = parseAttentionFlops(name);
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), convention);
    }

    void tpCommunicationWordsRoundTrip_data()
    {
        QTest::addColumn<bool>("on");
        QTest::addColumn<QString>("word");
        QTest::newRow("on") << true << "on";
        QTest::newRow("off") << false << "off";
    }
    void tpCommunicationWordsRoundTrip()
    {
        QFETCH(bool, on);
        QFETCH(QString, word);
        const std::string_view name = tpCommunicationName(on);
        QCOMPARE(QString::fromLatin1(name), word);
        const std::optional<bool> parsed = parseTpCommunication(name);
        QVERIFY(parsed);
        QCOMPARE(*parsed, on);
    }

    void unknownConventionWordsParseToNothing_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << "";
        QTest::newRow("capitalised convention") << "Causal";
        QTest::newRow("capitalised switch") << "On";
        QTest::newRow("trailing space") << "off ";
        QTest::newRow("a synonym") << "yes";
        QTest::newRow("a number") << "1";
    }
    void unknownConventionWordsParseToNothing()
    {
        QFETCH(QString, word);
        QVERIFY(!parseAttentionFlops(word.toStdString()));
        QVERIFY(!parseTpCommunication(word.toStdString()));
    }

    void conventionWordsListedForMessages()
    {
        QCOMPARE(attentionFlopsNames(), std::string("causal, paper or full"));
        QCOMPARE(tpCommunicationNames(), std::string("on or off"));
    }

    void contextSwitchOverEachGpusOwnLink()
    {
        Scenario s = paperAt(50000);
        QCOMPARE(evaluate(s).contextSwitchSeconds, 2 * 50000 * 245760.0 / 32e9);
        s.deployment.gpus = 8;
        QCOMPARE(evaluate(s).contextSwitchSeconds, 2 * 50000 * 245760.0 / (8 * 32e9));
        QCOMPARE(evaluate(s).hostParkedUsers, 1024 * kGiB / (50000 * 245760.0));
    }

    void fp8WeightsUseTheFp8PeakWhereTheChipHasOne()
    {
        QCOMPARE(peakFlops(*findBuiltinHardware("h100-sxm5-80gb"), DType::FP8), 1979e12);
        QCOMPARE(peakFlops(*findBuiltinHardware("h100-sxm5-80gb"), DType::BF16), 989e12);
        QCOMPARE(peakFlops(*findBuiltinHardware("a100-sxm4-80gb"), DType::FP8), 312e12);
        QCOMPARE(peakFlops(*findBuiltinHardware("h100-sxm5-80gb"), DType::INT4), 989e12);
    }

    void shortPromptIsMemoryBound()
    {
        const Metrics r = evaluate(paperAt(10));
        QCOMPARE(r.prefillBound, Bound::Memory);
        QCOMPARE(r.prefillSeconds, 68e9 / 2039e9);
    }

    void efficiencyScalesComputeAndBandwidth()
    {
        Scenario s = paperAt(50000);
        s.deployment.mfu = 0.5;
        s.deployment.mbu = 0.75;
        const Metrics peak = evaluate(paperAt(50000));
        const Metrics r = evaluate(s);
        QCOMPARE(r.prefillSeconds, peak.prefillSeconds / 0.5);
        QCOMPARE(r.decodeSeconds, peak.decodeSeconds / 0.75);
    }

    void activationWorkspace()
    {
        // n (d + max(2f, (h + 2 h_kv) d_h)) 2 bytes: 50000 (7168 + 40960) 2.
        QCOMPARE(evaluate(paperAt(50000)).prefillActivationBytes, 50000.0 * (7168 + 40960) * 2);
    }

    void modelSizeRescalesTheArchitecture_data()
    {
        QTest::addColumn<double>("target");
        QTest::newRow("0.5B") << 5e8;
        QTest::newRow("7B") << 7e9;
        QTest::newRow("70B") << 7e10;
        QTest::newRow("2T") << 2e12;
    }
    void modelSizeRescalesTheArchitecture()
    {
        QFETCH(double, target);
        const ModelSpec yi = *findBuiltinModel("yi-34b-200k");
        const ModelSpec m = rescaleModel(yi, target);
        QCOMPARE(m.effectiveHeadDim(), 128);
        QCOMPARE(m.kvHeads, 8);
        QCOMPARE(m.heads, 56);
        QCOMPARE(m.vocab, 64000);
        QVERIFY(std::fabs(double(m.ffn) / m.hidden - 20480.0 / 7168) < 0.01);
        const double aspect = double(m.hidden) / m.layers;
        QVERIFY2(std::fabs(aspect / (7168.0 / 60) - 1) < 0.35, qPrintable(QString::number(aspect)));
        QVERIFY(std::fabs(countParams(m).total / target - 1) < 0.02);

        Scenario s = paperAt(50000);
        s.deployment.paramsOverride = 0;
        s.deployment.modelSize = target;
        const Metrics r = evaluate(s);
        QCOMPARE(r.params, target);
        QCOMPARE(r.kvBytesPerToken, 2.0 * 8 * 128 * 2 * m.layers);
    }

    void rescaledModelFollowsTheScenario()
    {
        // effectiveModel remembers its last rescale: alternating models and targets must still
        // give each scenario its own architecture.
        Scenario yi = paperAt(50000);
        Scenario llama = builtin("llama-3.1-8b");
        for (double target : {7e10, 7e10, 1.3e10}) {
            yi.deployment.modelSize = target;
            llama.deployment.modelSize = target;
            for (int round = 0; round < 2; ++round) {
                QCOMPARE(effectiveModel(yi), rescaleModel(yi.model, target));
                QCOMPARE(effectiveModel(llama), rescaleModel(llama.model, target));
            }
        }
        yi.deployment.modelSize = 0;
        QCOMPARE(effectiveModel(yi), yi.model);
    }

    void replacingTheModelDropsItsRecount()
    {
        Scenario s = paperExample();
        QCOMPARE(s.deployment.paramsOverride, 34e9);
        s.setModel(*findBuiltinModel("llama-3.1-8b"));
        QCOMPARE(s.deployment.paramsOverride, 0.0);
        QVERIFY(std::fabs(evaluate(s).params / 8.03e9 - 1) < 0.01);
    }

    void recountScalesActiveInProportion()
    {
        Scenario s = builtin("mixtral-8x7b");
        const ParamCount count = countParams(s.model);
        s.deployment.paramsOverride = 2 * count.total;
        const Metrics r = evaluate(s);
        QCOMPARE(r.params, 2 * count.total);
        QCOMPARE(r.activeParams, 2 * count.active);
    }
};

QTEST_APPLESS_MAIN(TestEvaluate)
#include "tst_evaluate.moc"
