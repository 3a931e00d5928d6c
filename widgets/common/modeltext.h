// SPDX-License-Identifier: GPL-3.0-or-later
// The model's formatters (model/units.h) return std::string; the widgets show QString. These are
// the conversions every widget uses, so a value reads the same in a chart, a table and a tooltip.
#pragma once

#include "units.h"

#include <QLocale>
#include <QString>

#include <concepts>
#include <string>
#include <string_view>

namespace kvscope::widgets {

/// Text from the model (UTF-8 in a std::string, a std::string_view or a literal) as a QString.
/// A template, so each of them matches it exactly and no conversion is ever ambiguous.
template <std::convertible_to<std::string_view> Text> QString q(const Text &text)
{
    const std::string_view view(text);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

/// A number the model formatted ("14.1", "50.5K") with the locale's decimal separator, for
/// what a person reads; machine output keeps the model's point.
inline QString localizedNumber(QString text)
{
    const QString point = QLocale().decimalPoint();
    if (point == QLatin1String("."))
        return text;
    for (qsizetype i = 1; i + 1 < text.size(); ++i)
        if (text[i] == QLatin1Char('.') && text[i - 1].isDigit() && text[i + 1].isDigit())
            text.replace(i, 1, point);
    return text;
}

inline QString seconds(double value)
{
    return localizedNumber(q(model::formatSeconds(value)));
}

/// Four significant digits, in the units the window is set to.
inline QString bytes(double value, model::ByteUnits units)
{
    return localizedNumber(q(model::formatBytes(value, units, 4)));
}

} // namespace kvscope::widgets
