// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepanel.h"

#include "labeltable.h"
#include "wrappedlabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kvscope::widgets {

TablePanel::TablePanel(int rows, int columns, int textColumns, QWidget *parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(8, 6, 8, 6);
    m_layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName("panelTitle");
    m_layout->addWidget(m_title);
    m_table = new LabelTable(rows, columns, textColumns, this);
    m_layout->addWidget(m_table, 0, Qt::AlignLeft);
    m_note = new WrappedLabel(this);
    m_note->setObjectName("note");
    m_note->setTextFormat(Qt::RichText);
    m_layout->addWidget(m_note);
    m_layout->addStretch(1);
}

QString TablePanel::cellText(int row, int column) const
{
    return m_table->text(row, column);
}

QString TablePanel::noteText() const
{
    return m_note->text();
}

void TablePanel::addAboveNote(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_note), widget);
}

void TablePanel::setByteUnits(model::ByteUnits units)
{
    m_units = units;
    redraw();
}

void TablePanel::setTheme(const Theme &theme)
{
    m_theme = theme;
    m_title->setFont(theme.font(13, true));
    m_table->setTheme(theme, 11.5);
    m_note->setFont(theme.font(11));
    restyle();
    redraw();
}

} // namespace kvscope::widgets
