// SPDX-License-Identifier: GPL-3.0-or-later
#include "curvegraph.h"

#include <cmath>
#include <limits>

namespace kvscope::widgets {

namespace {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
[[gnu::target("avx")]] void zeroUpperHalves()
{
    __builtin_ia32_vzeroupper();
}

/// Qt's raster engine leaves the upper halves of the AVX registers in use after it paints (a
/// fill, a blend). Until they are cleared, every call from SSE code into the C library's AVX
/// versions of log() pays a state transition: about 110 ns per call instead of 4 on the Xeon
/// this is measured on, and a log-axis coordToPixel() makes two. Clearing them once before a
/// curve's samples are mapped to pixels made that 16 times faster (75 -> 4.8 us per curve).
void clearUpperVectorState()
{
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        zeroUpperHalves();
}
#else
void clearUpperVectorState() {}
#endif

} // namespace

QVector<int> keptVertices(const QVector<QPointF> &points, double tolerance)
{
    const int n = int(points.size());
    QVector<int> kept;
    if (n == 0)
        return kept;
    const auto isGap = [&](int i) {
        return std::isnan(points[i].x()) || std::isnan(points[i].y());
    };
    constexpr double kInf = std::numeric_limits<double>::infinity();
    // The line runs from the anchor, the last kept point; `pending` is the farthest point it can
    // reach so far with every point skipped on the way within `tolerance` of it. [lo, hi] is the
    // range of slopes from the anchor that still pass within `tolerance` of all of them.
    int anchor = 0;
    int pending = -1;
    double lo = -kInf;
    double hi = kInf;
    kept.append(0);
    const auto restartAt = [&](int i) {
        kept.append(i);
        anchor = i;
        pending = -1;
        lo = -kInf;
        hi = kInf;
    };
    for (int i = 1; i < n; ++i) {
        if (isGap(i) || isGap(anchor)) {
            if (pending >= 0)
                kept.append(pending);
            restartAt(i);
            continue;
        }
        const QPointF &a = points[anchor];
        const QPointF &p = points[i];
        const double dx = p.x() - a.x();
        if (dx > 0) {
            const double slope = (p.y() - a.y()) / dx;
            if (slope >= lo && slope <= hi) {
                lo = std::max(lo, (p.y() - tolerance - a.y()) / dx);
                hi = std::min(hi, (p.y() + tolerance - a.y()) / dx);
                pending = i;
                continue;
            }
        }
        // The line cannot reach this point: it ends at the last one it could, and a new line
        // starts there and is tried again on this point.
        if (pending >= 0) {
            restartAt(pending);
            --i;
        } else {
            restartAt(i);
        }
    }
    if (pending >= 0)
        kept.append(pending);
    return kept;
}

CurveGraph::CurveGraph(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPGraph(keyAxis, valueAxis) {}

void CurveGraph::getOptimizedLineData(QVector<QCPGraphData> *lineData,
                                      const QCPGraphDataContainer::const_iterator &begin,
                                      const QCPGraphDataContainer::const_iterator &end) const
{
    // Before QCPGraph maps the samples (here and in its getLines() after this returns).
    clearUpperVectorState();
    QCPGraph::getOptimizedLineData(lineData, begin, end);
    QCPAxis *keyAxis = mKeyAxis.data();
    QCPAxis *valueAxis = mValueAxis.data();
    if (mLineStyle != lsLine || !lineData || lineData->size() < 3 || !keyAxis || !valueAxis ||
        keyAxis->orientation() != Qt::Horizontal || keyAxis->rangeReversed())
        return;
    QVector<QPointF> pixels;
    pixels.reserve(lineData->size());
    for (const QCPGraphData &d : std::as_const(*lineData))
        pixels.append({keyAxis->coordToPixel(d.key), valueAxis->coordToPixel(d.value)});
    const QVector<int> kept = keptVertices(pixels, kTolerancePx);
    if (kept.size() == lineData->size())
        return;
    QVector<QCPGraphData> thinned;
    thinned.reserve(kept.size());
    for (int i : kept)
        thinned.append(lineData->at(i));
    *lineData = std::move(thinned);
}

} // namespace kvscope::widgets
