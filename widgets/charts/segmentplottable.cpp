// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentplottable.h"

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

SegmentPlottable::SegmentPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    // Axis-aligned boxes gain nothing from antialiasing, which would cost most of a replot.
    setAntialiased(false);
    setAntialiasedFill(false);
}

void SegmentPlottable::setBoxes(std::vector<Box> boxes)
{
    m_boxes = std::move(boxes);
}

void SegmentPlottable::setStyles(const QList<QBrush> &styles)
{
    m_styles = styles;
}

void SegmentPlottable::setSeparators(std::vector<double> values, const QPen &pen)
{
    m_separators = std::move(values);
    m_separatorPen = pen;
}

double SegmentPlottable::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // never selectable; the chart's hover text names the segment instead
}

QCPRange SegmentPlottable::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = !m_boxes.empty();
    QCPRange range(0, 0);
    for (const Box &b : m_boxes)
        range.expand(QCPRange(b.start, b.end));
    return range;
}

QCPRange SegmentPlottable::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = !m_boxes.empty();
    QCPRange range(0, 0);
    for (const Box &b : m_boxes)
        range.expand(QCPRange(std::min(b.top, b.bottom), std::max(b.top, b.bottom)));
    return range;
}

void SegmentPlottable::draw(QCPPainter *painter)
{
    QCPAxis *key = keyAxis();
    QCPAxis *value = valueAxis();
    if (!key || !value || m_styles.isEmpty())
        return;
    const QCPRange visible = key->range();
    // Solid colours take the raster engine's fastest fill.
    std::vector<QColor> colors;
    for (const QBrush &brush : std::as_const(m_styles))
        colors.push_back(brush.color());
    int lastY0 = -1;
    int lastY1 = -1;
    int lastX1 = -1;
    for (const Box &b : m_boxes) {
        if (b.end < visible.lower || b.start > visible.upper)
            continue;
        // Whole pixels: the raster engine fills an integer rectangle fastest, and a swap of a
        // few milliseconds in a timeline of minutes still shows as one pixel at least.
        const int x0 = int(std::lround(key->coordToPixel(b.start)));
        const int x1 = std::max(x0 + 1, int(std::lround(key->coordToPixel(b.end))));
        const int ya = int(std::lround(value->coordToPixel(b.top)));
        const int yb = int(std::lround(value->coordToPixel(b.bottom)));
        const int y0 = std::min(ya, yb);
        const int y1 = std::max({ya, yb, y0 + 1});
        // Boxes of one row come in time order: one that falls inside the pixels already filled
        // there (hundreds of sub-pixel steps and swaps in the server's row) would not show.
        if (y0 == lastY0 && y1 == lastY1 && x1 <= lastX1)
            continue;
        painter->fillRect(QRect(x0, y0, x1 - x0, y1 - y0),
                          colors[std::size_t(std::clamp<int>(b.style, 0, int(colors.size()) - 1))]);
        lastY0 = y0;
        lastY1 = y1;
        lastX1 = x1;
    }
    if (!m_separators.empty()) {
        painter->setPen(m_separatorPen);
        const double left = key->coordToPixel(visible.lower);
        const double right = key->coordToPixel(visible.upper);
        for (double v : m_separators) {
            const double y = value->coordToPixel(v);
            painter->drawLine(QLineF(left, y, right, y));
        }
    }
}

void SegmentPlottable::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_styles.value(0));
    painter->drawRect(rect);
}

} // namespace kvscope::widgets
