#include "segmentplottable.h"

#include <algorithm>

namespace kvscope::widgets {

SegmentPlottable::SegmentPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
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
    painter->setPen(Qt::NoPen);
    const QCPRange visible = key->range();
    int current = -1;
    for (const Box &b : m_boxes) {
        if (b.end < visible.lower || b.start > visible.upper)
            continue;
        double x0 = key->coordToPixel(b.start);
        double x1 = key->coordToPixel(b.end);
        // A swap of a few milliseconds in a timeline of minutes still shows: one pixel at least.
        if (x1 - x0 < 1)
            x1 = x0 + 1;
        const double y0 = value->coordToPixel(b.top);
        const double y1 = value->coordToPixel(b.bottom);
        if (b.style != current) {
            current = b.style;
            painter->setBrush(m_styles.value(current));
        }
        painter->drawRect(QRectF(QPointF(x0, std::min(y0, y1)),
                                 QPointF(x1, std::max(y0, y1) + (std::abs(y1 - y0) < 1 ? 1 : 0))));
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
