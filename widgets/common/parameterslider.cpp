// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameterslider.h"

#include "modeltext.h"
#include "modelwords.h"
#include "textline.h"
#include "units.h"
#include "valueslider.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

namespace {

constexpr int kPositions = 1000;
/// How close (in slider positions) a drag must come to a snap point to land on it.
constexpr double kSnapPositions = 7;

/// Positions for a slider: integer ranges narrower than the track get one position per value.
int positionsFor(double min, double max, bool integer, bool log)
{
    if (integer && !log && max - min < kPositions)
        return std::max(1, int(max - min));
    return kPositions;
}

} // namespace

ParameterSlider::ParameterSlider(const model::Parameter &parameter, Style style, QWidget *parent)
    : QWidget(parent), m_parameter(parameter)
{
    const double min = parameter.sliderMin();
    const double max = parameter.sliderMax();
    const bool log = parameter.scale == model::Scale::Log && min > 0;
    m_scale = model::SliderScale(min, max, log, parameter.integer,
                                 positionsFor(min, max, parameter.integer, log));
    setObjectName(QString::fromUtf8(parameter.key.data(), qsizetype(parameter.key.size())));
    setExtraKeySteps({});

    m_label = new QLabel(parameterLabel(parameter), this);
    m_slider = new ValueSlider(Qt::Horizontal, this);
    m_slider->setRange(0, m_scale.positions());
    m_slider->setSingleStep(1);
    m_slider->setPageStep(std::max(1, m_scale.positions() / 20));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setObjectName(objectName() + "-slider");
    m_field = new QLineEdit(this);
    m_field->setObjectName(objectName() + "-field");
    m_field->setAlignment(Qt::AlignRight);
    m_field->installEventFilter(this);
    m_unit = new QLabel(unitText(parameter), this);
    const QString help = parameterHelp(parameter) +
                         tr("\nRange %1 to %2 %3; type a value or use the arrow and Page keys.")
                             .arg(formatValue(parameter.min, parameter),
                                  formatValue(parameter.max, parameter), unitText(parameter));
    for (QWidget *w : std::initializer_list<QWidget *>{m_label, m_slider, m_field})
        w->setToolTip(help);
    m_label->setBuddy(m_field);
    // Screen readers name the slider and the field by the row's label.
    m_slider->setAccessibleName(m_label->text());
    m_field->setAccessibleName(m_label->text());

    m_primary = style == Style::Primary;
    if (style == Style::Primary) {
        QFont bold = m_label->font();
        bold.setBold(true);
        m_label->setFont(bold);
        m_hint = new TextLine(this);
        m_hint->setObjectName(objectName() + "-hint");
        m_hint->setMuted(true);
        auto *layout = new QGridLayout(this);
        layout->setContentsMargins(0, 4, 0, 4);
        layout->setHorizontalSpacing(6);
        layout->setVerticalSpacing(2);
        layout->addWidget(m_label, 0, 0);
        layout->addWidget(m_field, 0, 1);
        layout->addWidget(m_unit, 0, 2);
        layout->addWidget(m_slider, 1, 0, 1, 3);
        layout->addWidget(m_hint, 2, 0, 1, 3);
        layout->setColumnStretch(0, 1);
    } else {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 1, 0, 1);
        layout->setSpacing(6);
        layout->addWidget(m_label);
        layout->addWidget(m_slider, 1);
        layout->addWidget(m_field);
        layout->addWidget(m_unit);
    }
    sizeColumns();

    connect(m_slider, &QSlider::actionTriggered, this, &ParameterSlider::onAction);
    connect(m_slider, &QSlider::valueChanged, this, &ParameterSlider::onSliderMoved);
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        // After a drag the handle settles exactly on the value (a snap point, say).
        const QSignalBlocker block(m_slider);
        m_slider->setValue(positionOf(m_value));
    });
    connect(m_field, &QLineEdit::editingFinished, this, &ParameterSlider::onTyped);
    setValue(parameter.defaultValue);
}

void ParameterSlider::sizeColumns()
{
    const QFontMetrics metrics = fontMetrics();
    m_field->setFixedWidth(metrics.horizontalAdvance(m_primary ? QStringLiteral("0000.00M")
                                                               : QStringLiteral("00000.0")) +
                           12);
    // One unit column for every row of the control panel, as wide as the widest of its units in
    // the window's language.
    int unitWidth = 0;
    for (const model::Unit unit : {model::Unit::Tokens, model::Unit::Params, model::Unit::Gpus,
                                   model::Unit::Users, model::Unit::GiB})
        unitWidth = std::max(unitWidth, metrics.horizontalAdvance(unitWord(unit)));
    m_unit->setFixedWidth(unitWidth + 4);
    // A slider keeps room to drag in: the panel widens rather than squeeze it to its handle.
    m_slider->setMinimumWidth(metrics.height() * 4);
}

void ParameterSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        sizeColumns();
    QWidget::changeEvent(event);
}

QSlider *ParameterSlider::slider() const
{
    return m_slider;
}

QString ParameterSlider::key() const
{
    return QString::fromUtf8(m_parameter.key.data(), qsizetype(m_parameter.key.size()));
}

void ParameterSlider::setSnapPoints(std::vector<double> points)
{
    m_snapPoints = std::move(points);
    std::vector<double> all = m_snapPoints;
    all.insert(all.end(), m_keySteps.begin(), m_keySteps.end());
    m_scale.setSnapPoints(std::move(all), kSnapPositions);
}

void ParameterSlider::setExtraKeySteps(std::vector<double> extra)
{
    const std::span<const double> teaching = model::teachingSteps(m_parameter.key);
    extra.insert(extra.end(), teaching.begin(), teaching.end());
    std::erase_if(extra, [this](double v) { return v < m_scale.min() || v > m_scale.max(); });
    std::sort(extra.begin(), extra.end());
    extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
    m_keySteps = std::move(extra);
    setSnapPoints(m_snapPoints); // again, with the new key steps among them
}

void ParameterSlider::setAllowedValues(std::vector<double> values, const QString &why)
{
    if (values == m_allowed)
        return;
    m_allowed = std::move(values);
    m_allowedWhy = why;
    const QSignalBlocker block(m_slider);
    if (m_allowed.empty()) {
        m_slider->setRange(0, m_scale.positions());
        m_slider->setPageStep(std::max(1, m_scale.positions() / 20));
    } else {
        m_slider->setRange(0, int(m_allowed.size()) - 1);
        m_slider->setPageStep(1);
    }
    m_slider->setValue(positionOf(m_value));
}

int ParameterSlider::positionOf(double value) const
{
    if (m_allowed.empty())
        return m_scale.positionOf(value);
    // The allowed value nearest on the slider's own scale (log for a GPU count).
    const int target = m_scale.positionOf(value);
    const auto distance = [&](double allowed) {
        return std::abs(m_scale.positionOf(allowed) - target);
    };
    const auto nearest =
        std::min_element(m_allowed.begin(), m_allowed.end(),
                         [&](double a, double b) { return distance(a) < distance(b); });
    return int(nearest - m_allowed.begin());
}

double ParameterSlider::valueAt(int position) const
{
    if (m_allowed.empty())
        return m_scale.valueAt(position);
    return m_allowed[std::size_t(std::clamp(position, 0, int(m_allowed.size()) - 1))];
}

void ParameterSlider::setHint(const QString &hint)
{
    if (m_hint && m_hint->text() != hint)
        m_hint->setText(hint);
}

QString ParameterSlider::hint() const
{
    return m_hint ? m_hint->text() : QString();
}

void ParameterSlider::setLabelWidth(int width)
{
    m_label->setFixedWidth(width);
}

void ParameterSlider::setValue(double value)
{
    m_value = value;
    {
        const QSignalBlocker block(m_slider);
        if (!m_slider->isSliderDown())
            m_slider->setValue(positionOf(value));
    }
    const QString text = formatValue(value, m_parameter);
    m_slider->setValueText(valueWithUnit(value));
    if (!m_field->hasFocus() || !m_field->isModified()) {
        if (m_field->text() != text)
            m_field->setText(text);
        m_field->setModified(false);
        clearInvalid();
    }
}

void ParameterSlider::onAction(int action)
{
    // A key press must move the value: skip positions that round to the current value or fall
    // in a snap zone that would pull the handle back.
    int direction = 0;
    switch (action) {
    case QAbstractSlider::SliderSingleStepAdd:
    case QAbstractSlider::SliderPageStepAdd:
        direction = 1;
        break;
    case QAbstractSlider::SliderSingleStepSub:
    case QAbstractSlider::SliderPageStepSub:
        direction = -1;
        break;
    default:
        return;
    }
    if (!m_allowed.empty())
        return; // one position per allowed value: the slider's own step already moves the value
    // A teaching step lands on the next round value (64K after 50K), exactly: it is a snap point.
    if (const std::optional<double> step = model::nextStep(m_keySteps, m_value, direction)) {
        m_slider->setSliderPosition(m_scale.positionOf(*step));
        return;
    }
    const int from = m_slider->sliderPosition();
    m_slider->setSliderPosition(m_scale.nextDistinctPosition(from, m_value, direction));
}

void ParameterSlider::onSliderMoved(int position)
{
    const double value = valueAt(position);
    if (value == m_value)
        return;
    m_value = value;
    m_field->setText(formatValue(value, m_parameter));
    m_slider->setValueText(valueWithUnit(value));
    m_field->setModified(false);
    clearInvalid();
    emit valueEdited(value, m_slider->isSliderDown());
}

void ParameterSlider::onTyped()
{
    if (!m_field->isModified())
        return;
    m_field->setModified(false);
    const QString text = m_field->text();
    const std::optional<double> parsed = parseTyped(text, m_parameter);
    if (!parsed) {
        markInvalid(tr("%1: \"%2\" is not a number (the decimal separator is \"%3\")")
                        .arg(m_label->text(), text, QLocale().decimalPoint()));
        return;
    }
    if (const QString problem = valueProblem(m_parameter, *parsed); !problem.isEmpty()) {
        markInvalid(tr("%1: %2 %3").arg(m_label->text(), text.trimmed(), problem));
        return;
    }
    if (!m_allowed.empty() &&
        std::find(m_allowed.begin(), m_allowed.end(), *parsed) == m_allowed.end()) {
        markInvalid(tr("%1: %2 %3").arg(m_label->text(), text, m_allowedWhy));
        return;
    }
    clearInvalid();
    if (*parsed == m_value)
        return;
    m_value = *parsed;
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(positionOf(m_value));
    }
    m_slider->setValueText(valueWithUnit(m_value));
    emit valueEdited(m_value, false);
}

void ParameterSlider::markInvalid(const QString &message)
{
    m_invalid = true;
    m_field->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #D55E00; }"));
    m_field->setToolTip(message);
    emit inputRejected(message);
}

void ParameterSlider::clearInvalid()
{
    if (!m_invalid)
        return;
    m_invalid = false;
    m_field->setStyleSheet(QString());
    m_field->setToolTip(m_slider->toolTip());
}

bool ParameterSlider::eventFilter(QObject *watched, QEvent *event)
{
    // A field being edited claims Escape before the window's shortcut (leaving presentation
    // mode) sees it: the first press abandons the typed text, the next leaves.
    if (watched == m_field && event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        (m_field->isModified() || m_invalid)) {
        event->accept();
        return true;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Escape abandons a typed value.
        m_field->setModified(false);
        m_field->setText(formatValue(m_value, m_parameter));
        clearInvalid();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<double> ParameterSlider::parseTyped(const QString &text,
                                                  const model::Parameter &parameter)
{
    // Numbers follow the locale: "12,5K" is 12.5K where the comma is the decimal separator and
    // refused where it groups thousands (its groups are not three digits); never reinterpreted.
    const QLocale locale;
    QString s = text.trimmed();
    s.remove('_');
    for (const QChar space : {QChar(' '), QChar(0x00A0), QChar(0x202F)})
        s.remove(space);
    // The unit may be typed too ("80GiB", "50000tokens").
    for (const QString &unit : {unitText(parameter), QStringLiteral("tokens"),
                                QStringLiteral("GPUs"), QStringLiteral("users")})
        if (!unit.isEmpty() && s.endsWith(unit, Qt::CaseInsensitive) && s.size() > unit.size())
            s.chop(unit.size());
    double factor = 1;
    if (parameter.unit == model::Unit::Ratio && s.startsWith('x', Qt::CaseInsensitive))
        s.remove(0, 1);
    if (s.endsWith('%')) {
        factor = 0.01;
        s.chop(1);
    } else if (!s.isEmpty()) {
        const QChar last = s.back().toUpper();
        const bool counts =
            parameter.unit == model::Unit::Tokens || parameter.unit == model::Unit::Params ||
            parameter.unit == model::Unit::Users || parameter.unit == model::Unit::Count;
        if (counts && last == 'K')
            factor = 1e3;
        else if (counts && last == 'M')
            factor = 1e6;
        else if (counts && (last == 'B' || last == 'G'))
            factor = 1e9;
        else if (counts && last == 'T')
            factor = 1e12;
        if (factor != 1)
            s.chop(1);
    }
    bool ok = false;
    const double value = locale.toDouble(s, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    // 50.1K means 50,100 tokens exactly, not 50,099.999...
    return factor == 1 ? value : model::roundSignificant(value * factor, 12);
}

QString ParameterSlider::formatValue(double value, const model::Parameter &parameter)
{
    using model::Unit;
    switch (parameter.unit) {
    case Unit::Tokens:
        return localizedNumber(QString::fromStdString(model::formatTokens(value)));
    case Unit::Params:
        return localizedNumber(QString::fromStdString(model::formatParams(value)));
    case Unit::Gpus:
    case Unit::Users:
    case Unit::Count:
        return QString::fromStdString(model::formatInteger(value));
    default:
        return localizedNumber(
            QString::fromStdString(model::formatPlain(model::roundSignificant(value, 4))));
    }
}

QString ParameterSlider::valueWithUnit(double value) const
{
    const QString unit = unitText(m_parameter);
    if (unit.isEmpty())
        return formatValue(value, m_parameter);
    if (m_parameter.unit == model::Unit::Ratio)
        return unit + formatValue(value, m_parameter); // "×4"
    return formatValue(value, m_parameter) + QLatin1Char(' ') + unit;
}

QString ParameterSlider::unitText(const model::Parameter &parameter)
{
    return unitWord(parameter.unit);
}

QString ParameterSlider::unitWord(model::Unit unit)
{
    // The window's own words, translatable; the command line keeps model::unitSuffix.
    using model::Unit;
    switch (unit) {
    case Unit::Tokens:
        return tr("tokens");
    case Unit::Users:
        return tr("users");
    case Unit::Gpus:
        return tr("GPUs");
    case Unit::Params:
        return tr("params");
    case Unit::GiB:
        return QStringLiteral("GiB");
    case Unit::GBps:
        return QStringLiteral("GB/s");
    case Unit::TFlops:
        return QStringLiteral("TFLOP/s");
    case Unit::Microseconds:
        return QStringLiteral("µs");
    case Unit::Fraction:
    case Unit::Count:
        return QString(); // a fraction or a count has no unit
    case Unit::Ratio:
        return QStringLiteral("×");
    case Unit::UsdPerHour:
        return tr("$/GPU-h");
    }
    return QString();
}

} // namespace kvscope::widgets
