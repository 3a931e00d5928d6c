// SPDX-License-Identifier: GPL-3.0-or-later
// Writing preset files (see presetio.h): deterministic, every figure a parameter of the table
// written under its JSON key, defaults left out where a reader would not miss them.
#include "presetio.h"

#include "jsonfile.h"
#include "parameters.h"
#include "presetkeys.h"
#include "units.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>

namespace kvscope::model {

namespace {

using nlohmann::json;

/// Written even when zero, so a model file always shows its shape.
constexpr std::array<std::string_view, 8> kAlwaysWrittenModelKeys{
    "layers", "hidden", "heads", "kv-heads", "head-dim", "ffn", "vocab", "max-context"};
/// Written even at their defaults: what a reader of a scenario file wants to see first.
constexpr std::array<std::string_view, 4> kHeadlineDeploymentKeys{"context", "output-tokens",
                                                                  "batch", "gpus"};

json header(PresetKind kind, const std::string &id, const std::string &name,
            const std::string &source)
{
    json object = json::object();
    object["schema_version"] = kPresetSchemaVersion;
    object["kind"] = presetKindName(kind);
    object["id"] = id;
    object["name"] = name;
    object["source"] = source;
    return object;
}

/// A number as a file should show it. Rounding to 15 significant digits undoes what a unit
/// conversion leaves behind (10 us -> 1e-5 s -> 10.000000000000002 us) while keeping every
/// decimal a person writes; whole numbers are written without ".0" (34000000000, not 3.4e10).
json numberJson(double value)
{
    // formatPlain() and from_chars: the same 15 digits in any locale.
    const std::string text = formatPlain(value);
    double rounded = value;
    std::from_chars(text.data(), text.data() + text.size(), rounded);
    if (rounded == std::floor(rounded) && std::fabs(rounded) < 9007199254740992.0)
        return json(static_cast<std::int64_t>(rounded));
    return json(rounded);
}

void writeKinds(const ModelSpec &model, json &object)
{
    if (model.layerKinds.empty())
        return;
    json kinds = json::array();
    for (LayerKind kind : model.layerKinds)
        kinds.push_back(layerKindName(kind));
    object["layer_kinds"] = std::move(kinds);
}

void writeWindows(const ModelSpec &model, json &object)
{
    std::vector<int> windows;
    std::set<int> widths;
    for (int layer = 0; layer < model.layers; ++layer) {
        windows.push_back(model.windowOfLayer(layer));
        if (windows.back() > 0)
            widths.insert(windows.back());
    }
    if (widths.empty())
        return;
    if (widths.size() > 1) {
        object["layer_windows"] = windows;
        return;
    }
    object["sliding_window"] = *widths.begin();
    if (std::find(windows.begin(), windows.end(), 0) == windows.end())
        return; // every layer slides: the window alone says so
    json types = json::array();
    for (int w : windows)
        types.push_back(w > 0 ? "sliding" : "full");
    object["layer_types"] = std::move(types);
}

} // namespace

json modelToJson(const ModelSpec &model)
{
    json object = header(PresetKind::Model, model.id, model.name, model.source);
    Scenario holder;
    holder.model = model;
    for (const Parameter &param : parameters()) {
        if (param.scope != Scope::Model || param.key == "sliding-window")
            continue;
        // A dtype of a state the model does not have would only clutter its file.
        if (param.key == "linear-state-bytes" && !model.linear.enabled())
            continue;
        const double value = param.get(holder);
        if (value != 0 || contains(kAlwaysWrittenModelKeys, param.key))
            object[param.jsonKey()] = numberJson(value);
    }
    object["tied_embeddings"] = model.tiedEmbeddings;
    object["gated_mlp"] = model.gatedMlp;
    if (model.attentionOutputGate)
        object["attention_output_gate"] = true;
    writeWindows(model, object);
    writeKinds(model, object);
    if (!model.notes.empty())
        object["notes"] = model.notes;
    return object;
}

json hardwareToJson(const HardwareSpec &hardware)
{
    json object = header(PresetKind::Hardware, hardware.id, hardware.name, hardware.source);
    Scenario holder;
    holder.hardware = hardware;
    for (const Parameter &param : parameters())
        if (param.scope == Scope::Hardware)
            object[param.jsonKey()] = numberJson(param.get(holder));
    if (!hardware.sources.empty())
        object["sources"] = hardware.sources;
    return object;
}

json deploymentToJson(const Deployment &deployment)
{
    json object = json::object();
    Scenario holder;
    holder.deployment = deployment;
    const Scenario defaults;
    for (const Parameter &param : parameters()) {
        if (param.scope != Scope::Deployment)
            continue;
        const double value = param.get(holder);
        if (contains(kHeadlineDeploymentKeys, param.key) || value != param.get(defaults))
            object[param.jsonKey()] = numberJson(value);
    }
    object["weight_dtype"] = dtypeName(deployment.weightDtype);
    object["kv_dtype"] = dtypeName(deployment.kvDtype);
    object["attention_flops"] = attentionFlopsName(deployment.attentionFlops);
    object["tp_comm"] = deployment.tpCommunication;
    return object;
}

json scenarioToJson(const Scenario &scenario, const PresetResolver &resolver)
{
    json object = header(PresetKind::Scenario, scenario.id, scenario.name, scenario.source);
    const ModelSpec *knownModel =
        resolver.findModel ? resolver.findModel(scenario.model.id) : nullptr;
    object["model"] = knownModel && *knownModel == scenario.model ? json(scenario.model.id)
                                                                  : modelToJson(scenario.model);

    json deployment = deploymentToJson(scenario.deployment);
    const HardwareSpec &hardware = scenario.hardware;
    const HardwareSpec *knownHardware =
        resolver.findHardware ? resolver.findHardware(hardware.id) : nullptr;
    // Moving the HBM slider should not turn a built-in id into a copied-out hardware object.
    HardwareSpec overridden;
    if (knownHardware) {
        overridden = *knownHardware;
        overridden.hbmBytes = hardware.hbmBytes;
        overridden.pcieBandwidth = hardware.pcieBandwidth;
    }
    if (knownHardware && overridden == hardware) {
        object["hardware"] = hardware.id;
        for (std::string_view key : kHardwareOverrideKeys) {
            const Parameter &param = parameter(key);
            Scenario builtin;
            builtin.hardware = *knownHardware;
            if (param.get(scenario) != param.get(builtin))
                deployment[param.jsonKey()] = numberJson(param.get(scenario));
        }
    } else {
        object["hardware"] = hardwareToJson(hardware);
    }
    object["deployment"] = std::move(deployment);
    return object;
}

json presetToJson(const Preset &preset, const PresetResolver &resolver)
{
    switch (presetKind(preset)) {
    case PresetKind::Model:
        return modelToJson(std::get<ModelSpec>(preset));
    case PresetKind::Hardware:
        return hardwareToJson(std::get<HardwareSpec>(preset));
    case PresetKind::Scenario:
        return scenarioToJson(std::get<Scenario>(preset), resolver);
    }
    return json::object();
}

void savePresetFile(const std::string &path, const Preset &preset, const PresetResolver &resolver)
{
    writeFileAtomically(path, dumpJson(presetToJson(preset, resolver)));
}

} // namespace kvscope::model
