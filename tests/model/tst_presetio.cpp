// SPDX-License-Identifier: GPL-3.0-or-later
// Preset files: every built-in parses, matches the data tables and writes back byte for byte;
// every kind of bad input is refused with an error naming the file and the field.
#include "builtins.h"
#include "inputerror.h"
#include "inputerrors.h"
#include "jsonfile.h"
#include "presetio.h"

#include <nlohmann/json.hpp>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

using namespace kvscope::model;
using nlohmann::json;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

const QString kPresetsDir = QStringLiteral(KVSCOPE_SOURCE_DIR "/presets");
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeText(const QString &path, const std::string &text)
{
    QFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(text);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

json validModel()
{
    return json::parse(R"({"schema_version": 1, "kind": "model", "id": "m", "name": "M",
        "source": "test", "layers": 32, "hidden": 4096, "heads": 32, "kv_heads": 8,
        "ffn": 14336, "vocab": 32000})");
}

json validHardware()
{
    return json::parse(R"({"schema_version": 1, "kind": "hardware", "id": "h", "name": "H",
        "source": "test", "hbm_gib": 80, "hbm_gbs": 2039, "bf16_tflops": 312, "pcie_gbs": 32})");
}

json validScenario()
{
    return json::parse(R"({"schema_version": 1, "kind": "scenario", "id": "s", "name": "S",
        "source": "test", "model": "yi-34b-200k", "hardware": "a100-sxm4-80gb",
        "deployment": {"context": 50000, "gpus": 1}})");
}

/// `base` with `patch` merged in (RFC 7386: a null removes the key).
json patched(json base, const char *patch)
{
    base.merge_patch(json::parse(patch));
    return base;
}

} // namespace

class TestPresetIo : public QObject
{
    Q_OBJECT

private slots:
    void everyPresetFileIsBuiltInAndWritesBackByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator files(kPresetsDir, {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.contains("/measurements/"))
                continue; // published figures, not presets (tst_expectedband reads them)
            if (path.contains("/tours/"))
                continue; // guided tours, not presets (tst_tour reads them)
            QTest::newRow(qPrintable(QDir(kPresetsDir).relativeFilePath(path))) << path;
            ++count;
        }
        QCOMPARE(count, int(builtinModels().size() + builtinHardware().size() +
                            builtinScenarios().size()));
    }

    void everyPresetFileIsBuiltInAndWritesBackByteForByte()
    {
        QFETCH(QString, path);
        const PresetResolver resolver = builtinResolver();
        const Preset loaded = loadPresetFile(path.toStdString(), resolver);

        // The embedded copy is the same preset as the file.
        switch (presetKind(loaded)) {
        case PresetKind::Model: {
            const auto &model = std::get<ModelSpec>(loaded);
            QVERIFY(findBuiltinModel(model.id));
            QVERIFY(*findBuiltinModel(model.id) == model);
            break;
        }
        case PresetKind::Hardware: {
            const auto &hardware = std::get<HardwareSpec>(loaded);
            QVERIFY(findBuiltinHardware(hardware.id));
            QVERIFY(*findBuiltinHardware(hardware.id) == hardware);
            break;
        }
        case PresetKind::Scenario: {
            const auto &scenario = std::get<Scenario>(loaded);
            QVERIFY(findBuiltinScenario(scenario.id));
            QVERIFY(*findBuiltinScenario(scenario.id) == scenario);
            break;
        }
        }
        // The id is the file's name.
        const auto id = std::visit([](const auto &p) { return p.id; }, loaded);
        QCOMPARE(QString::fromStdString(id) + ".json", QFileInfo(path).fileName());

        // load -> write gives the file's bytes; write -> load gives the same preset.
        const std::string written = dumpJson(presetToJson(loaded, resolver));
        QCOMPARE(QString::fromStdString(written), QString::fromUtf8(readAll(path)));
        const Preset reloaded =
            presetFromJson(parseJson(written, "again.json"), "again.json", resolver);
        QVERIFY(reloaded == loaded);
    }

    void builtinModelsMatchModelsTable_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<int>>("shape"); // L d h kv hd f V
        QTest::addColumn<bool>("tied");
        QTest::addColumn<double>("kvBytesPerToken");
        // From shared/data/models.md; kv bytes per token in bf16 where the table states it.
        QTest::newRow("yi-34b-200k")
            << "yi-34b-200k" << QList<int>{60, 7168, 56, 8, 128, 20480, 64000} << false << 245760.0;
        QTest::newRow("llama-2-7b")
            << "llama-2-7b" << QList<int>{32, 4096, 32, 32, 128, 11008, 32000} << false << 524288.0;
        QTest::newRow("llama-2-70b")
            << "llama-2-70b" << QList<int>{80, 8192, 64, 8, 128, 28672, 32000} << false << 0.0;
        QTest::newRow("llama-3.1-8b")
            << "llama-3.1-8b" << QList<int>{32, 4096, 32, 8, 128, 14336, 128256} << false
            << 131072.0;
        QTest::newRow("llama-3.1-70b")
            << "llama-3.1-70b" << QList<int>{80, 8192, 64, 8, 128, 28672, 128256} << false << 0.0;
        QTest::newRow("mistral-7b-v0.1")
            << "mistral-7b-v0.1" << QList<int>{32, 4096, 32, 8, 128, 14336, 32000} << false << 0.0;
        QTest::newRow("mixtral-8x7b")
            << "mixtral-8x7b" << QList<int>{32, 4096, 32, 8, 128, 14336, 32000} << false << 0.0;
        QTest::newRow("qwen2.5-7b")
            << "qwen2.5-7b" << QList<int>{28, 3584, 28, 4, 128, 18944, 152064} << false << 0.0;
        QTest::newRow("qwen2.5-72b")
            << "qwen2.5-72b" << QList<int>{80, 8192, 64, 8, 128, 29568, 152064} << false << 0.0;
        QTest::newRow("gemma-2-9b")
            << "gemma-2-9b" << QList<int>{42, 3584, 16, 8, 256, 14336, 256000} << true << 0.0;
        QTest::newRow("deepseek-v3")
            << "deepseek-v3" << QList<int>{61, 7168, 128, 128, 128, 18432, 129280} << false
            << 70272.0;
        QTest::newRow("gpt-3-175b")
            << "gpt-3-175b" << QList<int>{96, 12288, 96, 96, 128, 49152, 50257} << true << 0.0;
    }

    void builtinModelsMatchModelsTable()
    {
        QFETCH(QString, id);
        QFETCH(QList<int>, shape);
        QFETCH(bool, tied);
        QFETCH(double, kvBytesPerToken);
        const ModelSpec *model = findBuiltinModel(id.toStdString());
        QVERIFY(model);
        QCOMPARE(model->layers, shape[0]);
        QCOMPARE(model->hidden, shape[1]);
        QCOMPARE(model->heads, shape[2]);
        QCOMPARE(model->kvHeads, shape[3]);
        QCOMPARE(model->headDim, shape[4]);
        QCOMPARE(model->ffn, shape[5]);
        QCOMPARE(model->vocab, shape[6]);
        QCOMPARE(model->tiedEmbeddings, tied);
        QCOMPARE(model->gatedMlp, id != "gpt-3-175b");
        QVERIFY(model->maxContext > 0);
        if (kvBytesPerToken > 0)
            QCOMPARE(kvscope::model::kvBytesPerToken(*model, 2.0), kvBytesPerToken);
    }

    void builtinArchitectureDetails()
    {
        const ModelSpec &mistral = *findBuiltinModel("mistral-7b-v0.1");
        QCOMPARE(mistral.layerWindows, std::vector<int>(32, 4096));

        const ModelSpec &gemma = *findBuiltinModel("gemma-2-9b");
        QCOMPARE(int(gemma.layerWindows.size()), 42);
        for (int layer = 0; layer < 42; ++layer)
            QCOMPARE(gemma.windowOfLayer(layer), layer % 2 == 0 ? 4096 : 0);

        const ModelSpec &mixtral = *findBuiltinModel("mixtral-8x7b");
        QCOMPARE(mixtral.moe, (MoeSpec{8, 2, 0, 14336, 0}));
        QVERIFY(mixtral.layerWindows.empty());

        const ModelSpec &deepseek = *findBuiltinModel("deepseek-v3");
        QCOMPARE(deepseek.moe, (MoeSpec{256, 8, 1, 2048, 3}));
        QCOMPARE(deepseek.mla, (MlaSpec{512, 1536, 64, 128, 128}));
        QCOMPARE(deepseek.maxContext, 163840.0);

        QCOMPARE(findBuiltinModel("yi-34b-200k")->maxContext, 200000.0);
        QCOMPARE(findBuiltinModel("llama-2-7b")->maxContext, 4096.0);
        QCOMPARE(findBuiltinModel("gpt-3-175b")->maxContext, 2048.0);
    }

    void builtinHardwareMatchesHardwareTable_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<double>>("figures"); // GiB, GB/s, bf16, fp8, interconnect, PCIe
        // From shared/data/hardware.md; "-" is 0, TPUs' PCIe is the documented 32 GB/s guess.
        const QList<std::pair<const char *, QList<double>>> rows{
            {"a100-sxm4-40gb", {40, 1555, 312, 0, 300, 32}},
            {"a100-sxm4-80gb", {80, 2039, 312, 0, 300, 32}},
            {"a100-pcie-80gb", {80, 1935, 312, 0, 300, 32}},
            {"h100-sxm5-80gb", {80, 3350, 989, 1979, 450, 64}},
            {"h100-pcie-80gb", {80, 2000, 756, 1513, 300, 64}},
            {"h200-sxm-141gb", {141, 4800, 989, 1979, 450, 64}},
            {"b200-180gb", {180, 8000, 2250, 4500, 900, 64}},
            {"mi300x-192gb", {192, 5300, 1307, 2615, 448, 64}},
            {"mi325x-256gb", {256, 6000, 1307, 2615, 448, 64}},
            {"gaudi3-128gb", {128, 3700, 1835, 1835, 300, 64}},
            {"l40s-48gb", {48, 864, 362, 733, 0, 32}},
            {"rtx4090-24gb", {24, 1008, 165, 330, 0, 32}},
            {"tpu-v5e", {16, 819, 197, 0, 200, 32}},
            {"tpu-v5p", {95, 2765, 459, 0, 600, 32}},
        };
        for (const auto &[id, figures] : rows)
            QTest::newRow(id) << QString(id) << figures;
        QCOMPARE(int(builtinHardware().size()), int(rows.size()));
    }

    void builtinHardwareMatchesHardwareTable()
    {
        QFETCH(QString, id);
        QFETCH(QList<double>, figures);
        const HardwareSpec *hardware = findBuiltinHardware(id.toStdString());
        QVERIFY(hardware);
        QCOMPARE(hardware->hbmBytes, figures[0] * kGiB);
        QCOMPARE(hardware->hbmBandwidth, figures[1] * 1e9);
        QCOMPARE(hardware->bf16Flops, figures[2] * 1e12);
        QCOMPARE(hardware->fp8Flops, figures[3] * 1e12);
        QCOMPARE(hardware->interconnectBandwidth, figures[4] * 1e9);
        QCOMPARE(hardware->pcieBandwidth, figures[5] * 1e9);
        QVERIFY(hardware->collectiveLatency > 0);
        for (const char *key : {"hbm_gib", "hbm_gbs", "bf16_tflops", "fp8_tflops",
                                "interconnect_gbs", "pcie_gbs", "collective_latency_us"})
            QVERIFY2(hardware->sources.count(key) == 1, key);
        if (id.startsWith("tpu"))
            QVERIFY(hardware->sources.at("pcie_gbs").find("--pcie-gbs") != std::string::npos);
    }

    void paperExampleIsTheRunningExample()
    {
        const Scenario paper = paperExample();
        QCOMPARE(paper.id, std::string("fu2024-34b-50k"));
        QVERIFY(paper.model == *findBuiltinModel("yi-34b-200k"));
        QVERIFY(paper.hardware == *findBuiltinHardware("a100-sxm4-80gb"));
        QCOMPARE(paper.hardware.hbmBytes, 80 * kGiB);
        QCOMPARE(paper.deployment.paramsOverride, 34e9);
        QCOMPARE(paper.deployment.context, 50000.0);
        QCOMPARE(paper.deployment.outputTokens, 250.0);
        QCOMPARE(paper.deployment.gpus, 1);
        QCOMPARE(paper.deployment.batch, 1);
        QCOMPARE(paper.deployment.attentionFlops, AttentionFlops::Paper);
        QCOMPARE(paper.deployment.tpCommunication, false);
        QCOMPARE(paper.deployment.weightDtype, DType::BF16);

        const Scenario *short4k = findBuiltinScenario("fu2024-34b-4k");
        QVERIFY(short4k);
        QCOMPARE(short4k->deployment.context, 4000.0);
        Scenario same = *short4k;
        same.deployment.context = 50000;
        same.id = paper.id;
        same.name = paper.name;
        QVERIFY(same == paper);
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reader"); // "any" reads by "kind"; else the reader of one kind
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const json &object, const char *field,
                            const char *message, const char *reader = "any") {
            QTest::newRow(name) << QByteArray::fromStdString(object.dump()) << reader << field
                                << message;
        };
        const json model = validModel();
        row("model: layers as a string", patched(model, R"({"layers": "32"})"), "layers",
            "must be a number, not string");
        row("model: layers as a bool", patched(model, R"({"layers": true})"), "layers",
            "must be a number, not true/false");
        row("model: layers not whole", patched(model, R"({"layers": 32.5})"), "layers",
            "whole number");
        row("model: layers zero", patched(model, R"({"layers": 0})"), "layers", "out of range");
        row("model: hidden negative", patched(model, R"({"hidden": -4096})"), "hidden",
            "out of range");
        row("model: vocab beyond the table", patched(model, R"({"vocab": 1e12})"), "vocab",
            "out of range");
        row("model: layers missing", patched(model, R"({"layers": null})"), "layers", "missing");
        row("model: hidden missing", patched(model, R"({"hidden": null})"), "hidden", "missing");
        row("model: heads missing", patched(model, R"({"heads": null})"), "heads", "missing");
        row("model: ffn missing", patched(model, R"({"ffn": null})"), "ffn", "missing");
        row("model: vocab missing", patched(model, R"({"vocab": null})"), "vocab", "missing");
        row("model: a hardware file where a model is expected",
            patched(model, R"({"kind": "hardware"})"), "kind", "expected \"model\"", "model");
        row("model: unknown kind", patched(model, R"({"kind": "gpu"})"), "kind",
            "must be \"model\", \"hardware\" or \"scenario\"");
        row("model: kind missing", patched(model, R"({"kind": null})"), "kind", "missing");
        row("model: schema_version 2", patched(model, R"({"schema_version": 2})"), "schema_version",
            "unsupported");
        row("model: schema_version a string", patched(model, R"({"schema_version": "1"})"),
            "schema_version", "unsupported");
        row("model: schema_version missing", patched(model, R"({"schema_version": null})"),
            "schema_version", "missing");
        row("model: kv_heads does not divide heads", patched(model, R"({"kv_heads": 5})"),
            "kv_heads", "must divide heads (32)");
        row("model: more active experts than experts",
            patched(model, R"({"experts": 8, "active_experts": 9, "expert_width": 1024})"),
            "active_experts", "cannot exceed experts (8)");
        row("model: experts without active ones",
            patched(model, R"({"experts": 8, "expert_width": 1024})"), "active_experts", "missing");
        row("model: layer_types too short",
            patched(model, R"({"sliding_window": 4096, "layer_types": ["full", "sliding"]})"),
            "layer_types", "one entry per layer (32)");
        row("model: layer_types not an array",
            patched(model, R"({"sliding_window": 4096, "layer_types": "sliding"})"), "layer_types",
            "must be an array");
        {
            json types = json::array();
            for (int i = 0; i < 32; ++i)
                types.push_back(i == 3 ? "local" : "full");
            json bad = model;
            bad["layer_types"] = types;
            bad["sliding_window"] = 4096;
            row("model: unknown layer type", bad, "layer_types[3]", "\"full\" or \"sliding\"");
            types[3] = "sliding";
            bad.erase("sliding_window");
            bad["layer_types"] = types;
            row("model: sliding layers without a window", bad, "sliding_window", "missing");
        }
        row("model: sliding_window zero", patched(model, R"({"sliding_window": 0})"),
            "sliding_window", "out of range");
        row("model: tied_embeddings as 1", patched(model, R"({"tied_embeddings": 1})"),
            "tied_embeddings", "must be true or false");
        row("model: id a number", patched(model, R"({"id": 7})"), "id", "must be a string");
        row("model: MLA without value width",
            patched(model, R"({"kv_lora_rank": 512, "qk_nope_head_dim": 128})"), "v_head_dim",
            "missing");

        const json hardware = validHardware();
        row("hardware: hbm_gib as a string", patched(hardware, R"({"hbm_gib": "80"})"), "hbm_gib",
            "must be a number");
        row("hardware: hbm_gib below the table", patched(hardware, R"({"hbm_gib": 4})"), "hbm_gib",
            "out of range");
        row("hardware: negative fp8", patched(hardware, R"({"fp8_tflops": -1})"), "fp8_tflops",
            "out of range");
        row("hardware: pcie_gbs missing", patched(hardware, R"({"pcie_gbs": null})"), "pcie_gbs",
            "missing");
        row("hardware: hbm_gbs missing", patched(hardware, R"({"hbm_gbs": null})"), "hbm_gbs",
            "missing");
        row("hardware: sources not an object", patched(hardware, R"({"sources": "datasheet"})"),
            "sources", "must be a JSON object");
        row("hardware: a source not a string", patched(hardware, R"({"sources": {"hbm_gib": 1}})"),
            "sources.hbm_gib", "must be a string");
        row("hardware: a model file where hardware is expected",
            patched(hardware, R"({"kind": "model"})"), "kind", "expected \"hardware\"", "hardware");
        row("scenario: a model file where a scenario is expected", validModel(), "kind",
            "expected \"scenario\"", "scenario");

        const json scenario = validScenario();
        row("scenario: unknown model id", patched(scenario, R"({"model": "gpt-5"})"), "model",
            "no built-in model with this id");
        row("scenario: unknown hardware id", patched(scenario, R"({"hardware": "a200"})"),
            "hardware", "no built-in hardware with this id");
        row("scenario: model a number", patched(scenario, R"({"model": 42})"), "model",
            "must be a string");
        row("scenario: model missing", patched(scenario, R"({"model": null})"), "model", "missing");
        row("scenario: inline model with a bad field",
            patched(scenario, R"({"model": {"layers": "x"}})"), "model.layers", "must be a number");
        row("scenario: inline model of the wrong kind",
            patched(scenario, R"({"model": {"kind": "hardware"}})"), "model.kind", "expected");
        row("scenario: inline hardware missing a figure",
            patched(scenario, R"({"hardware": {"hbm_gib": 80}})"), "hardware.hbm_gbs", "missing");
        row("scenario: context zero", patched(scenario, R"({"deployment": {"context": 0}})"),
            "deployment.context", "out of range");
        row("scenario: gpus not whole", patched(scenario, R"({"deployment": {"gpus": 1.5}})"),
            "deployment.gpus", "whole number");
        row("scenario: mfu above one", patched(scenario, R"({"deployment": {"mfu": 1.5}})"),
            "deployment.mfu", "out of range");
        row("scenario: hbm override out of range",
            patched(scenario, R"({"deployment": {"hbm_gib": 4096}})"), "deployment.hbm_gib",
            "out of range");
        row("scenario: unknown weight dtype",
            patched(scenario, R"({"deployment": {"weight_dtype": "fp12"}})"),
            "deployment.weight_dtype", "must be one of bf16");
        row("scenario: attention_flops unknown",
            patched(scenario, R"({"deployment": {"attention_flops": "exact"}})"),
            "deployment.attention_flops", "causal, paper or full");
        row("scenario: tp_comm as a string",
            patched(scenario, R"({"deployment": {"tp_comm": "off"}})"), "deployment.tp_comm",
            "must be true or false");
        row("scenario: deployment not an object", patched(scenario, R"({"deployment": [1]})"),
            "deployment", "must be a JSON object");
        row("scenario: schema_version 0", patched(scenario, R"({"schema_version": 0})"),
            "schema_version", "unsupported");
        row("neither a preset nor a Hugging Face config", json::parse(R"({"layers": 3})"), "kind",
            "missing");
    }

    void badInputNamesTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reader);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto error = errorFrom([&] {
            const json object = parseJson(text.toStdString(), "bad.json");
            if (reader == "model")
                modelFromJson(object, "bad.json");
            else if (reader == "hardware")
                hardwareFromJson(object, "bad.json");
            else if (reader == "scenario")
                scenarioFromJson(object, "bad.json", builtinResolver());
            else
                presetFromJson(object, "bad.json", builtinResolver());
        });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), QStringLiteral("bad.json"));
        QCOMPARE(QString::fromStdString(error->field()), field);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
    }

    void defaultsAndUnknownKeys()
    {
        json object = validModel();
        object.erase("kv_heads");
        object["rope_theta"] = 500000.0; // unknown keys are ignored
        object["remarks"] = json::object({{"anything", json::array({1, 2})}});
        const ModelSpec model = modelFromJson(object, "m.json");
        QCOMPARE(model.kvHeads, model.heads);
        QCOMPARE(model.headDim, 0);
        QCOMPARE(model.gatedMlp, true);
        QCOMPARE(model.tiedEmbeddings, false);
        QVERIFY(model.layerWindows.empty());

        object.erase("id");
        object.erase("name");
        const ModelSpec unnamed = modelFromJson(object, "/somewhere/my-model.json");
        QCOMPARE(unnamed.id, std::string("my-model"));
        QCOMPARE(unnamed.name, std::string("my-model"));

        const HardwareSpec hardware = hardwareFromJson(validHardware(), "h.json");
        QCOMPARE(hardware.fp8Flops, 0.0);
        QCOMPARE(hardware.interconnectBandwidth, 0.0);
        QCOMPARE(hardware.hbmBytes, 80 * kGiB);
        QCOMPARE(hardware.pcieBandwidth, 32e9);
    }

    void windowsRoundTrip_data()
    {
        QTest::addColumn<std::vector<int>>("windows");
        QTest::newRow("none") << std::vector<int>{};
        QTest::newRow("every layer") << std::vector<int>(4, 4096);
        QTest::newRow("alternating") << std::vector<int>{1024, 0, 1024, 0};
        QTest::newRow("two widths") << std::vector<int>{512, 0, 4096, 4096};
    }

    void windowsRoundTrip()
    {
        QFETCH(std::vector<int>, windows);
        ModelSpec model = modelFromJson(validModel(), "m.json");
        model.layers = 4;
        model.layerWindows = windows;
        const json written = modelToJson(model);
        const bool mixed = windows == std::vector<int>{512, 0, 4096, 4096};
        QCOMPARE(written.contains("layer_windows"), mixed);
        QVERIFY(modelFromJson(written, "m.json") == model);
    }

    void hybridModelsRoundTrip()
    {
        // Chunked and linear-attention layers, their widths, the output gate, MoE every second
        // layer and the import notes all survive a save and a load.
        ModelSpec model = modelFromJson(validModel(), "m.json");
        model.layers = 4;
        model.layerKinds = {LayerKind::Linear, LayerKind::Chunked, LayerKind::Linear,
                            LayerKind::Attention};
        model.attentionChunk = 8192;
        model.linear = LinearAttentionSpec{16, 32, 128, 128, 4, 4};
        model.attentionOutputGate = true;
        model.moe = MoeSpec{16, 1, 1, 1024, 0, 2};
        model.notes = {"read with an approximation"};
        const json written = modelToJson(model);
        QVERIFY(written["layer_kinds"] == json({"linear", "chunked", "linear", "attention"}));
        QVERIFY(written["linear_state_bytes"] == json(4));
        QVERIFY(modelFromJson(written, "m.json") == model);
        // A plain model writes none of these keys.
        const json plain = modelToJson(modelFromJson(validModel(), "m.json"));
        for (const char *key : {"layer_kinds", "linear_state_bytes", "attention_output_gate",
                                "notes", "attention_chunk", "moe_layer_step"})
            QVERIFY2(!plain.contains(key), key);
    }

    void hybridModelsNeedTheirWidths()
    {
        json object = validModel();
        object["layers"] = 2;
        object["layer_kinds"] = {"linear", "attention"};
        const auto error = errorFrom([&] { modelFromJson(object, "m.json"); });
        QVERIFY(error);
        QCOMPARE(QString::fromStdString(error->field()), QString("linear_value_heads"));
        object["layer_kinds"] = {"chunked", "attention"};
        QCOMPARE(
            QString::fromStdString(errorFrom([&] { modelFromJson(object, "m.json"); })->field()),
            QString("attention_chunk"));
        object["layer_kinds"] = {"mamba", "attention"};
        QCOMPARE(
            QString::fromStdString(errorFrom([&] { modelFromJson(object, "m.json"); })->field()),
            QString("layer_kinds[0]"));
    }

    void deploymentRoundTrip()
    {
        Scenario scenario = paperExample();
        Deployment &d = scenario.deployment;
        d.gpus = 8;
        d.mfu = 0.6;
        d.mbu = 0.75;
        d.memoryUtilization = 0.9;
        d.reservedBytesPerGpu = 2.5 * kGiB;
        d.kvCompression = {2, 4, 8, 1.5};
        d.weightDtype = DType::FP8;
        d.kvDtype = DType::INT4;
        d.attentionFlops = AttentionFlops::Causal;
        d.tpCommunication = true;
        d.paramsOverride = 0;
        d.modelSize = 70e9;
        d.users = 16;
        const json written = deploymentToJson(d);
        QCOMPARE(written["mfu"].get<double>(), 0.6);
        QCOMPARE(written["reserved_gib"].get<double>(), 2.5);
        QVERIFY(!written.contains("params"));          // 0 = derived: not written
        QVERIFY(!written.contains("host_memory_gib")); // still the default
        Scenario reread = paperExample();
        deploymentFromJson(written, "d.json", reread);
        QVERIFY(reread.deployment == d);
    }

    void scenarioWritesBuiltinsAsIds()
    {
        const PresetResolver resolver = builtinResolver();
        Scenario scenario = paperExample();
        json written = scenarioToJson(scenario, resolver);
        QCOMPARE(written["model"].get<std::string>(), std::string("yi-34b-200k"));
        QCOMPARE(written["hardware"].get<std::string>(), std::string("a100-sxm4-80gb"));

        // The HBM slider keeps the hardware id and writes an override.
        scenario.hardware.hbmBytes = 40 * kGiB;
        written = scenarioToJson(scenario, resolver);
        QCOMPARE(written["hardware"].get<std::string>(), std::string("a100-sxm4-80gb"));
        QCOMPARE(written["deployment"]["hbm_gib"].get<double>(), 40.0);
        QVERIFY(!written["deployment"].contains("pcie_gbs"));
        QVERIFY(scenarioFromJson(written, "s.json", resolver) == scenario);

        // A changed model or chip no longer is the built-in: written inline, read back equal.
        scenario.model.layers = 30;
        scenario.hardware.bf16Flops = 400e12;
        written = scenarioToJson(scenario, resolver);
        QVERIFY(written["model"].is_object());
        QVERIFY(written["hardware"].is_object());
        const std::string text = dumpJson(written);
        QVERIFY(scenarioFromJson(parseJson(text, "s.json"), "s.json", resolver) == scenario);
    }

    void scenarioNamesFilesBesideIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath("models/tiny"));
        json model = validModel();
        model["id"] = "tiny";
        QVERIFY(writeText(dir.filePath("models/tiny.json"), dumpJson(model)));
        QVERIFY(writeText(dir.filePath("models/tiny/config.json"),
                          R"({"model_type": "llama", "num_hidden_layers": 4, "hidden_size": 256,
                              "num_attention_heads": 4, "intermediate_size": 1024,
                              "vocab_size": 1000})"));
        json hardware = validHardware();
        hardware["id"] = "chip";
        QVERIFY(writeText(dir.filePath("chip.json"), dumpJson(hardware)));

        json scenario = validScenario();
        scenario["model"] = "models/tiny.json";
        scenario["hardware"] = "chip.json";
        QVERIFY(writeText(dir.filePath("s.json"), dumpJson(scenario)));
        const Scenario loaded = resolveScenario(dir.filePath("s.json").toStdString());
        QCOMPARE(loaded.model.id, std::string("tiny"));
        QCOMPARE(loaded.model.layers, 32);
        QCOMPARE(loaded.hardware.id, std::string("chip"));

        scenario["model"] = "models/tiny/config.json";
        QVERIFY(writeText(dir.filePath("hf.json"), dumpJson(scenario)));
        const Scenario fromHf = resolveScenario(dir.filePath("hf.json").toStdString());
        QCOMPARE(fromHf.model.layers, 4);
        QCOMPARE(fromHf.model.id, std::string("tiny"));

        // A broken referenced file is reported as itself.
        QVERIFY(writeText(dir.filePath("chip.json"), "{\"kind\": \"hardware\""));
        const auto error =
            errorFrom([&] { resolveScenario(dir.filePath("s.json").toStdString()); });
        QVERIFY(error);
        QCOMPARE(QString::fromStdString(error->file()), dir.filePath("chip.json"));
    }

    void resolveByIdOrFile()
    {
        QCOMPARE(resolveModel("llama-3.1-8b").layers, 32);
        QCOMPARE(resolveHardware("h100-sxm5-80gb").hbmBandwidth, 3350e9);
        QCOMPARE(resolveScenario("fu2024-34b-4k").deployment.context, 4000.0);

        QTemporaryDir dir;
        const QString path = dir.filePath("mine.json");
        savePresetFile(path.toStdString(), Preset{*findBuiltinModel("gemma-2-9b")},
                       builtinResolver());
        QVERIFY(resolveModel(path.toStdString()) == *findBuiltinModel("gemma-2-9b"));

        const auto model = errorFrom([] { resolveModel("llama-9"); });
        QVERIFY(model);
        QCOMPARE(model->field(), std::string("--model"));
        QCOMPARE(model->value(), std::string("llama-9"));
        QVERIFY(model->problem().find("yi-34b-200k") != std::string::npos);
        const auto hardware = errorFrom([] { resolveHardware("a200"); });
        QVERIFY(hardware);
        QCOMPARE(hardware->field(), std::string("--hardware"));
        QVERIFY(hardware->problem().find("a100-sxm4-80gb") != std::string::npos);
        const auto scenario = errorFrom([] { resolveScenario("nope"); });
        QVERIFY(scenario);
        QCOMPARE(scenario->field(), std::string("--scenario"));
        QVERIFY(scenario->problem().find("fu2024-34b-50k") != std::string::npos);

        // A file of the wrong kind says so.
        const auto kind = errorFrom([&] {
            writeText(dir.filePath("chip.json"), dumpJson(validHardware()));
            resolveModel(dir.filePath("chip.json").toStdString());
        });
        QVERIFY(kind);
        QCOMPARE(kind->field(), std::string("kind"));
    }

    void loadPresetFileDetectsHuggingFaceConfigs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QVERIFY(writeText(path, R"({"model_type": "mistral", "num_hidden_layers": 2,
            "hidden_size": 128, "num_attention_heads": 4, "num_key_value_heads": 2,
            "intermediate_size": 512, "vocab_size": 100, "sliding_window": 64})"));
        const Preset preset = loadPresetFile(path.toStdString(), builtinResolver());
        QCOMPARE(presetKind(preset), PresetKind::Model);
        QCOMPARE(std::get<ModelSpec>(preset).layerWindows, (std::vector<int>{64, 64}));
    }

    void builtinIdsAreListed()
    {
        const QString models = QString::fromStdString(builtinIds(PresetKind::Model));
        QVERIFY(models.contains("deepseek-v3, gemma-2-9b"));
        QCOMPARE(models.count(','), 11);
        QCOMPARE(QString::fromStdString(builtinIds(PresetKind::Scenario)),
                 QStringLiteral("fu2024-34b-4k, fu2024-34b-50k"));
    }
};

QTEST_GUILESS_MAIN(TestPresetIo)
#include "tst_presetio.moc"
