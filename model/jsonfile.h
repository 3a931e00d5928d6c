// SPDX-License-Identifier: GPL-3.0-or-later
// Safe JSON file reading and deterministic, atomic writing: every way a file can be bad becomes an
// InputError naming the file, never a crash, a hang or a partial output.
#pragma once

#include "filewrite.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace kvscope::model {

/// Files larger than this are refused before they are read (a preset is a few kilobytes).
constexpr std::uintmax_t kMaxJsonFileBytes = 64ull * 1024 * 1024;
/// Objects and arrays nested deeper than this are refused while parsing.
constexpr int kMaxJsonDepth = 64;
/// Documents with more values than this are refused while parsing: a preset holds a few hundred,
/// and a bound keeps a hostile file's memory to tens of megabytes.
constexpr std::size_t kMaxJsonValues = 1'000'000;

/// Parses `text` as one JSON object. Throws InputError naming `file` for empty text, invalid
/// UTF-8, malformed JSON (with its byte position), nesting deeper than kMaxJsonDepth, more than
/// kMaxJsonValues values, a key given twice in one object, or a top level that is not an object.
/// Time and memory are linear in the size of the text.
nlohmann::json parseJson(std::string_view text, const std::string &file);

/// Reads and parses a file with parseJson(). Also throws InputError when the file is missing or
/// unreadable (with the system's reason), is a directory, or exceeds kMaxJsonFileBytes.
nlohmann::json readJsonFile(const std::string &path);

/// Deterministic text: keys sorted, 2-space indent, a trailing newline.
std::string dumpJson(const nlohmann::json &json);

} // namespace kvscope::model
