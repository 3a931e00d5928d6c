// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in preset JSON files, compiled into the binary by presets/embedpresets.cmake.
#pragma once

#include <span>
#include <string_view>

namespace kvscope::model {

struct EmbeddedPreset
{
    std::string_view path; ///< relative to presets/, e.g. "models/yi-34b-200k.json"
    std::string_view text; ///< the file's bytes
};

/// Every presets/**/*.json, sorted by path.
std::span<const EmbeddedPreset> embeddedPresets();

} // namespace kvscope::model
