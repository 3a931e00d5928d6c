// SPDX-License-Identifier: GPL-3.0-or-later
// The table of chart kinds: one row per chart, naming its widget class, its data for the CSV
// (from its file in model/charts) and where it appears. The window's chart page, the dashboard
// export, the export dialog, `kvscope export --chart`, the compare view and `kvscope help` all
// read this table, so a new chart is one model file, one widget file and one row here
// (docs/architecture.md walks through it).
#pragma once

#include "explorerdata.h"
#include "series.h"

#include <QList>
#include <QString>

#include <span>
#include <string>
#include <vector>

namespace kvscope::widgets {

class ChartWidget;

struct ChartKind
{
    /// The name on the command line (`--chart memory`), in saved settings and in exported file
    /// names.
    const char *id;
    /// The title, in English; chartKindTitle() translates it.
    const char *title;
    /// Its cell on the window's chart page and in the dashboard export; -1: not there.
    int row = -1;
    int column = -1;
    /// Offered as a row of the compare view.
    bool compared = false;
    /// A new widget of the kind.
    ChartWidget *(*create)() = nullptr;
    /// What the chart plots, as series along context, for the CSV.
    std::vector<model::Series> (*series)(const model::ExplorerData &data) = nullptr;
    /// Instead of `series`, a chart whose data is not a curve along context writes its own CSV.
    std::string (*csv)(const model::Scenario &scenario) = nullptr;

    bool onChartPage() const { return row >= 0 && column >= 0; }
};

/// Every chart kind, in menu order.
std::span<const ChartKind> chartKinds();
/// The kind named `id`, or nullptr.
const ChartKind *findChartKind(const QString &id);
/// The kinds on the window's chart page, row by row.
QList<const ChartKind *> chartPageKinds();
/// The translated title ("HBM occupancy").
QString chartKindTitle(const ChartKind &kind);

} // namespace kvscope::widgets
