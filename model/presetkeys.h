// SPDX-License-Identifier: GPL-3.0-or-later
// What preset reading (presetread.cpp) and writing (presetwrite.cpp) both know about the files:
// the hardware figures a deployment may override and the words of the layer mixers.
#pragma once

#include "modelspec.h"
#include "wordtable.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace kvscope::model {

/// Hardware figures a scenario's deployment may override (the HBM slider, --pcie-gbs).
constexpr std::array<std::string_view, 2> kHardwareOverrideKeys{"hbm-gib", "pcie-gbs"};

/// True when `key` is one of `keys`.
template <std::size_t N>
bool contains(const std::array<std::string_view, N> &keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

/// The word of each mixer in "layer_kinds".
constexpr WordTable<LayerKind, 3> kLayerKindNames{{
    {LayerKind::Attention, "attention"},
    {LayerKind::Chunked, "chunked"},
    {LayerKind::Linear, "linear"},
}};

inline std::string_view layerKindName(LayerKind kind)
{
    return wordOf(kLayerKindNames, kind, "attention");
}

} // namespace kvscope::model
