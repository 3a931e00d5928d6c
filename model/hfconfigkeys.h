// SPDX-License-Identifier: GPL-3.0-or-later
// Which Hugging Face config keys the importer reads, which it knows change nothing kvscope
// counts, and the refusal of any other key whose name says it may change the KV cache, the
// parameters or the FLOP (docs/huggingface-import.md).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace kvscope::model {

/// True when the importer reads `key` (in some family).
bool isReadHuggingFaceKey(std::string_view key);
/// True when `key` is known not to change KV bytes, parameters or FLOP (token ids, dropout,
/// norms' epsilons, RoPE settings, routing details, generation defaults...).
bool isHarmlessHuggingFaceKey(std::string_view key);

/// Throws InputError naming `file` and the first key of `object` (a config or its text_config,
/// `prefix` "text_config." then) that is neither read nor harmless and whose name speaks of
/// experts, layers, heads, widths, windows, chunks, ranks or states.
void refuseUnknownCostKeys(const nlohmann::json &object, const std::string &file,
                           const std::string &prefix);

} // namespace kvscope::model
