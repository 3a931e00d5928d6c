// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendbar.h"

#include <QPainter>
#include <QResizeEvent>

#include <algorithm>

namespace kvscope::widgets {

namespace {
constexpr int kMargin = 4;
} // namespace

LegendBar::LegendBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void LegendBar::fitHeight(Fit fit)
{
    // New entries may take another row but give none back while the width and font stay: a
    // slider step does not shrink the plot above and grow it again on the next one (each resize
    // redraws the whole chart).
    int rows = 0;
    layoutEntries(width(), &rows);
    m_reservedRows = fit == Fit::Afresh ? rows : std::max(m_reservedRows, rows);
    const int height = m_reservedRows * rowHeight() + 2;
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
}

void LegendBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Only a new width re-wraps; the height just set by fitHeight() comes back here too.
    if (event->size().width() != event->oldSize().width())
        fitHeight(Fit::Afresh);
}

QStringList LegendBar::names() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names << e.name;
    return names;
}

void LegendBar::setEntries(const QList<Entry> &entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    fitHeight(Fit::KeepRows);
    update();
}

void LegendBar::setTheme(const Theme &theme)
{
    m_theme = theme;
    setFont(theme.font(10.5));
    fitHeight(Fit::Afresh);
    update();
}

int LegendBar::rowHeight() const
{
    return fontMetrics().height() + (m_theme.presentation ? 6 : 4);
}

int LegendBar::swatchWidth() const
{
    return m_theme.presentation ? 36 : 28;
}

int LegendBar::entryChrome() const
{
    return swatchWidth() + 6 + (m_theme.presentation ? 20 : 14);
}

int LegendBar::entryWidth(const Entry &entry) const
{
    return entryChrome() + fontMetrics().horizontalAdvance(entry.name);
}

QList<LegendBar::Placement> LegendBar::layoutEntries(int width, int *rows) const
{
    // Entries fill rows left to right; each row is centred in paintEvent. An entry wider than
    // the whole row takes rows of its own, its words wrapped.
    QList<Placement> placements;
    const int room = std::max(1, width - 2 * kMargin);
    int x = kMargin;
    int row = 0;
    for (const Entry &e : m_entries) {
        Placement place;
        place.width = entryWidth(e);
        if (place.width > room) {
            const int textWidth = std::max(1, room - entryChrome());
            const QRect wrapped = fontMetrics().boundingRect(QRect(0, 0, textWidth, 1 << 20),
                                                             Qt::TextWordWrap, e.name);
            place.rows = std::max(1, (wrapped.height() + fontMetrics().lineSpacing() - 1) /
                                         fontMetrics().lineSpacing());
            place.width = room;
        }
        if (x > kMargin && x + place.width > width - kMargin) {
            ++row;
            x = kMargin;
        }
        place.x = x;
        place.row = row;
        placements.append(place);
        x += place.width;
        if (place.rows > 1) {
            row += place.rows;
            x = kMargin;
        }
    }
    *rows = m_entries.isEmpty() ? 0 : (x == kMargin && row > 0 ? row : row + 1);
    return placements;
}

int LegendBar::heightForWidth(int width) const
{
    int rows = 0;
    layoutEntries(width, &rows);
    return rows * rowHeight() + 2;
}

QSize LegendBar::sizeHint() const
{
    int total = 0;
    for (const Entry &e : m_entries)
        total += entryWidth(e);
    return {total + 2 * kMargin, rowHeight() + 2};
}

QSize LegendBar::minimumSizeHint() const
{
    // A long entry wraps rather than widening the chart.
    return {entryChrome() + 2 * kMargin, rowHeight() + 2};
}

void LegendBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.background);
    p.setRenderHint(QPainter::Antialiasing);
    int rows = 0;
    const QList<Placement> placements = layoutEntries(width(), &rows);
    // Centre each row.
    QList<int> rowEnd(rows, 0);
    for (const Placement &place : placements)
        rowEnd[place.row] = place.x + place.width - (m_theme.presentation ? 20 : 14);
    const int swatchHeight = m_theme.presentation ? 18 : 14;
    const int h = rowHeight();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        const Placement &place = placements[i];
        const int x = place.x + (width() - kMargin - rowEnd[place.row]) / 2;
        const int y = 1 + place.row * h;
        const QRect swatch(x, y + (h - swatchHeight) / 2, swatchWidth(), swatchHeight);
        if (e.brush.style() != Qt::NoBrush) {
            p.setPen(QPen(e.pen.color(), 1));
            p.setBrush(e.brush);
            p.drawRect(swatch.adjusted(0, 0, -1, -1));
        } else {
            QPen pen = e.pen;
            pen.setWidthF(std::min(pen.widthF(), double(swatchHeight) / 2));
            pen.setCapStyle(Qt::FlatCap);
            p.setPen(pen);
            p.drawLine(QPointF(swatch.left(), swatch.center().y() + 0.5),
                       QPointF(swatch.right(), swatch.center().y() + 0.5));
        }
        p.setPen(m_theme.foreground);
        const int textLeft = swatch.right() + 7;
        const int textTop = y + (h - fontMetrics().height()) / 2;
        p.drawText(QRect(textLeft, textTop,
                         place.width - (textLeft - x) - (m_theme.presentation ? 20 : 14),
                         place.rows * h),
                   // Wrapping only where needed: a vector export keeps one-row names whole.
                   Qt::AlignLeft | Qt::AlignTop | (place.rows > 1 ? Qt::TextWordWrap : 0), e.name);
    }
}

} // namespace kvscope::widgets
