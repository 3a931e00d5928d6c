// SPDX-License-Identifier: GPL-3.0-or-later
// Reading preset files (see presetio.h). Every range comes from the parameter table; this file
// only knows which keys exist and which are required.
#include "presetio.h"

#include "hfconfig.h"
#include "inputerror.h"
#include "jsonfields.h"
#include "jsonfile.h"
#include "memorylimits.h"
#include "parameters.h"
#include "presetkeys.h"
#include "units.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace kvscope::model {

namespace {

using nlohmann::json;

constexpr std::array<std::string_view, 5> kRequiredModelKeys{"layers", "hidden", "heads", "ffn",
                                                             "vocab"};
constexpr std::array<std::string_view, 4> kRequiredHardwareKeys{"hbm_gib", "hbm_gbs", "bf16_tflops",
                                                                "pcie_gbs"};

/// One JSON object being read, and where its fields are reported: a scenario's inline model
/// reports "model.layers".
struct Context
{
    const json &object;
    const std::string &file;
    std::string prefix;

    std::string field(std::string_view key) const { return prefix + std::string(key); }
    /// The object's own field name: "model" for prefix "model.", "" at the top level.
    std::string self() const { return prefix.empty() ? "" : prefix.substr(0, prefix.size() - 1); }
    const json *find(std::string_view key) const { return member(object, key); }
};

std::string fileStem(const std::string &file)
{
    return std::filesystem::path(file).stem().string();
}

void requireObject(const json &value, const std::string &file, const std::string &field,
                   std::string_view what)
{
    if (!value.is_object())
        throw InputError(file, field, jsonValueText(value),
                         "must be a JSON object (" + std::string(what) + ")");
}

/// "kind" and "schema_version" must be right when present; a top-level preset must have both,
/// an object inlined in a scenario may leave them out.
void checkHeader(const Context &c, PresetKind kind, bool required)
{
    const std::string expected = "\"" + std::string(presetKindName(kind)) + "\"";
    if (const json *written = c.find("kind")) {
        const std::string name = stringField(*written, c.file, c.field("kind"));
        if (name != presetKindName(kind))
            throw InputError(c.file, c.field("kind"), name, "expected " + expected);
    } else if (required) {
        throw InputError(c.file, c.field("kind"), "", "missing: expected " + expected);
    }
    if (const json *version = c.find("schema_version")) {
        if (!version->is_number() || version->get<double>() != kPresetSchemaVersion)
            throw InputError(c.file, c.field("schema_version"), jsonValueText(*version),
                             "unsupported: this kvscope reads schema version " +
                                 std::to_string(kPresetSchemaVersion));
    } else if (required) {
        throw InputError(c.file, c.field("schema_version"), "",
                         "missing: a kvscope preset starts with \"schema_version\": " +
                             std::to_string(kPresetSchemaVersion));
    }
}

struct Identity
{
    std::string id;
    std::string name;
    std::string source;
};

/// id defaults to the file's stem and name to the id, so a hand-written file needs neither.
Identity readIdentity(const Context &c)
{
    Identity identity;
    const json *id = c.find("id");
    identity.id = id ? stringField(*id, c.file, c.field("id")) : fileStem(c.file);
    const json *name = c.find("name");
    identity.name = name ? stringField(*name, c.file, c.field("name")) : identity.id;
    const json *source = c.find("source");
    identity.source = source ? stringField(*source, c.file, c.field("source")) : std::string();
    return identity;
}

// ---- models -----------------------------------------------------------------------------------

std::vector<int> readWindows(const Context &c, int layers)
{
    const Parameter &window = parameter("sliding-window");
    const json *width = c.find("sliding_window");
    const json *types = c.find("layer_types");
    const json *widths = c.find("layer_windows");
    const auto checkLength = [&](const json &array, std::string_view key, std::string_view what) {
        if (!array.is_array())
            throw InputError(c.file, c.field(key), jsonValueText(array),
                             "must be an array of " + std::string(what) + ", one per layer");
        if (array.size() != std::size_t(layers))
            throw InputError(c.file, c.field(key), std::to_string(array.size()) + " entries",
                             "must have one entry per layer (" + std::to_string(layers) + ")");
    };

    std::vector<int> windows;
    if (widths) {
        if (width || types)
            throw InputError(c.file, c.field("layer_windows"), "",
                             "give either layer_windows or sliding_window (with layer_types), "
                             "not both");
        checkLength(*widths, "layer_windows", "window widths (0 = full attention)");
        for (std::size_t i = 0; i < widths->size(); ++i) {
            const json &entry = (*widths)[i];
            const std::string field = c.field("layer_windows[" + std::to_string(i) + "]");
            const bool full = entry.is_number() && entry.get<double>() == 0;
            windows.push_back(full ? 0 : int(numberField(entry, window, c.file, field)));
        }
    } else {
        const int w =
            width ? int(numberField(*width, window, c.file, c.field("sliding_window"))) : 0;
        if (types) {
            checkLength(*types, "layer_types", "\"full\" or \"sliding\"");
            for (std::size_t i = 0; i < types->size(); ++i) {
                const std::string field = c.field("layer_types[" + std::to_string(i) + "]");
                const std::string type = stringField((*types)[i], c.file, field);
                if (type == "full") {
                    windows.push_back(0);
                } else if (type == "sliding") {
                    if (!width)
                        throw InputError(c.file, c.field("sliding_window"), "",
                                         "missing: layer_types has sliding layers");
                    windows.push_back(w);
                } else {
                    throw InputError(c.file, field, type, "must be \"full\" or \"sliding\"");
                }
            }
        } else if (width) {
            windows.assign(std::size_t(layers), w);
        }
    }
    // No window anywhere is the same as none given: keep one representation of full attention.
    if (std::all_of(windows.begin(), windows.end(), [](int w) { return w == 0; }))
        windows.clear();
    return windows;
}

/// "layer_kinds": one mixer per layer, which the layer's fields must then describe.
std::vector<LayerKind> readKinds(const Context &c, const ModelSpec &m)
{
    const json *kinds = c.find("layer_kinds");
    if (!kinds)
        return {};
    const std::string key = c.field("layer_kinds");
    if (!kinds->is_array() || kinds->size() != std::size_t(m.layers))
        throw InputError(c.file, key, jsonValueText(*kinds),
                         "must be an array of \"attention\", \"chunked\" or \"linear\", one per "
                         "layer (" +
                             std::to_string(m.layers) + ")");
    std::vector<LayerKind> result;
    for (std::size_t i = 0; i < kinds->size(); ++i) {
        const std::string field = c.field("layer_kinds[" + std::to_string(i) + "]");
        const std::string name = stringField((*kinds)[i], c.file, field);
        const auto kind = valueOf(kLayerKindNames, name);
        if (!kind)
            throw InputError(c.file, field, name,
                             "must be \"attention\", \"chunked\" or \"linear\"");
        result.push_back(*kind);
    }
    const auto has = [&](LayerKind kind) {
        return std::find(result.begin(), result.end(), kind) != result.end();
    };
    if (has(LayerKind::Chunked) && m.attentionChunk <= 0)
        throw InputError(c.file, c.field("attention_chunk"), "",
                         "missing: layer_kinds has chunked layers");
    if (has(LayerKind::Linear) && (m.linear.valueHeads <= 0 || m.linear.keyHeads <= 0 ||
                                   m.linear.keyHeadDim <= 0 || m.linear.valueHeadDim <= 0))
        throw InputError(c.file, c.field("linear_value_heads"), "",
                         "missing: layer_kinds has linear layers, which need linear_key_heads, "
                         "linear_value_heads, linear_key_head_dim and linear_value_head_dim");
    if (!has(LayerKind::Chunked) && !has(LayerKind::Linear))
        return {}; // plain attention everywhere: one representation
    return result;
}

std::vector<std::string> readNotes(const Context &c)
{
    const json *notes = c.find("notes");
    if (!notes)
        return {};
    if (!notes->is_array())
        throw InputError(c.file, c.field("notes"), jsonValueText(*notes),
                         "must be an array of strings");
    std::vector<std::string> result;
    for (std::size_t i = 0; i < notes->size(); ++i)
        result.push_back(
            stringField((*notes)[i], c.file, c.field("notes[" + std::to_string(i) + "]")));
    return result;
}

void checkModel(const Context &c, const ModelSpec &m)
{
    if (m.heads % m.kvHeads != 0)
        throw InputError(c.file, c.field("kv_heads"), std::to_string(m.kvHeads),
                         "must divide heads (" + std::to_string(m.heads) + ")");
    if (m.moe.active > m.moe.experts)
        throw InputError(c.file, c.field("active_experts"), std::to_string(m.moe.active),
                         "cannot exceed experts (" + std::to_string(m.moe.experts) + ")");
    if (m.moe.experts > 0 && m.moe.active == 0)
        throw InputError(c.file, c.field("active_experts"), "",
                         "missing: an MoE model routes each token to at least one expert");
    if (m.moe.experts > 0 && m.moe.expertWidth == 0)
        throw InputError(c.file, c.field("expert_width"), "",
                         "missing: an MoE model needs the width of one expert");
    if (m.moe.firstDenseLayers > m.layers)
        throw InputError(c.file, c.field("first_dense_layers"),
                         std::to_string(m.moe.firstDenseLayers),
                         "cannot exceed layers (" + std::to_string(m.layers) + ")");
    if (m.mla.enabled() && m.mla.nopeDim == 0)
        throw InputError(c.file, c.field("qk_nope_head_dim"), "",
                         "missing: MLA (kv_lora_rank > 0) needs the per-head key width");
    if (m.mla.enabled() && m.mla.vDim == 0)
        throw InputError(c.file, c.field("v_head_dim"), "",
                         "missing: MLA (kv_lora_rank > 0) needs the per-head value width");
}

ModelSpec modelAt(const Context &c, bool topLevel)
{
    requireObject(c.object, c.file, c.self(), "a model");
    checkHeader(c, PresetKind::Model, topLevel);
    // The parameter table reads and writes through a scenario; only its model is used here.
    Scenario holder;
    ModelSpec &model = holder.model;
    const Identity identity = readIdentity(c);
    model.id = identity.id;
    model.name = identity.name;
    model.source = identity.source;

    for (const Parameter &param : parameters()) {
        if (param.scope != Scope::Model || param.key == "sliding-window")
            continue;
        const std::string key = param.jsonKey();
        if (const json *value = c.find(key))
            param.set(holder, numberField(*value, param, c.file, c.field(key)));
        else if (contains(kRequiredModelKeys, key))
            throw InputError(c.file, c.field(key), "",
                             "missing: a model needs layers, hidden, heads, ffn and vocab");
    }
    if (!c.find("kv_heads"))
        model.kvHeads = model.heads;
    if (const json *tied = c.find("tied_embeddings"))
        model.tiedEmbeddings = boolField(*tied, c.file, c.field("tied_embeddings"));
    if (const json *gated = c.find("gated_mlp"))
        model.gatedMlp = boolField(*gated, c.file, c.field("gated_mlp"));
    if (const json *gate = c.find("attention_output_gate"))
        model.attentionOutputGate = boolField(*gate, c.file, c.field("attention_output_gate"));
    checkModel(c, model);
    model.layerWindows = readWindows(c, model.layers);
    model.layerKinds = readKinds(c, model);
    model.notes = readNotes(c);
    return model;
}

// ---- hardware ---------------------------------------------------------------------------------

HardwareSpec hardwareAt(const Context &c, bool topLevel)
{
    requireObject(c.object, c.file, c.self(), "a hardware preset");
    checkHeader(c, PresetKind::Hardware, topLevel);
    Scenario holder;
    HardwareSpec &hardware = holder.hardware;
    const Identity identity = readIdentity(c);
    hardware.id = identity.id;
    hardware.name = identity.name;
    hardware.source = identity.source;

    for (const Parameter &param : parameters()) {
        if (param.scope != Scope::Hardware)
            continue;
        const std::string key = param.jsonKey();
        if (const json *value = c.find(key))
            param.set(holder, numberField(*value, param, c.file, c.field(key)));
        else if (contains(kRequiredHardwareKeys, key))
            throw InputError(c.file, c.field(key), "",
                             "missing: hardware needs hbm_gib, hbm_gbs, bf16_tflops and pcie_gbs");
    }
    if (const json *sources = c.find("sources")) {
        requireObject(*sources, c.file, c.field("sources"), "a source for each figure");
        for (const auto &[key, value] : sources->items())
            hardware.sources[key] = stringField(value, c.file, c.field("sources." + key));
    }
    return hardware;
}

// ---- deployment and scenarios -----------------------------------------------------------------

bool isDeploymentKey(const Parameter &param)
{
    return param.scope == Scope::Deployment || contains(kHardwareOverrideKeys, param.key);
}

/// The words a deployment takes besides the parameter table's numbers.
constexpr std::array<std::string_view, 4> kDeploymentWordKeys{"weight_dtype", "kv_dtype",
                                                              "attention_flops", "tp_comm"};

/// Every key a "deployment" object may hold, in the parameter table's order.
std::vector<std::string> deploymentKeys()
{
    std::vector<std::string> keys;
    for (const Parameter &param : parameters())
        if (isDeploymentKey(param))
            keys.push_back(param.jsonKey());
    keys.insert(keys.end(), kDeploymentWordKeys.begin(), kDeploymentWordKeys.end());
    return keys;
}

/// Refuses the first key of c.object that `known` does not hold, naming it.
void refuseUnknownKeys(const Context &c, const std::vector<std::string> &known,
                       std::string_view what)
{
    for (const auto &[key, value] : c.object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        std::vector<std::string_view> words(known.begin(), known.end());
        throw InputError(c.file, c.field(key), jsonValueText(value),
                         "unknown key; " + std::string(what) + " takes " + wordList(words));
    }
}

/// Applies the keys c.object writes over scenario.deployment; `strict` refuses any other key.
void deploymentAt(const Context &c, Scenario &scenario, bool strict)
{
    requireObject(c.object, c.file, c.self(), "how the model is served");
    if (strict)
        refuseUnknownKeys(c, deploymentKeys(), "a deployment");
    for (const Parameter &param : parameters()) {
        if (!isDeploymentKey(param))
            continue;
        const std::string key = param.jsonKey();
        if (const json *value = c.find(key))
            param.set(scenario, numberField(*value, param, c.file, c.field(key)));
    }
    Deployment &deployment = scenario.deployment;
    const auto dtype = [&](std::string_view key, DType &target) {
        if (const json *value = c.find(key)) {
            const std::string name = stringField(*value, c.file, c.field(key));
            const auto parsed = parseDType(name);
            if (!parsed)
                throw InputError(c.file, c.field(key), name, "must be one of " + dtypeNames());
            target = *parsed;
        }
    };
    dtype("weight_dtype", deployment.weightDtype);
    dtype("kv_dtype", deployment.kvDtype);
    if (const json *value = c.find("attention_flops")) {
        const std::string name = stringField(*value, c.file, c.field("attention_flops"));
        const auto convention = parseAttentionFlops(name);
        if (!convention)
            throw InputError(c.file, c.field("attention_flops"), name,
                             "must be " + attentionFlopsNames());
        deployment.attentionFlops = *convention;
    }
    if (const json *value = c.find("tp_comm"))
        deployment.tpCommunication = boolField(*value, c.file, c.field("tp_comm"));
    checkReserve(scenario, c.file, c.field("reserved_gib"));
}

/// `name` beside the file that mentions it, unless it is absolute.
std::string besideFile(const std::string &file, const std::string &name)
{
    const std::filesystem::path path(name);
    if (path.is_absolute() || file.empty())
        return name;
    return (std::filesystem::path(file).parent_path() / path).string();
}

bool fileExists(const std::string &path)
{
    std::error_code error;
    return std::filesystem::exists(path, error);
}

/// A scenario's "model": an inline object, an id the resolver knows or a file beside `file`.
/// Errors name `field` ("model", "scenes[2].model").
ModelSpec scenarioModel(const json &value, const std::string &file, const std::string &field,
                        const PresetResolver &resolver)
{
    if (value.is_object())
        return modelAt(Context{value, file, field + "."}, false);
    const std::string name = stringField(value, file, field);
    if (resolver.findModel)
        if (const ModelSpec *known = resolver.findModel(name))
            return *known;
    const std::string path = besideFile(file, name);
    if (!fileExists(path))
        throw InputError(file, field, name,
                         "no built-in model with this id and no file " + path +
                             "; built-in ids: " + resolver.modelIds);
    return modelFromAnyJson(resolver.readFile ? resolver.readFile(path) : readJsonFile(path), path);
}

HardwareSpec scenarioHardware(const json &value, const std::string &file, const std::string &field,
                              const PresetResolver &resolver)
{
    if (value.is_object())
        return hardwareAt(Context{value, file, field + "."}, false);
    const std::string name = stringField(value, file, field);
    if (resolver.findHardware)
        if (const HardwareSpec *known = resolver.findHardware(name))
            return *known;
    const std::string path = besideFile(file, name);
    if (!fileExists(path))
        throw InputError(file, field, name,
                         "no built-in hardware with this id and no file " + path +
                             "; built-in ids: " + resolver.hardwareIds);
    return hardwareFromJson(resolver.readFile ? resolver.readFile(path) : readJsonFile(path), path);
}

/// An embedded scenario's "scenario": an id the resolver knows or a scenario file beside `file`.
Scenario startingScenario(const json &value, const std::string &file, const std::string &field,
                          const PresetResolver &resolver)
{
    const std::string name = stringField(value, file, field);
    if (resolver.findScenario)
        if (const Scenario *known = resolver.findScenario(name))
            return *known;
    const std::string path = besideFile(file, name);
    if (!fileExists(path))
        throw InputError(file, field, name,
                         "no built-in scenario with this id and no file " + path +
                             "; built-in ids: " + resolver.scenarioIds);
    return scenarioFromJson(resolver.readFile ? resolver.readFile(path) : readJsonFile(path), path,
                            resolver);
}

} // namespace

ModelSpec modelFromJson(const json &object, const std::string &file)
{
    return modelAt(Context{object, file, ""}, true);
}

HardwareSpec hardwareFromJson(const json &object, const std::string &file)
{
    return hardwareAt(Context{object, file, ""}, true);
}

void deploymentFromJson(const json &object, const std::string &file, Scenario &scenario)
{
    scenario.deployment = Deployment{};
    deploymentAt(Context{object, file, "deployment."}, scenario, false);
}

Scenario scenarioFromJson(const json &object, const std::string &file,
                          const PresetResolver &resolver)
{
    const Context c{object, file, ""};
    requireObject(object, file, "", "a scenario");
    checkHeader(c, PresetKind::Scenario, true);
    Scenario scenario;
    const Identity identity = readIdentity(c);
    scenario.id = identity.id;
    scenario.name = identity.name;
    scenario.source = identity.source;

    const json *model = c.find("model");
    if (!model)
        throw InputError(file, "model", "",
                         "missing: a built-in model id, a model file or a model object");
    scenario.model = scenarioModel(*model, file, "model", resolver);
    const json *hardware = c.find("hardware");
    if (!hardware)
        throw InputError(file, "hardware", "",
                         "missing: a built-in hardware id, a hardware file or a hardware object");
    scenario.hardware = scenarioHardware(*hardware, file, "hardware", resolver);
    if (const json *deployment = c.find("deployment"))
        deploymentFromJson(*deployment, file, scenario);
    return scenario;
}

Scenario embeddedScenarioFromJson(const json &object, const std::string &file,
                                  const std::string &prefix, const PresetResolver &resolver)
{
    const Context c{object, file, prefix};
    requireObject(object, file, c.self(), "a scenario");
    const json *start = c.find("scenario");
    const json *model = c.find("model");
    const json *hardware = c.find("hardware");
    Scenario scenario;
    if (start) {
        scenario = startingScenario(*start, file, c.field("scenario"), resolver);
    } else if (!model || !hardware) {
        throw InputError(file, c.field(model ? "hardware" : "model"), "",
                         "missing: a scenario id to start from (\"scenario\"), or both a model "
                         "and a hardware");
    }
    if (model)
        scenario.setModel(scenarioModel(*model, file, c.field("model"), resolver));
    if (hardware)
        scenario.setHardware(scenarioHardware(*hardware, file, c.field("hardware"), resolver));
    if (const json *deployment = c.find("deployment"))
        deploymentAt(Context{*deployment, file, c.field("deployment.")}, scenario, true);
    scenario.id.clear();
    scenario.name.clear();
    scenario.source.clear();
    return scenario;
}

bool isHuggingFaceConfig(const json &object)
{
    return object.is_object() && !object.contains("kind") &&
           (object.contains("num_hidden_layers") || object.contains("n_layer") ||
            object.contains("text_config"));
}

ModelSpec modelFromAnyJson(const json &object, const std::string &file)
{
    if (isHuggingFaceConfig(object))
        return modelFromHuggingFace(object, file);
    return modelFromJson(object, file);
}

Preset presetFromJson(const json &object, const std::string &file, const PresetResolver &resolver)
{
    requireObject(object, file, "", "a preset");
    const json *kind = member(object, "kind");
    if (!kind) {
        if (isHuggingFaceConfig(object))
            return modelFromHuggingFace(object, file);
        throw InputError(file, "kind", "",
                         "missing: a kvscope preset has \"kind\": \"model\", \"hardware\" or "
                         "\"scenario\"; a Hugging Face config.json has \"num_hidden_layers\"");
    }
    const std::string name = stringField(*kind, file, "kind");
    const auto parsed = parsePresetKind(name);
    if (!parsed)
        throw InputError(file, "kind", name, "must be \"model\", \"hardware\" or \"scenario\"");
    switch (*parsed) {
    case PresetKind::Model:
        return modelFromJson(object, file);
    case PresetKind::Hardware:
        return hardwareFromJson(object, file);
    case PresetKind::Scenario:
        return scenarioFromJson(object, file, resolver);
    }
    return modelFromJson(object, file);
}

Preset loadPresetFile(const std::string &path, const PresetResolver &resolver)
{
    return presetFromJson(readJsonFile(path), path, resolver);
}

} // namespace kvscope::model
