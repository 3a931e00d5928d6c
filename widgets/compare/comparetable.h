// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics table of a comparison: one row per metric, one column per preset, each value in its
// unit with its ratio to the first column, and the best of each row in bold on a tinted cell.
// The rows come from model::compareMetrics, as `kvscope compare` writes them.
#pragma once

#include "comparison.h"
#include "theme.h"

#include <QTableWidget>

#include <span>
#include <vector>

namespace kvscope::widgets {

class CompareTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit CompareTable(QWidget *parent = nullptr);

    /// `titles` head the columns, in the pieces a long one breaks between (CompareGrid's,
    /// columnTitlePieces).
    void setColumns(const QList<QStringList> &titles, std::span<const model::Metrics> metrics);
    const std::vector<model::ComparisonRow> &rows() const { return m_rows; }

    /// Tall enough for every row, so the table never scrolls inside the view.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {200, sizeHint().height()}; }

public slots:
    void setTheme(const kvscope::widgets::Theme &theme);
    void setByteUnits(kvscope::model::ByteUnits units);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refill();
    /// Breaks the column's heading into the lines its width needs.
    void fitHeader(int column);

    QList<QStringList> m_titlePieces;
    QStringList m_titles; ///< in one line each
    std::vector<model::ComparisonRow> m_rows;
    Theme m_theme = makeTheme(false, false);
    model::ByteUnits m_units = model::ByteUnits::Binary;
};

} // namespace kvscope::widgets
