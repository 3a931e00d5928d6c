// SPDX-License-Identifier: GPL-3.0-or-later
// A QCustomPlot plottable that draws many time segments as filled boxes, one draw call per box:
// the session timeline's thousands of prefill, decode, swap and waiting stretches. A QCPItemRect
// per segment would be a QObject each, and QCPBars cannot hold several segments per row.
#pragma once

#include <qcustomplot.h>

#include <vector>

namespace kvscope::widgets {

class SegmentPlottable : public QCPAbstractPlottable
{
    Q_OBJECT

public:
    /// One box from `start` to `end` along the key (time) axis and from `top` to `bottom` along
    /// the value (row) axis, filled with brush `style`.
    struct Box
    {
        double start = 0;
        double end = 0;
        double top = 0;
        double bottom = 0;
        int style = 0;
    };

    SegmentPlottable(QCPAxis *keyAxis, QCPAxis *valueAxis);

    void setBoxes(std::vector<Box> boxes);
    const std::vector<Box> &boxes() const { return m_boxes; }
    /// The brushes boxes refer to by index.
    void setStyles(const QList<QBrush> &styles);
    /// Values (rows) where a thin separator line is drawn across the whole key range.
    void setSeparators(std::vector<double> values, const QPen &pen);

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    std::vector<Box> m_boxes;
    QList<QBrush> m_styles;
    std::vector<double> m_separators;
    QPen m_separatorPen;
};

} // namespace kvscope::widgets
