// SPDX-License-Identifier: GPL-3.0-or-later
// What the compression page's tables share: a title, a LabelTable, a rich-text note under it, the
// theme and the byte units. A subclass keeps its part of the page's data and fills the three in
// redraw().
#pragma once

#include "compressionview.h"
#include "theme.h"
#include "units.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace kvscope::widgets {

class LabelTable;

class TablePanel : public QWidget
{
    Q_OBJECT

public:
    /// A table of `rows` (the header included) by `columns`, the first `textColumns` left aligned.
    TablePanel(int rows, int columns, int textColumns, QWidget *parent = nullptr);

    /// The text of a cell; row 0 is the header.
    QString cellText(int row, int column) const;
    /// The note under the table.
    QString noteText() const;

public slots:
    /// The page's current values and its part of what the page shows for them.
    virtual void setValues(const kvscope::model::CurrentValues &values,
                           const kvscope::model::CompressionView &view) = 0;
    void setByteUnits(kvscope::model::ByteUnits units);
    void setTheme(const kvscope::widgets::Theme &theme);

protected:
    /// Moves the panel's data into the title, the table and the note.
    virtual void redraw() = 0;
    /// Fonts beyond the common ones, after a theme change.
    virtual void restyle() {}
    /// Puts `widget` between the table and the note.
    void addAboveNote(QWidget *widget);

    QLabel *title() const { return m_title; }
    LabelTable *table() const { return m_table; }
    QLabel *note() const { return m_note; }
    const Theme &theme() const { return m_theme; }
    model::ByteUnits byteUnits() const { return m_units; }

private:
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_title = nullptr;
    LabelTable *m_table = nullptr;
    QLabel *m_note = nullptr;
    Theme m_theme = makeTheme(false, false);
    model::ByteUnits m_units = model::ByteUnits::Binary;
};

} // namespace kvscope::widgets
