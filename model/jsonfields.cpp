// SPDX-License-Identifier: GPL-3.0-or-later
// Typed, table-checked JSON field access shared by the preset and Hugging Face readers.
#include "jsonfields.h"

#include "inputerror.h"

#include <nlohmann/json.hpp>

namespace kvscope::model {

namespace {
std::string typeName(const nlohmann::json &value)
{
    if (value.is_boolean())
        return "true/false";
    return value.type_name(); // "string", "array", "object", "null", "number"
}
} // namespace

std::string jsonValueText(const nlohmann::json &value)
{
    constexpr std::size_t kLimit = 60;
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > kLimit)
        text = text.substr(0, kLimit - 3) + "...";
    return text;
}

void checkTableValue(const Parameter &param, double value, const std::string &file,
                     const std::string &field)
{
    if (value == param.defaultValue)
        return;
    checkValue(param, value, file, field);
}

double numberField(const nlohmann::json &value, const Parameter &param, const std::string &file,
                   const std::string &field)
{
    if (!value.is_number())
        throw InputError(file, field, jsonValueText(value),
                         "must be a number, not " + typeName(value));
    const double number = value.get<double>();
    checkTableValue(param, number, file, field);
    return number;
}

std::string stringField(const nlohmann::json &value, const std::string &file,
                        const std::string &field)
{
    if (!value.is_string())
        throw InputError(file, field, jsonValueText(value),
                         "must be a string, not " + typeName(value));
    return value.get<std::string>();
}

bool boolField(const nlohmann::json &value, const std::string &file, const std::string &field)
{
    if (!value.is_boolean())
        throw InputError(file, field, jsonValueText(value),
                         "must be true or false, not " + typeName(value));
    return value.get<bool>();
}

const nlohmann::json *member(const nlohmann::json &object, std::string_view key)
{
    if (!object.is_object())
        return nullptr;
    const auto found = object.find(key);
    return found == object.end() ? nullptr : &*found;
}

} // namespace kvscope::model
