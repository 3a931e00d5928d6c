// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchingchart.h"

#include "modeltext.h"
#include "modelwords.h"
#include "plotwidget.h"

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

namespace {
QString tokens(double value)
{
    return QString::fromStdString(model::formatTokens(value));
}
} // namespace

SwitchingChart::SwitchingChart(QWidget *parent) : ChartWidget(tr("Context switching"), parent)
{
    m_rect = addAxisRect(plot()->plotLayout(), 0, 0, true);
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    x->setLabel(tr("Context length (tokens, K = 1,000)"));
    setValueAxisLabels(m_rect, {tr("Time to swap one user"), tr("Swap time"), tr("Swap")});
    y->setScaleType(QCPAxis::stLogarithmic);

    m_hostRegion = new QCPItemRect(plot());
    m_hostRegion->setLayer("grid");
    m_hostRegion->setClipAxisRect(m_rect);
    m_hostLine = new QCPItemStraightLine(plot());
    m_hostLine->setClipAxisRect(m_rect);
    for (QCPItemPosition *p : {m_hostRegion->topLeft, m_hostRegion->bottomRight, m_hostLine->point1,
                               m_hostLine->point2}) {
        p->setAxes(x, y);
        p->setAxisRect(m_rect);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }

    m_prefill = addGraph(m_rect, tr("Recompute instead (prefill)"));
    m_switch = addGraph(m_rect, tr("Swap out + in over PCIe"));
    m_hostKey = addGraph(m_rect, QString());
    m_point = addCurrentPoint(m_rect);
    setTheme(m_theme);
}

QString SwitchingChart::hostLimitText() const
{
    return m_hostText;
}

bool SwitchingChart::takeCurves(const model::ExplorerData &data)
{
    model::SwitchingCurves curves = model::switchingCurves(data);
    m_gpus = data.scenario.deployment.gpus;
    m_pcie = data.scenario.hardware.pcieBandwidth;
    if (curves == m_data)
        return false;
    m_data = std::move(curves);
    return true;
}

void SwitchingChart::placeMarker()
{
    placeCurrentPoint(m_point, m_context, m_current.contextSwitchSeconds,
                      seconds(m_current.contextSwitchSeconds), Qt::AlignTop, m_from, m_to, 0.35);
    markContext(m_context, m_from, m_to);
}

void SwitchingChart::restyle()
{
    const Theme &t = m_theme;
    styleGraph(m_switch, t.vermillion, 1.2);
    styleGraph(m_prefill, t.muted, 0.4, Qt::DashLine);
    m_hostKey->setPen(Qt::NoPen);
    m_hostKey->setBrush(QBrush(t.faint(t.purple, 0.5), Qt::BDiagPattern));
    m_hostRegion->setBrush(QBrush(t.faint(t.purple, 0.5), Qt::BDiagPattern));
    m_hostRegion->setPen(Qt::NoPen);
    m_hostLine->setPen(QPen(t.purple, t.presentation ? 3 : 2));
    styleCurrentPoint(m_point);
}

void SwitchingChart::redraw()
{
    const auto &d = m_data;
    if (d.context.empty())
        return;
    const QVector<double> keys(d.context.begin(), d.context.end());
    m_switch->setData(keys, QVector<double>(d.switchSeconds.begin(), d.switchSeconds.end()), true);
    m_prefill->setData(keys, QVector<double>(d.prefillSeconds.begin(), d.prefillSeconds.end()),
                       true);

    double lo = d.switchSeconds.front();
    double hi = d.switchSeconds.back();
    for (const auto *series : {&d.switchSeconds, &d.prefillSeconds})
        for (double v : *series)
            if (v > 0) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    lo = std::max(lo, 1e-9) / 2;
    hi = std::max(hi, lo * 10) * 2.5;
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    x->setRange(m_from, m_to);
    ticker(x)->setTicks(model::logTokenTicks(m_from, m_to));
    setValueAxis(m_rect, QCPRange(lo, hi),
                 [](double from, double to) { return model::logSecondTicks(from, to); });

    const bool limit = d.hostLimitContext > 0 && d.hostLimitContext < m_to;
    m_hostRegion->setVisible(limit);
    m_hostLine->setVisible(limit);
    m_hostText.clear();
    if (limit) {
        const double at = std::max(d.hostLimitContext, m_from);
        m_hostRegion->topLeft->setCoords(at, 0);
        m_hostRegion->bottomRight->setCoords(m_to, 1);
        m_hostLine->point1->setCoords(at, 0);
        m_hostLine->point2->setCoords(at, 1);
        // Named in the legend, where it covers nothing.
        m_hostText = tr("Host memory (%1) cannot park one user beyond %2")
                         .arg(QString::fromStdString(model::trimZeros(
                                  model::formatBytes(d.hostMemoryBytes, m_units, 3))),
                              tokens(d.hostLimitContext));
        m_hostKey->setName(m_hostText);
    }
    QList<QCPAbstractPlottable *> entries = {m_switch, m_prefill};
    if (limit)
        entries << m_hostKey;
    setLegendEntries(entries);

    placeMarker();
    queueReplot();
}

QString SwitchingChart::hoverText(int, double key, double) const
{
    const auto &d = m_data;
    if (d.context.empty())
        return {};
    const int i = nearestIndex(d.context, key);
    const bool current = currentIsNearer(d.context, i, key);
    const std::size_t k = std::size_t(std::max(i, 0));
    const double context = current ? m_context : d.context[k];
    const double swap = current ? m_current.contextSwitchSeconds : d.switchSeconds[k];
    const double kv = current ? m_current.kvBytesPerUser : d.kvPerUser[k];
    const double prefill = current ? m_current.prefillSeconds : d.prefillSeconds[k];
    const double parked = current ? m_current.hostParkedUsers : d.hostParkedUsers[k];
    QStringList lines;
    lines << tr("At %1 tokens").arg(tokens(context));
    lines << tr("Swap: %1 = 2 × %2 / (%3 × %4)")
                 .arg(seconds(swap), QString::fromStdString(model::formatBytes(kv, m_units, 4)))
                 .arg(m_gpus)
                 .arg(QString::fromStdString(model::formatBandwidth(m_pcie)));
    lines << tr("Recompute (prefill): %1").arg(seconds(prefill));
    lines << tr("Host memory %1 parks %2")
                 .arg(QString::fromStdString(model::formatBytes(d.hostMemoryBytes, m_units, 3)),
                      usersText(std::floor(parked)));
    return lines.join('\n');
}

} // namespace kvscope::widgets
