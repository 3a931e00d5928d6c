// SPDX-License-Identifier: GPL-3.0-or-later
// `kvscope plan`, `kvscope measurements` and the band and cost keys of `eval --json`, through the
// real binary.
#include "runkvscope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject json(const QStringList &args)
{
    const Run run = runKvscope(args);
    if (run.status != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

const QStringList kLlama70bAt100K = {"--model",        "llama-3.1-70b", "--hardware",
                                     "h100-sxm5-80gb", "--context",     "100K"};

} // namespace

class TestFleetCli : public QObject
{
    Q_OBJECT

private slots:
    void evalJsonHasTheBandAndCost()
    {
        const QJsonObject j = json({"eval", "--json", "--context", "4000", "--gpu-hour-usd", "2"});
        const double peak = j["prefill_seconds"].toDouble();
        QVERIFY(j["expected_prefill_seconds_low"].toDouble() >= peak);
        QVERIFY(j["expected_prefill_seconds_high"].toDouble() >=
                j["expected_prefill_seconds_low"].toDouble());
        QVERIFY(j["expected_decode_seconds_per_token_low"].toDouble() >=
                j["decode_seconds_per_token"].toDouble());
        QVERIFY(j["expected_decode_seconds_per_token_high"].toDouble() <=
                2 * j["expected_decode_seconds_per_token_low"].toDouble());
        // The paper's example at 4K on one A100 at $2 per GPU-hour: 2 / 3600 x 0.89205 s / 4000
        // x 1e6 = $0.1239 per million input tokens (tst_fleet derives it).
        QVERIFY(qAbs(j["cost_per_million_input_tokens"].toDouble() - 0.12390) < 1e-4);
        QVERIFY(qAbs(j["cost_per_million_output_tokens"].toDouble() - 1.3055) < 1e-4);
        QCOMPARE(j["gpu_hour_usd"].toDouble(), 2.0);
    }

    void evalWithoutPriceReportsNull()
    {
        // The A100 80GB preset ships a price; a hardware file without one has none.
        const QJsonObject j = json({"eval", "--json", "--gpu-hour-usd", "0"});
        QVERIFY(j["cost_per_million_output_tokens"].isNull());
        QVERIFY(j["cost_per_hour"].isNull());
    }

    void evalTableShowsPeakAndExpected()
    {
        const Run run = runKvscope({"eval"});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("14.1 s peak"));
        QVERIFY(run.out.contains("expected in practice"));
    }

    void planTwentyUsersAt100K()
    {
        const QJsonObject j =
            json(QStringList{"plan", "--users", "20", "--json"} + kLlama70bAt100K);
        QCOMPARE(j["gpus"].toInt(), 16);
        QCOMPARE(j["tp"].toInt() * j["replicas"].toInt(), 16);
        QVERIFY(j["tp"].toInt() == 4 || j["tp"].toInt() == 8);
        QVERIFY(j["users_per_replica"].toInt() * j["replicas"].toInt() >= 20);
        QVERIFY(j["ttft_seconds"].toDouble() >= j["ttft_seconds_peak"].toDouble());
        QVERIFY(j["tpot_seconds"].toDouble() >= j["tpot_seconds_peak"].toDouble());
        QVERIFY(qAbs(j["cost_per_hour"].toDouble() - 16 * 3.78) < 1e-9);
        QVERIFY(j["cost_per_million_output_tokens"].toDouble() > 0);
        QVERIFY(j.contains("peak_only"));
    }

    void planTableNamesTheDeployment()
    {
        const Run run = runKvscope(QStringList{"plan", "--users", "20"} + kLlama70bAt100K);
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("16 GPUs"));
        QVERIFY(run.out.contains("x TP4") || run.out.contains("x TP8"));
    }

    void planBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("names");
        QTest::newRow("no users") << QStringList{"plan"} << "--users";
        QTest::newRow("negative ttft")
            << QStringList{"plan", "--users", "2", "--ttft", "-1"} << "--ttft";
        QTest::newRow("impossible ttft")
            << (QStringList{"plan", "--users", "20", "--ttft", "0.001"} + kLlama70bAt100K)
            << "targets";
        QTest::newRow("too few GPUs allowed")
            << (QStringList{"plan", "--users", "20", "--max-gpus", "8"} + kLlama70bAt100K)
            << "more GPUs";
    }
    void planBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, names);
        const Run run = runKvscope(args);
        QCOMPARE(run.status, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(names.toUtf8()), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
    }

    void measurementsListEveryPointWithItsSource()
    {
        const Run run = runKvscope({"measurements", "--json"});
        QCOMPARE(run.status, 0);
        const QJsonArray points = QJsonDocument::fromJson(run.out).array();
        QVERIFY(points.size() >= 20);
        for (const QJsonValue &value : points) {
            const QJsonObject p = value.toObject();
            QVERIFY(p["url"].toString().startsWith("https://"));
            QVERIFY(!p["date"].toString().isEmpty());
            QVERIFY(p["slowdown"].toDouble() >= 1);
            QVERIFY(p["value"].toDouble() > 0);
        }
        const Run text = runKvscope({"measurements"});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains("TensorRT-LLM"));
        QVERIFY(text.out.contains("calibration.md"));
    }
};

QTEST_GUILESS_MAIN(TestFleetCli)
#include "tst_fleetcli.moc"
