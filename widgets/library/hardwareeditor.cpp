// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwareeditor.h"

#include "modeltext.h"
#include "modelwords.h"
#include "parameters.h"
#include "parameterslider.h"
#include "presetstore.h"
#include "units.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kvscope::widgets {

HardwareEditor::HardwareEditor(model::HardwareSpec start, QWidget *parent)
    : QDialog(parent), m_hardware(std::move(start)), m_start(m_hardware)
{
    setObjectName("hardwareEditor");
    setWindowTitle(tr("Custom hardware — kvscope"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto addText = [&](const QString &key, const QString &label, const std::string &value,
                             const QString &tip) {
        auto *edit = new QLineEdit(QString::fromStdString(value));
        edit->setToolTip(tip);
        form->addRow(label, edit);
        m_fields[key] = edit;
        connect(edit, &QLineEdit::textChanged, this, &HardwareEditor::validate);
    };
    addText("name", tr("&Name"), m_hardware.name,
            tr("The name shown in the library; the file id is made from it"));
    addText("source", tr("&Source"), m_hardware.source, tr("Where the figures come from"));

    model::Scenario holder;
    holder.hardware = m_hardware;
    for (const model::Parameter &param : model::parameters()) {
        if (param.scope != model::Scope::Hardware)
            continue;
        auto *edit = new QLineEdit(ParameterSlider::formatValue(param.get(holder), param));
        const QString unit = ParameterSlider::unitText(param);
        edit->setToolTip(tr("%1 From %2 to %3 %4.")
                             .arg(parameterHelp(param))
                             .arg(ParameterSlider::formatValue(param.min, param),
                                  ParameterSlider::formatValue(param.max, param), unit));
        edit->setAccessibleName(parameterLabel(param));
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *unitLabel = new QLabel(unit);
        unitLabel->setMinimumWidth(60);
        row->addWidget(unitLabel);
        form->addRow(parameterLabel(param), row);
        m_fields[q(param.key)] = edit;
        connect(edit, &QLineEdit::textChanged, this, &HardwareEditor::validate);
    }
    layout->addLayout(form);

    m_ridge = new QLabel;
    m_ridge->setObjectName("ridgePoint");
    m_ridge->setToolTip(tr("bf16 compute ÷ HBM bandwidth: an operation doing fewer FLOP per byte "
                           "it reads is memory bound on this chip"));
    layout->addWidget(m_ridge);
    m_error = new QLabel;
    m_error->setObjectName("hardwareError");
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x00));
    m_error->setPalette(pal);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    validate();
}

QLineEdit *HardwareEditor::field(const QString &key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() ? nullptr : it->second;
}

void HardwareEditor::validate()
{
    m_problem.clear();
    model::Scenario holder;
    holder.hardware = m_hardware;
    const QString name = m_fields["name"]->text().trimmed();
    if (name.isEmpty())
        m_problem = tr("Name: empty; give the hardware a name");
    holder.hardware.name = name.toStdString();
    holder.hardware.source = m_fields["source"]->text().trimmed().toStdString();
    holder.hardware.id = model::idFromName(holder.hardware.name);
    model::Scenario start;
    start.hardware = m_start;
    for (const model::Parameter &param : model::parameters()) {
        if (param.scope != model::Scope::Hardware)
            continue;
        const QString text = m_fields[q(param.key)]->text();
        const std::optional<double> value = ParameterSlider::parseTyped(text, param);
        const QString problem = value ? valueProblem(param, *value) : tr("not a number");
        if (!problem.isEmpty()) {
            // The value as typed, not as parsed: "1e9", not "1000000000".
            if (m_problem.isEmpty())
                m_problem = tr("%1 = %2: %3").arg(parameterLabel(param), text.trimmed(), problem);
            continue;
        }
        param.set(holder, *value);
        // A figure typed over is not the datasheet's any more: its source says so, rather than
        // lending the preset's citation to a number it never gave. In English, as the presets
        // write their sources.
        const std::string sourceKey = param.jsonKey();
        if (param.get(holder) != param.get(start))
            holder.hardware.sources[sourceKey] = "entered by hand";
        else if (m_start.sources.count(sourceKey))
            holder.hardware.sources[sourceKey] = m_start.sources.at(sourceKey);
    }
    m_hardware = holder.hardware;
    m_error->setText(m_problem);
    m_error->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid());
    m_ridge->setText(valid() ? tr("Ridge point: %1 FLOP per byte (bf16)")
                                   .arg(QString::number(m_hardware.ridgePoint(), 'f', 1))
                             : tr("Ridge point: —"));
}

} // namespace kvscope::widgets
