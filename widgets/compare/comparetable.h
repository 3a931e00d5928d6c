// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics table of a comparison: one row per metric, one column per preset, each value in its
// unit with its ratio to the first column, and the best of each row in bold on a tinted cell.
// The rows come from model::compareMetrics, as `kvscope compare` writes them.
#pragma once

#include "comparison.h"
#include "theme.h"

#include <QTableWidget>

#include <span>
#include <string>
#include <vector>

namespace kvscope::widgets {

class CompareTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit CompareTable(QWidget *parent = nullptr);

    void setColumns(const std::vector<std::string> &titles,
                    std::span<const model::Metrics> metrics);
    const std::vector<model::ComparisonRow> &rows() const { return m_rows; }

    /// Tall enough for every row, so the table never scrolls inside the view.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {200, sizeHint().height()}; }

public slots:
    void setTheme(const kvscope::widgets::Theme &theme);
    void setByteUnits(kvscope::model::ByteUnits units);

private:
    void refill();

    std::vector<std::string> m_titles;
    std::vector<model::ComparisonRow> m_rows;
    Theme m_theme = makeTheme(false, false);
    model::ByteUnits m_units = model::ByteUnits::Binary;
};

} // namespace kvscope::widgets
