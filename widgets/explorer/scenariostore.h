// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario the explorer shows, and its undo history. Every edit (a slider, a typed value, a
// picker, a reset) becomes one undoable command; the steps of one slider drag merge into one.
// Setters emit scenarioChanged only when the scenario really changes.
#pragma once

#include "scenario.h"

#include <QObject>
#include <QUndoStack>

namespace kvscope::widgets {

class ScenarioStore : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioStore(model::Scenario initial, QObject *parent = nullptr);

    const model::Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() { return &m_undo; }

    /// Option keys accepted by setOption(), with their values:
    /// "weight-dtype"/"kv-dtype" (bf16 fp16 fp8 int8 int4 fp4), "attention-flops" (causal paper),
    /// "tp-comm" (on off).
    static QStringList optionKeys();
    /// The current value of an option key, as setOption() takes it.
    QString option(const QString &key) const;

public slots:
    /// A parameter-table value in the parameter's unit. Moving the model size rescales the
    /// architecture and drops a recount made for the original one (the paper's 34e9). `continuous`
    /// merges consecutive steps of one drag into one undo command. Returns false for an unknown
    /// key or a value outside the table.
    bool setParameter(const QString &key, double value, bool continuous = false);
    bool setOption(const QString &key, const QString &value);
    /// Picks a model preset: its architecture as published (model size and recount cleared).
    void setModel(const kvscope::model::ModelSpec &model);
    /// Picks a hardware preset: HBM per GPU starts at its capacity.
    void setHardware(const kvscope::model::HardwareSpec &hardware);
    /// Sets the four KV compression ratios at once, as one undoable step named `description`.
    void setKvCompression(const kvscope::model::KvCompression &ratios, const QString &description);
    /// Replaces the whole scenario (reset to the paper's example, a restored session).
    void setScenario(const kvscope::model::Scenario &scenario, const QString &description);
    /// Ends a drag: the next continuous edit starts a new undo command.
    void endContinuousEdit();

signals:
    void scenarioChanged(const kvscope::model::Scenario &scenario);

private:
    friend class ScenarioCommand;
    /// Pushes `next` as one command, with its reserve per GPU brought below the usable HBM.
    void change(const QString &description, model::Scenario next, int mergeId);
    void assign(const model::Scenario &scenario);

    model::Scenario m_scenario;
    QUndoStack m_undo;
    int m_dragGeneration = 0;
};

} // namespace kvscope::widgets

Q_DECLARE_METATYPE(kvscope::model::Scenario)
