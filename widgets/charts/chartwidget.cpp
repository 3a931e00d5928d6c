// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "curvegraph.h"
#include "plotwidget.h"

#include <QHBoxLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

ChartWidget::ChartWidget(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    m_header = new QHBoxLayout;
    m_header->setContentsMargins(4, 0, 4, 0);
    m_title = new QLabel(title, this);
    m_title->setObjectName("chartTitle");
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    m_titles = {title};
    m_header->addWidget(m_title, 1);
    layout->addLayout(m_header);

    m_plot = new PlotWidget(this);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    layout->addWidget(m_plot, 1);
    m_legend = new LegendBar(this);
    layout->addWidget(m_legend);
    connect(m_plot, &PlotWidget::painted, this, &ChartWidget::painted);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartWidget::onMouseMove);
    connect(m_plot, &QCustomPlot::afterLayout, this, &ChartWidget::fitAxisLabels);

    // The plot layout is built by the subclasses from an empty grid. The legend is a LegendBar
    // under the plot: laying out and drawing QCustomPlot's legend on every replot would cost more
    // than the curves.
    m_plot->plotLayout()->clear();
    m_plot->setAutoAddPlottableToLegend(false);

    // The current-context marker and the hover line move on every step and on every mouse move:
    // their own buffered layer lets a hover redraw only that layer.
    m_plot->addLayer("marker", m_plot->layer("legend"), QCustomPlot::limAbove);
    m_markerLayer = m_plot->layer("marker");
    m_markerLayer->setMode(QCPLayer::lmBuffered);
    // QCustomPlot's own (empty) overlay layer shares the marker's buffer: two buffers to clear and
    // compose per paint instead of three.
    m_plot->layer("overlay")->setMode(QCPLayer::lmLogical);
    m_plot->setCurrentLayer("main");
    // Antialiased lines and text, plain fills, grid and items: the fills are opaque and
    // axis-aligned edges gain nothing from antialiasing, and this keeps a replot near 1 ms.
    m_plot->setNotAntialiasedElements(QCP::aeFills | QCP::aeGrid | QCP::aeSubGrid | QCP::aeAxes |
                                      QCP::aeItems | QCP::aeZeroLine);
}

void ChartWidget::setTheme(const Theme &theme)
{
    m_theme = theme;
    resetValueMargins();
    restyleCommon();
    restyle();
    redraw();
}

void ChartWidget::setByteUnits(model::ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    resetValueMargins();
    redraw();
}

void ChartWidget::resetValueMargins()
{
    for (int i = 0; i < m_rects.size(); ++i) {
        m_decor[i].leftMargin = 0;
        m_rects[i]->setMinimumMargins(QMargins());
    }
}

QCPAxisRect *ChartWidget::addAxisRect(QCPLayoutGrid *grid, int row, int column, bool contextAxis)
{
    auto *rect = new QCPAxisRect(m_plot, true);
    grid->addElement(row, column, rect);
    rect->setupFullAxesBox(false);
    rect->axis(QCPAxis::atTop)->setVisible(false);
    rect->axis(QCPAxis::atRight)->setVisible(false);
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    if (contextAxis)
        x->setScaleType(QCPAxis::stLogarithmic);
    x->setTicker(QSharedPointer<LabelTicker>::create(x));
    y->setTicker(QSharedPointer<LabelTicker>::create(y));
    for (QCPAxis *axis : {x, y}) {
        // Major grid lines only: minor ones cost a fifth of a replot and clutter a projection.
        axis->grid()->setSubGridVisible(false);
        axis->setSubTicks(true);
        axis->grid()->setLayer("grid");
        axis->setLayer("axes");
    }
    rect->setLayer("background");

    m_naturalRanges.append({y->range().lower, y->range().upper});
    m_valueTicks.append(std::function<model::Ticks(double, double)>());
    RectDecor decor;
    if (!contextAxis) {
        m_rects.append(rect);
        m_decor.append(decor);
        return rect;
    }
    const auto verticalLine = [&](QCPLayer *layer) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(layer);
        line->setClipAxisRect(rect);
        for (QCPItemPosition *p : {line->point1, line->point2}) {
            p->setAxes(x, y);
            p->setAxisRect(rect);
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        line->point1->setCoords(1000, 0);
        line->point2->setCoords(1000, 1);
        return line;
    };
    decor.current = verticalLine(m_markerLayer);
    decor.currentLabel = new QCPItemText(m_plot);
    decor.currentLabel->setLayer(m_markerLayer);
    // The label sits in the margin above the rect, where it covers neither data nor other labels.
    decor.currentLabel->setClipToAxisRect(false);
    decor.currentLabel->position->setAxes(x, y);
    decor.currentLabel->position->setAxisRect(rect);
    decor.currentLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    decor.currentLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    decor.currentLabel->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
    decor.currentLabel->setPadding(QMargins(4, 1, 4, 1));
    decor.hover = verticalLine(m_markerLayer);
    decor.hover->setVisible(false);

    m_rects.append(rect);
    m_decor.append(decor);
    return rect;
}

void ChartWidget::setValueAxis(QCPAxisRect *rect, QCPRange natural,
                               std::function<model::Ticks(double, double)> ticks)
{
    const auto index = m_rects.indexOf(rect);
    if (index < 0)
        return;
    m_naturalRanges[index] = {natural.lower, natural.upper};
    m_valueTicks[index] = std::move(ticks);
    const QCPRange shown = index < m_forcedRanges.size()
                               ? QCPRange(m_forcedRanges[index].lower, m_forcedRanges[index].upper)
                               : natural;
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    y->setRange(shown);
    if (m_valueTicks[index])
        ticker(y)->setTicks(m_valueTicks[index](shown.lower, shown.upper));
}

void ChartWidget::setValueRanges(const QList<ValueRange> &ranges)
{
    if (ranges == m_forcedRanges)
        return;
    m_forcedRanges = ranges;
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_valueTicks[i])
            setValueAxis(m_rects[i], QCPRange(m_naturalRanges[i].lower, m_naturalRanges[i].upper),
                         m_valueTicks[i]);
    queueReplot();
}

QList<ValueRange> ChartWidget::valueRanges() const
{
    QList<ValueRange> ranges;
    for (QCPAxisRect *rect : m_rects) {
        const QCPRange range = rect->axis(QCPAxis::atLeft)->range();
        ranges.append({range.lower, range.upper});
    }
    return ranges;
}

LabelTicker *ChartWidget::ticker(QCPAxis *axis) const
{
    return static_cast<LabelTicker *>(axis->ticker().data());
}

QCPTextElement *ChartWidget::addRectTitle(QCPLayoutGrid *grid, int row, int column)
{
    auto *title = new QCPTextElement(m_plot, QString(), m_theme.font(10.5, true));
    title->setLayer("axes");
    title->setMargins(QMargins(0, 2, 0, 2));
    grid->addElement(row, column, title);
    return title;
}

void ChartWidget::markContext(double context, double from, double to)
{
    m_markedContext = context;
    const double anchor = std::min(context, to);
    // Centred over the line, except near an end, where it leans inwards so it is never clipped.
    const double t = std::log(std::max(anchor, from) / from) / std::log(to / from);
    const Qt::Alignment side =
        t > 0.93 ? Qt::AlignRight : (t < 0.07 ? Qt::AlignLeft : Qt::AlignHCenter);
    for (const RectDecor &d : std::as_const(m_decor)) {
        if (!d.current)
            continue;
        d.current->point1->setCoords(anchor, 0);
        d.current->point2->setCoords(anchor, 1);
        d.currentLabel->position->setCoords(anchor, 0.0);
        d.currentLabel->setPositionAlignment(Qt::AlignBottom | side);
        d.currentLabel->setText(QString::fromStdString(model::formatTokens(context)));
    }
}

QCPGraph *ChartWidget::addGraph(QCPAxisRect *rect, const QString &name)
{
    auto *graph = new CurveGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(name);
    graph->setLayer("main");
    graph->setSelectable(QCP::stNone);
    graph->setAdaptiveSampling(false);
    return graph;
}

void ChartWidget::styleGraph(QCPGraph *graph, const QColor &color, double widthFactor,
                             Qt::PenStyle style) const
{
    QPen pen(color, m_theme.lineWidth * widthFactor, style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    graph->setPen(pen);
}

void ChartWidget::styleEdge(QCPGraph *graph, const QColor &color) const
{
    graph->setPen(QPen(color, 1));
}

void ChartWidget::restyleCommon()
{
    QPalette pal = palette();
    pal.setColor(QPalette::Window, m_theme.background);
    pal.setColor(QPalette::WindowText, m_theme.foreground);
    setPalette(pal);
    setAutoFillBackground(true);
    m_title->setFont(m_theme.font(13, true));
    m_title->setPalette(pal);
    fitTitle();

    m_plot->setBackground(m_theme.background);
    const QFont tickFont = m_theme.font(10.5);
    const QFont labelFont = m_theme.font(11);
    for (QCPAxisRect *rect : std::as_const(m_rects)) {
        rect->setBackground(m_theme.background);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(m_theme.muted, 1));
            axis->setTickPen(QPen(m_theme.muted, 1));
            axis->setSubTickPen(QPen(m_theme.muted, 1));
            axis->setTickLabelColor(m_theme.foreground);
            axis->setLabelColor(m_theme.foreground);
            axis->setTickLabelFont(tickFont);
            axis->setLabelFont(labelFont);
            axis->grid()->setPen(QPen(m_theme.grid, 1, Qt::SolidLine));
            axis->grid()->setSubGridPen(QPen(m_theme.gridMinor, 1, Qt::SolidLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
            axis->setTickLengthIn(0);
            axis->setTickLengthOut(m_theme.presentation ? 7 : 5);
            axis->setSubTickLengthIn(0);
            axis->setSubTickLengthOut(3);
            axis->setTickLabelPadding(4);
        }
    }
    m_legend->setTheme(m_theme);
    // Room above every rect for the current-context label.
    const int markerHeight = int(QFontMetricsF(m_theme.font(10.5, true)).height()) + 6;
    for (QCPAxisRect *rect : std::as_const(m_rects)) {
        // A fixed right margin leaves room for the last tick label at the right edge.
        rect->setAutoMargins(QCP::msLeft | QCP::msBottom);
        rect->setMargins(QMargins(0, markerHeight, m_theme.presentation ? 26 : 20, 0));
    }
    for (const RectDecor &d : std::as_const(m_decor)) {
        if (!d.current)
            continue;
        QPen current(m_theme.foreground, m_theme.presentation ? 3 : 2, Qt::DashLine);
        d.current->setPen(current);
        d.currentLabel->setFont(m_theme.font(10.5, true));
        d.currentLabel->setColor(m_theme.background);
        d.currentLabel->setBrush(m_theme.foreground);
        d.currentLabel->setPen(Qt::NoPen);
        d.hover->setPen(QPen(m_theme.muted, 1.5, Qt::DotLine));
    }
    const QList<QCPLayoutElement *> elements = m_plot->plotLayout()->elements(true);
    for (QCPLayoutElement *element : elements)
        if (auto *text = qobject_cast<QCPTextElement *>(element)) {
            text->setFont(m_theme.font(10.5, true));
            text->setTextColor(m_theme.foreground);
        }
}

void ChartWidget::queueReplot()
{
    m_fullReplotQueued = true;
    queueMarkerReplot();
}

ChartWidget::CurrentPoint ChartWidget::addCurrentPoint(QCPAxisRect *rect)
{
    CurrentPoint point{addGraph(rect, QString()), new QCPItemText(m_plot)};
    point.dot->setLayer(m_markerLayer);
    point.dot->setLineStyle(QCPGraph::lsNone);
    point.label->setLayer(m_markerLayer);
    point.label->setClipAxisRect(rect);
    point.label->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    point.label->setPadding(QMargins(5, 2, 5, 2));
    m_pointLabels.append({point.label, Qt::AlignTop});
    return point;
}

void ChartWidget::styleCurrentPoint(const CurrentPoint &point) const
{
    const Theme &t = m_theme;
    point.dot->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, t.foreground, t.foreground,
                                               t.presentation ? 16 : 12));
    point.label->setFont(t.font(10.5, true));
    point.label->setColor(t.foreground);
    point.label->setBrush(t.background);
    point.label->setPen(QPen(t.foreground, 1));
}

void ChartWidget::placeCurrentPoint(const CurrentPoint &point, double context, double value,
                                    const QString &text, Qt::Alignment vertical, double from,
                                    double to, double rightShare)
{
    point.dot->setData({context}, {value}, true);
    point.label->position->setCoords(context, value);
    const bool right = std::log(to / context) > rightShare * std::log(to / from);
    point.label->setPositionAlignment(vertical | (right ? Qt::AlignLeft : Qt::AlignRight));
    point.label->setText(text);
    for (auto &[label, preferred] : m_pointLabels)
        if (label == point.label) {
            preferred = vertical;
            keepLabelInside(label, preferred);
        }
}

void ChartWidget::keepLabelInside(QCPItemText *label, Qt::Alignment preferred) const
{
    const QRect area = label->clipAxisRect() ? label->clipAxisRect()->rect() : QRect();
    if (area.height() <= 0)
        return;
    const QMargins padding = label->padding();
    const double height = QFontMetricsF(label->font()).height() + padding.top() + padding.bottom();
    const double y = label->position->pixelPosition().y();
    const double roomBelow = area.bottom() - y;
    const double roomAbove = y - area.top();
    // Qt::AlignTop puts the label's top at the point: the label hangs below it.
    bool hangsBelow = preferred.testFlag(Qt::AlignTop);
    if (hangsBelow && roomBelow < height && roomAbove > roomBelow)
        hangsBelow = false;
    else if (!hangsBelow && roomAbove < height && roomBelow > roomAbove)
        hangsBelow = true;
    const Qt::Alignment side = label->positionAlignment() & Qt::AlignHorizontal_Mask;
    label->setPositionAlignment(side | (hangsBelow ? Qt::AlignTop : Qt::AlignBottom));
}

void ChartWidget::setValueAxisLabels(QCPAxisRect *rect, const QStringList &variants)
{
    const int i = int(m_rects.indexOf(rect));
    m_decor[i].valueLabels = variants;
    rect->axis(QCPAxis::atLeft)->setLabel(variants.value(0));
}

void ChartWidget::fitAxisLabels()
{
    // A new layout can leave a current point's label less room than it had.
    for (const auto &[label, preferred] : std::as_const(m_pointLabels))
        keepLabelInside(label, preferred);
    const QStringList shorter = {tr("Context length (tokens)"), tr("Context (tokens)")};
    for (int i = 0; i < m_rects.size(); ++i) {
        RectDecor &decor = m_decor[i];
        // The plot does not shift sideways when a drag brings shorter tick labels ("10" after
        // "1,000"): the value axis keeps the widest margin it has had until the type or units
        // change.
        if (const int left = m_rects[i]->margins().left(); left > decor.leftMargin) {
            decor.leftMargin = left;
            m_rects[i]->setMinimumMargins(QMargins(left, 0, 0, 0));
        }
        if (!decor.valueLabels.isEmpty()) {
            QCPAxis *y = m_rects[i]->axis(QCPAxis::atLeft);
            const QFontMetricsF metrics(y->labelFont());
            const double room = m_rects[i]->rect().height();
            QString chosen = decor.valueLabels.back();
            for (const QString &label : decor.valueLabels)
                if (metrics.horizontalAdvance(label) <= room) {
                    chosen = label;
                    break;
                }
            if (y->label() != chosen)
                y->setLabel(chosen);
        }
        if (!decor.current)
            continue;
        QCPAxis *x = m_rects[i]->axis(QCPAxis::atBottom);
        if (decor.contextLabel.isEmpty() ||
            (x->label() != decor.contextLabel && !shorter.contains(x->label())))
            decor.contextLabel = x->label();
        // The title is centred under the plot area, not under the whole rect with its margins.
        const QRect outer = m_rects[i]->outerRect();
        const double centre = m_rects[i]->center().x();
        const double room = 2 * std::min(centre - outer.left(), outer.right() - centre);
        const QFontMetricsF metrics(x->labelFont());
        QString chosen = shorter.back();
        for (const QString &label : QStringList{decor.contextLabel} + shorter)
            if (metrics.horizontalAdvance(label) <= room) {
                chosen = label;
                break;
            }
        if (x->label() != chosen)
            x->setLabel(chosen);
    }
}

void ChartWidget::setData(const model::ExplorerData &data, model::ExplorerChange change)
{
    const bool axisMoved = data.contextFrom != m_from || data.contextTo != m_to;
    // The curves first: a chart compares them with its drawn ones and reads the old axis.
    bool full = change == model::ExplorerChange::Curves && (takeCurves(data) || axisMoved);
    m_current = data.current;
    m_context = data.context();
    m_from = data.contextFrom;
    m_to = data.contextTo;
    full = takeCurrent(data) || full;
    refresh(full);
}

void ChartWidget::refresh(bool curvesChanged)
{
    if (curvesChanged) {
        redraw();
    } else {
        placeMarker();
        queueMarkerReplot();
    }
}

void ChartWidget::queueMarkerReplot()
{
    if (m_replotQueued)
        return;
    m_replotQueued = true;
    // Like QCustomPlot::rpQueuedReplot: every change made during this event-loop turn is drawn
    // once, when the loop comes back.
    QMetaObject::invokeMethod(this, &ChartWidget::flushReplot, Qt::QueuedConnection);
}

void ChartWidget::flushReplot()
{
    m_replotQueued = false;
    // A chart on a page that is not shown draws once when it is shown, not on every step.
    if (!isVisible()) {
        m_replotWhenShown = true;
        return;
    }
    ++m_replotCount;
    if (m_fullReplotQueued) {
        m_fullReplotQueued = false;
        ++m_fullReplotCount;
        m_plot->replot(QCustomPlot::rpRefreshHint);
    } else {
        // Redraws only the marker layer's buffer (falls back to a full replot after a resize).
        m_markerLayer->replot();
    }
}

void ChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_replotWhenShown) {
        m_replotWhenShown = false;
        queueReplot();
    }
}

bool ChartWidget::currentIsNearer(const std::vector<double> &xs, int index, double x) const
{
    if (index < 0 || m_markedContext <= 0 || x <= 0)
        return m_markedContext > 0;
    return std::fabs(std::log(x / m_markedContext)) <=
           std::fabs(std::log(x / xs[std::size_t(index)]));
}

int ChartWidget::nearestIndex(const std::vector<double> &xs, double x)
{
    if (xs.empty())
        return -1;
    const auto it = std::lower_bound(xs.begin(), xs.end(), x);
    if (it == xs.begin())
        return 0;
    if (it == xs.end())
        return int(xs.size()) - 1;
    const auto before = it - 1;
    return int((std::log(x / *before) < std::log(*it / x) ? before : it) - xs.begin());
}

void ChartWidget::onMouseMove(QMouseEvent *event)
{
    const QPointF pos = event->position();
    for (int i = 0; i < m_rects.size(); ++i) {
        QCPAxisRect *rect = m_rects[i];
        if (!rect->rect().contains(pos.toPoint()))
            continue;
        const double key = rect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
        const double value = rect->axis(QCPAxis::atLeft)->pixelToCoord(pos.y());
        const QString text = hoverText(i, key, value);
        if (m_decor[i].hover) {
            for (const RectDecor &d : std::as_const(m_decor)) {
                if (!d.hover)
                    continue;
                d.hover->point1->setCoords(key, 0);
                d.hover->point2->setCoords(key, 1);
                d.hover->setVisible(true);
            }
            m_markerLayer->replot();
        } else {
            hideHoverLines();
        }
        if (!text.isEmpty())
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot, QRect(), 20000);
        return;
    }
    hideHover();
}

void ChartWidget::hideHoverLines()
{
    bool changed = false;
    for (const RectDecor &d : std::as_const(m_decor)) {
        if (!d.hover)
            continue;
        changed = changed || d.hover->visible();
        d.hover->setVisible(false);
    }
    if (changed)
        m_markerLayer->replot();
}

void ChartWidget::hideHover()
{
    hideHoverLines();
    QToolTip::hideText();
}

void ChartWidget::setLegendEntries(const QList<QCPAbstractPlottable *> &entries)
{
    QList<LegendBar::Entry> bar;
    for (QCPAbstractPlottable *p : entries)
        bar.append({p->name(), p->pen(), p->brush()});
    m_legend->setEntries(bar);
}

void ChartWidget::setTitleVariants(const QStringList &variants)
{
    m_titles = variants;
    fitTitle();
}

void ChartWidget::fitTitle()
{
    const QFontMetrics metrics(m_title->font());
    const int room = m_title->contentsRect().width();
    QString shown = metrics.elidedText(m_titles.back(), Qt::ElideRight, room);
    for (const QString &variant : std::as_const(m_titles))
        if (metrics.horizontalAdvance(variant) <= room) {
            shown = variant;
            break;
        }
    if (m_title->text() != shown)
        m_title->setText(shown);
}

bool ChartWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Leave)
        hideHover();
    else if (watched == m_title && event->type() == QEvent::Resize)
        fitTitle();
    return QWidget::eventFilter(watched, event);
}

} // namespace kvscope::widgets
