// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison table: values, ratios to the first column, and the best of each row; the columns'
// titles, by model and hardware, never a preset's id.
#include "builtins.h"
#include "columntitles.h"
#include "comparesetup.h"
#include "comparison.h"
#include "evaluate.h"
#include "filewrite.h"
#include "fleetmetrics.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kvscope::model;

Q_DECLARE_METATYPE(std::vector<kvscope::model::Scenario>)
Q_DECLARE_METATYPE(std::vector<std::string>)

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void sharedValuesReachEveryColumnUnlessPinned()
    {
        const Scenario base = paperExample();
        CompareColumn a{comparisonColumn("a100-sxm4-80gb", base), {}};
        CompareColumn b{comparisonColumn("fu2024-34b-4k", base), {{"context", 4000}}};
        std::map<std::string, double> shared = sharedValuesOf(base);
        QCOMPARE(shared.size(), sharedCompareKeys().size());
        shared["context"] = 128000;
        shared["gpus"] = 2;
        shared["batch"] = 3;
        const Scenario sa = columnScenario(a, shared);
        const Scenario sb = columnScenario(b, shared);
        QCOMPARE(sa.deployment.context, 128000.0);
        QCOMPARE(sb.deployment.context, 4000.0); // pinned to its own
        QCOMPARE(sa.deployment.gpus, 2);
        QCOMPARE(sb.deployment.gpus, 2);
        QCOMPARE(sb.deployment.batch, 3);
        QCOMPARE(sa.hardware.id, std::string("a100-sxm4-80gb"));
        // Values outside the parameter table never reach a column.
        shared["gpus"] = 1e9;
        QCOMPARE(columnScenario(a, shared).deployment.gpus, a.preset.deployment.gpus);
        // Yi-34B's 56 heads over 8 KV heads split over 1, 2, 4 or 8 GPUs: 6 shared GPUs give 4.
        shared["gpus"] = 6;
        QCOMPARE(columnScenario(a, shared).deployment.gpus, 4);
    }

    void aModelOrHardwareColumnLeavesThePaperConventions()
    {
        const Scenario base = paperExample();
        QVERIFY(base.usesPaperConventions());
        const Scenario hardware = comparisonColumn("h100-sxm5-80gb", base);
        QCOMPARE(hardware.deployment.attentionFlops, AttentionFlops::Causal);
        QVERIFY(hardware.deployment.tpCommunication);
        QVERIFY(comparisonColumn("fu2024-34b-4k", base).usesPaperConventions());
    }

    void ratiosAndBest()
    {
        Scenario at4k = paperExample();
        at4k.deployment.context = 4000;
        const std::vector<Metrics> columns = {evaluateFleet(at4k), evaluateFleet(paperExample())};
        const auto rows = compareMetrics(columns);
        QCOMPARE(rows.size(), comparisonMetrics().size());
        for (const ComparisonRow &row : rows) {
            QCOMPARE(row.values.size(), std::size_t(2));
            QCOMPARE(*row.ratios[0], 1.0);
            if (row.metric->key == std::string_view("concurrency")) {
                QCOMPARE(row.values, (std::vector<double>{18, 1}));
                QCOMPARE(*row.ratios[1], 1.0 / 18);
                QCOMPARE(row.isBest, (std::vector<bool>{true, false}));
            }
            if (row.metric->key == std::string_view("prefill_seconds"))
                QCOMPARE(row.isBest, (std::vector<bool>{true, false}));
            if (row.metric->key == std::string_view("weight_bytes"))
                QCOMPARE(row.isBest, (std::vector<bool>{false, false})); // a tie marks nothing
            // Both columns on the priced A100: 18 users share a step at 4K, one at 50K.
            if (row.metric->key == std::string_view("cost_per_million_output_tokens"))
                QCOMPARE(row.isBest, (std::vector<bool>{true, false}));
        }
        // A column without a price has no cost and no ratio, and is never the cheapest.
        Scenario unpriced = paperExample();
        unpriced.hardware.gpuHourUsd = 0;
        const std::vector<Metrics> mixed = {evaluateFleet(paperExample()), evaluateFleet(unpriced)};
        for (const ComparisonRow &row : compareMetrics(mixed)) {
            if (row.metric->unit != MetricUnit::Usd)
                continue;
            QCOMPARE(row.values[1], 0.0);
            QVERIFY(!row.ratios[1]);
            QCOMPARE(row.isBest, (std::vector<bool>{false, false}));
        }
    }

    void tiedBestValuesAreAllMarkedAndZeroBaseHasNoRatio()
    {
        Scenario a = paperExample();
        a.deployment.context = 100000; // nothing fits: concurrency 0
        Scenario b = a;
        b.hardware = *findBuiltinHardware("h200-sxm-141gb");
        Scenario c = b;
        const std::vector<Metrics> columns = {evaluate(a), evaluate(b), evaluate(c)};
        for (const ComparisonRow &row : compareMetrics(columns))
            if (row.metric->key == std::string_view("concurrency")) {
                QVERIFY(!row.ratios[1].has_value());
                QCOMPARE(row.isBest, (std::vector<bool>{false, true, true}));
            }
    }

    void columnsFromIds()
    {
        const Scenario base = paperExample();
        QCOMPARE(comparisonColumn("fu2024-34b-4k", base).deployment.context, 4000.0);
        const Scenario h100 = comparisonColumn("h100-sxm5-80gb", base);
        QCOMPARE(h100.hardware.id, std::string("h100-sxm5-80gb"));
        QCOMPARE(h100.model.id, base.model.id);
        QCOMPARE(h100.deployment.paramsOverride, 34e9);
        const Scenario llama = comparisonColumn("llama-3.1-8b", base);
        QCOMPARE(llama.deployment.paramsOverride, 0.0);
    }

    void columnsAreTitledByModelOnHardware_data()
    {
        QTest::addColumn<std::vector<Scenario>>("columns");
        QTest::addColumn<std::vector<std::string>>("titles");
        const Scenario base = paperExample();
        const Scenario a100 = comparisonColumn("a100-sxm4-80gb", base);
        const Scenario h100 = comparisonColumn("h100-sxm5-80gb", base);
        const Scenario llama = comparisonColumn("llama-3.1-8b", base);
        QTest::newRow("hardware presets")
            << std::vector{a100, h100}
            << std::vector<std::string>{"Yi-34B-200K on NVIDIA A100 SXM4 80GB",
                                        "Yi-34B-200K on NVIDIA H100 SXM5 80GB"};
        Scenario eight = a100;
        eight.deployment.gpus = 8;
        QTest::newRow("the GPU count tells them apart")
            << std::vector{a100, eight, llama}
            << std::vector<std::string>{"Yi-34B-200K on NVIDIA A100 SXM4 80GB · 1 GPU",
                                        "Yi-34B-200K on NVIDIA A100 SXM4 80GB · 8 GPUs",
                                        "Llama 3.1 8B on NVIDIA A100 SXM4 80GB"};
        Scenario fp8 = eight;
        fp8.deployment.context = 128000;
        fp8.deployment.kvDtype = DType::FP8;
        QTest::newRow("every value that differs, in order")
            << std::vector{a100, fp8}
            << std::vector<std::string>{
                   "Yi-34B-200K on NVIDIA A100 SXM4 80GB · 1 GPU · 50K tokens · bf16/bf16",
                   "Yi-34B-200K on NVIDIA A100 SXM4 80GB · 8 GPUs · 128K tokens · bf16/fp8"};
        // The paper's scenario counts as the paper does; hardware put into it counts physically.
        QTest::newRow("conventions tell them apart")
            << std::vector{*findBuiltinScenario("fu2024-34b-50k"), a100}
            << std::vector<std::string>{
                   "Yi-34B-200K on NVIDIA A100 SXM4 80GB · attention FLOP: paper · TP comm off",
                   "Yi-34B-200K on NVIDIA A100 SXM4 80GB · attention FLOP: causal · TP comm on"};
        Scenario recounted = llama;
        recounted.deployment.paramsOverride = 10e9;
        QTest::newRow("the parameter count tells them apart")
            << std::vector{llama, recounted}
            << std::vector<std::string>{"Llama 3.1 8B on NVIDIA A100 SXM4 80GB · 8.03B params",
                                        "Llama 3.1 8B on NVIDIA A100 SXM4 80GB · 10B params, "
                                        "recounted"};
        Scenario mfu = a100;
        mfu.deployment.mfu = 0.5;
        QTest::newRow("the rest of the deployment by its label")
            << std::vector{a100, mfu}
            << std::vector<std::string>{"Yi-34B-200K on NVIDIA A100 SXM4 80GB · MFU 1",
                                        "Yi-34B-200K on NVIDIA A100 SXM4 80GB · MFU 0.5"};
        QTest::newRow("the same preset twice is numbered")
            << std::vector{h100, h100, llama, h100}
            << std::vector<std::string>{"Yi-34B-200K on NVIDIA H100 SXM5 80GB",
                                        "Yi-34B-200K on NVIDIA H100 SXM5 80GB (2)",
                                        "Llama 3.1 8B on NVIDIA A100 SXM4 80GB",
                                        "Yi-34B-200K on NVIDIA H100 SXM5 80GB (3)"};
        Scenario modified = h100;
        modified.hardware.hbmBytes = 141 * kGiB;
        QTest::newRow("edited hardware is marked")
            << std::vector{h100, modified}
            << std::vector<std::string>{"Yi-34B-200K on NVIDIA H100 SXM5 80GB",
                                        "Yi-34B-200K on NVIDIA H100 SXM5 80GB (modified)"};
    }

    void columnsAreTitledByModelOnHardware()
    {
        QFETCH(std::vector<Scenario>, columns);
        QFETCH(std::vector<std::string>, titles);
        QCOMPARE(columnTitles(columns), titles);
    }

    void presetFilesAreTitledByNameNotId()
    {
        // A preset's id and file name say where a column came from; its title says what it is.
        QTemporaryDir dir;
        const std::string hardware = dir.filePath("hardware-lab-node-3.json").toStdString();
        writeFileAtomically(hardware, R"({"kind": "hardware", "schema_version": 1,
            "id": "lab-node-3", "name": "NVIDIA H100 NVL 94GB", "hbm_gib": 94,
            "hbm_gbs": 3900, "bf16_tflops": 989, "pcie_gbs": 64})");
        const std::string scenario = dir.filePath("scenario-seminar-7.json").toStdString();
        writeFileAtomically(scenario, R"({"kind": "scenario", "schema_version": 1,
            "id": "seminar-7", "name": "Seminar week 7", "model": "llama-3.1-70b",
            "hardware": "h200-sxm-141gb", "deployment": {"gpus": 4}})");
        const Scenario base = paperExample();
        const std::vector columns = {comparisonColumn(hardware, base),
                                     comparisonColumn(scenario, base)};
        QCOMPARE(columnTitles(columns),
                 (std::vector<std::string>{"Yi-34B-200K on NVIDIA H100 NVL 94GB",
                                           "Llama 3.1 70B on NVIDIA H200 SXM 141GB"}));
    }

    void formatting()
    {
        QCOMPARE(formatMetric(MetricUnit::Users, 18, ByteUnits::Binary), std::string("18 users"));
        QCOMPARE(formatMetric(MetricUnit::TokensPerSecond, 25.38, ByteUnits::Binary),
                 std::string("25.4 tokens/s"));
        QCOMPARE(formatMetric(MetricUnit::Bytes, 12.288e9, ByteUnits::Decimal),
                 std::string("12.29 GB"));
    }
};

QTEST_APPLESS_MAIN(TestComparison)
#include "tst_comparison.moc"
