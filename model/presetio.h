// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing kvscope's preset files (models, hardware, scenarios) as JSON: strict about
// types and ranges, tolerant of unknown keys, deterministic on output.
#pragma once

#include "scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace kvscope::model {

/// The "schema_version" this build reads and writes.
constexpr int kPresetSchemaVersion = 1;

enum class PresetKind
{
    Model,
    Hardware,
    Scenario
};

/// "model", "hardware", "scenario": the "kind" key of a preset file.
std::string_view presetKindName(PresetKind kind);
std::optional<PresetKind> parsePresetKind(std::string_view name);

using Preset = std::variant<ModelSpec, HardwareSpec, Scenario>;
PresetKind presetKind(const Preset &preset);

/// How a scenario's "model" and "hardware" strings become specs: a known id first, else a file
/// path relative to the scenario file. Either function may be empty (no ids known).
struct PresetResolver
{
    std::function<const ModelSpec *(std::string_view id)> findModel;
    std::function<const HardwareSpec *(std::string_view id)> findHardware;
    /// The scenarios a tour's scene may start from (embeddedScenarioFromJson).
    std::function<const Scenario *(std::string_view id)> findScenario;
    std::string modelIds;    ///< the known ids, for error messages
    std::string hardwareIds; ///< the known ids, for error messages
    std::string scenarioIds; ///< the known ids, for error messages
    /// Reads a file a scenario names; readJsonFile() when empty. The preset folder's reader
    /// refuses what could hold up the window (a FIFO, /dev/stdin, a huge file).
    std::function<nlohmann::json(const std::string &path)> readFile;
};

/// A model preset. Requires layers, hidden, heads, ffn, vocab; kv_heads defaults to heads,
/// head_dim to 0 (= hidden / heads). Windows: "sliding_window" alone puts every layer in a window;
/// with "layer_types" ("full"/"sliding", one per layer) only the sliding ones; "layer_windows"
/// (one width per layer, 0 = full) states any other mix. `file` names errors.
ModelSpec modelFromJson(const nlohmann::json &object, const std::string &file);
nlohmann::json modelToJson(const ModelSpec &model);

/// A hardware preset in datasheet units (GiB, GB/s, TFLOP/s, us); the spec holds SI units.
/// Requires hbm_gib, hbm_gbs, bf16_tflops, pcie_gbs; the other figures default to 0 (none).
HardwareSpec hardwareFromJson(const nlohmann::json &object, const std::string &file);
nlohmann::json hardwareToJson(const HardwareSpec &hardware);

/// A scenario's "deployment" object into scenario.deployment. Its "hbm_gib" and "pcie_gbs"
/// override scenario.hardware, which must be set first. Absent keys keep Deployment's defaults.
void deploymentFromJson(const nlohmann::json &object, const std::string &file, Scenario &scenario);
/// The headline fields (gpus, context, output_tokens, batch, dtypes, attention_flops, tp_comm)
/// always; every other one only when it differs from Deployment's default.
nlohmann::json deploymentToJson(const Deployment &deployment);

/// A scenario preset: "model" and "hardware" are ids or file paths (see PresetResolver) or
/// inline objects; "deployment" is optional.
Scenario scenarioFromJson(const nlohmann::json &object, const std::string &file,
                          const PresetResolver &resolver);
/// A scenario written inside another file (a tour's scene), its keys named under `prefix` in
/// errors ("scenes[2]." gives "scenes[2].deployment.context"). "scenario" names one to start
/// from: an id the resolver knows, else a scenario file beside `file`. "model" and "hardware"
/// (both required without it) replace its own as picking them in the window does
/// (Scenario::setModel: physical conventions again). "deployment" then overrides only the keys it
/// writes, and refuses a key it does not know: a misspelt override would change nothing. The
/// result has no id, name or source; the file it is embedded in gives them.
Scenario embeddedScenarioFromJson(const nlohmann::json &object, const std::string &file,
                                  const std::string &prefix, const PresetResolver &resolver);
/// Model and hardware are written as ids when they equal what the resolver finds for their id
/// (hardware differing only in HBM size or PCIe keeps its id, with deployment overrides), else
/// inline.
nlohmann::json scenarioToJson(const Scenario &scenario, const PresetResolver &resolver);

/// True for a Hugging Face config.json: no "kind", and "num_hidden_layers", "n_layer" or
/// "text_config".
bool isHuggingFaceConfig(const nlohmann::json &object);

/// A kvscope model preset, or a Hugging Face config (see hfconfig.h).
ModelSpec modelFromAnyJson(const nlohmann::json &object, const std::string &file);

/// Any preset, by its "kind"; a Hugging Face config is read as a model.
Preset presetFromJson(const nlohmann::json &object, const std::string &file,
                      const PresetResolver &resolver);
/// readJsonFile() then presetFromJson().
Preset loadPresetFile(const std::string &path, const PresetResolver &resolver);

nlohmann::json presetToJson(const Preset &preset, const PresetResolver &resolver);
/// presetToJson(), dumpJson(), then writeFileAtomically().
void savePresetFile(const std::string &path, const Preset &preset, const PresetResolver &resolver);

} // namespace kvscope::model
