// SPDX-License-Identifier: GPL-3.0-or-later
// What the explorer charts share: a title row, one PlotWidget, the theme and byte units, the
// current-context marker on its own buffered layer, a hover line with an exact-value tooltip, and
// a legend bar below the plot so it never covers data. A chart takes the explorer's data with
// setData(): its subclass keeps its own curves (from its model file) and the current value, moves
// them into the plot in redraw() and ends with a queued (coalesced) replot.
#pragma once

#include "explorerdata.h"
#include "legendbar.h"
#include "theme.h"
#include "ticks.h"
#include "units.h"

#include <QLabel>
#include <QList>
#include <QWidget>

#include <functional>

// QCustomPlot's classes by name only: a file that includes this header but draws nothing itself
// (the window, the compare view, the tests of values) does not parse qcustomplot.h.
class QCPAbstractPlottable;
class QCPAxis;
class QCPAxisRect;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QCPLayer;
class QCPLayoutGrid;
class QCPRange;
class QCPTextElement;
class QHBoxLayout;
class QMouseEvent;

namespace kvscope::widgets {

class LabelTicker;
class PlotWidget;

/// A value axis's range (QCPRange's two numbers, without its header).
struct ValueRange
{
    double lower = 0;
    double upper = 0;
    bool operator==(const ValueRange &) const = default;
};

class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(const QString &title, QWidget *parent = nullptr);

    PlotWidget *plot() const { return m_plot; }
    LegendBar *legend() const { return m_legend; }
    /// The chart's full title (exports and captions use it).
    QString title() const { return m_titles.value(0); }
    /// The title as the header shows it at its current width.
    QString shownTitle() const { return m_title->text(); }
    const Theme &theme() const { return m_theme; }
    model::ByteUnits byteUnits() const { return m_units; }
    /// New input. With ExplorerChange::Curves the chart takes its curves anew and redraws whole
    /// when they differ from those drawn (a change elsewhere in the scenario, the output length
    /// say, can leave them as they were); with ExplorerChange::Current only the current value
    /// moves and the marker layer alone is replotted.
    virtual void setData(const model::ExplorerData &data,
                         model::ExplorerChange change = model::ExplorerChange::Curves);

    /// The context the marker stands at, in tokens.
    double markedContext() const { return m_markedContext; }
    /// Replots done so far (full or marker only); several requests in one event-loop turn count
    /// once.
    int replotCount() const { return m_replotCount; }
    /// Full replots done so far.
    int fullReplotCount() const { return m_fullReplotCount; }
    /// The tooltip text at a point (key, value) of axis rect `rect` (index in creation order).
    QString hoverTextAt(int rect, double key, double value = 0) const
    {
        return hoverText(rect, key, value);
    }

    /// The value-axis range the data of each axis rect asks for (creation order), as of the last
    /// redraw.
    const QList<ValueRange> &naturalValueRanges() const { return m_naturalRanges; }
    /// Forces the value axes to these ranges, one per axis rect (empty: follow the data), so charts
    /// side by side share their scales. Kept across redraws until replaced.
    void setValueRanges(const QList<ValueRange> &ranges);
    /// The value-axis ranges shown now, one per axis rect.
    QList<ValueRange> valueRanges() const;

public slots:
    void setTheme(const kvscope::widgets::Theme &theme);
    void setByteUnits(kvscope::model::ByteUnits units);

signals:
    /// The plot has painted (used to measure a slider step until every chart is on screen).
    void painted();

protected:
    /// Takes the chart's own curves from `data`; false when they equal the ones drawn.
    virtual bool takeCurves(const model::ExplorerData &data) = 0;
    /// Takes what follows the current value beyond m_current and m_context; true when that needs
    /// a full redraw too (a title naming the bound at the current context).
    virtual bool takeCurrent(const model::ExplorerData &data)
    {
        Q_UNUSED(data);
        return false;
    }
    /// Applies the theme's colours, pens and fonts to the subclass's plottables.
    virtual void restyle() = 0;
    /// Moves the last input into the plottables, ranges and ticks.
    virtual void redraw() = 0;
    /// Moves what depends only on the current value (the context marker, the current point).
    virtual void placeMarker() {}
    /// After new input: a full redraw when the curves changed, else only the marker moves and the
    /// marker layer alone is replotted (a context step along unchanged curves).
    void refresh(bool curvesChanged);
    /// Exact values for the tooltip at (key, value) on axis rect `rect`; empty for none. On a
    /// context axis rect the key is a context length in tokens.
    virtual QString hoverText(int rect, double key, double value) const = 0;

    void showEvent(QShowEvent *event) override;

    QHBoxLayout *headerLayout() const { return m_header; }
    /// Shorter forms of the title, after the full one, for a header too narrow for it (a control
    /// beside the title, presentation type on a small screen).
    void setTitleVariants(const QStringList &variants);
    /// A new axis rect with model-driven tickers on both axes. A context rect has a logarithmic
    /// context axis along the bottom, the current-context marker and a hover line.
    /// The rect is placed in `grid` at (row, column) first: items need it in the layout.
    QCPAxisRect *addAxisRect(QCPLayoutGrid *grid, int row, int column, bool contextAxis = true);
    const QList<QCPAxisRect *> &axisRects() const { return m_rects; }
    LabelTicker *ticker(QCPAxis *axis) const;
    /// Sets the value axis of `rect` to `natural`, or to the forced range when one is set, with
    /// ticks made by `ticks` for the range shown (kept to re-tick a later forced range).
    void setValueAxis(QCPAxisRect *rect, QCPRange natural,
                      std::function<model::Ticks(double lo, double hi)> ticks);
    /// Marks `context` on every axis rect (the vertical line and its label).
    void markContext(double context, double from, double to);
    /// The top edge of a stacked band: a one-pixel line (the fill carries the band; a cosmetic
    /// pen draws many times faster than a wide one).
    void styleEdge(QCPGraph *graph, const QColor &color) const;
    /// Shows these plottables in the legend under the plot, in this order, by name, pen and brush.
    void setLegendEntries(const QList<QCPAbstractPlottable *> &entries);
    /// One line series with the chart's standard look: a CurveGraph, which draws only the samples
    /// that show at the plot's size.
    QCPGraph *addGraph(QCPAxisRect *rect, const QString &name);
    /// The current value on a context rect: a disc and a boxed label beside it, on the marker
    /// layer so a context step redraws only them.
    struct CurrentPoint
    {
        QCPGraph *dot = nullptr;
        QCPItemText *label = nullptr;
    };
    CurrentPoint addCurrentPoint(QCPAxisRect *rect);
    void styleCurrentPoint(const CurrentPoint &point) const;
    /// Moves the point to (context, value) with `text` above or below it (`vertical`, or the other
    /// side when the plot is too short there), on the side of the context axis (from..to) with
    /// room: right of it until `rightShare` of the way.
    void placeCurrentPoint(const CurrentPoint &point, double context, double value,
                           const QString &text, Qt::Alignment vertical, double from, double to,
                           double rightShare);
    void styleGraph(QCPGraph *graph, const QColor &color, double widthFactor = 1,
                    Qt::PenStyle style = Qt::SolidLine) const;
    /// Titles the value axis of `rect` with the longest of `variants` (longest first) that fits
    /// its height, so a short chart (presentation type on a small projector) shortens the title
    /// rather than cutting it.
    void setValueAxisLabels(QCPAxisRect *rect, const QStringList &variants);
    /// Styles the layout elements every chart has (axes, grid, legend, marker, title row).
    void restyleCommon();
    /// An axis rect's title row above it, in the chart's font.
    QCPTextElement *addRectTitle(QCPLayoutGrid *grid, int row, int column);
    /// Queues a full replot (curves, axes, everything) for the end of this event-loop turn.
    void queueReplot();
    /// Queues a redraw of the marker layer only: the current context, the current point and
    /// anything else that depends only on the current value. A queued full replot includes it.
    void queueMarkerReplot();
    QCPLayer *markerLayer() const { return m_markerLayer; }
    /// Nearest sample to `x` on a logarithmic axis.
    static int nearestIndex(const std::vector<double> &xs, double x);
    /// True when the marked (current) context is nearer to `x` than sample `index` of `xs`: the
    /// tooltip then shows the exact current values.
    bool currentIsNearer(const std::vector<double> &xs, int index, double x) const;

private:
    void onMouseMove(QMouseEvent *event);
    void hideHover();
    /// Shortens a context axis's title where the chart is too narrow for the chart's own one, and
    /// a value axis's where it is too short; keeps the value axis's margin at the widest yet.
    void fitAxisLabels();
    /// Lets the value axes' margins follow their tick labels afresh (new type or units).
    void resetValueMargins();
    void hideHoverLines();
    /// Shows the longest title variant that fits the header, else the shortest elided.
    void fitTitle();
    /// Puts a current point's label on its preferred side of the point, or on the other side
    /// when the plot's edge would cut it there and not there.
    void keepLabelInside(QCPItemText *label, Qt::Alignment preferred) const;
    void flushReplot();
    bool eventFilter(QObject *watched, QEvent *event) override;

    struct RectDecor
    {
        QCPItemStraightLine *current = nullptr;
        QCPItemText *currentLabel = nullptr;
        QCPItemStraightLine *hover = nullptr;
        QString contextLabel;    ///< the chart's own context-axis title, before any shortening
        QStringList valueLabels; ///< the value axis's title variants, longest first
        int leftMargin = 0;      ///< the widest value-axis margin laid out so far
    };

    PlotWidget *m_plot = nullptr;
    LegendBar *m_legend = nullptr;
    QLabel *m_title = nullptr;
    QStringList m_titles; ///< the title's variants, longest first
    QHBoxLayout *m_header = nullptr;
    QList<QCPAxisRect *> m_rects;
    QList<RectDecor> m_decor;
    /// Each current point's label with the side of the point it is placed on when it fits.
    QList<std::pair<QCPItemText *, Qt::Alignment>> m_pointLabels;
    QList<ValueRange> m_naturalRanges;
    QList<ValueRange> m_forcedRanges;
    QList<std::function<model::Ticks(double, double)>> m_valueTicks;
    QCPLayer *m_markerLayer = nullptr;
    double m_markedContext = 0;
    bool m_replotQueued = false;
    bool m_fullReplotQueued = false;
    bool m_replotWhenShown = false;
    int m_replotCount = 0;
    int m_fullReplotCount = 0;

protected:
    Theme m_theme = makeTheme(false, false);
    model::ByteUnits m_units = model::ByteUnits::Binary;
    /// The last input's current value: the metrics at the scenario's context, and the context
    /// axis drawn.
    model::Metrics m_current;
    double m_context = 0;
    double m_from = model::kChartContextFrom;
    double m_to = model::kChartContextTo;
};

} // namespace kvscope::widgets
