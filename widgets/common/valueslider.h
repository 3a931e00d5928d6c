// SPDX-License-Identifier: GPL-3.0-or-later
// A slider that tells assistive technology what it means: its accessible value is the value as
// the row shows it ("50K tokens"), not the raw position on the slider's 0-1000 scale.
#pragma once

#include <QSlider>

namespace kvscope::widgets {

class ValueSlider : public QSlider
{
    Q_OBJECT

public:
    explicit ValueSlider(Qt::Orientation orientation, QWidget *parent = nullptr);

    /// The value with its unit, as screen readers announce it.
    QString valueText() const { return m_valueText; }
    void setValueText(const QString &text);

private:
    QString m_valueText;
};

} // namespace kvscope::widgets
