// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison table: values, ratios to the first column, and the best of each row.
#include "builtins.h"
#include "comparesetup.h"
#include "comparison.h"
#include "evaluate.h"
#include "fleetmetrics.h"

#include <QTest>

using namespace kvscope::model;

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
        const std::vector<Scenario> twice = {h100, h100, llama};
        QCOMPARE(columnTitles(twice), (std::vector<std::string>{
                                          "h100-sxm5-80gb", "h100-sxm5-80gb (2)", "llama-3.1-8b"}));
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
