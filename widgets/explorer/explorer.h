// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer's one evaluation per change. It owns the evaluated scenario (model::ExplorerData),
// brings it to each new scenario once, keeping the sweep along context when only the context
// moved, and hands each consumer what it shows: the current values to the control panel and the
// metrics strip, the data with what changed to the charts. Pages beside the charts read data()
// when they are shown, so a hidden page holds no copy and costs a step nothing.
#pragma once

#include "explorerdata.h"

#include <QList>
#include <QObject>

namespace kvscope::widgets {

class ChartWidget;

class Explorer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const model::ExplorerData &data() const { return m_data; }
    /// Evaluations made so far: one per change of scenario.
    int evaluationCount() const { return m_evaluations; }
    /// Charts fed on every change with the data and what changed.
    void addChart(ChartWidget *chart);
    /// Evaluates `scenario` and tells every consumer.
    void setScenario(const model::Scenario &scenario);

signals:
    /// The current values changed (every evaluation).
    void valuesChanged(const kvscope::model::CurrentValues &values);
    /// Anything changed: for consumers that read data() when they need it.
    void dataChanged(kvscope::model::ExplorerChange change);

private:
    model::ExplorerData m_data;
    QList<ChartWidget *> m_charts;
    int m_evaluations = 0;
};

} // namespace kvscope::widgets
