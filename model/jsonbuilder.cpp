// SPDX-License-Identifier: GPL-3.0-or-later
// A linear, bounded JSON document builder for nlohmann's SAX parser (see jsonbuilder.h).
#include "jsonbuilder.h"

#include "inputerror.h"

namespace kvscope::model {

std::string withoutExceptionId(const char *what)
{
    std::string text = what;
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find("] ");
        if (close != std::string::npos)
            text.erase(0, close + 2);
    }
    return text;
}

JsonBuilder::JsonBuilder(std::string file, int maxDepth, std::size_t maxValues)
    : m_file(std::move(file)), m_maxDepth(maxDepth), m_maxValues(maxValues)
{}

JsonBuilder::json *JsonBuilder::place(json &&value)
{
    if (++m_values > m_maxValues)
        throw InputError(m_file, "", "",
                         "more than " + std::to_string(m_maxValues) +
                             " values; no kvscope file needs that many");
    if (m_open.empty()) {
        m_root = std::move(value);
        return &m_root;
    }
    json &parent = *m_open.back();
    if (parent.is_array()) {
        parent.get_ref<json::array_t &>().push_back(std::move(value));
        return &parent.get_ref<json::array_t &>().back();
    }
    *m_slot = std::move(value);
    return m_slot;
}

std::string JsonBuilder::keyPath(const std::string &key) const
{
    std::string path;
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (!m_keys[i].empty() && i + 1 < m_keys.size())
            path += m_keys[i] + ".";
    return path + key;
}

bool JsonBuilder::null()
{
    place(json(nullptr));
    return true;
}

bool JsonBuilder::boolean(bool value)
{
    place(json(value));
    return true;
}

bool JsonBuilder::number_integer(number_integer_t value)
{
    place(json(value));
    return true;
}

bool JsonBuilder::number_unsigned(number_unsigned_t value)
{
    place(json(value));
    return true;
}

bool JsonBuilder::number_float(number_float_t value, const string_t &)
{
    place(json(value));
    return true;
}

bool JsonBuilder::string(string_t &value)
{
    place(json(std::move(value)));
    return true;
}

bool JsonBuilder::binary(binary_t &value)
{
    place(json::binary(std::move(value)));
    return true;
}

bool JsonBuilder::start_object(std::size_t)
{
    if (int(m_open.size()) >= m_maxDepth)
        throw InputError(m_file, "", "",
                         "objects and arrays nested more than " + std::to_string(m_maxDepth) +
                             " levels deep");
    m_open.push_back(place(json::object()));
    m_keys.emplace_back();
    return true;
}

bool JsonBuilder::key(string_t &value)
{
    auto &object = m_open.back()->get_ref<json::object_t &>();
    const auto [where, inserted] = object.try_emplace(value);
    if (!inserted)
        throw InputError(m_file, keyPath(value), "", "the key appears twice in the same object");
    m_keys.back() = value;
    m_slot = &where->second;
    return true;
}

bool JsonBuilder::end_object()
{
    m_open.pop_back();
    m_keys.pop_back();
    return true;
}

bool JsonBuilder::start_array(std::size_t)
{
    if (int(m_open.size()) >= m_maxDepth)
        throw InputError(m_file, "", "",
                         "objects and arrays nested more than " + std::to_string(m_maxDepth) +
                             " levels deep");
    m_open.push_back(place(json::array()));
    m_keys.emplace_back();
    return true;
}

bool JsonBuilder::end_array()
{
    m_open.pop_back();
    m_keys.pop_back();
    return true;
}

bool JsonBuilder::parse_error(std::size_t position, const std::string &,
                              const nlohmann::detail::exception &error)
{
    throw InputError(m_file, "", "",
                     "malformed JSON at byte " + std::to_string(position) + ": " +
                         withoutExceptionId(error.what()));
}

} // namespace kvscope::model
