// SPDX-License-Identifier: GPL-3.0-or-later
// The charts' line series: a QCPGraph that draws only the samples a straight line between its
// neighbours would not already put within a fraction of a pixel. The model samples a curve densely
// enough for the widest export and adds a sample at every concurrency step; on a plot a few
// hundred pixels wide most of those samples lie on the line through their neighbours, and
// stroking and filling their vertices cost a sixth of a slider step. It also maps the samples to
// pixels without the AVX state-transition penalty (see curvegraph.cpp).
#pragma once

#include <qcustomplot.h>

namespace kvscope::widgets {

/// The indices of `points` to keep so that every dropped point lies within `tolerance` (vertical
/// distance, in the points' units) of the straight line between the kept points around it. The
/// points are in drawing order with x not decreasing; the first and last are always kept, as is a
/// point where x does not advance (a vertical edge) and any point with a NaN coordinate and its
/// neighbours (a gap). Linear in the number of points.
QVector<int> keptVertices(const QVector<QPointF> &points, double tolerance);

class CurveGraph : public QCPGraph
{
    Q_OBJECT

public:
    /// How far, in pixels, a dropped sample may lie from the line drawn: a fifth of a pixel does
    /// not change an antialiased line on screen or in a 2x export.
    static constexpr double kTolerancePx = 0.2;

    CurveGraph(QCPAxis *keyAxis, QCPAxis *valueAxis);

protected:
    /// QCPGraph's visible samples, thinned with keptVertices() in pixels. It feeds the line, the
    /// fill and the channel fill of another graph that fills up to this one. Step styles keep
    /// every sample: removing one would move a step.
    void getOptimizedLineData(QVector<QCPGraphData> *lineData,
                              const QCPGraphDataContainer::const_iterator &begin,
                              const QCPGraphDataContainer::const_iterator &end) const override;
};

} // namespace kvscope::widgets
