// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotwidget.h"

#include <cmath>

namespace kvscope::widgets {

PlotWidget::PlotWidget(QWidget *parent) : QCustomPlot(parent)
{
    // Software rendering (QCustomPlot's default, kept): the raster engine is fast enough for these
    // sizes and behaves the same under Xvfb, offscreen and on a laptop driving a projector.
    // Tick labels are cached as pixmaps; curves are drawn as one polyline each (QCustomPlot's
    // phFastPolylines draws segment by segment, which is slower for our one-pixel edges).
    setPlottingHints(QCP::phCacheLabels);
    setNoAntialiasingOnDrag(true);
    // The plot fills its whole area with its background first, so Qt need not paint the parent's
    // background under it on every repaint.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
}

void PlotWidget::paintEvent(QPaintEvent *event)
{
    QCustomPlot::paintEvent(event);
    ++m_paintCount;
    emit painted();
}

void LabelTicker::setTicks(model::Ticks ticks)
{
    m_ticks = std::move(ticks);
}

QVector<double> LabelTicker::createTickVector(double, const QCPRange &range)
{
    QVector<double> ticks;
    for (double v : m_ticks.values)
        if (range.contains(v))
            ticks.append(v);
    while (ticks.size() > 2 && crowded(ticks)) {
        QVector<double> thinned;
        for (qsizetype i = 0; i < ticks.size(); i += 2)
            thinned.append(ticks[i]);
        ticks = thinned;
    }
    m_shown = ticks;
    return ticks;
}

bool LabelTicker::crowded(const QVector<double> &ticks) const
{
    const QFontMetricsF metrics(m_axis->tickLabelFont());
    const bool vertical = m_axis->orientation() == Qt::Vertical;
    double needed = vertical ? metrics.height() * 1.4 : 0;
    if (!vertical)
        for (double v : ticks)
            needed = std::max(needed, metrics.horizontalAdvance(labelOf(v)) + 10);
    for (qsizetype i = 1; i < ticks.size(); ++i)
        if (std::fabs(m_axis->coordToPixel(ticks[i]) - m_axis->coordToPixel(ticks[i - 1])) < needed)
            return true;
    return false;
}

QVector<double> LabelTicker::createSubTickVector(int, const QVector<double> &)
{
    return QVector<double>(m_ticks.minor.begin(), m_ticks.minor.end());
}

QString LabelTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return labelOf(tick);
}

QString LabelTicker::labelOf(double tick) const
{
    for (std::size_t i = 0; i < m_ticks.values.size() && i < m_ticks.labels.size(); ++i)
        if (std::fabs(m_ticks.values[i] - tick) <= 1e-9 * std::max(1.0, std::fabs(tick)))
            return QString::fromStdString(m_ticks.labels[i]);
    return {};
}

} // namespace kvscope::widgets
