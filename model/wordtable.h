// SPDX-License-Identifier: GPL-3.0-or-later
// The words an option takes in files and on the command line ("paper", "on", "timeline"): one
// table of {value, word} pairs per option, read both ways and listed for messages.
#pragma once

#include "units.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvscope::model {

template <typename Value, std::size_t N>
using WordTable = std::array<std::pair<Value, std::string_view>, N>;

/// The word of `value`, or `fallback` when the table has none.
template <typename Value, std::size_t N>
std::string_view wordOf(const WordTable<Value, N> &table, Value value, std::string_view fallback)
{
    for (const auto &[entry, word] : table)
        if (entry == value)
            return word;
    return fallback;
}

/// The value written `word`, or nullopt for a word the table does not hold.
template <typename Value, std::size_t N>
std::optional<Value> valueOf(const WordTable<Value, N> &table, std::string_view word)
{
    for (const auto &[entry, name] : table)
        if (name == word)
            return entry;
    return std::nullopt;
}

/// The table's words for a message: "a, b or c".
template <typename Value, std::size_t N> std::string tableWords(const WordTable<Value, N> &table)
{
    std::vector<std::string_view> words;
    for (const auto &entry : table)
        words.push_back(entry.second);
    return wordList(words);
}

} // namespace kvscope::model
