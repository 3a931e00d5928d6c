// Hugging Face config.json import (see hfconfig.h and docs/huggingface-import.md).
#include "hfconfig.h"

#include "inputerror.h"
#include "jsonfields.h"
#include "parameters.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <initializer_list>
#include <optional>

namespace kvscope::model {

namespace {

using nlohmann::json;

/// Architectures whose MLP is up-projection, activation, down-projection (2 matrices), not gated.
constexpr std::array<std::string_view, 12> kNonGatedModelTypes{
    "gpt2",  "gpt_bigcode", "gpt_neo", "gpt_neox", "gptj", "opt",
    "bloom", "falcon",      "phi",     "codegen",  "mpt",  "starcoder2"};
/// Config classes whose tie_word_embeddings defaults to true, so their config.json often omits it.
constexpr std::array<std::string_view, 6> kTiedByDefaultModelTypes{
    "gpt2", "gemma", "gemma2", "gemma3", "gemma3_text", "gpt_neo"};

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

std::vector<int> layerWindows(const ConfigView &config, const std::string &modelType, int layers)
{
    const std::optional<int> window = config.integer({"sliding_window"}, "sliding-window");
    const json *types = config.find({"layer_types"});
    std::vector<int> windows;

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
                windows.push_back(0);
            } else if (type == "sliding_attention") {
                if (!window)
                    throw InputError(config.file(), "sliding_window", "",
                                     "missing: layer_types has sliding_attention layers");
                windows.push_back(*window);
            } else {
                throw InputError(config.file(), entryField, type,
                                 "unsupported attention type: kvscope reads full_attention and "
                                 "sliding_attention");
            }
        }
    } else if (window && config.boolean("use_sliding_window").value_or(true)) {
        windows.assign(std::size_t(layers), *window);
        const std::optional<int> pattern = config.integer({"sliding_window_pattern"}, "layers");
        const std::optional<int> maxWindowLayers =
            config.integer({"max_window_layers"}, "first-dense-layers");
        if (modelType == "gemma2") {
            // Gemma 2 alternates, starting with a sliding layer (transformers: not layer_idx % 2).
            for (int layer = 1; layer < layers; layer += 2)
                windows[std::size_t(layer)] = 0;
        } else if (pattern) {
            // Gemma 3, Cohere 2: every pattern-th layer is global.
            for (int layer = 0; layer < layers; ++layer)
                if ((layer + 1) % *pattern == 0)
                    windows[std::size_t(layer)] = 0;
        } else if (maxWindowLayers) {
            // Qwen2 with use_sliding_window: layers from max_window_layers on slide.
            for (int layer = 0; layer < std::min(*maxWindowLayers, layers); ++layer)
                windows[std::size_t(layer)] = 0;
        }
    }
    if (std::all_of(windows.begin(), windows.end(), [](int w) { return w == 0; }))
        windows.clear();
    return windows;
}

void readMoe(const ConfigView &config, ModelSpec &model)
{
    MoeSpec &moe = model.moe;
    moe.experts =
        config.integer({"num_local_experts", "num_experts", "n_routed_experts"}, "experts")
            .value_or(0);
    if (moe.experts == 0)
        return;
    moe.active = config.integer({"num_experts_per_tok"}, "active-experts").value_or(0);
    // Mixtral's experts are as wide as the dense MLP it replaces; later MoEs say so explicitly.
    moe.expertWidth = config.integer({"moe_intermediate_size"}, "expert-width").value_or(model.ffn);
    if (moe.expertWidth <= 0)
        throw InputError(config.file(), "moe_intermediate_size", std::to_string(moe.expertWidth),
                         "an MoE model needs experts at least 1 wide");
    if (const auto shared = config.integer({"n_shared_experts"}, "shared-experts")) {
        moe.shared = *shared;
    } else if (const auto sharedWidth =
                   config.integer({"shared_expert_intermediate_size"}, "expert-width")) {
        // Qwen-MoE has one wide shared expert; count it in routed-expert widths.
        moe.shared =
            moe.expertWidth > 0 ? int(std::lround(double(*sharedWidth) / moe.expertWidth)) : 0;
        checkValue(parameter("shared-experts"), moe.shared, config.file(),
                   "shared_expert_intermediate_size");
    }
    moe.firstDenseLayers =
        config.integer({"first_k_dense_replace"}, "first-dense-layers").value_or(0);

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
    ModelSpec model;
    const std::string modelType = view.string({"model_type"});

    model.name = modelName(view);
    model.id = lowercase(model.name);
    model.source = file;

    model.layers = view.required({"num_hidden_layers", "n_layer"}, "layers");
    model.hidden = view.required({"hidden_size", "n_embd"}, "hidden");
    model.heads = view.required({"num_attention_heads", "n_head"}, "heads");
    model.kvHeads = view.integer({"num_key_value_heads"}, "kv-heads").value_or(model.heads);
    if (model.heads % model.kvHeads != 0)
        throw InputError(file, view.field({"num_key_value_heads"}), std::to_string(model.kvHeads),
                         "must divide num_attention_heads (" + std::to_string(model.heads) + ")");
    model.vocab = view.required({"vocab_size"}, "vocab");
    // GPT-2 leaves n_inner null to mean 4 x hidden.
    model.ffn = view.integer({"intermediate_size", "n_inner"}, "ffn").value_or(0);
    if (model.ffn == 0) {
        model.ffn = 4 * model.hidden;
        checkValue(parameter("ffn"), model.ffn, file, "intermediate_size");
    }
    model.maxContext =
        view.integer({"max_position_embeddings", "n_positions"}, "max-context").value_or(0);
    model.tiedEmbeddings =
        view.boolean("tie_word_embeddings").value_or(contains(kTiedByDefaultModelTypes, modelType));
    model.gatedMlp = !contains(kNonGatedModelTypes, modelType);

    readMoe(view, model);
    readMla(view, model);
    // MLA configs have no head_dim of their own; the preset convention is the nope width.
    const int defaultHeadDim = model.mla.enabled() ? model.mla.nopeDim : 0;
    model.headDim = view.integer({"head_dim"}, "head-dim").value_or(defaultHeadDim);
    model.layerWindows = layerWindows(view, modelType, model.layers);
    return model;
}

} // namespace kvscope::model
