// SPDX-License-Identifier: GPL-3.0-or-later
// The expected-in-practice band: never faster than the peak, at most 2x wide, and holding the
// shipped measurements as docs/calibration.md documents them.
#include "builtins.h"
#include "expectedband.h"
#include "fleetmetrics.h"
#include "measurements.h"

#include "scenarios.h"

#include <QTest>

#include <set>

using namespace kvscope::model;

namespace {

/// The measurements docs/calibration.md lists as outside the band, by source id and label.
const std::set<std::pair<std::string, std::string>> kDocumentedOutsiders = {
    {"nim-1.8.0-llama-3.3-70b", "concurrency 50, 5000 in / 500 out: inter-token latency"},
    {"tensorrt-llm-0.6.1-throughput", "H100 FP8, LLaMA 70B, TP4, batch 480, 128 in / 2048 out"},
    {"tensorrt-llm-0.6.1-throughput", "H100 FP8, LLaMA 70B, TP2, batch 64, 2048 in / 2048 out"},
};

} // namespace

class TestExpectedBand : public QObject
{
    Q_OBJECT

private slots:
    void neverFasterThanPeakAndAtMostTwiceAsWide_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("hardware");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<QString>("dtype");
        for (const char *model : {"yi-34b-200k", "llama-3.1-8b", "llama-3.1-70b", "mixtral-8x7b",
                                  "deepseek-v3", "gemma-2-9b"})
            for (const char *hardware :
                 {"a100-sxm4-80gb", "h100-sxm5-80gb", "l40s-48gb", "mi300x-192gb", "tpu-v5e"})
                for (int gpus : {1, 8})
                    for (const char *dtype : {"bf16", "fp8"})
                        QTest::addRow("%s on %d x %s, %s", model, gpus, hardware, dtype)
                            << model << hardware << gpus << dtype;
    }
    void neverFasterThanPeakAndAtMostTwiceAsWide()
    {
        QFETCH(QString, model);
        QFETCH(QString, hardware);
        QFETCH(int, gpus);
        QFETCH(QString, dtype);
        Scenario s = paperExample();
        s.setModel(*findBuiltinModel(model.toStdString()));
        s.hardware = *findBuiltinHardware(hardware.toStdString());
        s.deployment.gpus = gpus;
        s.deployment.weightDtype = *parseDType(dtype.toStdString());
        s.deployment.attentionFlops = AttentionFlops::Causal;
        for (double context : {1.0, 128.0, 4000.0, 100000.0, 1e6})
            for (int batch : {1, 16, 512}) {
                s.deployment.context = context;
                s.deployment.batch = batch;
                const Metrics r = evaluateFleet(s);
                QVERIFY(r.expectedPrefillLow >= r.prefillSeconds);
                QVERIFY(r.expectedPrefillHigh >= r.expectedPrefillLow);
                QVERIFY(r.expectedPrefillHigh <=
                        kMaxBandWidth * r.expectedPrefillLow * (1 + 1e-12));
                QVERIFY(r.expectedDecodePerTokenLow >= r.decodeSecondsPerToken);
                QVERIFY(r.expectedDecodePerTokenHigh >= r.expectedDecodePerTokenLow);
                QVERIFY(r.expectedDecodePerTokenHigh <=
                        kMaxBandWidth * r.expectedDecodePerTokenLow * (1 + 1e-12));
            }
    }

    void thePaperExampleBand()
    {
        // 14.1 s peak prefill at 50K (paper FLOP, A100 bf16, ridge 153 FLOP/B): the mid compute
        // efficiency is 0.85 / (1 + 153 / 2500) = 0.801; the fast edge reaches 0.921 of peak and
        // the slow edge 0.572, plus 1 ms + 60 x 30 us (fast) and 4 ms + 60 x 100 us (slow).
        const Metrics r = evaluateFleet(paperExample());
        const double mid = 0.85 / (1 + 312e12 / 2039e9 / 2500);
        QVERIFY(nearlyEqual(r.expectedPrefillLow,
                            r.prefillSeconds / (mid * 1.15) + 1e-3 + 60 * 30e-6, 1e-9));
        QVERIFY(nearlyEqual(r.expectedPrefillHigh,
                            r.prefillSeconds / (mid / 1.4) + 4e-3 + 60 * 100e-6, 1e-9));
        // Decode at batch 1 is memory bound: 85% and 50% of peak bandwidth, plus 60 layers of
        // 3 us and 12 us step overhead.
        QVERIFY(nearlyEqual(r.expectedDecodePerTokenLow, r.decodeSecondsPerToken / 0.85 + 60 * 3e-6,
                            1e-9));
        QVERIFY(nearlyEqual(r.expectedDecodePerTokenHigh,
                            r.decodeSecondsPerToken / 0.5 + 60 * 12e-6, 1e-9));
    }

    void moeAndFp8LowerTheComputeEfficiency()
    {
        Scenario dense = paperExample();
        const BandEdges bf16 = bandEdges(dense.model, dense.deployment, dense.hardware);
        Scenario fp8 = dense;
        fp8.hardware = *findBuiltinHardware("h100-sxm5-80gb");
        fp8.deployment.weightDtype = DType::FP8;
        const BandEdges h100fp8 = bandEdges(fp8.model, fp8.deployment, fp8.hardware);
        // H100 fp8: ridge 1979e12 / 3350e9 = 590.7 FLOP/B; 0.85 / (1 + 590.7 / 2500) x 0.8.
        QVERIFY(nearlyEqual(h100fp8.fast.mfu, 0.85 / (1 + 1979e12 / 3350e9 / 2500) * 0.8 * 1.15,
                            1e-12));
        QVERIFY(h100fp8.fast.mfu < bf16.fast.mfu);
        Scenario moe = dense;
        moe.setModel(*findBuiltinModel("mixtral-8x7b"));
        const BandEdges mixtral = bandEdges(moe.model, moe.deployment, moe.hardware);
        QVERIFY(nearlyEqual(mixtral.fast.mfu, bf16.fast.mfu * 0.7, 1e-12));
        QVERIFY(nearlyEqual(mixtral.slow.mbu, bf16.slow.mbu * 0.85, 1e-12));
    }

    void everyShippedMeasurementIsInsideOrDocumented()
    {
        const auto sources = builtinMeasurementSources();
        QVERIFY(builtinMeasurements().size() >= 20);
        QVERIFY(sources.size() >= 3);
        int inside = 0;
        std::set<std::pair<std::string, std::string>> outside;
        for (const MeasuredPoint &point : builtinMeasurements()) {
            const MeasurementCheck check = checkMeasurement(point);
            // The peak is a lower bound: no real system beat it.
            QVERIFY2(check.slowdown >= 1, point.label.c_str());
            if (check.inside)
                ++inside;
            else
                outside.insert({sources[std::size_t(point.source)].id, point.label});
        }
        QCOMPARE(outside, kDocumentedOutsiders);
        QCOMPARE(inside, int(builtinMeasurements().size()) - 3);
    }

    void everyPointCarriesItsSource()
    {
        for (const MeasurementSource &source : builtinMeasurementSources()) {
            QVERIFY(source.url.starts_with("https://"));
            QVERIFY(!source.date.empty());
            QVERIFY(!source.version.empty());
            QVERIFY(!source.source.empty());
        }
    }

    void overlayPicksTheScenariosModelAndHardware()
    {
        Scenario s = paperExample();
        QVERIFY(matchingMeasurements(s).empty()); // Yi-34B on A100: nobody published it
        s.setModel(*findBuiltinModel("llama-2-7b"));
        s.hardware = *findBuiltinHardware("a100-sxm4-80gb");
        const auto a100 = matchingMeasurements(s);
        // TensorRT-LLM: two first-token latencies and three throughputs of LLaMA 7B on A100.
        QCOMPARE(a100.size(), std::size_t(5));
        for (const MeasuredPoint *p : a100) {
            QCOMPARE(p->model, std::string("llama-2-7b"));
            QCOMPARE(p->hardware, std::string("a100-sxm4-80gb"));
        }
        s.setModel(*findBuiltinModel("llama-3.1-70b"));
        s.hardware = *findBuiltinHardware("h100-sxm5-80gb");
        QCOMPARE(matchingMeasurements(s).size(), std::size_t(7)); // NIM 1.8.0
    }
};

QTEST_APPLESS_MAIN(TestExpectedBand)
#include "tst_expectedband.moc"
