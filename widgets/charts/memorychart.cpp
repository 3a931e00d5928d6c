// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorychart.h"

#include "modeltext.h"
#include "modelwords.h"
#include "plotwidget.h"

#include <QHBoxLayout>

#include <algorithm>

namespace kvscope::widgets {

namespace {
constexpr int kMaxBarSegments = 16; // weights, reserve, up to 10 user groups, free, held back
} // namespace

MemoryChart::MemoryChart(QWidget *parent) : ChartWidget(tr("HBM occupancy"), parent)
{
    auto *grid = new QCPLayoutGrid;
    plot()->plotLayout()->addElement(0, 0, grid);
    m_main = addAxisRect(grid, 0, 0, true);
    m_barRect = addAxisRect(grid, 0, 1, false);
    grid->setColumnStretchFactors({1.0, 0.01});
    grid->setColumnSpacing(8);
    auto *margins = new QCPMarginGroup(plot());
    m_main->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_barRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);

    m_main->axis(QCPAxis::atBottom)->setLabel(tr("Context length (tokens, K = 1,000)"));
    m_barRect->axis(QCPAxis::atBottom)->setRange(0, 1);
    m_barRect->axis(QCPAxis::atLeft)->setTickLabels(false);
    m_main->axis(QCPAxis::atLeft)->setLabel(tr("HBM"));

    const QStringList names = {tr("Weights"), tr("Reserved"), tr("KV cache of resident users"),
                               tr("Free"), tr("Held back (utilisation)")};
    for (int i = 0; i < BandCount; ++i) {
        m_bands[std::size_t(i)] = addGraph(m_main, names[i]);
        if (i > 0)
            m_bands[std::size_t(i)]->setChannelFillGraph(m_bands[std::size_t(i - 1)]);
    }
    m_capacityKey = addGraph(m_main, tr("HBM capacity"));

    m_capacityLine = new QCPItemStraightLine(plot());
    m_capacityLine->setClipAxisRect(m_main);
    for (QCPItemPosition *p : {m_capacityLine->point1, m_capacityLine->point2})
        p->setAxes(m_main->axis(QCPAxis::atBottom), m_main->axis(QCPAxis::atLeft));

    m_barCapacityLine = new QCPItemStraightLine(plot());
    m_barCapacityLine->setClipAxisRect(m_barRect);
    for (QCPItemPosition *p : {m_barCapacityLine->point1, m_barCapacityLine->point2})
        p->setAxes(m_barRect->axis(QCPAxis::atBottom), m_barRect->axis(QCPAxis::atLeft));

    // The bar shows the current context: it lives on the marker layer with the other things a
    // context step moves.
    m_barCaption = new QCPItemText(plot());
    m_barCaption->setLayer(markerLayer());
    m_barCaption->setClipToAxisRect(false);
    m_barCaption->position->setAxisRect(m_barRect);
    m_barCaption->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_barCaption->position->setCoords(0.5, 1.0);
    m_barCaption->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_barCaption->setPadding(QMargins(2, 8, 2, 2));
    for (int i = 0; i < kMaxBarSegments; ++i) {
        auto *rect = new QCPItemRect(plot());
        rect->setLayer(markerLayer());
        rect->setClipAxisRect(m_barRect);
        for (QCPItemPosition *p : {rect->topLeft, rect->bottomRight})
            p->setAxes(m_barRect->axis(QCPAxis::atBottom), m_barRect->axis(QCPAxis::atLeft));
        rect->setVisible(false);
        m_segments.push_back(rect);
        auto *label = new QCPItemText(plot());
        label->setLayer(markerLayer());
        label->setClipAxisRect(m_barRect);
        label->position->setAxes(m_barRect->axis(QCPAxis::atBottom),
                                 m_barRect->axis(QCPAxis::atLeft));
        label->setPositionAlignment(Qt::AlignCenter);
        label->setVisible(false);
        m_segmentLabels.push_back(label);
    }

    m_noFit = new QCPItemText(plot());
    m_noFit->setClipAxisRect(m_main);
    m_noFit->position->setAxisRect(m_main);
    m_noFit->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_noFit->position->setCoords(0.5, 0.3);
    m_noFit->setPositionAlignment(Qt::AlignCenter);
    m_noFit->setPadding(QMargins(10, 6, 10, 6));
    m_noFit->setVisible(false);

    connect(plot(), &QCustomPlot::afterLayout, this, &MemoryChart::placeBar);
    setTheme(m_theme);
}

bool MemoryChart::takeCurves(const model::ExplorerData &data)
{
    model::MemoryCurves curves = model::memoryCurves(data);
    const int gpus = data.scenario.deployment.gpus;
    if (curves == m_data && gpus == m_gpus)
        return false;
    m_data = std::move(curves);
    m_gpus = gpus;
    return true;
}

void MemoryChart::placeMarker()
{
    placeBar();
    m_barCaption->setText(
        tr("now, at %1").arg(QString::fromStdString(model::formatTokens(m_context))));
    markContext(m_context, m_from, m_to);
}

QString MemoryChart::noFitMessage() const
{
    return m_noFit->visible() ? m_noFit->text() : QString();
}

QStringList MemoryChart::barLabels() const
{
    QStringList labels;
    for (QCPItemText *label : m_segmentLabels)
        if (label->visible())
            labels << label->text();
    return labels;
}

void MemoryChart::restyle()
{
    const Theme &t = m_theme;
    const std::array<QColor, BandCount> colors = {t.blue, t.grey, t.orange, t.green, t.grey};
    for (int i = 0; i < BandCount; ++i) {
        QCPGraph *g = m_bands[std::size_t(i)];
        const QColor c = colors[std::size_t(i)];
        styleEdge(g, i == Free ? t.faint(c, 0.6) : c.darker(t.dark ? 100 : 125));
        if (i == Free)
            g->setBrush(t.faint(c, t.dark ? 0.65 : 0.22));
        else if (i == Unusable)
            g->setBrush(QBrush(t.faint(c, 0.7), Qt::BDiagPattern));
        else
            g->setBrush(t.fill(c));
    }
    styleGraph(m_capacityKey, t.foreground, 1, Qt::DashLine);
    QPen capacity(t.foreground, t.lineWidth, Qt::DashLine);
    m_capacityLine->setPen(capacity);
    m_barCapacityLine->setPen(capacity);
    m_barCaption->setFont(t.font(11));
    m_barCaption->setColor(t.foreground);
    m_noFit->setFont(t.font(12, true));
    m_noFit->setColor(t.warning);
    m_noFit->setBrush(t.background);
    m_noFit->setPen(QPen(t.warning, 2));
    const int barWidth = int(m_barWidth * t.fontScale);
    m_barRect->setMinimumSize(barWidth, 50);
    m_barRect->setMaximumSize(barWidth, QWIDGETSIZE_MAX);
    for (QCPItemText *label : m_segmentLabels) {
        label->setFont(t.font(9.5, true));
        label->setColor(t.foreground);
    }
}

QString MemoryChart::segmentName(const model::BarSegment &segment) const
{
    using Kind = model::BarSegment::Kind;
    switch (segment.kind) {
    case Kind::Weights:
        return tr("weights");
    case Kind::Reserved:
        return tr("reserved");
    case Kind::Users:
        return segment.firstUser == segment.lastUser
                   ? tr("user %1").arg(segment.firstUser)
                   : tr("users %1–%2").arg(segment.firstUser).arg(segment.lastUser);
    case Kind::Free:
        return tr("free");
    case Kind::Unusable:
        return tr("held back");
    }
    return {};
}

QColor MemoryChart::segmentColor(const model::BarSegment &segment, int index) const
{
    using Kind = model::BarSegment::Kind;
    const Theme &t = m_theme;
    switch (segment.kind) {
    case Kind::Weights:
        return t.fill(t.blue);
    case Kind::Reserved:
        return t.fill(t.grey);
    case Kind::Users:
        return index % 2 ? t.fill(t.orange) : t.faint(t.orange, 0.5);
    case Kind::Free:
        return t.faint(t.green, t.dark ? 0.65 : 0.22);
    case Kind::Unusable:
        return t.faint(t.grey, 0.3);
    }
    return {};
}

void MemoryChart::redraw()
{
    const auto &d = m_data;
    if (d.context.empty())
        return;
    const QVector<double> keys(d.context.begin(), d.context.end());
    const auto tops = model::stackLayers({d.weights, d.reserved, d.residentKv, d.free, d.unusable});
    QList<QCPAbstractPlottable *> entries;
    for (int i = 0; i < BandCount; ++i) {
        QCPGraph *g = m_bands[std::size_t(i)];
        const auto &top = tops[std::size_t(i)];
        g->setData(keys, QVector<double>(top.begin(), top.end()), true);
        // A band with nothing in it is neither drawn nor named in the legend (no resident users
        // where the model does not fit, no free memory beyond the capacity).
        const std::array<const std::vector<double> *, BandCount> layers = {
            &d.weights, &d.reserved, &d.residentKv, &d.free, &d.unusable};
        const bool shown = model::anyPositive(*layers[std::size_t(i)]);
        g->setVisible(shown);
        if (shown)
            entries << g;
    }
    entries << m_capacityKey;

    const double weightsTop = d.weights.empty() ? 0 : d.weights.front() + d.reserved.front();
    const double top = std::max(d.capacity, weightsTop) * 1.13;
    QCPAxis *x = m_main->axis(QCPAxis::atBottom);
    x->setRange(m_from, m_to);
    ticker(x)->setTicks(model::logTokenTicks(m_from, m_to));
    const auto byteTicks = [this](double lo, double hi) {
        return model::byteTicks(lo, hi, m_units, 6);
    };
    setValueAxis(m_main, QCPRange(0, top), byteTicks);

    m_capacityLine->point1->setCoords(m_from, d.capacity);
    m_capacityLine->point2->setCoords(m_to, d.capacity);
    const auto round = [this](double b) {
        return QString::fromStdString(model::trimZeros(model::formatBytes(b, m_units, 4)));
    };
    // The capacity is named in the legend, where no marker or curve can cover it.
    m_capacityKey->setName(m_gpus == 1 ? tr("HBM capacity %1").arg(round(d.capacity))
                                       : tr("HBM capacity %1 = %2 × %3")
                                             .arg(round(d.capacity))
                                             .arg(m_gpus)
                                             .arg(round(d.capacity / m_gpus)));
    setLegendEntries(entries);

    m_noFit->setVisible(!d.fits);
    // Short lines: the plot beside the bar may be narrow.
    if (!d.fits)
        m_noFit->setText(tr("Does not fit:\nweights %1\n> usable HBM %2")
                             .arg(bytes(m_current.weightBytes, m_units),
                                  QString::fromStdString(
                                      model::trimZeros(model::formatBytes(d.usable, m_units, 4)))));

    // The bar for the current setting shares the value axis.
    QCPAxis *barX = m_barRect->axis(QCPAxis::atBottom);
    setValueAxis(m_barRect, QCPRange(0, top), byteTicks);
    model::Ticks none;
    ticker(barX)->setTicks(none);
    m_barCapacityLine->point1->setCoords(0, d.capacity);
    m_barCapacityLine->point2->setCoords(1, d.capacity);
    placeMarker();
    queueReplot();
}

void MemoryChart::setBarWidth(int width)
{
    if (width == m_barWidth)
        return;
    m_barWidth = width;
    setTheme(m_theme);
}

QStringList MemoryChart::labelVariants(const model::BarSegment &segment) const
{
    const QString size = QString::fromStdString(model::formatBytes(segment.bytes(), m_units, 3));
    const QString name = segmentName(segment);
    QStringList variants = {QStringLiteral("%1 · %2").arg(name, size), name};
    if (segment.kind == model::BarSegment::Kind::Users)
        variants << (segment.firstUser == segment.lastUser
                         ? QString::number(segment.firstUser)
                         : QStringLiteral("%1–%2").arg(segment.firstUser).arg(segment.lastUser));
    return variants;
}

int MemoryChart::fittingLevel(const QStringList &variants, const QFontMetricsF &metrics,
                              double width)
{
    for (int i = 0; i < variants.size(); ++i)
        if (metrics.horizontalAdvance(variants[i]) <= width)
            return i;
    return int(variants.size()) - 1;
}

void MemoryChart::placeBar()
{
    if (m_data.context.empty())
        return;
    // As many user segments as labels fit into the part of the bar the KV caches can use.
    QCPAxis *y = m_barRect->axis(QCPAxis::atLeft);
    const QFontMetricsF metrics(m_theme.font(9.5, true));
    const double labelHeight = metrics.height() + 4;
    const double barWidth = m_barRect->width() - 4;
    const double kvPixels =
        std::fabs(y->coordToPixel(std::max(0.0, m_current.freeKvBytes)) - y->coordToPixel(0));
    const int segments = std::clamp(int(kvPixels / labelHeight), 1, 10);
    m_bar = model::memoryBar(m_current, m_data.capacity, segments);
    int userLevel = 0;
    for (const model::BarSegment &s : m_bar)
        if (s.kind == model::BarSegment::Kind::Users)
            userLevel = std::max(userLevel, fittingLevel(labelVariants(s), metrics, barWidth));
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        QCPItemRect *rect = m_segments[i];
        QCPItemText *label = m_segmentLabels[i];
        if (i >= m_bar.size()) {
            rect->setVisible(false);
            label->setVisible(false);
            continue;
        }
        const model::BarSegment &s = m_bar[i];
        rect->setVisible(true);
        rect->topLeft->setCoords(0.06, s.top);
        rect->bottomRight->setCoords(0.94, s.bottom);
        const QColor color = segmentColor(s, int(i));
        rect->setBrush(s.kind == model::BarSegment::Kind::Unusable ? QBrush(color, Qt::BDiagPattern)
                                                                   : QBrush(color));
        rect->setPen(QPen(m_theme.background, 1));
        // A label shows only where its segment is tall enough to hold it; a segment running
        // past the axis centres its label on the part that is visible.
        const double top = std::min(s.top, y->range().upper);
        label->position->setCoords(0.5, (top + s.bottom) / 2);
        // The longest label that fits the bar's width; user segments share one form so the
        // groups read alike.
        const QStringList variants = labelVariants(s);
        const int level = s.kind == model::BarSegment::Kind::Users
                              ? userLevel
                              : fittingLevel(variants, metrics, barWidth);
        const QString text = variants[std::min<qsizetype>(level, variants.size() - 1)];
        label->setText(text);
        const double height = std::fabs(y->coordToPixel(s.bottom) - y->coordToPixel(top));
        label->setVisible(height >= labelHeight - 2);
    }
}

QString MemoryChart::hoverText(int rect, double key, double value) const
{
    const auto &d = m_data;
    if (d.context.empty())
        return {};
    if (rect == 1) {
        for (const model::BarSegment &s : m_bar)
            if (value >= s.bottom && value < s.top) {
                QString text = tr("At %1 tokens: %2\n%3")
                                   .arg(QString::fromStdString(model::formatTokens(m_context)),
                                        segmentName(s), bytes(s.bytes(), m_units));
                if (s.kind == model::BarSegment::Kind::Users)
                    text += tr(" = %1 × %2 KV cache per user")
                                .arg(s.lastUser - s.firstUser + 1)
                                .arg(bytes(m_current.kvBytesPerUser, m_units));
                return text;
            }
        return {};
    }
    const int i = nearestIndex(d.context, key);
    const model::MemorySample m = currentIsNearer(d.context, i, key)
                                      ? model::memorySample(m_context, m_current, d.capacity)
                                      : d.at(std::size_t(i));
    QStringList lines;
    lines << tr("At %1 tokens").arg(QString::fromStdString(model::formatTokens(m.context)));
    lines << tr("Weights: %1").arg(bytes(m.weights, m_units));
    if (m.reserved > 0)
        lines << tr("Reserved: %1").arg(bytes(m.reserved, m_units));
    lines << tr("KV cache of resident users: %1 = %2 × %3")
                 .arg(bytes(m.residentKv, m_units), usersText(m.users),
                      bytes(m.kvPerUser, m_units));
    lines << tr("Free: %1").arg(bytes(m.free, m_units));
    if (m.unusable > 0)
        lines << tr("Held back by memory utilisation: %1").arg(bytes(m.unusable, m_units));
    lines << tr("HBM capacity: %1").arg(bytes(d.capacity, m_units));
    if (!d.fits)
        lines << tr("The weights alone do not fit.");
    return lines.join('\n');
}

} // namespace kvscope::widgets
