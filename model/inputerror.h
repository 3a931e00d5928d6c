// SPDX-License-Identifier: GPL-3.0-or-later
// The one exception type for bad input: it names the file, the field and the offending value so
// the command line and the window can tell the user exactly what to fix.
#pragma once

#include <stdexcept>
#include <string>

namespace kvscope::model {

class InputError : public std::runtime_error
{
public:
    /// `file` may be empty (a command-line flag); `field` is a key or flag; `value` as written.
    InputError(std::string file, std::string field, std::string value, const std::string &problem);

    const std::string &file() const { return m_file; }
    const std::string &field() const { return m_field; }
    const std::string &value() const { return m_value; }
    const std::string &problem() const { return m_problem; }

private:
    std::string m_file;
    std::string m_field;
    std::string m_value;
    std::string m_problem;
};

} // namespace kvscope::model
