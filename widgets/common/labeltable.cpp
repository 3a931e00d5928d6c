// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeltable.h"

#include <QGridLayout>
#include <QLabel>

namespace kvscope::widgets {

LabelTable::LabelTable(int rows, int columns, int textColumns, QWidget *parent)
    : QWidget(parent), m_rows(rows), m_columns(columns), m_bold(rows, false)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(6);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            auto *label = new QLabel(this);
            label->setAlignment((column < textColumns ? Qt::AlignLeft : Qt::AlignRight) |
                                Qt::AlignVCenter);
            m_grid->addWidget(label, row, column);
        }
    m_bold[0] = true;
}

QLabel *LabelTable::cell(int row, int column) const
{
    return static_cast<QLabel *>(m_grid->itemAtPosition(row, column)->widget());
}

QString LabelTable::text(int row, int column) const
{
    return cell(row, column)->text();
}

void LabelTable::setRow(int row, const QStringList &texts)
{
    for (int column = 0; column < m_columns && column < texts.size(); ++column)
        cell(row, column)->setText(texts[column]);
}

void LabelTable::setTheme(const Theme &theme, double points)
{
    m_theme = theme;
    m_points = points;
    for (int row = 0; row < m_rows; ++row)
        applyFont(row);
}

void LabelTable::setRowBold(int row, bool bold)
{
    if (m_bold[row] == bold)
        return;
    m_bold[row] = bold;
    applyFont(row);
}

void LabelTable::applyFont(int row)
{
    const QFont font = m_theme.font(m_points, m_bold[row]);
    for (int column = 0; column < m_columns; ++column)
        cell(row, column)->setFont(font);
}

} // namespace kvscope::widgets
