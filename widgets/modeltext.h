// SPDX-License-Identifier: GPL-3.0-or-later
// The model's formatters (model/units.h) return std::string; the widgets show QString. These are
// the conversions every widget uses, so a value reads the same in a chart, a table and a tooltip.
#pragma once

#include "units.h"

#include <QString>

#include <string>

namespace kvscope::widgets {

inline QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

inline QString seconds(double value)
{
    return q(model::formatSeconds(value));
}

/// Four significant digits, in the units the window is set to.
inline QString bytes(double value, model::ByteUnits units)
{
    return q(model::formatBytes(value, units, 4));
}

} // namespace kvscope::widgets
