// SPDX-License-Identifier: GPL-3.0-or-later
// The session timeline of cost-model.md §4.9: U users sharing one server, one row per user (the
// labels grouped beyond what can be read) under the server's own row, each stretch of prefill,
// decode, swap and waiting coloured by the resource that bounds it, with the session figures
// (throughput, time to first token and per output token, where the time goes) above the plot.
//
// The schedule is computed here from the scenario, and only while the chart is visible: a hidden
// timeline costs a slider step nothing, and catches up when it is shown.
#pragma once

#include "chartwidget.h"
#include "session.h"

class QLabel;

namespace kvscope::widgets {

class SegmentPlottable;

class TimelineChart : public ChartWidget
{
    Q_OBJECT

public:
    /// Brushes of the segment boxes: the kind sets the shape, the bounding resource the colour.
    enum Style
    {
        PrefillCompute,
        PrefillBandwidth,
        DecodeBandwidth,
        DecodeCompute,
        Swap,
        Waiting,
        StyleCount
    };

    explicit TimelineChart(QWidget *parent = nullptr);

    /// The message drawn over the plot when no schedule exists, as drawn (one line per row);
    /// empty when none is shown.
    QString message() const;

    const model::SessionSchedule &schedule() const { return m_schedule; }
    /// Schedules computed so far (a hidden chart computes none).
    int scheduleCount() const { return m_scheduleCount; }
    /// Wall time of the last scheduleSessions() call, in milliseconds.
    double lastScheduleMilliseconds() const { return m_scheduleMs; }
    /// The figures shown above the plot, as plain text.
    QString summaryText() const;
    SegmentPlottable *segments() const { return m_segments; }
    /// The style of a segment: its kind and the resource bounding it.
    static Style styleOf(const model::SessionSegment &segment);

    /// The timeline follows the whole scenario, not the context axis: it schedules anew when the
    /// scenario changed, and only while it is shown.
    void setData(const model::ExplorerData &data,
                 model::ExplorerChange change = model::ExplorerChange::Curves) override;

protected:
    /// Unused: setData() takes the scenario itself.
    bool takeCurves(const model::ExplorerData &) override { return false; }
    void restyle() override;
    void redraw() override;
    QString hoverText(int rect, double key, double value) const override;
    void showEvent(QShowEvent *event) override;

private:
    /// Breaks the message into lines as wide as the plot leaves room for.
    void fitMessage();
    void refresh();
    QColor resourceColor(model::SessionResource resource) const;
    QString summaryHtml() const;
    /// Row band of the server along the value axis, above user 0.
    double serverTop() const;
    double serverBottom() const;

    QCPAxisRect *m_rect = nullptr;
    SegmentPlottable *m_segments = nullptr;
    QList<QCPGraph *> m_keys; ///< legend entries, one per Style
    QCPItemText *m_message = nullptr;
    QString m_messageText; ///< unwrapped; fitMessage() breaks it into lines that fit the plot
    QLabel *m_summary = nullptr;

    model::Scenario m_scenario;
    model::SessionSchedule m_schedule;
    bool m_hasScenario = false;
    bool m_dirty = false;
    int m_scheduleCount = 0;
    double m_scheduleMs = 0;
};

} // namespace kvscope::widgets
