// SPDX-License-Identifier: GPL-3.0-or-later
#include "compressionpanel.h"

#include "modeltext.h"
#include "modelwords.h"
#include "parameterslider.h"
#include "wrappedlabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace kvscope::widgets {

namespace {

QString ratio(double value)
{
    return q(model::formatRatio(value));
}

/// "head ×8, hidden ×3.56": the axes a technique sets.
QString setsText(const model::KvCompression &sets)
{
    QStringList parts;
    const std::array<std::pair<const char *, double>, 4> axes = {
        std::pair{"layer", sets.layer}, std::pair{"head", sets.head},
        std::pair{"token", sets.token}, std::pair{"hidden", sets.hidden}};
    for (const auto &[name, value] : axes)
        if (value > 0)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(name), ratio(value));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QStringList CompressionPanel::axisKeys()
{
    return {QStringLiteral("kv-compression-layer"), QStringLiteral("kv-compression-head"),
            QStringLiteral("kv-compression-token"), QStringLiteral("kv-compression-hidden")};
}

CompressionPanel::CompressionPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    auto *title = new QLabel(tr("KV-cache compression: what if?"), this);
    title->setObjectName("panelTitle");
    layout->addWidget(title);

    for (const QString &key : axisKeys()) {
        auto *s = new ParameterSlider(model::parameter(key.toStdString()),
                                      ParameterSlider::Style::Compact, this);
        const QString label = s->label()->text();
        s->label()->setText(label.mid(label.indexOf(':') + 2));
        connect(s, &ParameterSlider::valueEdited, this, [this, s](double value, bool continuous) {
            emit parameterEdited(s->key(), value, continuous);
        });
        connect(s->slider(), &QSlider::sliderReleased, this, &CompressionPanel::editFinished);
        connect(s, &ParameterSlider::inputRejected, this, &CompressionPanel::inputRejected);
        m_sliders << s;
        layout->addWidget(s);
    }
    alignLabels();

    m_combined = new QLabel(this);
    m_combined->setObjectName("combinedRatio");
    layout->addWidget(m_combined);

    auto *examples = new WrappedLabel(tr("Known techniques (one click sets their axes, the others "
                                         "keep their values):"),
                                      this);
    layout->addWidget(examples);
    m_buttonGrid = new QGridLayout;
    m_buttonGrid->setSpacing(4);
    layout->addLayout(m_buttonGrid);
    // Seven techniques and "none"; their names follow the model, so they are filled in later.
    for (int i = 0; i < 8; ++i) {
        auto *button = new QPushButton(this);
        button->setCheckable(true);
        m_buttonGrid->addWidget(button, i / 2, i % 2);
        connect(button, &QPushButton::clicked, this, [this, i] { pick(i); });
        m_buttons << button;
    }
    m_buttons.back()->setText(tr("No compression"));
    m_buttons.back()->setObjectName("none");
    m_buttons.back()->setToolTip(tr("All four ratios back to ×1"));
    layout->addStretch(1);
}

ParameterSlider *CompressionPanel::slider(const QString &key) const
{
    for (ParameterSlider *s : m_sliders)
        if (s->key() == key)
            return s;
    return nullptr;
}

QPushButton *CompressionPanel::button(const QString &id) const
{
    for (QPushButton *b : m_buttons)
        if (b->objectName() == id)
            return b;
    return nullptr;
}

QString CompressionPanel::combinedText() const
{
    return m_combined->text();
}

void CompressionPanel::pick(int index)
{
    // The buttons show state, not clicks: a click that changes nothing leaves them as they were.
    const model::KvCompression before = m_current;
    updateChecks();
    if (index >= int(m_techniques.size()))
        emit compressionPicked(model::KvCompression{}, tr("No KV compression"));
    else
        emit compressionPicked(m_techniques[std::size_t(index)].appliedTo(before),
                               techniqueName(m_techniques[std::size_t(index)]));
}

void CompressionPanel::updateChecks()
{
    const model::KvCompression &c = m_current;
    const bool none = c == model::KvCompression{};
    for (std::size_t i = 0; i < m_techniques.size() && int(i) + 1 < m_buttons.size(); ++i)
        m_buttons[int(i)]->setChecked(!none && m_techniques[i].appliedTo(c) == c);
    m_buttons.back()->setChecked(none);
}

void CompressionPanel::setValues(const model::CurrentValues &values,
                                 const model::CompressionView &view)
{
    const model::KvCompression &c = values.scenario.deployment.kvCompression;
    m_current = c;
    const std::array<double, 4> ratios = {c.layer, c.head, c.token, c.hidden};
    for (int i = 0; i < 4; ++i)
        m_sliders[i]->setValue(ratios[std::size_t(i)]);
    m_combined->setText(tr("Combined: <b>%1</b> = %2 × %3 × %4 × %5 (layer × head × token × "
                           "hidden)")
                            .arg(ratio(c.combined()), q(model::formatPlain(c.layer)),
                                 q(model::formatPlain(c.head)), q(model::formatPlain(c.token)),
                                 q(model::formatPlain(c.hidden))));

    m_techniques = view.techniques;
    for (std::size_t i = 0; i < m_techniques.size() && int(i) + 1 < m_buttons.size(); ++i) {
        const model::CompressionTechnique &t = m_techniques[i];
        QPushButton *b = m_buttons[int(i)];
        b->setObjectName(q(t.id));
        b->setText(techniqueName(t));
        b->setToolTip(techniqueSummary(t) + '\n' + tr("Sets %1").arg(setsText(t.sets)));
    }
    // Checked while the ratios are what a technique sets.
    updateChecks();
}

void CompressionPanel::alignLabels()
{
    int width = 0;
    for (ParameterSlider *s : std::as_const(m_sliders))
        width = std::max(width, s->label()->fontMetrics().horizontalAdvance(s->label()->text()));
    for (ParameterSlider *s : std::as_const(m_sliders))
        s->setLabelWidth(width + 4);
}

void CompressionPanel::changeEvent(QEvent *event)
{
    // The window sets its font after building the page: the label column follows it.
    if (event->type() == QEvent::FontChange)
        alignLabels();
    QWidget::changeEvent(event);
}

void CompressionPanel::setTheme(const Theme &theme)
{
    if (auto *title = findChild<QLabel *>("panelTitle"))
        title->setFont(theme.font(13, true));
    m_combined->setFont(theme.font(12));
}

} // namespace kvscope::widgets
