// SPDX-License-Identifier: GPL-3.0-or-later
#include "concurrencychart.h"

#include "modeltext.h"
#include "modelwords.h"
#include "plotwidget.h"

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

namespace {
QString gpuCount(int gpus, int replicas = 1)
{
    const QString group = gpus == 1 ? QObject::tr("1 GPU") : QObject::tr("%1 GPUs").arg(gpus);
    return replicas > 1 ? QObject::tr("%1 × %2").arg(replicas).arg(group) : group;
}
} // namespace

ConcurrencyChart::ConcurrencyChart(QWidget *parent) : ChartWidget(tr("Concurrency ceiling"), parent)
{
    m_rect = addAxisRect(plot()->plotLayout(), 0, 0, true);
    m_rect->axis(QCPAxis::atBottom)->setLabel(tr("Context length (tokens, K = 1,000)"));
    setValueAxisLabels(m_rect, {tr("Users that fit in HBM"), tr("Users in HBM"), tr("Users")});
    m_rect->axis(QCPAxis::atLeft)->setScaleType(QCPAxis::stLogarithmic);

    m_point = addCurrentPoint(m_rect);
    setTheme(m_theme);
}

QCPGraph *ConcurrencyChart::curveGraph(int index) const
{
    return index >= 0 && index < m_graphs.size() ? m_graphs[index] : nullptr;
}

QPointF ConcurrencyChart::currentPoint() const
{
    if (m_point.dot->data()->isEmpty())
        return {};
    const auto it = m_point.dot->data()->constBegin();
    return {it->key, it->value};
}

bool ConcurrencyChart::takeCurves(const model::ExplorerData &data)
{
    std::vector<model::ConcurrencyCurve> curves = model::concurrencyCurves(data);
    if (curves == m_data)
        return false;
    m_data = std::move(curves);
    return true;
}

void ConcurrencyChart::placeMarker()
{
    const double users = std::max(m_current.fleetConcurrency, model::kZeroUsersFloor);
    placeCurrentPoint(m_point, m_context, users,
                      m_current.fits ? usersText(m_current.fleetConcurrency) : tr("does not fit"),
                      Qt::AlignBottom, m_from, m_to, 0.3);
    markContext(m_context, m_from, m_to);
}

QColor ConcurrencyChart::curveColor(const model::ConcurrencyCurve &curve) const
{
    if (curve.current)
        return m_theme.blue;
    // Faint, but distinct hues: dark backgrounds need more of the colour to read.
    const double keep = m_theme.dark ? 0.75 : 0.6;
    switch (curve.gpus) {
    case 1:
        return m_theme.faint(m_theme.vermillion, keep);
    case 2:
        return m_theme.faint(m_theme.orange, keep);
    case 4:
        return m_theme.faint(m_theme.green, keep);
    default:
        return m_theme.faint(m_theme.purple, keep);
    }
}

void ConcurrencyChart::restyle()
{
    styleCurrentPoint(m_point);
}

void ConcurrencyChart::redraw()
{
    if (m_data.empty())
        return;
    while (m_graphs.size() < int(m_data.size())) {
        QCPGraph *g = addGraph(m_rect, QString());
        g->setLineStyle(QCPGraph::lsStepLeft);
        m_graphs.append(g);
    }
    double hi = 1;
    QList<QCPAbstractPlottable *> entries;
    for (int i = 0; i < m_graphs.size(); ++i) {
        QCPGraph *g = m_graphs[i];
        if (i >= int(m_data.size())) {
            g->setVisible(false);
            continue;
        }
        const model::ConcurrencyCurve &c = m_data[std::size_t(i)];
        // A step line needs only the samples where the count changes (and the last one); zero
        // users sit on the floor of the logarithmic axis, labelled "0".
        QVector<double> keys;
        QVector<double> users;
        keys.reserve(qsizetype(c.context.size()));
        users.reserve(qsizetype(c.context.size()));
        for (std::size_t k = 0; k < c.context.size(); ++k) {
            if (k > 0 && k + 1 < c.context.size() && c.users[k] == c.users[k - 1])
                continue;
            keys.append(c.context[k]);
            users.append(std::max(c.users[k], model::kZeroUsersFloor));
        }
        g->setData(keys, users, true);
        g->setVisible(true);
        g->setName(c.current ? tr("%1, this setting").arg(gpuCount(c.gpus, c.replicas))
                             : gpuCount(c.gpus, c.replicas));
        entries << g;
        // Faint lines are one pixel wide (a fast path of the raster engine) except when presenting.
        styleGraph(g, curveColor(c), c.current ? 1.3 : 0.4);
        for (double u : c.users)
            hi = std::max(hi, u);
    }
    setLegendEntries(entries);
    // Draw the current curve on top of the faint ones.
    for (int i = 0; i < int(m_data.size()); ++i)
        if (m_data[std::size_t(i)].current)
            m_graphs[i]->setLayer(plot()->layer("main"));

    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    const double top = std::pow(10.0, std::ceil(std::log10(hi * 1.5)));
    x->setRange(m_from, m_to);
    ticker(x)->setTicks(model::logTokenTicks(m_from, m_to));
    setValueAxis(m_rect, QCPRange(model::kZeroUsersFloor * 0.85, top), model::logUserTicks);

    placeMarker();
    queueReplot();
}

QString ConcurrencyChart::hoverText(int, double key, double) const
{
    QStringList lines;
    for (const model::ConcurrencyCurve &c : m_data) {
        const int i = nearestIndex(c.context, key);
        // Near the marker every count is for the current context exactly.
        const bool current = currentIsNearer(c.context, i, key);
        const double context = current ? m_context : c.context[std::size_t(i)];
        const double users = current ? (c.current ? m_current.fleetConcurrency : std::nan(""))
                                     : c.users[std::size_t(i)];
        if (lines.isEmpty())
            lines << tr("At %1 tokens, users that fit:")
                         .arg(QString::fromStdString(model::formatTokens(context)));
        if (std::isnan(users))
            continue;
        lines << tr("%1: %2").arg(gpuCount(c.gpus, c.replicas),
                                  usersText(users) +
                                      (c.current ? tr(" (this setting)") : QString()));
    }
    return lines.join('\n');
}

} // namespace kvscope::widgets
