// SPDX-License-Identifier: GPL-3.0-or-later
// The kinds of preset (see presetio.h); reading is in presetread.cpp, writing in presetwrite.cpp.
#include "presetio.h"

namespace kvscope::model {

std::string_view presetKindName(PresetKind kind)
{
    switch (kind) {
    case PresetKind::Model:
        return "model";
    case PresetKind::Hardware:
        return "hardware";
    case PresetKind::Scenario:
        return "scenario";
    }
    return "";
}

std::optional<PresetKind> parsePresetKind(std::string_view name)
{
    for (PresetKind kind : {PresetKind::Model, PresetKind::Hardware, PresetKind::Scenario})
        if (presetKindName(kind) == name)
            return kind;
    return std::nullopt;
}

PresetKind presetKind(const Preset &preset)
{
    return static_cast<PresetKind>(preset.index());
}

} // namespace kvscope::model
