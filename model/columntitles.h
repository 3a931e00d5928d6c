// SPDX-License-Identifier: GPL-3.0-or-later
// What a comparison's columns are called: each its model on its hardware ("Yi-34B-200K on NVIDIA
// A100 SXM4 80GB"), and where two columns would read the same, the values that tell them apart
// ("· 8 GPUs"). Never a preset's id or file name: those say where a column came from, not what
// it is. The compare view, its image and `kvscope compare` all title their columns from here.
#pragma once

#include "scenario.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kvscope::model {

/// One column's title, in parts a window can word in its own language.
struct ColumnTitle
{
    std::string model;    ///< the model's name
    std::string hardware; ///< the hardware's name, "(modified)" when it is no longer the preset's
    /// What tells this column apart from another of the same model and hardware, in the order
    /// the title shows it: parameter-table keys ("gpus", "context", "mfu"...) and the
    /// conventions "dtypes", "kv-compression", "attention-flops", "tp-comm" and "size" (the
    /// parameter count, recounted or rescaled). Empty when no other column reads the same.
    std::vector<std::string_view> distinguishing;
    /// 2, 3... for a column that reads exactly as an earlier one (the same preset twice); else 0.
    int repeat = 0;
};

/// The titles of a comparison's columns: for every group of columns with the same model and
/// hardware, the values (of the keys above) that differ within the group.
std::vector<ColumnTitle> columnTitleParts(std::span<const Scenario> columns);

/// One distinguishing value in English: "8 GPUs", "128K tokens", "500 out", "batch 4",
/// "2 replicas", "bf16/fp8", "KV compressed ×4", "attention FLOP: paper", "TP comm off",
/// "34B params, recounted", "MFU 0.5".
std::string distinguishingText(const Scenario &column, std::string_view key);

/// "Yi-34B-200K on NVIDIA A100 SXM4 80GB · 8 GPUs": one title in English, for files and the
/// command line.
std::string columnTitleText(const ColumnTitle &title, const Scenario &column);

/// Every column's title in English.
std::vector<std::string> columnTitles(std::span<const Scenario> columns);

} // namespace kvscope::model
