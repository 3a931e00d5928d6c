// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputerror.h"

namespace kvscope::model {

namespace {
std::string compose(const std::string &file, const std::string &field, const std::string &value,
                    const std::string &problem)
{
    std::string text;
    if (!file.empty())
        text += file + ": ";
    if (!field.empty())
        text += field;
    if (!value.empty())
        text += (field.empty() ? "" : " = ") + value;
    if (!field.empty() || !value.empty())
        text += ": ";
    return text + problem;
}
} // namespace

InputError::InputError(std::string file, std::string field, std::string value,
                       const std::string &problem)
    : std::runtime_error(compose(file, field, value, problem)), m_file(std::move(file)),
      m_field(std::move(field)), m_value(std::move(value)), m_problem(problem)
{}

} // namespace kvscope::model
