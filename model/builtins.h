// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in presets compiled into the binary (presets/**/*.json), and how the command line
// turns "--model ID|FILE" into a spec.
#pragma once

#include "presetio.h"

#include <span>
#include <string>
#include <string_view>

namespace kvscope::model {

/// Parsed once, on first use, sorted by id. A broken built-in is a build bug: the tests load all.
std::span<const ModelSpec> builtinModels();
std::span<const HardwareSpec> builtinHardware();
std::span<const Scenario> builtinScenarios();

/// nullptr when no built-in has this id.
const ModelSpec *findBuiltinModel(std::string_view id);
const HardwareSpec *findBuiltinHardware(std::string_view id);
const Scenario *findBuiltinScenario(std::string_view id);

/// True when `hardware` carries a built-in's id but not all of its figures (the HBM slider moved,
/// a datasheet value edited): the preset's name then no longer describes it.
bool differsFromBuiltin(const HardwareSpec &hardware);

/// The built-in ids of one kind, comma separated, for messages and `kvscope presets`.
std::string builtinIds(PresetKind kind);

/// Resolves scenario files' "model" and "hardware" ids against the built-ins.
PresetResolver builtinResolver();

/// The paper's running example: Yi-34B-200K counted as 34e9 parameters, 50K context, one A100
/// 80GB, paper attention FLOP, no TP communication (scenario "fu2024-34b-50k").
Scenario paperExample();

/// A built-in id, else a file: a kvscope model preset or a Hugging Face config.json. InputError
/// (field "--model") lists the built-in ids when it is neither.
ModelSpec resolveModel(const std::string &idOrPath);
/// A built-in id, else a kvscope hardware preset file (field "--hardware").
HardwareSpec resolveHardware(const std::string &idOrPath);
/// A built-in id, else a kvscope scenario file whose ids resolve to built-ins (field
/// "--scenario").
Scenario resolveScenario(const std::string &idOrPath);

} // namespace kvscope::model
