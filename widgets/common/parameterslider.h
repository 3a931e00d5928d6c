// SPDX-License-Identifier: GPL-3.0-or-later
// One row of the control panel, built from a row of the parameter table: its label, a slider on
// the table's scale (log or linear, with snap points), a typed numeric field validated against the
// table's range, and the unit. Keys move the slider: arrows one step, Page Up/Down a page, Home
// and End to the ends; every key press changes the value.
#pragma once

#include "parameters.h"
#include "sliderscale.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSlider;

namespace kvscope::widgets {

class ValueSlider;

class ParameterSlider : public QWidget
{
    Q_OBJECT

public:
    enum class Style
    {
        Primary, ///< label and field above a full-width slider, a hint line below
        Compact  ///< label, slider, field and unit on one row
    };

    /// The slider spans the parameter's track (Parameter::sliderMin..sliderMax); typed values
    /// may still use the whole range the parameter accepts.
    ParameterSlider(const model::Parameter &parameter, Style style, QWidget *parent = nullptr);

    const model::Parameter &parameter() const { return m_parameter; }
    QString key() const;
    double value() const { return m_value; }
    QSlider *slider() const;
    QLineEdit *field() const { return m_field; }
    QLabel *label() const { return m_label; }
    const model::SliderScale &scale() const { return m_scale; }
    /// True while the field holds text that was rejected.
    bool inputInvalid() const { return m_invalid; }

    /// Snap points, in the parameter's unit; the slider handle jumps onto one when dragged near.
    /// The key steps are snap points too.
    void setSnapPoints(std::vector<double> points);
    /// The values a key press steps through: the parameter's teaching steps
    /// (model::teachingSteps) and these (the model's trained context, the preset's HBM).
    void setExtraKeySteps(std::vector<double> extra);
    const std::vector<double> &keySteps() const { return m_keySteps; }
    /// Restricts the slider to `values` (ascending, in the parameter's unit): each position is
    /// one of them and a typed value must be one, else it is refused with `why`. Empty lifts it.
    void setAllowedValues(std::vector<double> values, const QString &why);
    const std::vector<double> &allowedValues() const { return m_allowed; }
    /// The small line under a primary slider (derived architecture, GB equivalent...).
    void setHint(const QString &hint);
    QString hint() const;
    /// Label column width of a compact row, so the rows of a section line up.
    void setLabelWidth(int width);

    /// Parses text typed in the parameter's unit: "50000", "50,000", "50K", "1.5M", "34B", "2T",
    /// "80 GiB", "x4", "60%". nullopt when it is not a number.
    static std::optional<double> parseTyped(const QString &text, const model::Parameter &parameter);
    /// The value as the field shows it ("50K", "34B", "80", "0.6").
    static QString formatValue(double value, const model::Parameter &parameter);
    /// The unit shown beside the field ("tokens", "GiB", "GPUs", "params").
    static QString unitText(const model::Parameter &parameter);
    /// The window's word for `unit` ("tokens", "GiB"); empty for a fraction or a count.
    static QString unitWord(model::Unit unit);
    /// The value and its unit, as a screen reader announces the slider ("50K tokens", "×4").
    QString valueWithUnit(double value) const;

public slots:
    /// Shows a value pushed from the scenario; emits nothing.
    void setValue(double value);

signals:
    /// The user moved the slider (`continuous` while dragging) or typed a valid value.
    void valueEdited(double value, bool continuous);
    /// Typed text was not a number or lies outside the parameter table's range.
    void inputRejected(const QString &message);

private:
    int positionOf(double value) const;
    double valueAt(int position) const;
    void onAction(int action);
    void onSliderMoved(int position);
    void onTyped();
    void markInvalid(const QString &message);
    void clearInvalid();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// Field and unit widths for the current font.
    void sizeColumns();

    const model::Parameter &m_parameter;
    model::SliderScale m_scale;
    std::vector<double> m_allowed;
    QString m_allowedWhy;
    std::vector<double> m_keySteps;   ///< ascending, inside the track
    std::vector<double> m_snapPoints; ///< as set, without the key steps
    QLabel *m_label = nullptr;
    ValueSlider *m_slider = nullptr;
    QLineEdit *m_field = nullptr;
    QLabel *m_unit = nullptr;
    class TextLine *m_hint = nullptr;
    double m_value = 0;
    bool m_invalid = false;
    bool m_primary = false;
};

} // namespace kvscope::widgets
