// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a Hugging Face config.json as a ModelSpec (docs/huggingface-import.md lists every
// field read, what it becomes and its default).
#pragma once

#include "modelspec.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace kvscope::model {

/// The architecture in a Hugging Face config: dense, GQA, sliding-window (Mistral, Gemma 2/3,
/// Qwen2), MoE (Mixtral, Qwen-MoE, DeepSeek) and MLA (DeepSeek) models, GPT-2 style non-gated
/// MLPs, and multimodal configs whose language model sits under "text_config" (whose fields win).
/// Values are checked against the parameter table; InputError names `file` and the config key.
ModelSpec modelFromHuggingFace(const nlohmann::json &config, const std::string &file);

} // namespace kvscope::model
