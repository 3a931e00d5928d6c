// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end, through the real binary: results, outputs and every kind of bad
// input (status 2, one line naming file/field/value, nothing written, no hang).
#include "runkvscope.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {

QJsonObject evalJson(const QStringList &args)
{
    const Run run = runKvscope(QStringList{"eval", "--json"} + args);
    if (run.status != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void evalTableShowsThePaperExample()
    {
        const Run run = runKvscope({"eval"});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("11.44 GiB"));
        QVERIFY(run.out.contains("14.1 s peak, compute bound"));
        QVERIFY(run.out.contains("1 user"));
        QVERIFY(run.out.contains("attention FLOP paper"));
        QVERIFY(run.err.isEmpty());
        QVERIFY(runKvscope({"eval", "--bytes", "gb"}).out.contains("12.29 GB"));
    }

    // "usable HBM" named two quantities (u x HBM, and what is left after the reserve): each
    // now has its own label.
    void evalTableNamesTheMemoryQuantitiesApart()
    {
        const Run run = runKvscope({"eval", "--reserved-gib", "2"});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains("  HBM usable (G x u x HBM)                80.00 GiB\n"),
                 run.out.constData());
        QVERIFY2(run.out.contains("  reserved (G x reserve)                  2.000 GiB\n"),
                 run.out.constData());
        // 80 GiB - 2 GiB - 68 GB of weights.
        QVERIFY2(run.out.contains("  free for KV after weights and reserve   14.67 GiB\n"),
                 run.out.constData());
        QVERIFY(!run.out.contains("usable HBM"));
    }

    void evalJsonHasTheStableKeys()
    {
        const QJsonObject j = evalJson({});
        for (const char *key : {"params",
                                "active_params",
                                "kv_bytes_per_token",
                                "kv_bytes_per_user",
                                "weight_bytes",
                                "hbm_bytes",
                                "free_kv_bytes",
                                "fits",
                                "concurrency",
                                "concurrency_exact",
                                "prefill_flops",
                                "prefill_attention_flops",
                                "prefill_seconds",
                                "prefill_bound",
                                "decode_seconds_per_token",
                                "decode_seconds",
                                "decode_bound",
                                "decode_tokens_per_second",
                                "context_switch_seconds",
                                "prefill_activation_bytes"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["params"].toDouble(), 34e9);
        QCOMPARE(j["kv_bytes_per_token"].toDouble(), 245760.0);
        QCOMPARE(j["kv_bytes_per_user"].toDouble(), 50000 * 245760.0);
        QCOMPARE(j["concurrency"].toDouble(), 1.0);
        QCOMPARE(j["fits"].toBool(), true);
        QCOMPARE(j["prefill_bound"].toString(), QString("compute"));
        QCOMPARE(j["decode_bound"].toString(), QString("memory"));
        QVERIFY(std::fabs(j["prefill_seconds"].toDouble() - 14.0647) < 1e-3);
    }

    void evalOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("expected");
        QTest::newRow("the 4K scenario")
            << QStringList{"--scenario", "fu2024-34b-4k"} << "concurrency" << 18.0;
        QTest::newRow("context with a K suffix")
            << QStringList{"--context", "4K"} << "concurrency" << 18.0;
        QTest::newRow("causal convention")
            << QStringList{"--attention-flops", "causal"} << "prefill_attention_flops"
            << 4.0 * 128 * 50000 * 50000 / 2 * 56 * 60;
        QTest::newRow("two GPUs double usable HBM")
            << QStringList{"--gpus", "2"} << "hbm_bytes" << 2 * 80.0 * (1 << 30);
        QTest::newRow("HBM slider")
            << QStringList{"--hbm-gib", "141"} << "hbm_bytes" << 141.0 * (1 << 30);
        QTest::newRow("fp8 KV halves the cache")
            << QStringList{"--kv-dtype", "fp8"} << "kv_bytes_per_user" << 50000 * 122880.0;
        QTest::newRow("overall compression")
            << QStringList{"--kv-compression", "4"} << "kv_bytes_per_user" << 50000 * 61440.0;
        QTest::newRow("recount") << QStringList{"--params", "70B"} << "params" << 70e9;
        QTest::newRow("rescale") << QStringList{"--model-size", "70B"} << "params" << 70e9;
        QTest::newRow("another model drops the 34B recount")
            << QStringList{"--model", "llama-3.1-8b"} << "kv_bytes_per_token" << 131072.0;
        QTest::newRow("pcie override") << QStringList{"--pcie-gbs", "64"}
                                       << "context_switch_seconds" << 2 * 50000 * 245760.0 / 64e9;
        QTest::newRow("inline value form")
            << QStringList{"--context=4000"} << "concurrency" << 18.0;
    }
    void evalOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, key);
        QFETCH(double, expected);
        const QJsonObject j = evalJson(args);
        QVERIFY2(j.contains(key), qPrintable(key));
        QCOMPARE(j[key].toDouble(), expected);
    }

    void sessionKeys()
    {
        const QJsonObject one = evalJson({});
        QCOMPARE(one["session_users"].toInt(), 1);
        const double single = one["prefill_seconds"].toDouble() + one["decode_seconds"].toDouble();
        QCOMPARE(one["session_throughput_per_hour"].toDouble(), 3600 / single);
        QCOMPARE(one["session_ttft_seconds_median"].toDouble(),
                 one["prefill_seconds"].toDouble() +
                     evalJson({"--output-tokens", "1"})["decode_seconds"].toDouble());

        // Three users over a ceiling of one at 50K: they take turns and swap.
        const QJsonObject three = evalJson({"--users", "3"});
        QCOMPARE(three["session_users"].toInt(), 3);
        QVERIFY(three["session_swaps"].toInt() > 0);
        QVERIFY(three["session_throughput_per_hour"].toDouble() > 0);
        QVERIFY(three["session_tpot_seconds_median"].toDouble() >
                one["session_tpot_seconds_median"].toDouble());

        const QJsonObject none = evalJson({"--context", "100K"});
        QCOMPARE(none["session_feasible"].toBool(), false);
        QVERIFY(none["session_throughput_per_hour"].isNull());
    }

    void modelSizeReportsTheDerivedArchitecture()
    {
        const QJsonObject j = evalJson({"--model-size", "7B"});
        QCOMPARE(j["head_dim"].toInt(), 128);
        QCOMPARE(j["kv_heads"].toInt(), 8);
        QVERIFY(j["layers"].toInt() > 20 && j["layers"].toInt() < 45);
        QVERIFY(j["hidden"].toInt() > 3000 && j["hidden"].toInt() < 5000);
        QVERIFY(runKvscope({"eval", "--model-size", "7B"}).out.contains("architecture rescaled"));
    }

    void huggingFaceConfigAsModel()
    {
        writeFile(path("config.json"), R"({"num_hidden_layers": 32, "hidden_size": 4096,
            "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336,
            "vocab_size": 128256, "max_position_embeddings": 131072})");
        const QJsonObject j = evalJson({"--model", path("config.json")});
        QCOMPARE(j["kv_bytes_per_token"].toDouble(), 131072.0);
        QVERIFY(std::fabs(j["params"].toDouble() / 8.03e9 - 1) < 0.01);
    }

    void conventionsFollowTheScenario_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("attentionFlops");
        QTest::addColumn<bool>("tpComm");
        QTest::newRow("the paper's scenario") << QStringList{} << "paper" << false;
        QTest::newRow("another model")
            << QStringList{"--model", "llama-3.1-70b", "--gpus", "8"} << "causal" << true;
        QTest::newRow("other hardware")
            << QStringList{"--hardware", "h100-sxm5-80gb"} << "causal" << true;
        QTest::newRow("another model with the paper's conventions asked for")
            << QStringList{"--model", "llama-3.1-70b", "--attention-flops",
                           "paper",   "--tp-comm",     "off"}
            << "paper" << false;
        QTest::newRow("the full square")
            << QStringList{"--model", "llama-3.1-8b", "--attention-flops", "full"} << "full"
            << true;
    }
    void conventionsFollowTheScenario()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, attentionFlops);
        QFETCH(bool, tpComm);
        const QJsonObject j = evalJson(args);
        QCOMPARE(j["attention_flops"].toString(), attentionFlops);
        QCOMPARE(j["tp_comm"].toBool(), tpComm);
        QCOMPARE(j["prefill_comm_seconds"].toDouble() > 0, tpComm && j["gpus"].toInt() > 1);
        const Run table = runKvscope(QStringList{"eval"} + args);
        QVERIFY(table.out.contains("attention FLOP " + attentionFlops.toUtf8()));
    }

    void kvHeadsReplicateBeyondTheirCount()
    {
        // Llama-3.1-70B has 8 KV heads: 16 GPUs hold each twice.
        const QStringList base{"--model",        "llama-3.1-70b", "--hardware",
                               "h100-sxm5-80gb", "--context",     "100K"};
        const QJsonObject eight = evalJson(base + QStringList{"--gpus", "8"});
        const QJsonObject sixteen = evalJson(base + QStringList{"--gpus", "16"});
        QCOMPARE(eight["kv_replication"].toDouble(), 1.0);
        QCOMPARE(sixteen["kv_replication"].toDouble(), 2.0);
        QCOMPARE(sixteen["kv_bytes_per_user"].toDouble(),
                 2 * eight["kv_bytes_per_user"].toDouble());
        QVERIFY(eight["notes"].toArray().isEmpty());
        QVERIFY(sixteen["notes"].toArray().first().toString().contains("replicated"));
        QVERIFY(runKvscope(QStringList{"eval"} + base + QStringList{"--gpus", "16"})
                    .out.contains("note"));
    }

    void importNotesReachEvalJson()
    {
        writeFile(path("config.json"), R"({"model_type": "phi3", "num_hidden_layers": 32,
            "hidden_size": 3072, "num_attention_heads": 32, "intermediate_size": 8192,
            "vocab_size": 32064, "max_position_embeddings": 131072, "sliding_window": 262144})");
        const QJsonObject j = evalJson({"--model", path("config.json"), "--context", "300K"});
        QCOMPARE(j["notes"].toArray().size(), 1);
        QVERIFY(j["notes"].toArray().first().toString().contains("read as full attention"));
        QCOMPARE(j["kv_bytes_per_user"].toDouble(), 32 * 2 * 3072 * 2 * 300000.0);
    }

    void sweepCsv()
    {
        const Run run = runKvscope({"sweep", "--vary", "context", "--from", "1000", "--to", "1M",
                                    "--points", "4", "--log"});
        QCOMPARE(run.status, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith("context,kv_bytes_per_user,"));
        QVERIFY(lines[2].startsWith("10000,2457600000,"));
        const QJsonObject at10k = evalJson({"--context", "10000"});
        const QList<QByteArray> cells = lines[2].split(',');
        QCOMPARE(cells[4].toDouble(), at10k["concurrency"].toDouble());
        QVERIFY(std::fabs(cells[5].toDouble() / at10k["prefill_seconds"].toDouble() - 1) < 1e-9);

        QCOMPARE(runKvscope({"sweep", "--vary", "gpus", "--from", "1", "--to", "8", "--points", "8",
                             "--csv", path("gpus.csv")})
                     .status,
                 0);
        QFile csv(path("gpus.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        // Yi-34B's 56 heads over 8 KV heads split over 1, 2, 4 and 8 GPUs only: 3 lands on 2,
        // 5 to 7 on 4.
        QList<QByteArray> degrees;
        for (const QByteArray &line : csv.readAll().trimmed().split('\n').mid(1))
            degrees << line.split(',').first();
        QCOMPARE(degrees, (QList<QByteArray>{"1", "2", "4", "8"}));
    }

    void machineOutputIgnoresAGermanLocale_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("eval json") << QStringList{"eval", "--json", "--context", "12.5K"};
        QTest::newRow("sweep csv")
            << QStringList{"sweep", "--vary",   "context", "--from", "1K", "--to",
                           "100K",  "--points", "5",       "--csv",  "-"};
        QTest::newRow("plan json") << QStringList{"plan", "--users", "3", "--json"};
        QTest::newRow("presets json") << QStringList{"presets", "--json"};
        QTest::newRow("measurements json") << QStringList{"measurements", "--json"};
        QTest::newRow("eval table") << QStringList{"eval", "--mfu", "0.55"};
    }

    void machineOutputIgnoresAGermanLocale()
    {
        // Under a German locale the bytes are those of the C locale: a decimal point, no
        // thousands separator, the same digits.
        QFETCH(QStringList, args);
        const Run plain = runKvscope(args);
        QCOMPARE(plain.status, 0);
        qputenv("LC_ALL", "de_DE.UTF-8");
        const Run german = runKvscope(args);
        qunsetenv("LC_ALL");
        QCOMPARE(german.status, 0);
        QCOMPARE(german.out, plain.out);
        QVERIFY(QRegularExpression(QStringLiteral("[0-9]\\.[0-9]"))
                    .match(QString::fromUtf8(plain.out))
                    .hasMatch());
    }

    void benchStepsEveryPage()
    {
        const Run run = runKvscope({"bench", "--json", "--steps", "8"});
        QCOMPARE(run.status, 0);
        const QJsonObject bench = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(bench.value("steps").toInt(), 8);
        const QJsonObject byPage = bench.value("slider_step_ms_median_by_page").toObject();
        QCOMPARE(byPage.keys(), (QStringList{"charts", "compression", "plan", "timeline"}));
        for (const QString &page : byPage.keys())
            QVERIFY2(byPage.value(page).toDouble() > 0, qPrintable(page));
        QVERIFY(bench.value("slider_step_ms_p99").toDouble() >=
                bench.value("slider_step_ms_median").toDouble());
    }

    void versionNamesTheProjectVersion()
    {
        // Qt's own options before it are the window's, not an unknown command.
        const QList<QStringList> spellings = {
            {"--version"},
            {"version"},
            {"-v"},
            {"-platform", "offscreen", "-style", "Fusion", "--version"}};
        for (const QStringList &spelling : spellings) {
            const Run run = runKvscope(spelling);
            QCOMPARE(run.status, 0);
            QVERIFY2(QRegularExpression("^kvscope \\d+\\.\\d+\\.\\d+\n$")
                         .match(QString::fromUtf8(run.out))
                         .hasMatch(),
                     run.out.constData());
        }
        QVERIFY(runKvscope({"frobnicate"}).err.contains("export"));
        const Run missing = runKvscope({"-platform"});
        QCOMPARE(missing.status, 2);
        QVERIFY2(missing.err.contains("-platform"), missing.err.constData());
    }

    void helpAfterQtOptions()
    {
        const Run run = runKvscope({"-style", "Fusion", "--help"});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("kvscope export"));
    }

    void compareCsvQuotesTitlesWithCommas()
    {
        // A hardware preset named "GPU, v2" titles its column "Yi-34B-200K on GPU, v2" (never
        // its file's name): one CSV field, quoted.
        writeFile(path("gpu,v2.json"), R"({"kind": "hardware", "schema_version": 1,
            "name": "GPU, v2", "hbm_gib": 96, "hbm_gbs": 4000, "bf16_tflops": 900,
            "pcie_gbs": 64})");
        const QString csvPath = path("titles.csv");
        const Run run = runKvscope({"compare", "--scenario", "a100-sxm4-80gb", "--scenario",
                                    path("gpu,v2.json"), "--out", csvPath});
        QCOMPARE(run.status, 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray header = csv.readLine().trimmed();
        QCOMPARE(header, QByteArray("metric,unit,Yi-34B-200K on NVIDIA A100 SXM4 80GB,"
                                    "\"Yi-34B-200K on GPU, v2\",\"Yi-34B-200K on GPU, v2 / "
                                    "Yi-34B-200K on NVIDIA A100 SXM4 80GB\",best"));
    }

    void compareCsvHoldsTheSameNumbersAsEval()
    {
        const QString csvPath = path("compare.csv");
        const QStringList shared{"--context", "128K", "--gpus", "2"};
        const Run run = runKvscope(QStringList{"compare", "--scenario", "a100-sxm4-80gb",
                                               "--scenario", "h200-sxm-141gb", "--scenario",
                                               "llama-3.1-8b", "--out", csvPath} +
                                   shared);
        QCOMPARE(run.status, 0);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        const QByteArray a100 = "Yi-34B-200K on NVIDIA A100 SXM4 80GB";
        const QByteArray h200 = "Yi-34B-200K on NVIDIA H200 SXM 141GB";
        const QByteArray llama = "Llama 3.1 8B on NVIDIA A100 SXM4 80GB";
        QCOMPARE(lines[0], "metric,unit," + a100 + "," + h200 + "," + llama + "," + h200 + " / " +
                               a100 + "," + llama + " / " + a100 + ",best");
        const QList<QJsonObject> evals = {
            evalJson(QStringList{"--hardware", "a100-sxm4-80gb"} + shared),
            evalJson(QStringList{"--hardware", "h200-sxm-141gb"} + shared),
            evalJson(QStringList{"--model", "llama-3.1-8b"} + shared)};
        int checked = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> cells = line.split(',');
            const QString key = cells[0];
            for (int column = 0; column < 3; ++column) {
                const double expected = evals[column][key].toDouble();
                QVERIFY2(std::fabs(cells[2 + column].toDouble() - expected) <=
                             1e-12 * std::fabs(expected),
                         qPrintable(key));
                ++checked;
            }
        }
        QCOMPARE(checked, 36); // 12 metrics (peak, replicas and cost) x 3 columns
    }

    void compareMarkdownMarksTheBest()
    {
        const Run run =
            runKvscope({"compare", "--scenario", "fu2024-34b-4k", "--scenario", "fu2024-34b-50k"});
        QCOMPARE(run.status, 0);
        QVERIFY(run.out.contains("| Concurrency | **18 users** | 1 user (x0.0556) |"));
        // The two scenarios differ in context only, and their titles say so.
        QVERIFY(run.out.contains("| metric | Yi-34B-200K on NVIDIA A100 SXM4 80GB · 4K tokens | "
                                 "Yi-34B-200K on NVIDIA A100 SXM4 80GB · 50K tokens |"));
    }

    void compareBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        QTest::newRow("one column") << QStringList{"--scenario", "a100-sxm4-80gb"} << "2 to 4";
        QTest::newRow("five columns")
            << QStringList{"--scenario", "a",          "--scenario", "b",          "--scenario",
                           "c",          "--scenario", "d",          "--scenario", "e"}
            << "2 to 4";
        QTest::newRow("unknown id")
            << QStringList{"--scenario", "a100-sxm4-80gb", "--scenario", "z9000"} << "z9000";
        QTest::newRow("unknown format") << QStringList{"--scenario", "a100-sxm4-80gb", "--scenario",
                                                       "tpu-v5p",    "--out",          "x.doc"}
                                        << "x.doc";
        QTest::newRow("unknown chart row")
            << QStringList{"--scenario", "a100-sxm4-80gb", "--scenario", "tpu-v5p",
                           "--out",      "x.svg",          "--charts",   "memory,plan"}
            << "--charts";
        QTest::newRow("png too small")
            << QStringList{"--scenario", "a100-sxm4-80gb", "--scenario", "tpu-v5p",
                           "--out",      "x.png",          "--size",     "8x8"}
            << "--size";
    }
    void compareBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        const Run run = runKvscope(QStringList{"compare"} + args);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void presetsListEveryBuiltin()
    {
        const Run run = runKvscope({"presets"});
        QCOMPARE(run.status, 0);
        for (const char *id : {"yi-34b-200k", "deepseek-v3", "gpt-3-175b", "a100-sxm4-80gb",
                               "tpu-v5p", "fu2024-34b-50k", "fu2024-34b-4k"})
            QVERIFY2(run.out.contains(id), id);
        const QJsonArray hardware =
            QJsonDocument::fromJson(runKvscope({"presets", "--kind", "hardware", "--json"}).out)
                .array();
        QCOMPARE(hardware.size(), 14);
    }

    void helpAndNoArguments()
    {
        const Run help = runKvscope({"help"});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains("--kv-compression-token"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("file");      // written to path("input.json") when not empty
        QTest::addColumn<QStringList>("mentions"); // each must appear in the one error line
        const QByteArray none;
        QTest::newRow("unknown command")
            << QStringList{"evaluate"} << none << QStringList{"command", "evaluate"};
        QTest::newRow("unknown option")
            << QStringList{"eval", "--contxt", "5"} << none << QStringList{"--contxt"};
        QTest::newRow("missing value") << QStringList{"eval", "--context"} << none
                                       << QStringList{"--context", "missing value"};
        QTest::newRow("negative context") << QStringList{"eval", "--context", "-5"} << none
                                          << QStringList{"--context", "-5", "out of range"};
        QTest::newRow("not a number")
            << QStringList{"eval", "--context", "lots"} << none << QStringList{"--context", "lots"};
        QTest::newRow("absurd GPUs") << QStringList{"eval", "--gpus", "1e30"} << none
                                     << QStringList{"--gpus", "out of range"};
        QTest::newRow("fractional GPUs") << QStringList{"eval", "--gpus", "1.5"} << none
                                         << QStringList{"--gpus", "1.5", "whole number"};
        QTest::newRow("GPUs that cannot split the heads")
            << QStringList{"eval", "--model", "llama-3.1-70b", "--gpus", "3"} << none
            << QStringList{"--gpus", "3", "64 attention heads and 8 KV heads",
                           "valid: 1, 2, 4, 8, 16, 32, 64"};
        QTest::newRow("an unknown spelling of an MoE key")
            << QStringList{"eval", "--model", "@"}
            << QByteArray(R"({"num_hidden_layers": 4, "hidden_size": 64, "num_attention_heads": 4,
                "vocab_size": 100, "num_routed_experts": 8})")
            << QStringList{"num_routed_experts", "refused rather than guessed"};
        QTest::newRow("huge number text") << QStringList{"eval", "--context", QString(400, '9')}
                                          << none << QStringList{"--context"};
        QTest::newRow("unknown dtype") << QStringList{"eval", "--kv-dtype", "fp7"} << none
                                       << QStringList{"--kv-dtype", "fp7", "bf16"};
        QTest::newRow("tp-comm yes")
            << QStringList{"eval", "--tp-comm", "yes"} << none << QStringList{"--tp-comm", "yes"};
        QTest::newRow("attention convention") << QStringList{"eval", "--attention-flops", "x"}
                                              << none << QStringList{"--attention-flops"};
        QTest::newRow("compression below 1") << QStringList{"eval", "--kv-compression", "0.5"}
                                             << none << QStringList{"--kv-compression", "0.5"};
        QTest::newRow("params with model-size")
            << QStringList{"eval", "--params", "7B", "--model-size", "7B"} << none
            << QStringList{"--model-size"};
        QTest::newRow("reserve above the HBM")
            << QStringList{"eval", "--reserved-gib", "512", "--hbm-gib", "8"} << none
            << QStringList{"--reserved-gib = 512 GiB", "u x HBM = 1 x 8 GiB = 8 GiB"};
        QTest::newRow("reserve equal to u x HBM")
            << QStringList{"eval", "--memory-utilization", "0.5", "--reserved-gib", "40"} << none
            << QStringList{"--reserved-gib = 40 GiB", "0.5 x 80 GiB = 40 GiB"};
        QTest::newRow("HBM lowered below a scenario file's reserve")
            << QStringList{"eval", "--scenario", "@", "--hbm-gib", "16"}
            << QByteArray(R"({"schema_version": 1, "kind": "scenario", "id": "r", "name": "R",
                             "model": "yi-34b-200k", "hardware": "a100-sxm4-80gb",
                             "deployment": {"reserved_gib": 20}})")
            << QStringList{"--reserved-gib = 20 GiB", "= 16 GiB"};
        QTest::newRow("reserve at the HBM in a scenario file")
            << QStringList{"eval", "--scenario", "@"}
            << QByteArray(R"({"schema_version": 1, "kind": "scenario", "id": "r", "name": "R",
                             "model": "yi-34b-200k", "hardware": "a100-sxm4-80gb",
                             "deployment": {"reserved_gib": 80}})")
            << QStringList{"input.json", "deployment.reserved_gib = 80 GiB", "= 80 GiB"};
        QTest::newRow("unknown model id")
            << QStringList{"eval", "--model", "gpt-9"} << none << QStringList{"--model", "gpt-9"};
        QTest::newRow("unknown axis")
            << QStringList{"sweep", "--vary", "colour", "--from", "1", "--to", "2", "--points", "2"}
            << none << QStringList{"--vary", "colour"};
        QTest::newRow("zero points")
            << QStringList{"sweep", "--vary", "gpus", "--from", "1", "--to", "2", "--points", "0"}
            << none << QStringList{"--points", "0"};
        QTest::newRow("sweep out of range")
            << QStringList{"sweep", "--vary", "gpus", "--from", "0", "--to", "2", "--points", "2"}
            << none << QStringList{"--from", "0"};
        QTest::newRow("malformed model file")
            << QStringList{"eval", "--model", "@"} << QByteArray("{\"layers\": 3,")
            << QStringList{"input.json"};
        QTest::newRow("empty file")
            << QStringList{"eval", "--model", "@"} << QByteArray(" ") << QStringList{"input.json"};
        QTest::newRow("deeply nested") << QStringList{"eval", "--scenario", "@"}
                                       << QByteArray(200000, '[') << QStringList{"input.json"};
        QTest::newRow("binary garbage")
            << QStringList{"eval", "--hardware", "@"}
            << QByteArray("\xff\xfe\x00\x01\x80garbage", 12) << QStringList{"input.json"};
        QTest::newRow("wrong kind") << QStringList{"eval", "--hardware", "@"}
                                    << QByteArray(R"({"schema_version": 1, "kind": "model"})")
                                    << QStringList{"input.json", "kind", "model"};
        QTest::newRow("negative layers in a HF config")
            << QStringList{"eval", "--model", "@"}
            << QByteArray(R"({"num_hidden_layers": -3, "hidden_size": 4096,
                "num_attention_heads": 32, "intermediate_size": 100, "vocab_size": 10})")
            << QStringList{"input.json", "num_hidden_layers", "-3"};
        QTest::newRow("string where a number belongs")
            << QStringList{"eval", "--model", "@"}
            << QByteArray(R"({"num_hidden_layers": "many", "hidden_size": 4096,
                "num_attention_heads": 32, "intermediate_size": 100, "vocab_size": 10})")
            << QStringList{"input.json", "num_hidden_layers"};
        QTest::newRow("duplicate keys")
            << QStringList{"eval", "--model", "@"}
            << QByteArray(R"({"num_hidden_layers": 3, "num_hidden_layers": 4})")
            << QStringList{"input.json", "num_hidden_layers"};
        QTest::newRow("missing file") << QStringList{"eval", "--model", "/nonexistent/x.json"}
                                      << none << QStringList{"/nonexistent/x.json"};
        QTest::newRow("a directory")
            << QStringList{"eval", "--model", "/tmp"} << none << QStringList{"/tmp"};
        QTest::newRow("csv into a missing folder")
            << QStringList{"sweep",
                           "--vary",
                           "gpus",
                           "--from",
                           "1",
                           "--to",
                           "2",
                           "--points",
                           "2",
                           "--csv",
                           "/nonexistent/dir/out.csv"}
            << none << QStringList{"/nonexistent/dir/out.csv"};
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, file);
        QFETCH(QStringList, mentions);
        if (!file.isNull()) {
            writeFile(path("input.json"), file);
            args.replaceInStrings("@", path("input.json"));
        }
        const Run run = runKvscope(args);
        QCOMPARE(run.status, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.startsWith("kvscope: "), run.err.constData());
        QVERIFY2(run.err.count('\n') == 1, run.err.constData());
        for (const QString &mention : mentions)
            QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
    }

    void hugeFileIsRefusedQuickly()
    {
        const QString huge = path("huge.json");
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(300LL * 1024 * 1024)); // sparse: 300 MiB of zeros
        }
        const Run run = runKvscope({"eval", "--model", huge});
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.contains("huge.json"));
        QFile::remove(huge);
    }

    void failedSweepWritesNothing()
    {
        const QString target = path("keep.csv");
        writeFile(target, "old contents\n");
        const Run run = runKvscope({"sweep", "--vary", "gpus", "--from", "1", "--to", "99",
                                    "--points", "2", "--csv", target});
        QCOMPARE(run.status, 2);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old contents\n"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).filter("keep").size(), 1);
    }

    // --csv and --out write through a symbolic link to its target and into a device, never
    // replacing either with a regular file.
    void outputThroughALinkKeepsTheLink()
    {
        const QString real = path("real.csv");
        const QString link = path("link.csv");
        writeFile(real, "old\n");
        QFile::remove(link);
        QVERIFY(QFile::link("real.csv", link));
        const Run run = runKvscope({"sweep", "--vary", "gpus", "--from", "1", "--to", "2",
                                    "--points", "2", "--csv", link});
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY(QFileInfo(link).isSymLink());
        QFile file(real);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("gpus,kv_bytes_per_user,"));
    }

    // As root, the rename used to replace the /dev/stdout link itself with a regular file.
    void csvToDevStdoutGoesDownThePipe()
    {
        const Run run = runKvscope({"sweep", "--vary", "gpus", "--from", "1", "--to", "2",
                                    "--points", "2", "--csv", "/dev/stdout"});
        QVERIFY2(run.status == 0, run.err.constData());
        QVERIFY(run.out.startsWith("gpus,kv_bytes_per_user,"));
        QCOMPARE(run.out.count('\n'), 3);
        QVERIFY(QFileInfo(QStringLiteral("/dev/stdout")).isSymLink());
    }

    void outputToAFullDeviceIsAnErrorAndKeepsTheDevice()
    {
        const QString device = path("full.csv");
        QFile::remove(device);
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("mknod needs root");
        const Run run = runKvscope({"sweep", "--vary", "gpus", "--from", "1", "--to", "2",
                                    "--points", "2", "--csv", device});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(device.toUtf8() + ": cannot write: No space left on device"),
                 run.err.constData());
        struct stat info = {};
        QCOMPARE(::lstat(QFile::encodeName(device).constData(), &info), 0);
        QVERIFY(S_ISCHR(info.st_mode));
        QFile::remove(device);
    }

    // /dev/full takes no byte: every command that prints must say so and fail, not exit 0.
    void fullStandardOutputIsAnError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("eval") << QStringList{"eval"};
        QTest::newRow("eval --json") << QStringList{"eval", "--json"};
        QTest::newRow("sweep --csv -")
            << QStringList{"sweep", "--vary",   "context", "--from", "1K", "--to",
                           "100K",  "--points", "50",      "--csv",  "-"};
        QTest::newRow("compare") << QStringList{"compare", "--scenario", "fu2024-34b-4k",
                                                "--scenario", "fu2024-34b-50k"};
        QTest::newRow("presets") << QStringList{"presets"};
        QTest::newRow("help") << QStringList{"help"};
        QTest::newRow("no display, no command: the example table") << QStringList{};
    }

    void fullStandardOutputIsAnError()
    {
        QFETCH(QStringList, args);
        const Run run = runKvscope(args, "/dev/full");
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, QByteArray("kvscope: cannot write to standard output: No space left on "
                                     "device\n"));
    }

    void noDisplayPrintsTheTable()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("QT_QPA_PLATFORM");
        process.setProcessEnvironment(env);
        process.start(KVSCOPE_BINARY, QStringList{});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY(out.contains("no display available"));
        QVERIFY(out.contains("11.44 GiB"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
