// SPDX-License-Identifier: GPL-3.0-or-later
// The body of a comparison: one column per scenario (a title and what it is), the same charts in
// every column with their value axes synchronised so heights compare by eye, and the metrics
// table below. The compare view shows it live; comparisonexport.h draws it offscreen, so the
// window's export and `kvscope compare --out FILE.png` are the same picture.
#pragma once

#include "chartexport.h"
#include "comparetable.h"
#include "explorerdata.h"
#include "theme.h"
#include "units.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace kvscope::widgets {

class ChartWidget;

class CompareGrid : public QWidget
{
    Q_OBJECT

public:
    /// With `tableBelow` false the table is kept up to date but left for the owner to place
    /// (the compare view keeps it in view below the scrolling charts).
    explicit CompareGrid(bool tableBelow = true, QWidget *parent = nullptr);
    ~CompareGrid() override;

    /// The chart kinds shown, one row each (kinds not offered for comparison are ignored).
    void setChartKinds(const QList<const ChartKind *> &kinds);
    const QList<const ChartKind *> &chartKinds() const { return m_kinds; }
    /// Evaluates and shows the columns (2 to 4), then synchronises every row's value axes.
    void setColumns(const std::vector<model::Scenario> &columns);

    int columnCount() const { return int(m_data.size()); }
    /// What column `column` shows, as evaluated.
    const model::ExplorerData &columnData(int column) const { return m_data[std::size_t(column)]; }
    ChartWidget *chart(int row, int column) const;
    QLabel *columnTitle(int column) const;
    CompareTable *table() const { return m_table; }
    bool latencyLogScale() const { return m_options.latencyLogScale; }
    /// The columns' titles in one line each ("Yi-34B-200K on NVIDIA A100 SXM4 80GB · 8 GPUs"), as
    /// the table heads them.
    const QStringList &columnTitles() const { return m_titleTexts; }

public slots:
    void setTheme(const kvscope::widgets::Theme &theme);
    void setByteUnits(kvscope::model::ByteUnits units);
    void setLatencyLogScale(bool on);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Rebuilds the titles and chart widgets when the shape (columns or kinds) changed.
    void rebuild(int columns);
    void showColumns();
    void syncAxes();
    void styleTitles();
    /// Sets the title labels' text, broken into lines that fit their width.
    void showTitles();
    QFont summaryFont() const;

    QGridLayout *m_grid = nullptr;
    QPointer<CompareTable> m_table;
    bool m_tableBelow = true;
    QList<const ChartKind *> m_kinds{findChartKind("memory"), findChartKind("latency")};
    QList<QLabel *> m_titles;
    QList<QStringList> m_titlePieces; ///< [column]: columnTitlePieces
    QStringList m_titleTexts;
    QList<QList<ChartWidget *>> m_charts; ///< [row][column]
    std::vector<model::Scenario> m_columns;
    std::vector<model::ExplorerData> m_data;
    ExportOptions m_options;
};

} // namespace kvscope::widgets
