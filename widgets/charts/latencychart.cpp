// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencychart.h"

#include "modeltext.h"
#include "modelwords.h"
#include "plotwidget.h"

#include <QCheckBox>
#include <QHBoxLayout>

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

namespace {

QString boundWords(model::Bound bound)
{
    return bound == model::Bound::Compute ? QObject::tr("compute bound")
                                          : QObject::tr("memory bound");
}

QString boundText(model::Bound bound)
{
    return bound == model::Bound::Compute ? QObject::tr("compute bound (FLOP/s)")
                                          : QObject::tr("memory bound (HBM bandwidth)");
}

/// The vertical range that shows stacked bands from `bottom` (lowest layer) to `top`.
QCPRange valueRange(const std::vector<double> &bottom, const std::vector<double> &top, bool log)
{
    double hi = 0;
    for (double v : top)
        hi = std::max(hi, v);
    if (!log)
        return {0, hi > 0 ? hi * 1.08 : 1};
    double lo = hi;
    for (std::size_t i = 0; i < bottom.size(); ++i) {
        const double v = bottom[i] > 0 ? bottom[i] : top[i];
        if (v > 0)
            lo = std::min(lo, v);
    }
    if (!(lo > 0))
        return {1e-3, 1};
    return {lo / 1.6, hi * 1.8};
}

/// `top` with one more value, so a range over it also covers the band and the measured points.
std::vector<double> withHighest(std::vector<double> top, double highest)
{
    top.push_back(highest);
    return top;
}

} // namespace

LatencyChart::LatencyChart(QWidget *parent) : ChartWidget(tr("Latency: prefill and decode"), parent)
{
    setTitleVariants({tr("Latency: prefill and decode"), tr("Latency")});
    m_log = new QCheckBox(tr("Log scale"), this);
    m_log->setChecked(true);
    m_log->setToolTip(tr("Logarithmic time axis: prefill grows quadratically with context"));
    headerLayout()->addWidget(m_log);
    connect(m_log, &QCheckBox::toggled, this, [this](bool on) {
        redraw();
        emit logScaleChanged(on);
    });

    auto *grid = new QCPLayoutGrid;
    plot()->plotLayout()->addElement(0, 0, grid);
    m_prefillTitle = addRectTitle(grid, 0, 0);
    m_decodeTitle = addRectTitle(grid, 0, 1);
    m_prefill = addAxisRect(grid, 1, 0, true);
    m_decode = addAxisRect(grid, 1, 1, true);
    grid->setRowStretchFactors({0.001, 1.0});
    grid->setColumnSpacing(10);
    grid->setRowSpacing(0);
    auto *margins = new QCPMarginGroup(plot());
    m_prefill->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_decode->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    for (QCPAxisRect *rect : {m_prefill, m_decode})
        rect->axis(QCPAxis::atBottom)->setLabel(tr("Context length (tokens)"));

    const QStringList names = {tr("Linear layers"),   tr("Attention"), tr("TP communication"),
                               tr("Weight read"),     tr("KV read"),   tr("Compute beyond reads"),
                               tr("TP communication")};
    for (int i = 0; i < SeriesCount; ++i) {
        QCPAxisRect *rect = i <= PrefillComm ? m_prefill : m_decode;
        m_series[std::size_t(i)] = addGraph(rect, names[i]);
        if (i != PrefillLinear && i != DecodeWeights)
            m_series[std::size_t(i)]->setChannelFillGraph(m_series[std::size_t(i - 1)]);
    }
    for (int i = 0; i < 2; ++i) {
        QCPAxisRect *rect = i == 0 ? m_prefill : m_decode;
        m_bandLow[std::size_t(i)] = addGraph(rect, tr("Expected in practice"));
        m_bandHigh[std::size_t(i)] = addGraph(rect, tr("Expected in practice"));
        m_bandHigh[std::size_t(i)]->setChannelFillGraph(m_bandLow[std::size_t(i)]);
        m_measured[std::size_t(i)] = addGraph(rect, tr("Measured"));
        m_measured[std::size_t(i)]->setLineStyle(QCPGraph::lsNone);
    }
    for (BoundMarker *marker : {&m_prefillBound, &m_decodeBound}) {
        QCPAxisRect *rect = marker == &m_prefillBound ? m_prefill : m_decode;
        marker->line = new QCPItemStraightLine(plot());
        marker->line->setClipAxisRect(rect);
        marker->label = new QCPItemText(plot());
        marker->label->setClipAxisRect(rect);
        for (QCPItemPosition *p :
             {marker->line->point1, marker->line->point2, marker->label->position}) {
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            p->setAxisRect(rect);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        marker->label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        marker->label->setPadding(QMargins(3, 1, 3, 1));
    }
    // Titles follow the width the layout gives each plot.
    connect(plot(), &QCustomPlot::afterLayout, this, &LatencyChart::fitTitles);
    setTheme(m_theme);
}

bool LatencyChart::logScale() const
{
    return m_log->isChecked();
}

void LatencyChart::setLogScale(bool on)
{
    m_log->setChecked(on);
}

QString LatencyChart::prefillTitle() const
{
    return m_prefillTitle->text();
}

QString LatencyChart::decodeTitle() const
{
    return m_decodeTitle->text();
}

bool LatencyChart::takeCurves(const model::ExplorerData &data)
{
    model::LatencyCurves curves = model::latencyCurves(data);
    m_outputTokens = data.scenario.deployment.outputTokens;
    if (curves == m_data && data.measured == m_points)
        return false;
    m_data = std::move(curves);
    m_points = data.measured;
    return true;
}

bool LatencyChart::takeCurrent(const model::ExplorerData &data)
{
    // The titles name the binding resource at the current context: a change there needs a full
    // replot too.
    return data.current.prefillBound != m_titlePrefillBound ||
           data.current.decodeBound != m_titleDecodeBound;
}

void LatencyChart::placeMarker()
{
    markContext(m_context, m_from, m_to);
}

void LatencyChart::restyle()
{
    const Theme &t = m_theme;
    const std::array<QColor, SeriesCount> colors = {t.blue,   t.vermillion, t.purple, t.skyBlue,
                                                    t.orange, t.green,      t.purple};
    for (int i = 0; i < SeriesCount; ++i) {
        QCPGraph *g = m_series[std::size_t(i)];
        const QColor c = colors[std::size_t(i)];
        styleEdge(g, c.darker(t.dark ? 100 : 125));
        g->setBrush(t.fill(c));
    }
    // The band: a grey area with thin edges. It lies above the peak bands (never faster than
    // the peak), so an opaque fill hides nothing and draws as fast as the others.
    for (int i = 0; i < 2; ++i) {
        for (QCPGraph *edge : {m_bandLow[std::size_t(i)], m_bandHigh[std::size_t(i)]}) {
            styleEdge(edge, t.muted);
            edge->setAntialiased(false); // a thin edge over a flat fill: not worth the cost
        }
        m_bandHigh[std::size_t(i)]->setBrush(t.fill(t.grey));
        QCPGraph *points = m_measured[std::size_t(i)];
        points->setPen(QPen(t.foreground, 1.5));
        points->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(t.foreground, 1.5), t.yellow, 11));
    }
    for (BoundMarker *marker : {&m_prefillBound, &m_decodeBound}) {
        marker->line->setPen(QPen(t.muted, 1.5, Qt::DashDotLine));
        marker->label->setFont(t.font(9.5));
        marker->label->setColor(t.foreground);
        marker->label->setBrush(t.background);
    }
}

void LatencyChart::placeBoundMarker(BoundMarker &marker, const std::vector<model::Bound> &bounds)
{
    // Mark the first context where the binding resource changes (for example a short prompt's
    // prefill is memory bound and a long one compute bound).
    std::size_t change = 0;
    for (std::size_t i = 1; i < bounds.size(); ++i)
        if (bounds[i] != bounds[i - 1]) {
            change = i;
            break;
        }
    const bool shown = change > 0;
    marker.line->setVisible(shown);
    marker.label->setVisible(shown);
    if (!shown)
        return;
    const double x = m_data.context[change];
    marker.line->point1->setCoords(x, 0);
    marker.line->point2->setCoords(x, 1);
    marker.label->position->setCoords(x, 0.97);
    marker.label->setText(
        tr("%1 → %2 bound").arg(boundWord(bounds[change - 1]), boundWord(bounds[change])));
}

void LatencyChart::fitTitles()
{
    const auto fit = [this](QCPTextElement *title, QCPAxisRect *rect, const QStringList &texts) {
        const QFontMetricsF metrics(title->font());
        const double width = rect->outerRect().width() - 4;
        QString chosen = texts.back();
        for (const QString &text : texts)
            if (metrics.horizontalAdvance(text) <= width) {
                chosen = text;
                break;
            }
        if (title->text() != chosen)
            title->setText(chosen);
    };
    m_titlePrefillBound = m_current.prefillBound;
    m_titleDecodeBound = m_current.decodeBound;
    const QString prefill = boundWords(m_current.prefillBound);
    const QString decode = boundWords(m_current.decodeBound);
    fit(m_prefillTitle, m_prefill,
        {tr("Prefill (time to first token): %1").arg(prefill), tr("Prefill: %1").arg(prefill),
         tr("Prefill: %1").arg(prefill.section(' ', 0, 0)), tr("Prefill")});
    fit(m_decodeTitle, m_decode,
        {tr("Decode per token: %1").arg(decode), tr("Decode/token: %1").arg(decode),
         tr("Decode: %1").arg(decode), tr("Decode: %1").arg(decode.section(' ', 0, 0)),
         tr("Decode")});
}

void LatencyChart::redraw()
{
    const auto &d = m_data;
    if (d.context.empty())
        return;
    const bool log = m_log->isChecked();
    const QVector<double> keys(d.context.begin(), d.context.end());
    const auto prefill = model::stackLayers({d.prefillLinear, d.prefillAttention, d.prefillComm});
    const auto decode =
        model::stackLayers({d.decodeWeights, d.decodeKv, d.decodeCompute, d.decodeComm});
    const std::array<const std::vector<double> *, SeriesCount> layers = {
        &d.prefillLinear, &d.prefillAttention, &d.prefillComm, &d.decodeWeights,
        &d.decodeKv,      &d.decodeCompute,    &d.decodeComm};
    QList<QCPAbstractPlottable *> entries;
    for (int i = 0; i < SeriesCount; ++i) {
        const auto &top =
            i <= PrefillComm ? prefill[std::size_t(i)] : decode[std::size_t(i - DecodeWeights)];
        QCPGraph *g = m_series[std::size_t(i)];
        g->setData(keys, QVector<double>(top.begin(), top.end()), true);
        const bool shown =
            i == PrefillLinear || i == DecodeWeights || model::anyPositive(*layers[std::size_t(i)]);
        g->setVisible(shown);
        // One legend entry serves both communication bands.
        const bool inLegend =
            i == PrefillComm ? shown || model::anyPositive(d.decodeComm) : shown && i != DecodeComm;
        if (inLegend)
            entries << g;
    }
    // Above the peak: the band, then the published points of this model on this hardware.
    const std::array<std::pair<const std::vector<double> *, const std::vector<double> *>, 2> band =
        {std::pair{&d.prefillExpectedLow, &d.prefillExpectedHigh},
         std::pair{&d.decodeExpectedLow, &d.decodeExpectedHigh}};
    std::array<double, 2> highest{0, 0};
    for (int i = 0; i < 2; ++i) {
        const auto &[low, high] = band[std::size_t(i)];
        m_bandLow[std::size_t(i)]->setData(keys, QVector<double>(low->begin(), low->end()), true);
        m_bandHigh[std::size_t(i)]->setData(keys, QVector<double>(high->begin(), high->end()),
                                            true);
        for (double v : *high)
            highest[std::size_t(i)] = std::max(highest[std::size_t(i)], v);
        QVector<double> xs, ys;
        for (const model::MeasuredPoint *p : m_points) {
            const bool drawn = i == 0 ? p->metric == model::MeasuredMetric::Ttft
                                      : p->metric == model::MeasuredMetric::Tpot;
            if (!drawn)
                continue;
            xs << p->inputTokens;
            ys << p->value;
            highest[std::size_t(i)] = std::max(highest[std::size_t(i)], p->value);
        }
        m_measured[std::size_t(i)]->setData(xs, ys);
    }
    entries << m_bandHigh[0];
    // The measured entry names how many points are drawn; with none, there is no entry (the
    // tooltip says nothing was published). One call: the legend repaints only when its entries
    // change.
    QList<LegendBar::Entry> legendEntries;
    for (QCPAbstractPlottable *p : entries)
        legendEntries.append({p->name(), p->pen(), p->brush()});
    if (measuredCount() > 0)
        legendEntries.append({measuredNote(), m_measured[0]->pen(), Qt::NoBrush});
    legend()->setEntries(legendEntries);

    const auto scale = log ? QCPAxis::stLogarithmic : QCPAxis::stLinear;
    const std::array<std::pair<QCPAxisRect *, QCPRange>, 2> rects = {
        std::pair{m_prefill,
                  valueRange(d.prefillLinear, withHighest(prefill.back(), highest[0]), log)},
        std::pair{m_decode,
                  valueRange(d.decodeWeights, withHighest(decode.back(), highest[1]), log)}};
    for (const auto &[rect, range] : rects) {
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        x->setRange(m_from, m_to);
        ticker(x)->setTicks(model::logTokenTicks(m_from, m_to));
        y->setScaleType(scale);
        setValueAxis(rect, range, [log](double lo, double hi) {
            return log ? model::logSecondTicks(lo, hi) : model::secondTicks(lo, hi, 5);
        });
    }
    fitTitles();
    placeBoundMarker(m_prefillBound, d.prefillBound);
    placeBoundMarker(m_decodeBound, d.decodeBound);
    placeMarker();
    queueReplot();
}

int LatencyChart::measuredCount() const
{
    int drawn = 0;
    for (const model::MeasuredPoint *p : m_points)
        drawn += p->metric != model::MeasuredMetric::OutputTokensPerSecondPerGpu;
    return drawn;
}

QString LatencyChart::measuredNote() const
{
    const int drawn = measuredCount();
    if (drawn == 0)
        return tr("Measured: none published for this model and hardware");
    return drawn == 1 ? tr("Measured: 1 published point")
                      : tr("Measured: %1 published points").arg(drawn);
}

QString LatencyChart::hoverText(int rect, double key, double) const
{
    const auto &d = m_data;
    if (d.context.empty())
        return {};
    const int i = nearestIndex(d.context, key);
    const model::LatencySample l = currentIsNearer(d.context, i, key)
                                       ? model::latencySample(m_context, m_current, m_outputTokens)
                                       : d.at(std::size_t(i));
    const QString at = QString::fromStdString(model::formatTokens(l.context));
    QStringList lines;
    if (rect == 0) {
        lines << tr("At %1 tokens: prefill %2, %3")
                     .arg(at, seconds(l.prefill()), boundText(l.prefillBound));
        lines << tr("Linear layers: %1").arg(seconds(l.prefillLinear));
        lines << tr("Attention: %1").arg(seconds(l.prefillAttention));
        lines << tr("TP communication: %1").arg(seconds(l.prefillComm));
        lines << tr("Expected in practice: %1")
                     .arg(QString::fromStdString(model::formatSecondsRange(
                         l.prefillExpectedLow, l.prefillExpectedHigh, 2)));
    } else {
        lines << tr("At %1 tokens: decode %2 per token, %3")
                     .arg(at, seconds(l.decode()), boundText(l.decodeBound));
        lines << tr("Weight read: %1").arg(seconds(l.decodeWeights));
        lines << tr("KV read: %1").arg(seconds(l.decodeKv));
        lines << tr("Compute beyond reads: %1").arg(seconds(l.decodeCompute));
        lines << tr("TP communication: %1").arg(seconds(l.decodeComm));
        lines << tr("Expected in practice: %1")
                     .arg(QString::fromStdString(
                         model::formatSecondsRange(l.decodeExpectedLow, l.decodeExpectedHigh, 2)));
    }
    // Published points within a factor 1.5 of the hovered context.
    const auto metric = rect == 0 ? model::MeasuredMetric::Ttft : model::MeasuredMetric::Tpot;
    const auto sources = model::builtinMeasurementSources();
    for (const model::MeasuredPoint *p : m_points) {
        if (p->metric != metric || p->inputTokens > key * 1.5 || p->inputTokens < key / 1.5)
            continue;
        lines << tr("Measured %1: %2 on %3 x %4, %5, batch %6 (%7)")
                     .arg(seconds(p->value), QString::fromStdString(p->model))
                     .arg(p->gpus)
                     .arg(QString::fromStdString(p->hardware),
                          QString::fromUtf8(model::dtypeName(p->weightDtype).data(),
                                            qsizetype(model::dtypeName(p->weightDtype).size())))
                     .arg(p->batch)
                     .arg(QString::fromStdString(sources[std::size_t(p->source)].name));
    }
    if (measuredCount() == 0)
        lines << measuredNote();
    return lines.join('\n');
}

} // namespace kvscope::widgets
