// SPDX-License-Identifier: GPL-3.0-or-later
// Hugging Face import of current model families, checked where it matters: KV bytes per token,
// KV per user at a long context (windows, chunks, linear layers), and total and active parameters
// against hand counts written out here, so a key read wrong or dropped changes a number.
#include "evaluate.h"
#include "hfconfig.h"
#include "hfconfigs.h"
#include "inputerror.h"
#include "scenarionotes.h"

#include <QTest>

#include <optional>

using namespace kvscope::model;
using namespace kvscope::testing;
using nlohmann::json;

namespace {

constexpr double kBf16 = 2;

/// The model alone on one GPU, bf16 KV, no compression.
Scenario scenarioOf(const ModelSpec &model, double context)
{
    Scenario s;
    s.setModel(model);
    s.deployment.context = context;
    s.deployment.gpus = 1;
    return s;
}

/// 2 h d d_h (Q, O) + 2 d h_kv d_h (K, V): one softmax-attention layer's weights.
double attention(double d, double heads, double kvHeads, double headDim)
{
    return 2 * d * heads * headDim + 2 * d * kvHeads * headDim;
}

/// A gated (SwiGLU) MLP of width f.
double gatedMlp(double d, double f)
{
    return 3 * d * f;
}

/// One Gated DeltaNet layer of Qwen3-Next and Qwen3.5 (16 key heads and 32 value heads of 128,
/// a 4-wide convolution): q, k, v and gate projections, beta and decay projections, the
/// convolution over q, k and v, dt_bias and A_log, the gated norm and the output projection.
double gatedDeltaNet(double d)
{
    const double keyDim = 16 * 128, valueDim = 32 * 128;
    return d * (2 * keyDim + 2 * valueDim) + d * 2 * 32 + (2 * keyDim + valueDim) * 4 + 2 * 32 +
           128 + valueDim * d;
}

/// 2 norms per layer and the final one.
double norms(double d, double layers)
{
    return 2 * d * layers + d;
}

struct Shape
{
    double layers, hidden, heads, kvHeads, headDim, vocab; ///< untied embeddings
};
struct Experts
{
    double count, routed, shared, width; ///< every layer MoE, a router of d x count
};

/// A handCounts row for a model whose every layer is softmax attention over the full context
/// and an MoE MLP, counted by hand from its shape (bf16 KV at 128K tokens).
void moeRow(const char *name, const char *config, Shape m, Experts e)
{
    const double d = m.hidden;
    const double attn = attention(d, m.heads, m.kvHeads, m.headDim);
    const double expert = gatedMlp(d, e.width), router = d * e.count;
    const double rest = norms(d, m.layers) + 2 * m.vocab * d;
    const double perToken = m.layers * 2 * m.kvHeads * m.headDim * kBf16;
    QTest::newRow(name) << QByteArray(config) << perToken << 131072.0 << perToken * 131072
                        << m.layers * (attn + (e.count + e.shared) * expert + router) + rest
                        << m.layers * (attn + (e.routed + e.shared) * expert + router) + rest
                        << QString();
}

} // namespace

class TestHfConfigFamilies : public QObject
{
    Q_OBJECT

private slots:
    void handCounts_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<double>("kvBytesPerToken");
        QTest::addColumn<double>("context");
        QTest::addColumn<double>("kvBytesPerUser");
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("active");
        QTest::addColumn<QString>("note");
        const double k128 = 131072;

        {
            // GLM-4-9B: 40 layers, d 4096, 32 heads over 2 KV groups of 128, FFN 13696, padded
            // vocabulary 151552, untied.
            const double layer = attention(4096, 32, 2, 128) + gatedMlp(4096, 13696);
            const double total = 40 * layer + norms(4096, 40) + 2 * 151552.0 * 4096;
            const double perToken = 40 * 2 * 2 * 128 * kBf16;
            QTest::newRow("GLM-4-9B (chatglm): 2 KV groups of kv_channels, padded vocab")
                << QByteArray(kGlm4_9b) << perToken << k128 << perToken * k128 << total << total
                << QString();
        }
        {
            // Qwen3-Next-80B-A3B: 12 full-attention layers (gated query, 16 x 256, 2 KV heads)
            // and 36 Gated DeltaNet layers; 512 experts of 512, 10 routed plus 1 shared.
            const double d = 2048;
            const double full = attention(d, 16, 2, 256) + d * 16 * 256; // + output gate
            const double keyDim = 16 * 128, valueDim = 32 * 128;
            const double linear = gatedDeltaNet(d);
            const double expert = gatedMlp(d, 512), router = d * 512;
            const double shared = 12 * full + 36 * linear + norms(d, 48) + 2 * 151936.0 * d;
            const double total = shared + 48 * (513 * expert + router);
            const double active = shared + 48 * (11 * expert + router);
            // Published safetensors total 79,674,391,296: the difference is q/k norms and the
            // shared expert's gate, which kvscope does not count.
            QVERIFY(std::abs(total - 79674391296.0) / 79674391296.0 < 2e-6);
            const double perToken = 12 * 2 * 2 * 256 * kBf16;
            // Each linear layer: a 32 x 128 x 128 recurrent state and 3 positions of the
            // convolution over q, k and v, in bf16.
            const double state = 36 * (32 * 128 * 128 + 3 * (2 * keyDim + valueDim)) * kBf16;
            QTest::newRow("Qwen3-Next: full_attention_interval 4, linear layers hold a state")
                << QByteArray(kQwen3Next) << perToken << k128 << perToken * k128 + state << total
                << active << "36 of 48 layers are linear attention";
        }
        {
            // Qwen3.5-9B: 8 full (gated) and 24 linear layers, dense FFN 12288, recurrent state
            // in float32.
            const double d = 4096;
            const double full = attention(d, 16, 4, 256) + d * 16 * 256;
            const double keyDim = 16 * 128, valueDim = 32 * 128;
            const double linear = gatedDeltaNet(d);
            const double total =
                8 * full + 24 * linear + 32 * gatedMlp(d, 12288) + norms(d, 32) + 2 * 248320.0 * d;
            const double perToken = 8 * 2 * 4 * 256 * kBf16;
            const double state = 24 * (32 * 128 * 128 * 4.0 + 3 * (2 * keyDim + valueDim) * kBf16);
            QCOMPARE(state, 51511296.0);
            QTest::newRow("Qwen3.5: layer_types with linear_attention, float32 state, MTP noted")
                << QByteArray::fromStdString(qwen35_9b()) << perToken << k128
                << perToken * k128 + state << total << total << "mtp_num_hidden_layers = 1";
        }
        {
            // Llama-4-Scout: 48 layers, 36 chunked (8192) and 12 global; 16 experts of 8192,
            // top-1, plus an always-on shared expert of 8192 on every layer.
            const double d = 5120;
            const double attn = attention(d, 40, 8, 128), expert = gatedMlp(d, 8192);
            const double rest = norms(d, 48) + 2 * 202048.0 * d;
            const double total = 48 * (attn + 17 * expert + d * 16) + rest;
            const double active = 48 * (attn + 2 * expert + d * 16) + rest;
            const double perLayer = 2 * 8 * 128 * kBf16;
            QTest::newRow("Llama-4-Scout: chunked attention and the shared expert")
                << QByteArray::fromStdString(
                       llama4("meta-llama/Llama-4-Scout-17B-16E", 16, 1, 10485760))
                << 48 * perLayer << k128 << (12 * k128 + 36 * 8192) * perLayer << total << active
                << "36 of 48 layers attend within chunks of 8,192 tokens";
        }
        {
            // Llama-4-Maverick: MoE on every second layer (128 experts of 8192 + 1 shared),
            // dense MLPs of intermediate_size_mlp 16384 on the others.
            const double d = 5120;
            const double attn = attention(d, 40, 8, 128), expert = gatedMlp(d, 8192);
            const double shared =
                48 * attn + 24 * gatedMlp(d, 16384) + norms(d, 48) + 2 * 202048.0 * d;
            const double total = shared + 24 * (129 * expert + d * 128);
            const double active = shared + 24 * (2 * expert + d * 128);
            const double perLayer = 2 * 8 * 128 * kBf16;
            QTest::newRow("Llama-4-Maverick: interleave_moe_layer_step 2")
                << QByteArray::fromStdString(
                       llama4("meta-llama/Llama-4-Maverick-17B-128E", 128, 2, 1048576))
                << 48 * perLayer << k128 << (12 * k128 + 36 * 8192) * perLayer << total << active
                << QString();
        }
        {
            // Command R: MHA 64 x 128, FFN 22528, vocabulary 256000 tied (CohereConfig's default).
            const double d = 8192;
            const double total =
                40 * (attention(d, 64, 64, 128) + gatedMlp(d, 22528)) + norms(d, 40) + 256000.0 * d;
            const double perToken = 40 * 2 * 64 * 128 * kBf16;
            QTest::newRow("Command R (cohere): tied embeddings by default")
                << QByteArray(kCommandR) << perToken << k128 << perToken * k128 << total << total
                << QString();
        }
        {
            // Phi-3-mini-128k: a 262144 window over 131072 trained positions is no window; at
            // 300K tokens the KV keeps growing.
            const double d = 3072;
            const double total = 32 * (attention(d, 32, 32, 96) + gatedMlp(d, 8192)) +
                                 norms(d, 32) + 2 * 32064.0 * d;
            const double perToken = 32 * 2 * 32 * 96 * kBf16;
            QTest::newRow("Phi-3-mini-128k: sliding_window above the trained context")
                << QByteArray(kPhi3Mini128k) << perToken << 300000.0 << perToken * 300000 << total
                << total << "sliding_window = 262144 is not below the trained context";
        }
        {
            // gpt-oss-120b: 36 layers alternating a 128-token window and full attention, 64 heads
            // of 64 over 8 KV heads; 128 experts of 2880, 4 per token.
            const double d = 2880;
            const double attn = attention(d, 64, 8, 64), expert = gatedMlp(d, 2880);
            const double rest = norms(d, 36) + 2 * 201088.0 * d;
            const double total = 36 * (attn + 128 * expert + d * 128) + rest;
            const double active = 36 * (attn + 4 * expert + d * 128) + rest;
            const double perLayer = 2 * 8 * 64 * kBf16;
            QTest::newRow("gpt-oss-120b: alternating 128-token windows, experts_per_token")
                << QByteArray::fromStdString(gptOss120b()) << 36 * perLayer << k128
                << (18 * k128 + 18 * 128) * perLayer << total << active << QString();
        }
        // Qwen3-30B-A3B: 48 layers, 32 heads over 4 KV heads of 128; 128 experts of 768, 8 routed.
        moeRow("Qwen3-30B-A3B (qwen3_moe)", kQwen3Moe, {48, 2048, 32, 4, 128, 151936},
               {128, 8, 0, 768});
        // Mixtral 8x7B: 8 experts of 14336, 2 per token; sliding_window null, no window.
        moeRow("Mixtral 8x7B", kMixtral, {32, 4096, 32, 8, 128, 32000}, {8, 2, 0, 14336});
        // Qwen1.5-MoE-A2.7B (qwen2_moe): MHA 16 x 128, 60 experts of 1408, 4 routed, one shared
        // expert of 5632 = 4 expert widths.
        moeRow("Qwen1.5-MoE (qwen2_moe): shared expert in expert widths", kQwenMoe,
               {24, 2048, 16, 16, 128, 151936}, {60, 4, 4, 1408});
        {
            // Gemma 2 9B: 42 layers alternating a 4096 window (from layer 0) and global; 16 heads
            // of 256 over 8 KV heads, FFN 14336, vocabulary 256000 tied.
            const double d = 3584;
            const double total =
                42 * (attention(d, 16, 8, 256) + gatedMlp(d, 14336)) + norms(d, 42) + 256000.0 * d;
            const double perLayer = 2 * 8 * 256 * kBf16;
            QTest::newRow("Gemma 2 9B: alternating windows")
                << QByteArray(kGemma2_9b) << 42 * perLayer << k128
                << (21 * k128 + 21 * 4096) * perLayer << total << total << QString();
        }
        {
            // Gemma 3 1B: 26 layers, 5 of 6 sliding over 512 tokens; 4 heads of 256, 1 KV head.
            const double d = 1152;
            const double total =
                26 * (attention(d, 4, 1, 256) + gatedMlp(d, 6912)) + norms(d, 26) + 262144.0 * d;
            const double perLayer = 2 * 1 * 256 * kBf16;
            QTest::newRow("Gemma 3 1B: sliding_window_pattern 6")
                << QByteArray(kGemma3Pattern) << 26 * perLayer << k128
                << (4 * k128 + 22 * 512) * perLayer << total << total << QString();
        }
        {
            // DeepSeek-V3: MLA caches 512 + 64 per layer and token; 3 dense layers of 18432, 58
            // MoE layers of 256 experts of 2048 (8 routed + 1 shared); q_lora 1536.
            const double d = 7168, h = 128;
            const double mla = d * 1536 + 1536 * h * 192 + 1536 + d * 576 + 512 +
                               512 * h * (128 + 128) + h * 128 * d;
            const double expert = gatedMlp(d, 2048);
            const double rest = 61 * mla + 3 * gatedMlp(d, 18432) + norms(d, 61) + 2 * 129280.0 * d;
            const double perToken = 61 * (512 + 64) * kBf16;
            QTest::newRow("DeepSeek-V3: MLA, shared experts, dense first layers, MTP noted")
                << QByteArray(kDeepSeekV3) << perToken << k128 << perToken * k128
                << rest + 58 * (257 * expert + d * 256) << rest + 58 * (9 * expert + d * 256)
                << "num_nextn_predict_layers = 1";
        }
    }

    void handCountsOfDeepSeekV2()
    {
        // DeepSeek-V2-Lite: MLA with a full-rank query (q_lora_rank null), 1 dense layer of 10944,
        // 26 MoE layers of 64 experts of 1408 (6 routed + 2 shared).
        const double d = 2048, h = 16;
        const double mla = d * h * 192 + d * 576 + 512 + 512 * h * 256 + h * 128 * d;
        const double expert = gatedMlp(d, 1408);
        const double rest = 27 * mla + gatedMlp(d, 10944) + norms(d, 27) + 2 * 102400.0 * d;
        const ModelSpec model = modelFromHuggingFace(json::parse(kDeepSeekV2Lite), "config.json");
        const Metrics metrics = evaluate(scenarioOf(model, 131072));
        QCOMPARE(metrics.params, rest + 26 * (66 * expert + d * 64));
        QCOMPARE(metrics.activeParams, rest + 26 * (8 * expert + d * 64));
        QCOMPARE(metrics.kvBytesPerToken, 27 * (512 + 64) * kBf16);
        QCOMPARE(metrics.kvBytesPerUser, 27 * (512 + 64) * kBf16 * 131072);
    }

    void handCounts()
    {
        QFETCH(QByteArray, config);
        QFETCH(double, kvBytesPerToken);
        QFETCH(double, context);
        QFETCH(double, kvBytesPerUser);
        QFETCH(double, total);
        QFETCH(double, active);
        QFETCH(QString, note);
        const ModelSpec model =
            modelFromHuggingFace(json::parse(config.toStdString()), "config.json");
        const Scenario scenario = scenarioOf(model, context);
        const Metrics metrics = evaluate(scenario);
        QCOMPARE(metrics.kvBytesPerToken, kvBytesPerToken);
        QCOMPARE(metrics.kvBytesPerUser, kvBytesPerUser);
        QCOMPARE(metrics.params, total);
        QCOMPARE(metrics.activeParams, active);
        const std::vector<std::string> notes = scenarioNotes(scenario, ByteUnits::Binary);
        if (note.isEmpty())
            return;
        QVERIFY2(std::any_of(notes.begin(), notes.end(),
                             [&](const std::string &n) {
                                 return QString::fromStdString(n).contains(note);
                             }),
                 qPrintable(note));
    }

    void unknownSpellingsOfCostKeysAreRefused_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("field");
        const auto renamed = [](const char *base, const char *from, const char *to) {
            json config = json::parse(base);
            config[to] = config[from];
            config.erase(from);
            return QByteArray::fromStdString(config.dump());
        };
        QTest::newRow("num_routed_experts for n_routed_experts")
            << renamed(kDeepSeekV3, "n_routed_experts", "num_routed_experts")
            << "num_routed_experts";
        QTest::newRow("num_kv_heads for num_key_value_heads")
            << renamed(kLlama31_8b, "num_key_value_heads", "num_kv_heads") << "num_kv_heads";
        json nested = json::parse(kLlama31_8b);
        nested["text_config"] = json{{"attention_window", 4096}};
        QTest::newRow("an unknown window key inside text_config")
            << QByteArray::fromStdString(nested.dump()) << "text_config.attention_window";
    }

    void unknownSpellingsOfCostKeysAreRefused()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, field);
        try {
            modelFromHuggingFace(json::parse(config.toStdString()), "config.json");
            QFAIL("accepted a key that may change the cost");
        } catch (const InputError &error) {
            QCOMPARE(QString::fromStdString(error.field()), field);
            QVERIFY(QString::fromStdString(error.what()).contains("refused rather than guessed"));
        }
    }

    void unknownHarmlessKeysAreIgnored()
    {
        json config = json::parse(kLlama31_8b);
        config["my_team_tag"] = "prod";
        const ModelSpec tagged = modelFromHuggingFace(config, "config.json");
        const ModelSpec plain = modelFromHuggingFace(json::parse(kLlama31_8b), "config.json");
        QVERIFY(tagged == plain);
    }

    void aWindowReachingTheTrainedContextIsNoWindow()
    {
        const ModelSpec phi = modelFromHuggingFace(json::parse(kPhi3Mini128k), "config.json");
        QCOMPARE(phi.notes.size(), std::size_t(1));
        QVERIFY(phi.layerWindows.empty());
    }

    void llama4ChunksDefaultTo8192AndNullTurnsThemOff()
    {
        json config = json::parse(llama4("meta-llama/Llama-4-Scout-17B-16E", 16, 1, 10485760));
        config["text_config"].erase("attention_chunk_size");
        const ModelSpec absent = modelFromHuggingFace(config, "config.json");
        QCOMPARE(absent.attentionChunk, 8192);
        QCOMPARE(absent.kindOfLayer(0), LayerKind::Chunked);
        config["text_config"]["attention_chunk_size"] = nullptr;
        const ModelSpec off = modelFromHuggingFace(config, "config.json");
        QCOMPARE(off.attentionChunk, 0);
        QVERIFY(off.layerKinds.empty());
    }

    void layerKindsSurviveARescale()
    {
        const ModelSpec next = modelFromHuggingFace(json::parse(kQwen3Next), "config.json");
        Scenario s = scenarioOf(next, 4096);
        s.deployment.modelSize = 20e9;
        const ModelSpec scaled = effectiveModel(s);
        QCOMPARE(scaled.kindOfLayer(3), LayerKind::Attention);
        QCOMPARE(scaled.kindOfLayer(0), LayerKind::Linear);
        QVERIFY(scaled.layers != next.layers);
    }
};

QTEST_APPLESS_MAIN(TestHfConfigFamilies)
#include "tst_hfconfigfamilies.moc"
