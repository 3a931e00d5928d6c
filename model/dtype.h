// SPDX-License-Identifier: GPL-3.0-or-later
// Numeric formats for weights and the KV cache, and what one element of each costs in bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kvscope::model {

enum class DType
{
    BF16,
    FP16,
    FP8,
    INT8,
    INT4,
    FP4
};

/// Bytes per element: 2 for bf16/fp16, 1 for fp8/int8, 0.5 for int4/fp4.
double bytesPerElement(DType type);

/// The lowercase name used in files and on the command line ("bf16", "fp8", ...).
std::string_view dtypeName(DType type);

/// Parses a name written by dtypeName(); nullopt for anything else.
std::optional<DType> parseDType(std::string_view name);

/// The names accepted by parseDType(), separated by spaces, for error messages.
std::string dtypeNames();

} // namespace kvscope::model
