// SPDX-License-Identifier: GPL-3.0-or-later
// A small table of text for a panel: a grid of labels whose first row is a bold header, text
// columns aligned left and number columns right. Lighter than a QTableView, and drawn with the
// page's palette and fonts, so it reads like the rest of the window at lecture distance.
#pragma once

#include "theme.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace kvscope::widgets {

class LabelTable : public QWidget
{
    Q_OBJECT

public:
    /// `rows` including the header; the first `textColumns` columns are aligned left.
    LabelTable(int rows, int columns, int textColumns, QWidget *parent = nullptr);

    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    QLabel *cell(int row, int column) const;
    QString text(int row, int column) const;
    /// Fills one row from the left; missing texts leave their cells as they are.
    void setRow(int row, const QStringList &texts);
    /// Every cell at `points`, the header and the rows marked bold in bold.
    void setTheme(const Theme &theme, double points);
    void setRowBold(int row, bool bold);

private:
    void applyFont(int row);

    QGridLayout *m_grid = nullptr;
    int m_rows = 0;
    int m_columns = 0;
    QList<bool> m_bold;
    Theme m_theme = makeTheme(false, false);
    double m_points = 11.5;
};

} // namespace kvscope::widgets
