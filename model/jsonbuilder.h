// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a JSON document from nlohmann's SAX events, refusing what no kvscope file needs before
// it costs memory or time: nesting deeper than a limit, more values than a limit, a key given
// twice in one object. nlohmann's callback parser rescans an array after each element it keeps,
// which is quadratic in the array's length; this builder appends, so parsing stays linear.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace kvscope::model {

/// nlohmann's exception text without its "[json.exception.parse_error.101] " prefix, which
/// means nothing to a user.
std::string withoutExceptionId(const char *what);

class JsonBuilder : public nlohmann::json_sax<nlohmann::json>
{
public:
    using json = nlohmann::json;

    /// Errors are InputErrors naming `file`; `maxDepth` counts open objects and arrays,
    /// `maxValues` every value (containers, keys' values and array elements alike).
    JsonBuilder(std::string file, int maxDepth, std::size_t maxValues);

    /// The document once sax_parse() has returned true.
    json take() { return std::move(m_root); }

    bool null() override;
    bool boolean(bool value) override;
    bool number_integer(number_integer_t value) override;
    bool number_unsigned(number_unsigned_t value) override;
    bool number_float(number_float_t value, const string_t &text) override;
    bool string(string_t &value) override;
    bool binary(binary_t &value) override;
    bool start_object(std::size_t elements) override;
    bool key(string_t &value) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string &lastToken,
                     const nlohmann::detail::exception &error) override;

private:
    /// Puts `value` where the parser is (the root, the end of the open array, or the open
    /// object's current key) and returns where it now lives.
    json *place(json &&value);
    /// "deployment.gpus": the keys of the open objects down to `key`.
    std::string keyPath(const std::string &key) const;

    std::string m_file;
    int m_maxDepth;
    std::size_t m_maxValues;
    std::size_t m_values = 0;
    json m_root;
    /// The open containers, outermost first. A container is always the last element of its
    /// parent while it is open, so these pointers stay valid as later siblings are appended.
    std::vector<json *> m_open;
    /// Per open container: the key being read in an object, empty in an array.
    std::vector<std::string> m_keys;
    json *m_slot = nullptr; ///< the open object's value for the last key read
};

} // namespace kvscope::model
