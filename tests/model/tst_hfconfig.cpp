// SPDX-License-Identifier: GPL-3.0-or-later
// Hugging Face config.json import: real configs of each architecture family, written inline, and
// the ModelSpec each must give.
#include "builtins.h"
#include "hfconfig.h"
#include "hfconfigs.h"
#include "inputerror.h"
#include "inputerrors.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace kvscope::model;
using namespace kvscope::testing;
using nlohmann::json;

Q_DECLARE_METATYPE(kvscope::model::ModelSpec)

namespace {

ModelSpec spec(const char *id, const char *name, int layers, int hidden, int heads, int kvHeads,
               int headDim, int ffn, int vocab, bool tied, double maxContext)
{
    ModelSpec m;
    m.id = id;
    m.name = name;
    m.layers = layers;
    m.hidden = hidden;
    m.heads = heads;
    m.kvHeads = kvHeads;
    m.headDim = headDim;
    m.ffn = ffn;
    m.vocab = vocab;
    m.tiedEmbeddings = tied;
    m.maxContext = maxContext;
    return m;
}

std::vector<int> windows(int layers, int width, const std::function<bool(int)> &sliding)
{
    std::vector<int> result;
    for (int layer = 0; layer < layers; ++layer)
        result.push_back(sliding(layer) ? width : 0);
    return result;
}

} // namespace

class TestHfConfig : public QObject
{
    Q_OBJECT

private slots:
    void imports_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("file");
        QTest::addColumn<ModelSpec>("expected");

        ModelSpec m =
            spec("llama-3.1-8b", "Llama-3.1-8B", 32, 4096, 32, 8, 0, 14336, 128256, false, 131072);
        QTest::newRow("Llama 3.1 8B: GQA, head_dim from hidden / heads")
            << QByteArray(kLlama31_8b) << "config.json" << m;

        m = spec("mistral-7b-v0.1", "Mistral-7B-v0.1", 32, 4096, 32, 8, 0, 14336, 32000, false,
                 32768);
        m.layerWindows.assign(32, 4096);
        QTest::newRow("Mistral 7B: a window on every layer, name from the folder")
            << QByteArray(kMistral7b) << "/models/Mistral-7B-v0.1/config.json" << m;

        m = spec("qwen2.5-7b-instruct", "Qwen2.5-7B-Instruct", 28, 3584, 28, 4, 0, 18944, 152064,
                 false, 32768);
        QTest::newRow("Qwen2.5 7B: use_sliding_window false means no window")
            << QByteArray(kQwen25_7b) << "config.json" << m;

        m = spec("gemma-2-9b", "gemma-2-9b", 42, 3584, 16, 8, 256, 14336, 256000, true, 8192);
        m.layerWindows = windows(42, 4096, [](int layer) { return layer % 2 == 0; });
        QTest::newRow("Gemma 2 9B: alternating windows from layer 0, tied by default")
            << QByteArray(kGemma2_9b) << "config.json" << m;

        m = spec("gemma-3-1b-pt", "gemma-3-1b-pt", 26, 1152, 4, 1, 256, 6912, 262144, true, 32768);
        m.layerWindows = windows(26, 512, [](int layer) { return (layer + 1) % 6 != 0; });
        QTest::newRow("Gemma 3: explicit layer_types")
            << QByteArray::fromStdString(gemma3WithLayerTypes()) << "config.json" << m;
        QTest::newRow("Gemma 3: sliding_window_pattern without layer_types")
            << QByteArray(kGemma3Pattern) << "config.json" << m;

        m = spec("qwen3-4b", "Qwen3-4B", 36, 2560, 32, 8, 128, 9728, 151936, true, 40960);
        QTest::newRow("Qwen3 4B: explicit head_dim unlike hidden / heads, name from the folder")
            << QByteArray(kQwen3_4b) << "downloads/Qwen3-4B/config.json" << m;

        m = spec("mixtral-8x7b-v0.1", "Mixtral-8x7B-v0.1", 32, 4096, 32, 8, 0, 14336, 32000, false,
                 32768);
        m.moe = MoeSpec{8, 2, 0, 14336, 0};
        QTest::newRow("Mixtral 8x7B: experts as wide as the dense MLP")
            << QByteArray(kMixtral) << "config.json" << m;

        m = spec("qwen1.5-moe-a2.7b", "Qwen1.5-MoE-A2.7B", 24, 2048, 16, 16, 0, 5632, 151936, false,
                 8192);
        m.moe = MoeSpec{60, 4, 4, 1408, 0};
        QTest::newRow("Qwen MoE: one wide shared expert counts as 4")
            << QByteArray(kQwenMoe) << "config.json" << m;

        m = *findBuiltinModel("deepseek-v3");
        m.id = "deepseek-v3";
        m.name = "DeepSeek-V3";
        m.notes = {"num_nextn_predict_layers = 1: multi-token-prediction layers are not counted; "
                   "engines run them only for speculative decoding"};
        QTest::newRow("DeepSeek-V3: MLA and MoE, as the built-in preset")
            << QByteArray(kDeepSeekV3) << "hf/DeepSeek-V3/config.json" << m;

        m = spec("deepseek-v2-lite", "DeepSeek-V2-Lite", 27, 2048, 16, 16, 128, 10944, 102400,
                 false, 163840);
        m.moe = MoeSpec{64, 6, 2, 1408, 1};
        m.mla = MlaSpec{512, 0, 64, 128, 128};
        QTest::newRow("DeepSeek-V2-Lite: q_lora_rank null is a full-rank query")
            << QByteArray(kDeepSeekV2Lite) << "DeepSeek-V2-Lite.json" << m;

        m = spec("gemma-3-4b-it", "gemma-3-4b-it", 34, 2560, 8, 4, 256, 10240, 262208, true,
                 131072);
        m.layerWindows = windows(34, 1024, [](int layer) { return (layer + 1) % 6 != 0; });
        QTest::newRow("multimodal: text_config wins, vocab_size falls back to the top")
            << QByteArray::fromStdString(multimodal()) << "config.json" << m;

        m = spec("gpt2", "gpt2", 12, 768, 12, 12, 0, 3072, 50257, true, 1024);
        m.gatedMlp = false;
        QTest::newRow("GPT-2: n_* keys, n_inner null = 4 x hidden, not gated, tied")
            << QByteArray(kGpt2) << "/cache/gpt2/config.json" << m;
    }

    void imports()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, file);
        QFETCH(ModelSpec, expected);
        expected.source = file.toStdString();
        const ModelSpec m =
            modelFromHuggingFace(json::parse(config.toStdString()), file.toStdString());
        QCOMPARE(QString::fromStdString(m.id), QString::fromStdString(expected.id));
        QCOMPARE(QString::fromStdString(m.name), QString::fromStdString(expected.name));
        QCOMPARE(QString::fromStdString(m.source), QString::fromStdString(expected.source));
        QCOMPARE(m.layers, expected.layers);
        QCOMPARE(m.hidden, expected.hidden);
        QCOMPARE(m.heads, expected.heads);
        QCOMPARE(m.kvHeads, expected.kvHeads);
        QCOMPARE(m.headDim, expected.headDim);
        QCOMPARE(m.ffn, expected.ffn);
        QCOMPARE(m.vocab, expected.vocab);
        QCOMPARE(m.tiedEmbeddings, expected.tiedEmbeddings);
        QCOMPARE(m.gatedMlp, expected.gatedMlp);
        QCOMPARE(m.maxContext, expected.maxContext);
        QCOMPARE(m.moe.experts, expected.moe.experts);
        QCOMPARE(m.moe.active, expected.moe.active);
        QCOMPARE(m.moe.shared, expected.moe.shared);
        QCOMPARE(m.moe.expertWidth, expected.moe.expertWidth);
        QCOMPARE(m.moe.firstDenseLayers, expected.moe.firstDenseLayers);
        QCOMPARE(m.mla.kvLoraRank, expected.mla.kvLoraRank);
        QCOMPARE(m.mla.qLoraRank, expected.mla.qLoraRank);
        QCOMPARE(m.mla.ropeDim, expected.mla.ropeDim);
        QCOMPARE(m.mla.nopeDim, expected.mla.nopeDim);
        QCOMPARE(m.mla.vDim, expected.mla.vDim);
        QCOMPARE(QList<int>(m.layerWindows.begin(), m.layerWindows.end()),
                 QList<int>(expected.layerWindows.begin(), expected.layerWindows.end()));
        QVERIFY(m == expected); // nothing left unchecked
    }

    void importedArchitectureMatchesBuiltin_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("builtin");
        QTest::newRow("Llama 3.1 8B") << QByteArray(kLlama31_8b) << "llama-3.1-8b";
        QTest::newRow("Mistral 7B") << QByteArray(kMistral7b) << "mistral-7b-v0.1";
        QTest::newRow("Qwen2.5 7B") << QByteArray(kQwen25_7b) << "qwen2.5-7b";
        QTest::newRow("Gemma 2 9B") << QByteArray(kGemma2_9b) << "gemma-2-9b";
        QTest::newRow("Mixtral") << QByteArray(kMixtral) << "mixtral-8x7b";
        QTest::newRow("DeepSeek-V3") << QByteArray(kDeepSeekV3) << "deepseek-v3";
    }

    void importedArchitectureMatchesBuiltin()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, builtin);
        const ModelSpec *preset = findBuiltinModel(builtin.toStdString());
        QVERIFY(preset);
        ModelSpec imported = modelFromHuggingFace(json::parse(config.toStdString()), "c.json");
        imported.id = preset->id;
        imported.name = preset->name;
        imported.source = preset->source;
        imported.headDim = imported.effectiveHeadDim();
        // Notes say what the import approximated (DeepSeek-V3's prediction layer); the preset
        // states the architecture alone.
        imported.notes.clear();
        QVERIFY(imported == *preset);
    }

    void badConfigsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *base, const char *patch,
                            const char *field, const char *message) {
            json config = json::parse(base);
            config.merge_patch(json::parse(patch));
            QTest::newRow(name) << QByteArray::fromStdString(config.dump()) << field << message;
        };
        row("no layer count", kLlama31_8b, R"({"num_hidden_layers": null})", "num_hidden_layers",
            "missing");
        row("no vocab", kLlama31_8b, R"({"vocab_size": null})", "vocab_size", "missing");
        row("hidden_size as a string", kLlama31_8b, R"({"hidden_size": "4096"})", "hidden_size",
            "must be a number");
        row("layers not whole", kLlama31_8b, R"({"num_hidden_layers": 32.5})", "num_hidden_layers",
            "whole number");
        row("KV heads do not divide heads", kLlama31_8b, R"({"num_key_value_heads": 6})",
            "num_key_value_heads", "must divide num_attention_heads (32)");
        row("layer_types too short", kLlama31_8b,
            R"({"sliding_window": 4096, "layer_types": ["full_attention"]})", "layer_types",
            "one entry per layer");
        row("more active experts than experts", kMixtral, R"({"num_experts_per_tok": 9})",
            "num_experts_per_tok", "cannot exceed");
        row("tie_word_embeddings as a string", kLlama31_8b, R"({"tie_word_embeddings": "no"})",
            "tie_word_embeddings", "must be true or false");
        row("a bad value inside text_config", kLlama31_8b,
            R"({"text_config": {"hidden_size": -1}})", "text_config.hidden_size", "out of range");
        row("sliding window zero", kMistral7b, R"({"sliding_window": 0})", "sliding_window",
            "out of range");
        {
            json config = json::parse(kLlama31_8b);
            json types = json::array();
            for (int layer = 0; layer < 32; ++layer)
                types.push_back(layer == 5 ? "mamba" : "full_attention");
            config["layer_types"] = types;
            QTest::newRow("an attention type kvscope does not model")
                << QByteArray::fromStdString(config.dump()) << "layer_types[5]"
                << "unsupported attention type";
        }
    }

    void badConfigsNameTheKey()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto error = errorFrom(
            [&] { modelFromHuggingFace(json::parse(config.toStdString()), "config.json"); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), QStringLiteral("config.json"));
        QCOMPARE(QString::fromStdString(error->field()), field);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
    }
};

QTEST_GUILESS_MAIN(TestHfConfig)
#include "tst_hfconfig.moc"
