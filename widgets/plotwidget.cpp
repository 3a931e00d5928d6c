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

QVector<double> LabelTicker::createTickVector(double, const QCPRange &)
{
    return QVector<double>(m_ticks.values.begin(), m_ticks.values.end());
}

QVector<double> LabelTicker::createSubTickVector(int, const QVector<double> &)
{
    return QVector<double>(m_ticks.minor.begin(), m_ticks.minor.end());
}

QString LabelTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    for (std::size_t i = 0; i < m_ticks.values.size() && i < m_ticks.labels.size(); ++i)
        if (std::fabs(m_ticks.values[i] - tick) <= 1e-9 * std::max(1.0, std::fabs(tick)))
            return QString::fromStdString(m_ticks.labels[i]);
    return {};
}

} // namespace kvscope::widgets
