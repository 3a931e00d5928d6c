// SPDX-License-Identifier: GPL-3.0-or-later
// Hugging Face config.json import (see hfconfig.h and docs/huggingface-import.md).
#include "hfconfig.h"

#include "hfconfigkeys.h"
#include "inputerror.h"
#include "jsonfields.h"
#include "parameters.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

namespace kvscope::model {

namespace {

using nlohmann::json;

/// Architectures whose MLP is up-projection, activation, down-projection (2 matrices), not gated.
constexpr std::array<std::string_view, 12> kNonGatedModelTypes{
    "gpt2",  "gpt_bigcode", "gpt_neo", "gpt_neox", "gptj", "opt",
    "bloom", "falcon",      "phi",     "codegen",  "mpt",  "starcoder2"};
/// Config classes whose tie_word_embeddings defaults to true, so their config.json often omits it
/// (model_type with any "_text" suffix removed).
constexpr std::array<std::string_view, 7> kTiedByDefaultModelTypes{
    "gpt2", "gemma", "gemma2", "gemma3", "gpt_neo", "cohere", "cohere2"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N> &names, std::string_view name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// The config seen through "text_config": a key there wins, else the top level. null counts as
/// absent, as transformers treats it.
class ConfigView
{
public:
    ConfigView(const json &config, const std::string &file) : m_config(config), m_file(file)
    {
        const json *text = member(config, "text_config");
        if (text && text->is_object())
            m_text = text;
    }

    const std::string &file() const { return m_file; }

    /// The first of `keys` present (not null), or nullptr.
    const json *find(std::initializer_list<std::string_view> keys) const
    {
        for (std::string_view key : keys)
            if (const json *value = lookup(key))
                return value;
        return nullptr;
    }

    /// The name a message should use for `key`: "text_config.hidden_size" when read there.
    std::string field(std::initializer_list<std::string_view> keys) const
    {
        for (std::string_view key : keys) {
            if (m_text && present(*m_text, key))
                return "text_config." + std::string(key);
            if (present(m_config, key))
                return std::string(key);
        }
        return std::string(*keys.begin());
    }

    /// A whole number checked against the parameter `tableKey`; nullopt when absent.
    std::optional<int> integer(std::initializer_list<std::string_view> keys,
                               std::string_view tableKey) const
    {
        const json *value = find(keys);
        if (!value)
            return std::nullopt;
        return int(numberField(*value, parameter(tableKey), m_file, field(keys)));
    }

    int required(std::initializer_list<std::string_view> keys, std::string_view tableKey) const
    {
        if (const auto value = integer(keys, tableKey))
            return *value;
        throw InputError(m_file, std::string(*keys.begin()), "",
                         "missing: needed to import a Hugging Face config");
    }

    std::string string(std::initializer_list<std::string_view> keys) const
    {
        const json *value = find(keys);
        return value ? stringField(*value, m_file, field(keys)) : std::string();
    }

    /// True when `key` is written as null and nowhere with a value: transformers' way of turning
    /// off what the key's absence would default to.
    bool isNull(std::string_view key) const
    {
        if (find({key}))
            return false;
        const json *value = m_text ? member(*m_text, key) : nullptr;
        if (!value)
            value = member(m_config, key);
        return value && value->is_null();
    }

    std::optional<bool> boolean(std::string_view key) const
    {
        const json *value = find({key});
        if (!value)
            return std::nullopt;
        return boolField(*value, m_file, field({key}));
    }

private:
    static bool present(const json &object, std::string_view key)
    {
        const json *value = member(object, key);
        return value && !value->is_null();
    }
    const json *lookup(std::string_view key) const
    {
        if (m_text && present(*m_text, key))
            return member(*m_text, key);
        if (present(m_config, key))
            return member(m_config, key);
        return nullptr;
    }

    const json &m_config;
    const json *m_text = nullptr;
    const std::string &m_file;
};

std::string lowercase(std::string text)
{
    for (char &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

/// "meta-llama/Llama-3.1-8B" -> "Llama-3.1-8B"; else the file's stem, or its folder's name when
/// the file is just "config.json" (the usual layout of a downloaded model).
std::string modelName(const ConfigView &config)
{
    std::string name = config.string({"_name_or_path"});
    while (!name.empty() && (name.back() == '/' || name.back() == '\\'))
        name.pop_back();
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name.erase(0, slash + 1);
    if (!name.empty())
        return name;
    const std::filesystem::path path(config.file());
    name = path.stem().string();
    if (name == "config" && path.has_parent_path())
        name = std::filesystem::absolute(path).parent_path().filename().string();
    return name.empty() ? "imported-model" : name;
}

/// Per-layer mixers and windows of one config, with the notes any approximation needs.
struct Layers
{
    std::vector<int> windows;
    std::vector<LayerKind> kinds;
};

/// Llama 4: chunked attention on the RoPE layers, full attention on the NoPE ones (every
/// no_rope_layer_interval-th, 4 by default), as transformers' Llama4TextConfig derives them.
std::vector<LayerKind> llama4Kinds(const ConfigView &config, int layers)
{
    std::vector<LayerKind> kinds;
    if (const json *flags = config.find({"no_rope_layers"});
        flags && flags->is_array() && !flags->empty()) {
        const std::string field = config.field({"no_rope_layers"});
        if (flags->size() < std::size_t(layers))
            throw InputError(config.file(), field, std::to_string(flags->size()) + " entries",
                             "must have at least one entry per layer (num_hidden_layers = " +
                                 std::to_string(layers) + ")");
        for (int layer = 0; layer < layers; ++layer) {
            const json &flag = (*flags)[std::size_t(layer)];
            if (!flag.is_number_integer() || (flag != 0 && flag != 1))
                throw InputError(config.file(), field + "[" + std::to_string(layer) + "]",
                                 jsonValueText(flag),
                                 "must be 1 (RoPE, chunked) or 0 (NoPE, full)");
            kinds.push_back(flag == 1 ? LayerKind::Chunked : LayerKind::Attention);
        }
        return kinds;
    }
    const int interval = config.integer({"no_rope_layer_interval"}, "layers").value_or(4);
    for (int layer = 0; layer < layers; ++layer)
        kinds.push_back((layer + 1) % interval != 0 ? LayerKind::Chunked : LayerKind::Attention);
    return kinds;
}

Layers readLayers(const ConfigView &config, const std::string &family, ModelSpec &model)
{
    const int layers = model.layers;
    const std::optional<int> window = config.integer({"sliding_window"}, "sliding-window");
    const json *types = config.find({"layer_types"});
    Layers result;
    result.windows.assign(std::size_t(layers), 0);
    result.kinds.assign(std::size_t(layers), LayerKind::Attention);
    const auto needChunk = [&](const std::string &why) {
        if (model.attentionChunk <= 0)
            throw InputError(config.file(), "attention_chunk_size", "", "missing: " + why);
    };
    const auto needLinear = [&](const std::string &why) {
        if (!model.linear.enabled() || model.linear.keyHeads <= 0 || model.linear.keyHeadDim <= 0 ||
            model.linear.valueHeadDim <= 0)
            throw InputError(config.file(), "linear_num_value_heads", "",
                             "missing: " + why +
                                 " needs linear_num_key_heads, linear_num_value_heads, "
                                 "linear_key_head_dim and linear_value_head_dim");
    };

    if (types) {
        const std::string field = config.field({"layer_types"});
        if (!types->is_array())
            throw InputError(config.file(), field, jsonValueText(*types),
                             "must be an array with one attention type per layer");
        if (types->size() != std::size_t(layers))
            throw InputError(config.file(), field, std::to_string(types->size()) + " entries",
                             "must have one entry per layer (num_hidden_layers = " +
                                 std::to_string(layers) + ")");
        for (std::size_t i = 0; i < types->size(); ++i) {
            const std::string entryField = field + "[" + std::to_string(i) + "]";
            const std::string type = stringField((*types)[i], config.file(), entryField);
            if (type == "full_attention") {
                continue;
            } else if (type == "sliding_attention") {
                if (!window)
                    throw InputError(config.file(), "sliding_window", "",
                                     "missing: layer_types has sliding_attention layers");
                result.windows[i] = *window;
            } else if (type == "chunked_attention") {
                needChunk("layer_types has chunked_attention layers");
                result.kinds[i] = LayerKind::Chunked;
            } else if (type == "linear_attention") {
                needLinear("layer_types has linear_attention layers, which");
                result.kinds[i] = LayerKind::Linear;
            } else {
                throw InputError(config.file(), entryField, type,
                                 "unsupported attention type: kvscope reads full_attention, "
                                 "sliding_attention, chunked_attention and linear_attention");
            }
        }
    } else if (family == "llama4") {
        if (model.attentionChunk > 0)
            result.kinds = llama4Kinds(config, layers);
    } else if (const auto interval = config.integer({"full_attention_interval"}, "layers")) {
        // Qwen3-Next: every interval-th layer is full attention, the others linear.
        needLinear("full_attention_interval, which makes the other layers linear attention,");
        for (int layer = 0; layer < layers; ++layer)
            if ((layer + 1) % *interval != 0)
                result.kinds[std::size_t(layer)] = LayerKind::Linear;
    } else if (window && config.boolean("use_sliding_window").value_or(true)) {
        result.windows.assign(std::size_t(layers), *window);
        const std::optional<int> pattern = config.integer({"sliding_window_pattern"}, "layers");
        const std::optional<int> maxWindowLayers =
            config.integer({"max_window_layers"}, "first-dense-layers");
        if (family == "gemma2") {
            // Gemma 2 alternates, starting with a sliding layer (transformers: not layer_idx % 2).
            for (int layer = 1; layer < layers; layer += 2)
                result.windows[std::size_t(layer)] = 0;
        } else if (pattern) {
            // Gemma 3, Cohere 2: every pattern-th layer is global.
            for (int layer = 0; layer < layers; ++layer)
                if ((layer + 1) % *pattern == 0)
                    result.windows[std::size_t(layer)] = 0;
        } else if (maxWindowLayers) {
            // Qwen2 with use_sliding_window: layers from max_window_layers on slide.
            for (int layer = 0; layer < std::min(*maxWindowLayers, layers); ++layer)
                result.windows[std::size_t(layer)] = 0;
        }
    }

    // A window that reaches the trained context never slides within it (Phi-3-mini-128k has
    // sliding_window 262144 over 131072 positions): read it as full attention and say so.
    if (window && model.maxContext > 0 && *window >= model.maxContext &&
        std::any_of(result.windows.begin(), result.windows.end(), [](int w) { return w > 0; })) {
        std::replace_if(
            result.windows.begin(), result.windows.end(), [](int w) { return w > 0; }, 0);
        model.notes.push_back("sliding_window = " + std::to_string(*window) +
                              " is not below the trained context (" +
                              std::to_string(int(model.maxContext)) +
                              " tokens): read as full attention, so KV keeps growing past it");
    }
    if (std::all_of(result.windows.begin(), result.windows.end(), [](int w) { return w == 0; }))
        result.windows.clear();
    if (std::all_of(result.kinds.begin(), result.kinds.end(),
                    [](LayerKind k) { return k == LayerKind::Attention; }))
        result.kinds.clear();
    return result;
}

/// MoE layers every `step`-th layer: the index list a config may spell out instead must match.
void checkMoeLayerList(const ConfigView &config, const ModelSpec &model)
{
    const json *list = config.find({"moe_layers"});
    if (!list)
        return;
    const std::string field = config.field({"moe_layers"});
    json expected = json::array();
    for (int layer = 0; layer < model.layers; ++layer)
        if (model.isMoeLayer(layer))
            expected.push_back(layer);
    if (*list != expected)
        throw InputError(config.file(), field, jsonValueText(*list),
                         "kvscope models MoE layers every interleave_moe_layer_step-th layer (" +
                             jsonValueText(expected) + "); another list is not modelled");
}

void readMoe(const ConfigView &config, const std::string &family, ModelSpec &model)
{
    MoeSpec &moe = model.moe;
    moe.experts =
        config.integer({"num_local_experts", "num_experts", "n_routed_experts"}, "experts")
            .value_or(0);
    if (moe.experts == 0)
        return;
    moe.active =
        config.integer({"num_experts_per_tok", "experts_per_token"}, "active-experts").value_or(0);
    const bool llama4 = family == "llama4";
    // Mixtral's experts are as wide as the dense MLP it replaces; later MoEs say so explicitly.
    // Llama 4's experts are intermediate_size wide and its dense layers intermediate_size_mlp.
    const int defaultWidth =
        llama4 ? config.integer({"intermediate_size"}, "expert-width").value_or(8192) : model.ffn;
    moe.expertWidth =
        config.integer({"moe_intermediate_size"}, "expert-width").value_or(defaultWidth);
    if (moe.expertWidth <= 0)
        throw InputError(config.file(), "moe_intermediate_size", std::to_string(moe.expertWidth),
                         "an MoE model needs experts at least 1 wide");
    if (llama4) {
        moe.shared = 1; // every Llama 4 MoE layer has one always-on shared expert
    } else if (const auto shared = config.integer({"n_shared_experts"}, "shared-experts")) {
        moe.shared = *shared;
    } else if (const auto sharedWidth =
                   config.integer({"shared_expert_intermediate_size"}, "expert-width")) {
        // Qwen-MoE has one wide shared expert; count it in routed-expert widths.
        const double ratio = double(*sharedWidth) / moe.expertWidth;
        moe.shared = int(std::lround(ratio));
        checkValue(parameter("shared-experts"), moe.shared, config.file(),
                   "shared_expert_intermediate_size");
        if (ratio != moe.shared)
            model.notes.push_back(
                "shared_expert_intermediate_size = " + std::to_string(*sharedWidth) +
                " counted as " + std::to_string(moe.shared) + " experts of " +
                std::to_string(moe.expertWidth));
    }
    moe.firstDenseLayers =
        config.integer({"first_k_dense_replace"}, "first-dense-layers").value_or(0);
    moe.layerStep =
        config.integer({"interleave_moe_layer_step", "decoder_sparse_step"}, "moe-layer-step")
            .value_or(0);
    if (moe.layerStep == 1)
        moe.layerStep = 0; // every layer: one representation
    if (const auto frequency = config.integer({"moe_layer_freq"}, "moe-layer-step");
        frequency && *frequency > 1)
        throw InputError(config.file(), config.field({"moe_layer_freq"}),
                         std::to_string(*frequency),
                         "an MoE layer every few layers counted from 0 is not modelled (every "
                         "released DeepSeek checkpoint has 1)");
    if (const json *dense = config.find({"mlp_only_layers"});
        dense && !(dense->is_array() && dense->empty()))
        throw InputError(config.file(), config.field({"mlp_only_layers"}), jsonValueText(*dense),
                         "dense layers among the MoE layers are not modelled; only [] is read");

    if (moe.active < 1)
        throw InputError(config.file(), "num_experts_per_tok", std::to_string(moe.active),
                         "an MoE model routes each token to at least one expert");
    if (moe.active > moe.experts)
        throw InputError(config.file(), "num_experts_per_tok", std::to_string(moe.active),
                         "cannot exceed the number of experts (" + std::to_string(moe.experts) +
                             ")");
    if (moe.firstDenseLayers > model.layers)
        throw InputError(config.file(), "first_k_dense_replace",
                         std::to_string(moe.firstDenseLayers),
                         "cannot exceed num_hidden_layers (" + std::to_string(model.layers) + ")");
    checkMoeLayerList(config, model);
}

void readLinearAttention(const ConfigView &config, ModelSpec &model)
{
    LinearAttentionSpec &linear = model.linear;
    linear.keyHeads = config.integer({"linear_num_key_heads"}, "linear-key-heads").value_or(0);
    linear.valueHeads =
        config.integer({"linear_num_value_heads"}, "linear-value-heads").value_or(0);
    linear.keyHeadDim = config.integer({"linear_key_head_dim"}, "linear-key-head-dim").value_or(0);
    linear.valueHeadDim =
        config.integer({"linear_value_head_dim"}, "linear-value-head-dim").value_or(0);
    linear.convKernel =
        config.integer({"linear_conv_kernel_dim"}, "linear-conv-kernel").value_or(4);
    const std::string ssmDtype = config.string({"mamba_ssm_dtype"});
    if (ssmDtype == "float32")
        linear.recurrentStateBytes = 4;
    else if (!ssmDtype.empty() && ssmDtype != "bfloat16" && ssmDtype != "float16" &&
             ssmDtype != "auto")
        throw InputError(config.file(), config.field({"mamba_ssm_dtype"}), ssmDtype,
                         "expected float32, bfloat16, float16 or auto");
}

/// Multi-token-prediction layers sit in the checkpoint but run only for speculative decoding.
void noteSpeculativeLayers(const ConfigView &config, ModelSpec &model)
{
    for (const char *key : {"num_nextn_predict_layers", "mtp_num_hidden_layers"}) {
        const std::optional<int> count = config.integer({key}, "layers");
        if (count && *count > 0)
            model.notes.push_back(std::string(key) + " = " + std::to_string(*count) +
                                  ": multi-token-prediction layers are not counted; engines run "
                                  "them only for speculative decoding");
    }
}

void readMla(const ConfigView &config, ModelSpec &model)
{
    MlaSpec &mla = model.mla;
    mla.kvLoraRank = config.integer({"kv_lora_rank"}, "kv-lora-rank").value_or(0);
    if (mla.kvLoraRank == 0)
        return;
    mla.qLoraRank = config.integer({"q_lora_rank"}, "q-lora-rank").value_or(0);
    mla.ropeDim = config.integer({"qk_rope_head_dim"}, "qk-rope-head-dim").value_or(0);
    mla.nopeDim = config.integer({"qk_nope_head_dim"}, "qk-nope-head-dim").value_or(0);
    mla.vDim = config.integer({"v_head_dim"}, "v-head-dim").value_or(0);
    if (mla.nopeDim == 0)
        throw InputError(config.file(), "qk_nope_head_dim", "",
                         "missing: MLA (kv_lora_rank > 0) needs the per-head key width");
    if (mla.vDim == 0)
        throw InputError(config.file(), "v_head_dim", "",
                         "missing: MLA (kv_lora_rank > 0) needs the per-head value width");
}

} // namespace

ModelSpec modelFromHuggingFace(const json &config, const std::string &file)
{
    if (!config.is_object())
        throw InputError(file, "", jsonValueText(config), "a config.json must be a JSON object");
    const ConfigView view(config, file);
    refuseUnknownCostKeys(config, file, "");
    if (const json *text = member(config, "text_config"); text && text->is_object())
        refuseUnknownCostKeys(*text, file, "text_config.");
    ModelSpec model;
    const std::string modelType = view.string({"model_type"});
    // "llama4_text", "qwen3_5_moe_text": the language model of a multimodal family.
    std::string family = modelType;
    if (family.size() > 5 && family.ends_with("_text"))
        family.erase(family.size() - 5);
    const bool chatglm = family == "chatglm";

    model.name = modelName(view);
    model.id = lowercase(model.name);
    model.source = file;

    model.layers = view.required({"num_hidden_layers", "n_layer", "num_layers"}, "layers");
    model.hidden = view.required({"hidden_size", "n_embd"}, "hidden");
    model.heads = view.required({"num_attention_heads", "n_head"}, "heads");
    if (chatglm) {
        // ChatGLM/GLM-4 name grouped-query attention its own way.
        const bool grouped = view.boolean("multi_query_attention").value_or(false);
        model.kvHeads =
            grouped ? view.required({"multi_query_group_num"}, "kv-heads") : model.heads;
    } else {
        model.kvHeads = view.integer({"num_key_value_heads"}, "kv-heads").value_or(model.heads);
    }
    if (model.heads % model.kvHeads != 0)
        throw InputError(file,
                         view.field({chatglm ? "multi_query_group_num" : "num_key_value_heads"}),
                         std::to_string(model.kvHeads),
                         "must divide num_attention_heads (" + std::to_string(model.heads) + ")");
    // ChatGLM's embedding and output layer are padded_vocab_size rows.
    model.vocab = chatglm ? view.required({"padded_vocab_size", "vocab_size"}, "vocab")
                          : view.required({"vocab_size"}, "vocab");
    // GPT-2 leaves n_inner null to mean 4 x hidden; Llama 4's dense layers are
    // intermediate_size_mlp wide (its intermediate_size is the experts').
    model.ffn =
        family == "llama4"
            ? view.integer({"intermediate_size_mlp"}, "ffn").value_or(16384)
            : view.integer({"intermediate_size", "n_inner", "ffn_hidden_size"}, "ffn").value_or(0);
    if (model.ffn == 0) {
        model.ffn = 4 * model.hidden;
        checkValue(parameter("ffn"), model.ffn, file, "intermediate_size");
    }
    model.maxContext =
        view.integer({"max_position_embeddings", "n_positions", "seq_length"}, "max-context")
            .value_or(0);
    model.tiedEmbeddings =
        view.boolean("tie_word_embeddings").value_or(contains(kTiedByDefaultModelTypes, family));
    model.gatedMlp = !contains(kNonGatedModelTypes, family);
    // Qwen3-Next always gates the attention output; Qwen3.5 says so in attn_output_gate.
    model.attentionOutputGate = view.boolean("attn_output_gate").value_or(family == "qwen3_next");

    readMoe(view, family, model);
    readMla(view, model);
    readLinearAttention(view, model);
    // MLA configs have no head_dim of their own; the preset convention is the nope width.
    const int defaultHeadDim = model.mla.enabled() ? model.mla.nopeDim : 0;
    model.headDim = view.integer({"head_dim", "kv_channels"}, "head-dim").value_or(defaultHeadDim);
    // Llama4TextConfig defaults to 8192-token chunks; an explicit null turns them off.
    const int defaultChunk = family == "llama4" && !view.isNull("attention_chunk_size") ? 8192 : 0;
    model.attentionChunk =
        view.integer({"attention_chunk_size"}, "attention-chunk").value_or(defaultChunk);
    Layers layers = readLayers(view, family, model);
    model.layerWindows = std::move(layers.windows);
    model.layerKinds = std::move(layers.kinds);
    if (!model.linear.enabled() || model.layerKinds.empty())
        model.linear = {}; // linear_* keys without linear layers change nothing
    noteSpeculativeLayers(view, model);
    return model;
}

} // namespace kvscope::model
