// SPDX-License-Identifier: GPL-3.0-or-later
// Typed fields read out of JSON objects for the preset and Hugging Face readers: every number is
// checked against the parameter table, every wrong type named with its field.
#pragma once

#include "parameters.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace kvscope::model {

/// The value as written, shortened for an error message.
std::string jsonValueText(const nlohmann::json &value);

/// checkValue(), except that the parameter's own default is always accepted: for "params" and
/// "model-size" it is 0, meaning "not set", outside the range a set value must lie in.
void checkTableValue(const Parameter &param, double value, const std::string &file,
                     const std::string &field);

/// The number at `value`, which must be a JSON number (not a string, not a bool) that passes
/// checkTableValue(param).
double numberField(const nlohmann::json &value, const Parameter &param, const std::string &file,
                   const std::string &field);

/// The string at `value`; InputError naming `field` when it is anything else.
std::string stringField(const nlohmann::json &value, const std::string &file,
                        const std::string &field);

/// The bool at `value`; InputError naming `field` when it is anything else (0 and 1 included).
bool boolField(const nlohmann::json &value, const std::string &file, const std::string &field);

/// The member `key` of `object`, or nullptr when it is absent.
const nlohmann::json *member(const nlohmann::json &object, std::string_view key);

} // namespace kvscope::model
