// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparegrid.h"

#include "chartwidget.h"
#include "comparesetup.h"
#include "comparetable.h"
#include "comparetitles.h"
#include "latencychart.h"
#include "memorychart.h"
#include "modeltext.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QLabel>

namespace kvscope::widgets {

namespace {

constexpr int kCompareBarWidth = 96;

} // namespace

CompareGrid::CompareGrid(bool tableBelow, QWidget *parent)
    : QWidget(parent), m_tableBelow(tableBelow)
{
    setObjectName("compareGrid");
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    m_table = new CompareTable(tableBelow ? this : nullptr);
}

CompareGrid::~CompareGrid()
{
    // A table nobody placed has no parent to delete it.
    if (m_table && !m_table->parent())
        delete m_table;
}

void CompareGrid::setChartKinds(const QList<const ChartKind *> &kinds)
{
    QList<const ChartKind *> usable;
    for (const ChartKind *kind : kinds)
        if (kind && kind->compared && !usable.contains(kind))
            usable << kind;
    if (usable == m_kinds)
        return;
    m_kinds = usable;
    if (!m_columns.empty()) {
        rebuild(int(m_columns.size()));
        showColumns();
    }
}

ChartWidget *CompareGrid::chart(int row, int column) const
{
    if (row < 0 || row >= m_charts.size() || column < 0 || column >= m_charts[row].size())
        return nullptr;
    return m_charts[row][column];
}

QLabel *CompareGrid::columnTitle(int column) const
{
    return column >= 0 && column < m_titles.size() ? m_titles[column] : nullptr;
}

void CompareGrid::setColumns(const std::vector<model::Scenario> &columns)
{
    if (int(columns.size()) != m_titles.size() || m_charts.size() != m_kinds.size())
        rebuild(int(columns.size()));
    m_columns = columns;
    showColumns();
}

void CompareGrid::rebuild(int columns)
{
    for (QLabel *title : std::as_const(m_titles))
        delete title;
    for (const QList<ChartWidget *> &row : std::as_const(m_charts))
        qDeleteAll(row);
    m_titles.clear();
    m_charts.clear();
    m_data.clear();
    if (m_tableBelow)
        m_grid->removeWidget(m_table);
    for (int r = 0; r <= m_kinds.size() + 1; ++r)
        m_grid->setRowStretch(r, 0);

    for (int c = 0; c < columns; ++c) {
        auto *title = new QLabel(this);
        title->setObjectName(QStringLiteral("compareColumnTitle%1").arg(c));
        title->setTextFormat(Qt::RichText);
        // No word wrap: a wrapping label gives the grid a height-for-width, and the scroll area
        // would then size the charts to their preferred height instead of the window's.
        title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        title->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_grid->addWidget(title, 0, c);
        // Shown now, not when the layout's queued show runs: an offscreen render paints at once.
        title->show();
        m_grid->setColumnStretch(c, 1);
        m_titles << title;
    }
    for (int c = columns; c < model::kMaxCompareColumns; ++c)
        m_grid->setColumnStretch(c, 0);
    for (int r = 0; r < m_kinds.size(); ++r) {
        QList<ChartWidget *> row;
        for (int c = 0; c < columns; ++c) {
            ChartWidget *widget = m_kinds[r]->create();
            widget->setParent(this);
            // Four abreast, the current-setting bar would leave the curves no room.
            if (auto *memory = qobject_cast<MemoryChart *>(widget))
                memory->setBarWidth(kCompareBarWidth);
            if (auto *latency = qobject_cast<LatencyChart *>(widget))
                latency->setLogScale(m_options.latencyLogScale);
            widget->setTheme(m_options.theme);
            widget->setByteUnits(m_options.byteUnits);
            // One "Log scale" box for the whole comparison lives in the compare view.
            for (QAbstractButton *button : widget->findChildren<QAbstractButton *>())
                button->hide();
            m_grid->addWidget(widget, r + 1, c);
            widget->show();
            row << widget;
        }
        m_grid->setRowStretch(r + 1, 1);
        m_charts << row;
    }
    if (m_tableBelow)
        m_grid->addWidget(m_table, int(m_kinds.size()) + 1, 0, 1, std::max(1, columns));
    styleTitles();
}

void CompareGrid::showColumns()
{
    std::vector<model::ExplorerChange> changes;
    std::vector<model::Metrics> metrics;
    m_data.resize(m_columns.size());
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        // A step of the shared context slider keeps the curves and costs two evaluations.
        changes.push_back(model::advance(m_data[c], m_columns[c]));
        metrics.push_back(m_data[c].current);
    }
    const std::vector<model::ColumnTitle> titles = model::columnTitleParts(m_columns);
    m_titlePieces.clear();
    m_titleTexts.clear();
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        m_titlePieces << columnTitlePieces(titles[c], m_columns[c]);
        m_titleTexts << m_titlePieces.back().join(QLatin1Char(' '));
    }
    showTitles();
    for (const QList<ChartWidget *> &row : std::as_const(m_charts))
        for (int c = 0; c < row.size(); ++c)
            row[c]->setData(m_data[std::size_t(c)], changes[std::size_t(c)]);
    syncAxes();
    m_table->setColumns(m_titlePieces, metrics);
}

void CompareGrid::showTitles()
{
    // Each title in as many lines as its column's width needs, broken between its parts: the
    // model on the hardware in bold, what tells the column apart ("· 8 GPUs"), then the
    // deployment the shared controls set, smaller.
    const QFont bold = m_options.theme.font(12, true);
    const QFont plain = m_options.theme.font(12);
    const QFont small = summaryFont();
    for (int c = 0; c < m_titles.size() && c < m_titlePieces.size(); ++c) {
        const model::Scenario &column = m_columns[std::size_t(c)];
        const int width = m_titles[c]->width();
        const QStringList &pieces = m_titlePieces[c];
        QStringList summary = columnDeployment(column).split(QStringLiteral(" · "));
        for (int i = 1; i < summary.size(); ++i)
            summary[i].prepend(QStringLiteral("· "));
        QStringList lines;
        const auto add = [&](const QStringList &part, const QFont &font, const QString &style) {
            for (const QString &line : fitPieces(part, QFontMetrics(font), width))
                lines << QStringLiteral("<span style=\"%1\">%2</span>")
                             .arg(style, line.toHtmlEscaped());
        };
        add(pieces.mid(0, 2), bold, QStringLiteral("font-weight:bold"));
        if (pieces.size() > 2)
            add(pieces.mid(2), plain, QStringLiteral("font-weight:normal"));
        add(summary, small, QStringLiteral("font-size:%1pt").arg(small.pointSizeF()));
        const QString text = lines.join(QStringLiteral("<br>"));
        // Laying out rich text costs more than the charts' marker replots on a slider step.
        if (m_titles[c]->text() != text) {
            m_titles[c]->setText(text);
            m_titles[c]->setToolTip(m_titleTexts[c] + QLatin1Char('\n') + scenarioCaption(column));
        }
    }
}

QFont CompareGrid::summaryFont() const
{
    return m_options.theme.font(9.5);
}

void CompareGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showTitles();
}

void CompareGrid::syncAxes()
{
    // Every column of a row gets the union of the ranges its charts ask for, per axis rect, so
    // equal heights mean equal values across the row.
    for (const QList<ChartWidget *> &row : std::as_const(m_charts)) {
        QList<ValueRange> shared;
        for (ChartWidget *chart : row) {
            const QList<ValueRange> &natural = chart->naturalValueRanges();
            for (int i = 0; i < natural.size(); ++i) {
                if (i >= shared.size())
                    shared << natural[i];
                shared[i].lower = std::min(shared[i].lower, natural[i].lower);
                shared[i].upper = std::max(shared[i].upper, natural[i].upper);
            }
        }
        for (ChartWidget *chart : row)
            chart->setValueRanges(shared);
    }
}

void CompareGrid::setTheme(const Theme &theme)
{
    m_options.theme = theme;
    for (const QList<ChartWidget *> &row : std::as_const(m_charts))
        for (ChartWidget *chart : row)
            chart->setTheme(theme);
    m_table->setTheme(theme);
    styleTitles();
}

void CompareGrid::setByteUnits(model::ByteUnits units)
{
    m_options.byteUnits = units;
    for (const QList<ChartWidget *> &row : std::as_const(m_charts))
        for (ChartWidget *chart : row)
            chart->setByteUnits(units);
    m_table->setByteUnits(units);
}

void CompareGrid::setLatencyLogScale(bool on)
{
    if (on == m_options.latencyLogScale)
        return;
    m_options.latencyLogScale = on;
    for (const QList<ChartWidget *> &row : std::as_const(m_charts))
        for (ChartWidget *chart : row)
            if (auto *latency = qobject_cast<LatencyChart *>(chart))
                latency->setLogScale(on);
    syncAxes();
}

void CompareGrid::styleTitles()
{
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, m_options.theme.foreground);
    for (QLabel *title : std::as_const(m_titles)) {
        title->setFont(m_options.theme.font(12));
        title->setPalette(pal);
    }
    showTitles();
}

} // namespace kvscope::widgets
