// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetable.h"
#include "comparetitles.h"
#include "modeltext.h"

#include <QHeaderView>

namespace kvscope::widgets {

namespace {

QString betterText(model::Better better)
{
    return better == model::Better::Lower ? QObject::tr("lower is better")
                                          : QObject::tr("higher is better");
}

} // namespace

CompareTable::CompareTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName("compareTable");
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
}

void CompareTable::setColumns(const QList<QStringList> &titles,
                              std::span<const model::Metrics> metrics)
{
    m_titlePieces = titles;
    m_titles.clear();
    for (const QStringList &pieces : titles)
        m_titles << pieces.join(QLatin1Char(' '));
    m_rows = model::compareMetrics(metrics);
    refill();
}

void CompareTable::setTheme(const Theme &theme)
{
    m_theme = theme;
    refill();
}

void CompareTable::setByteUnits(model::ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    refill();
}

void CompareTable::refill()
{
    setFont(m_theme.font(10.5));
    const int columns = int(m_titles.size());
    setColumnCount(columns);
    setRowCount(int(m_rows.size()));
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers << (c == 0 ? tr("%1 (reference)").arg(m_titles[c]) : m_titles[c]);
    setHorizontalHeaderLabels(headers);
    for (int c = 0; c < columns; ++c) {
        horizontalHeaderItem(c)->setToolTip(headers[c]);
        fitHeader(c);
    }
    const int rowHeight = QFontMetrics(font()).height() + 4;
    verticalHeader()->setDefaultSectionSize(rowHeight);
    QFont bold = font();
    bold.setBold(true);
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const model::ComparisonRow &row = m_rows[std::size_t(r)];
        auto *label = new QTableWidgetItem(q(std::string(row.metric->label)));
        label->setToolTip(tr("%1 (%2); the eval key is %3")
                              .arg(label->text(), betterText(row.metric->better),
                                   q(std::string(row.metric->key))));
        setVerticalHeaderItem(r, label);
        for (int c = 0; c < columns && c < int(row.values.size()); ++c) {
            const std::size_t i = std::size_t(c);
            const QString value = q(model::formatMetric(row.metric->unit, row.values[i], m_units));
            QString text = value;
            QString ratio;
            if (c > 0) {
                ratio = row.ratios[i] ? q(model::formatRatio(*row.ratios[i])) : tr("n/a");
                text += QStringLiteral("   (%1)").arg(ratio);
            }
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QString tip = tr("%1 for %2: %3").arg(label->text(), headers[c], value);
            if (c > 0)
                tip += tr("\n%1 of %2's value").arg(ratio, m_titles.front());
            if (row.isBest[i]) {
                item->setFont(bold);
                item->setBackground(m_theme.faint(m_theme.green, 0.22));
                tip += tr("\nBest in this row (%1)").arg(betterText(row.metric->better));
            }
            item->setForeground(m_theme.foreground);
            item->setToolTip(tip);
            setItem(r, c, item);
        }
    }
    updateGeometry();
}

void CompareTable::fitHeader(int column)
{
    QTableWidgetItem *item = horizontalHeaderItem(column);
    if (!item || column >= m_titlePieces.size())
        return;
    QStringList pieces = m_titlePieces[column];
    if (column == 0)
        pieces << tr("(reference)");
    // The columns stretch to equal widths: the width they will have once the header has caught
    // up with this resize (it stretches its sections later).
    const int margin =
        2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader()) + 2;
    const int table = width() - 2 * frameWidth() - verticalHeader()->sizeHint().width();
    const int section = table / std::max(1, columnCount());
    const QString text =
        fitPieces(pieces, QFontMetrics(horizontalHeader()->font()), section - margin)
            .join(QLatin1Char('\n'));
    if (item->text() != text) {
        item->setText(text);
        updateGeometry(); // a heading of more lines makes the table taller
    }
}

void CompareTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    for (int c = 0; c < columnCount(); ++c)
        fitHeader(c);
}

QSize CompareTable::sizeHint() const
{
    const int rows = verticalHeader()->defaultSectionSize() * rowCount();
    return {600, rows + horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 2};
}

} // namespace kvscope::widgets
