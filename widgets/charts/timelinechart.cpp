// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "evaluate.h"
#include "modeltext.h"
#include "modelwords.h"
#include "plotwidget.h"
#include "segmentplottable.h"
#include "sessionlayout.h"
#include "wrappedlabel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace kvscope::widgets {

namespace {

QString percent(double fraction)
{
    return QString::number(std::round(fraction * 1000) / 10) + QStringLiteral(" %");
}

QString usersText(int users)
{
    return users == 1 ? QObject::tr("1 user") : QObject::tr("%1 users").arg(users);
}

QString spread(const model::Spread &s)
{
    // A value and its unit stay on one line when the figures wrap (presentation mode).
    const auto unbroken = [](double value) {
        return seconds(value).replace(' ', QChar::Nbsp);
    };
    return QObject::tr("min %1 · median %2 · max %3")
        .arg(unbroken(s.min), unbroken(s.median), unbroken(s.max));
}

/// Where a kind sits inside its row, as fractions of the row from its top: the kind is the
/// shape, the colour is the resource.
std::pair<double, double> bandOf(model::SegmentKind kind)
{
    switch (kind) {
    case model::SegmentKind::Decode:
        return {0.18, 0.82};
    case model::SegmentKind::Waiting:
        return {0.38, 0.62};
    default:
        return {0, 1};
    }
}

QString kindText(model::SegmentKind kind)
{
    switch (kind) {
    case model::SegmentKind::Prefill:
        return QObject::tr("Prefill");
    case model::SegmentKind::Decode:
        return QObject::tr("Decode");
    case model::SegmentKind::SwapOut:
        return QObject::tr("Swap out to host");
    case model::SegmentKind::SwapIn:
        return QObject::tr("Swap in from host");
    case model::SegmentKind::Waiting:
        return QObject::tr("Waiting for HBM");
    }
    return {};
}

QString resourceText(model::SessionResource resource)
{
    switch (resource) {
    case model::SessionResource::Compute:
        return QObject::tr("compute");
    case model::SessionResource::HbmBandwidth:
        return QObject::tr("HBM bandwidth");
    case model::SessionResource::Pcie:
        return QObject::tr("PCIe");
    case model::SessionResource::HbmSize:
        return QObject::tr("HBM size");
    }
    return {};
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent) : ChartWidget(tr("Session timeline"), parent)
{
    m_summary = new WrappedLabel(this);
    m_summary->setObjectName("timelineSummary");
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setContentsMargins(6, 0, 6, 2);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_summary);

    m_rect = addAxisRect(plot()->plotLayout(), 0, 0, false);
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    x->setLabel(tr("Time since every user arrived"));
    setValueAxisLabels(m_rect, {tr("Users, in arrival order"), tr("Users")});
    y->setRangeReversed(true);
    y->grid()->setVisible(false);
    y->setSubTicks(false);

    m_segments = new SegmentPlottable(x, y);
    m_segments->setLayer("main");
    const QStringList names = {tr("Prefill · compute"),      tr("Prefill · HBM bandwidth"),
                               tr("Decode · HBM bandwidth"), tr("Decode · compute"),
                               tr("Swap out/in · PCIe"),     tr("Waiting for HBM · HBM size")};
    for (const QString &name : names) {
        QCPGraph *key = addGraph(m_rect, name);
        key->setPen(Qt::NoPen);
        m_keys << key;
    }
    m_message = new QCPItemText(plot());
    m_message->setClipAxisRect(m_rect);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setAxisRect(m_rect);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setPadding(QMargins(10, 6, 10, 6));
    m_message->setVisible(false);
    connect(plot(), &QCustomPlot::afterLayout, this, &TimelineChart::fitMessage);
    setTheme(m_theme);
}

TimelineChart::Style TimelineChart::styleOf(const model::SessionSegment &segment)
{
    using model::SegmentKind;
    using model::SessionResource;
    switch (segment.kind) {
    case SegmentKind::Prefill:
        return segment.bound == SessionResource::Compute ? PrefillCompute : PrefillBandwidth;
    case SegmentKind::Decode:
        return segment.bound == SessionResource::Compute ? DecodeCompute : DecodeBandwidth;
    case SegmentKind::SwapOut:
    case SegmentKind::SwapIn:
        return Swap;
    case SegmentKind::Waiting:
        return Waiting;
    }
    return Waiting;
}

void TimelineChart::setData(const model::ExplorerData &data, model::ExplorerChange)
{
    if (m_hasScenario && data.scenario == m_scenario)
        return;
    m_scenario = data.scenario;
    m_hasScenario = true;
    m_dirty = true;
    if (isVisible())
        refresh();
}

void TimelineChart::showEvent(QShowEvent *event)
{
    ChartWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void TimelineChart::refresh()
{
    QElapsedTimer timer;
    timer.start();
    m_schedule = model::scheduleSessions(m_scenario);
    m_scheduleMs = double(timer.nsecsElapsed()) / 1e6;
    ++m_scheduleCount;
    m_dirty = false;
    redraw();
}

QColor TimelineChart::resourceColor(model::SessionResource resource) const
{
    switch (resource) {
    case model::SessionResource::Compute:
        return m_theme.blue;
    case model::SessionResource::HbmBandwidth:
        return m_theme.orange;
    case model::SessionResource::Pcie:
        return m_theme.vermillion;
    case model::SessionResource::HbmSize:
        return m_theme.purple;
    }
    return m_theme.grey;
}

void TimelineChart::restyle()
{
    using R = model::SessionResource;
    const QList<QBrush> brushes = {resourceColor(R::Compute),      resourceColor(R::HbmBandwidth),
                                   resourceColor(R::HbmBandwidth), resourceColor(R::Compute),
                                   resourceColor(R::Pcie),         resourceColor(R::HbmSize)};
    m_segments->setStyles(brushes);
    for (int i = 0; i < StyleCount; ++i)
        m_keys[i]->setBrush(brushes[i]);
    m_message->setFont(m_theme.font(12, true));
    m_message->setColor(m_theme.foreground);
    m_message->setBrush(m_theme.background);
    m_message->setPen(QPen(m_theme.muted, 1));
    m_summary->setFont(m_theme.font(11));
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, m_theme.foreground);
    m_summary->setPalette(pal);
}

double TimelineChart::serverTop() const
{
    const double height = std::max(1.0, m_schedule.userCount / 10.0);
    return -1.3 * height;
}

QString TimelineChart::message() const
{
    return m_message->visible() ? m_message->text() : QString();
}

void TimelineChart::fitMessage()
{
    // Word by word onto lines that fit inside the plot with the box's padding: a long reason
    // (a cache that does not fit, with both sizes) stays whole instead of running off both sides.
    const QFontMetrics metrics(m_message->font());
    const int room = std::max(80, m_rect->width() - 40);
    QStringList lines;
    QString line;
    for (const QString &word : m_messageText.split(u' ', Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    const QString wrapped = lines.join(u'\n');
    if (wrapped != m_message->text())
        m_message->setText(wrapped);
}

double TimelineChart::serverBottom() const
{
    return -0.3 * std::max(1.0, m_schedule.userCount / 10.0);
}

void TimelineChart::redraw()
{
    const model::SessionSchedule &s = m_schedule;
    // Set only when it changes: a new text lays the chart out again.
    if (const QString summary = summaryHtml(); summary != m_summary->text())
        m_summary->setText(summary);
    m_message->setVisible(!s.feasible && m_hasScenario);
    m_messageText = tr("Not schedulable: %1").arg(q(s.reason));
    fitMessage();

    std::vector<SegmentPlottable::Box> boxes;
    QList<QCPAbstractPlottable *> entries;
    std::array<bool, StyleCount> present{};
    const int users = s.feasible ? s.userCount : 0;
    // Rows a few pixels high read better with a gap between them; hundreds of rows need it all.
    const double pad = users <= 40 ? 0.12 : 0;
    const auto add = [&](const model::SessionSegment &seg, double top, double bottom) {
        const auto [from, to] = bandOf(seg.kind);
        const Style style = styleOf(seg);
        present[std::size_t(style)] = true;
        boxes.push_back(
            {seg.start, seg.end, top + (bottom - top) * from, top + (bottom - top) * to, style});
    };
    if (s.feasible) {
        const double top = serverTop();
        const double bottom = serverBottom();
        for (const model::SessionSegment &seg : s.server)
            add(seg, top + pad, bottom - pad);
        for (int u = 0; u < users; ++u)
            for (const model::SessionSegment &seg : s.users[std::size_t(u)].segments)
                add(seg, u + pad, u + 1 - pad);
    }
    m_segments->setBoxes(std::move(boxes));
    for (int i = 0; i < StyleCount; ++i)
        if (present[std::size_t(i)])
            entries << m_keys[i];
    setLegendEntries(entries);

    // Row labels: the server, then each user or group of users at its middle.
    model::Ticks rows;
    std::vector<double> separators;
    if (s.feasible) {
        rows.values.push_back((serverTop() + serverBottom()) / 2);
        rows.labels.push_back(tr("server").toStdString());
        const std::vector<model::UserGroup> groups = model::userGroups(users);
        for (const model::UserGroup &g : groups) {
            rows.values.push_back((g.first + g.last + 1) / 2.0);
            rows.labels.push_back(g.first == g.last ? std::to_string(g.first + 1) : g.label());
            if (g.last + 1 < users && g.last > g.first)
                separators.push_back(g.last + 1);
        }
    }
    m_segments->setSeparators(std::move(separators), QPen(m_theme.grid, 1));
    QCPAxis *x = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_rect->axis(QCPAxis::atLeft);
    const double span = s.feasible && s.makespan > 0 ? s.makespan : 1;
    x->setRange(0, span * 1.01);
    ticker(x)->setTicks(model::secondTicks(0, span));
    y->setRange(s.feasible ? serverTop() - 0.2 : 0, std::max(1, users) + 0.2);
    ticker(y)->setTicks(rows);
    queueReplot();
}

QString TimelineChart::summaryText() const
{
    QTextDocument doc;
    doc.setHtml(summaryHtml());
    return doc.toPlainText().replace(QChar::Nbsp, ' ');
}

QString TimelineChart::summaryHtml() const
{
    const model::SessionSchedule &s = m_schedule;
    if (!m_hasScenario)
        return {};
    if (!s.feasible)
        return tr("<b>%1</b>: %2").arg(usersText(s.userCount), q(s.reason));
    const auto swatch = [this](model::SessionResource r) {
        return QStringLiteral("<span style='color:%1'>■</span> ").arg(resourceColor(r).name());
    };
    using R = model::SessionResource;
    QStringList lines;
    lines << tr("<b>%1</b>, HBM holds <b>%2</b> at once · <b>%3 sessions/hour</b> "
                "(all done in %4) · %5")
                 .arg(usersText(s.userCount))
                 .arg(usersText(s.concurrency))
                 .arg(QString::number(std::round(s.sessionsPerHour * 10) / 10))
                 .arg(seconds(s.makespan))
                 .arg(s.swapOuts + s.swapIns == 0
                          ? tr("no swaps")
                          : tr("%1 swaps of %2 each way")
                                .arg(s.swapOuts + s.swapIns)
                                .arg(seconds(model::kvBytesPerUser(m_scenario,
                                                                   m_scenario.deployment.context) /
                                             (m_scenario.deployment.gpus *
                                              m_scenario.hardware.pcieBandwidth))));
    lines << tr("Time to first token: %1 &nbsp;&nbsp; Time per output token: %2")
                 .arg(spread(s.ttft), spread(s.tpot));
    lines << tr("Server time: %1compute %2 · %3HBM bandwidth %4 · %5PCIe %6 &nbsp;&nbsp; "
                "%7waiting for HBM: %8 of user time")
                 .arg(swatch(R::Compute), percent(s.computeFraction), swatch(R::HbmBandwidth),
                      percent(s.bandwidthFraction), swatch(R::Pcie), percent(s.pcieFraction),
                      swatch(R::HbmSize), percent(s.waitingFraction));
    if (!s.note.empty())
        lines << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(m_theme.muted.name(), q(s.note).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString TimelineChart::hoverText(int, double key, double value) const
{
    const model::SessionSchedule &s = m_schedule;
    if (!s.feasible)
        return {};
    const auto describe = [&](const model::SessionSegment &seg) {
        QString text = tr("%1 – %2: %3, bound by %4")
                           .arg(seconds(seg.start), seconds(seg.end), kindText(seg.kind),
                                resourceText(seg.bound));
        if (seg.kind == model::SegmentKind::Decode)
            text += tr("\n%1 steps, %2 users decoded together")
                        .arg(q(model::formatPlain(seg.steps)))
                        .arg(seg.batch);
        return text;
    };
    const auto at = [&](const std::vector<model::SessionSegment> &row) {
        const auto it = std::find_if(row.begin(), row.end(), [&](const model::SessionSegment &g) {
            return g.start <= key && key <= g.end;
        });
        return it == row.end() ? nullptr : &*it;
    };
    if (value >= serverTop() && value <= serverBottom()) {
        const model::SessionSegment *seg = at(s.server);
        return seg ? tr("Server\n") + describe(*seg) : QString();
    }
    const int user = int(std::floor(value));
    if (user < 0 || user >= s.userCount)
        return {};
    const model::SessionUser &row = s.users[std::size_t(user)];
    const model::SessionSegment *seg = at(row.segments);
    const QString head = tr("User %1 · first token %2 · %3 per token · done at %4")
                             .arg(user + 1)
                             .arg(seconds(row.ttft), seconds(row.tpot), seconds(row.finish));
    if (seg)
        return head + '\n' + describe(*seg);
    if (key > row.finish)
        return head + tr("\nDone");
    return head + tr("\nIn HBM, while the server works for another user");
}

} // namespace kvscope::widgets
