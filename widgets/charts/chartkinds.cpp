// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartkinds.h"

#include "concurrencychart.h"
#include "latencychart.h"
#include "memorychart.h"
#include "session.h"
#include "sessionlayout.h"
#include "switchingchart.h"
#include "timelinechart.h"

#include <QCoreApplication>

#include <algorithm>

namespace kvscope::widgets {

namespace {

template <typename Chart> ChartWidget *create()
{
    return new Chart;
}

const ChartKind kKinds[] = {
    {"memory", QT_TRANSLATE_NOOP("ChartKind", "HBM occupancy"), 0, 0, true, create<MemoryChart>,
     [](const model::ExplorerData &d) {
         return model::memorySeries(model::memoryCurves(d));
     }},
    {"latency", QT_TRANSLATE_NOOP("ChartKind", "Latency"), 0, 1, true, create<LatencyChart>,
     [](const model::ExplorerData &d) {
         return model::latencySeries(model::latencyCurves(d));
     }},
    {"concurrency", QT_TRANSLATE_NOOP("ChartKind", "Concurrency ceiling"), 1, 0, true,
     create<ConcurrencyChart>,
     [](const model::ExplorerData &d) {
         return model::concurrencySeries(model::concurrencyCurves(d));
     }},
    {"switching", QT_TRANSLATE_NOOP("ChartKind", "Context switching"), 1, 1, true,
     create<SwitchingChart>,
     [](const model::ExplorerData &d) {
         return model::switchingSeries(model::switchingCurves(d));
     }},
    // The timeline has a page of its own; its CSV is the segment table, not curves.
    {"timeline", QT_TRANSLATE_NOOP("ChartKind", "Session timeline"), -1, -1, true,
     create<TimelineChart>, nullptr,
     [](const model::Scenario &s) {
         return model::sessionSegmentsCsv(model::scheduleSessions(s));
     }},
};

} // namespace

std::span<const ChartKind> chartKinds()
{
    return kKinds;
}

const ChartKind *findChartKind(const QString &id)
{
    for (const ChartKind &kind : kKinds)
        if (id == QLatin1String(kind.id))
            return &kind;
    return nullptr;
}

QList<const ChartKind *> chartPageKinds()
{
    QList<const ChartKind *> kinds;
    for (const ChartKind &kind : kKinds)
        if (kind.onChartPage())
            kinds << &kind;
    std::stable_sort(kinds.begin(), kinds.end(), [](const ChartKind *a, const ChartKind *b) {
        return std::pair(a->row, a->column) < std::pair(b->row, b->column);
    });
    return kinds;
}

QString chartKindTitle(const ChartKind &kind)
{
    return QCoreApplication::translate("ChartKind", kind.title);
}

} // namespace kvscope::widgets
