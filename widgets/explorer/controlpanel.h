// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's controls: pickers for the model and hardware presets, the four primary sliders
// (model size, context length, GPU count, HBM per GPU) and the secondary controls in collapsible
// groups, all built from the parameter table. It reports edits by signal and shows the scenario
// pushed back into it without emitting anything.
#pragma once

#include "explorerdata.h"
#include "units.h"

#include <QWidget>

#include <span>

class QCheckBox;
class QComboBox;
class QLabel;

namespace kvscope::widgets {

class CollapsibleSection;
class ParameterSlider;

class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    ControlPanel(std::span<const model::ModelSpec> models,
                 std::span<const model::HardwareSpec> hardware, QWidget *parent = nullptr);

    /// The primary slider keys, in display order.
    static QStringList primaryKeys();
    ParameterSlider *slider(const QString &key) const;
    QList<ParameterSlider *> sliders() const { return m_sliders; }
    QComboBox *modelPicker() const { return m_modelPicker; }
    QComboBox *hardwarePicker() const { return m_hardwarePicker; }
    /// The picker of an option key ("weight-dtype", "kv-dtype", "attention-flops").
    QComboBox *optionPicker(const QString &key) const;
    QCheckBox *tpCommunication() const { return m_tpComm; }
    QList<CollapsibleSection *> sections() const { return m_sections; }

public slots:
    void setValues(const kvscope::model::CurrentValues &values);
    void setByteUnits(kvscope::model::ByteUnits units);

signals:
    void parameterEdited(const QString &key, double value, bool continuous);
    /// A slider drag ended.
    void editFinished();
    void modelPicked(const QString &id);
    void hardwarePicked(const QString &id);
    void optionPicked(const QString &key, const QString &value);
    void inputRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Gives the compact rows of every section one label width, that of the widest label in the
    /// current font (presentation type widens them).
    void alignCompactLabels();
    ParameterSlider *addSlider(QWidget *parent, const char *key, bool primary);
    QComboBox *addOption(CollapsibleSection *section, const QString &key, const QString &label,
                         const QStringList &values, const QStringList &texts);
    void updateHints();

    std::span<const model::ModelSpec> m_models;
    std::span<const model::HardwareSpec> m_hardware;
    QComboBox *m_modelPicker = nullptr;
    QComboBox *m_hardwarePicker = nullptr;
    QList<ParameterSlider *> m_sliders;
    QList<CollapsibleSection *> m_sections;
    QList<QComboBox *> m_options;
    QCheckBox *m_tpComm = nullptr;
    model::CurrentValues m_values;
    bool m_hasValues = false;
    model::ByteUnits m_units = model::ByteUnits::Binary;
};

} // namespace kvscope::widgets
