// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorer.h"

#include "chartwidget.h"

namespace kvscope::widgets {

void Explorer::addChart(ChartWidget *chart)
{
    m_charts << chart;
    // A chart is destroyed with its page, which may go before the explorer.
    connect(chart, &QObject::destroyed, this, [this, chart] { m_charts.removeAll(chart); });
    if (m_evaluations > 0)
        chart->setData(m_data);
}

void Explorer::setScenario(const model::Scenario &scenario)
{
    const model::ExplorerChange change = model::advance(m_data, scenario);
    ++m_evaluations;
    emit valuesChanged(m_data);
    for (ChartWidget *chart : std::as_const(m_charts))
        chart->setData(m_data, change);
    emit dataChanged(change);
}

} // namespace kvscope::widgets
