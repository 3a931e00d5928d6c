// SPDX-License-Identifier: GPL-3.0-or-later
// A chart's legend as a row of swatches under the plot: it never covers data, wraps to the width
// it gets, and repaints only when its entries or the theme change, not on every replot. Its
// height grows with its rows and shrinks only when the width or theme changes.
#pragma once

#include "theme.h"

#include <QBrush>
#include <QPen>
#include <QWidget>

namespace kvscope::widgets {

class LegendBar : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QPen pen;
        QBrush brush; ///< Qt::NoBrush draws a line sample, anything else a filled swatch

        bool operator==(const Entry &other) const
        {
            return name == other.name && pen == other.pen && brush == other.brush;
        }
    };

    explicit LegendBar(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    QStringList names() const;
    void setTheme(const Theme &theme);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Top-left corner of each entry when laid out in `width`, and the rows used.
    /// Where an entry goes: its left edge and first row, its width and how many rows it spans
    /// (an entry wider than the legend wraps its words onto more rows rather than being cut).
    struct Placement
    {
        int x = 0;
        int row = 0;
        int width = 0;
        int rows = 1;
    };
    QList<Placement> layoutEntries(int width, int *rows) const;
    int entryWidth(const Entry &entry) const;
    int swatchWidth() const;
    /// The room an entry takes besides its text: swatch, gap and spacing to the next entry.
    int entryChrome() const;
    int rowHeight() const;
    enum class Fit
    {
        Afresh,  ///< the rows the entries need now
        KeepRows ///< at least the rows already reserved
    };
    /// Takes the height its rows need at the current width.
    void fitHeight(Fit fit);

    QList<Entry> m_entries;
    int m_reservedRows = 0;
    Theme m_theme = makeTheme(false, false);
};

} // namespace kvscope::widgets
