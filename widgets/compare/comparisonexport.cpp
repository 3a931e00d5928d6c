// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonexport.h"

#include "chartwidget.h"
#include "comparegrid.h"
#include "comparesetup.h"
#include "comparison.h"
#include "filewrite.h"
#include "inputerror.h"
#include "plotwidget.h"

#include <QGridLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace kvscope::widgets {

namespace {

void checkComparison(const std::vector<model::Scenario> &columns, ExportFormat format,
                     const ExportOptions &options)
{
    if (int(columns.size()) < model::kMinCompareColumns ||
        int(columns.size()) > model::kMaxCompareColumns)
        throw model::InputError("", "--scenario", std::to_string(columns.size()) + " given",
                                "a comparison has 2 to 4 columns");
    requireExportSize(format, options);
}

/// The offscreen widgets of one comparison: the compare view's grid (titles, charts, table) laid
/// out at the export's size, above the caption.
class ComparisonSheet
{
public:
    ComparisonSheet(const std::vector<model::Scenario> &columns,
                    const QList<const ChartKind *> &kinds, const ExportOptions &options)
        : m_options(options)
    {
        if (options.caption)
            m_caption = comparisonCaption(columns);
        m_root = std::make_unique<QWidget>();
        m_root->setAttribute(Qt::WA_DontShowOnScreen);
        QPalette palette = themePalette(options.theme);
        const QColor background =
            options.transparent ? QColor(Qt::transparent) : options.theme.background;
        palette.setColor(QPalette::Window, background);
        if (options.transparent) {
            // The table's cells too: their text, the rules and the best-of-row tint stay, and
            // the headings keep their band.
            palette.setColor(QPalette::Base, background);
            palette.setColor(QPalette::AlternateBase, background);
        }
        m_root->setPalette(palette);
        m_root->setFont(options.theme.font(10.5));
        auto *layout = new QGridLayout(m_root.get());
        layout->setContentsMargins(8, 8, 8, 8);
        // The sheet is exactly the size layOut() gives it: a minimum size the layout would set
        // (from titles broken at a narrower width) must not make it taller than the figure.
        layout->setSizeConstraint(QLayout::SetNoConstraint);
        m_grid = new CompareGrid;
        layout->addWidget(m_grid);
        m_grid->setTheme(options.theme);
        m_grid->setByteUnits(options.byteUnits);
        m_grid->setLatencyLogScale(options.latencyLogScale);
        m_grid->setChartKinds(kinds);
        // The charts are made before the sheet is shown, so their paint buffers are small from
        // the first layout at the export's size; the columns are shown again once it is, as the
        // window shows them.
        m_grid->setColumns(columns);
        shrinkPaintBuffers(m_root.get(), options.size);
        m_root->resize(options.size.width(),
                       std::max(1, options.size.height() - captionHeight(m_caption, options)));
        m_root->show();
        m_grid->setColumns(columns);
        layOut();
        for (int r = 0; r < m_grid->chartKinds().size(); ++r)
            for (int c = 0; c < m_grid->columnCount(); ++c)
                prepareChartForExport(m_grid->chart(r, c), options);
    }

    void paint(QCPPainter &painter, bool vector) const
    {
        if (!m_options.transparent)
            painter.fillRect(QRect(QPoint(), m_options.size), m_options.theme.background);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.save();
        // A sheet laid out larger than the export's size (see layOut) is drawn scaled to fit.
        const double fit = double(m_options.size.width()) / m_layout.size.width();
        if (fit < 1)
            painter.scale(fit, fit);
        for (QWidget *child : m_grid->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            const QPoint origin = child->mapTo(m_root.get(), QPoint());
            if (auto *chart = qobject_cast<ChartWidget *>(child))
                paintChartWidget(painter, chart, origin, vector);
            else if (!child->isHidden())
                child->render(&painter, origin, QRegion(), QWidget::DrawChildren);
        }
        paintCaption(painter, m_caption, m_layout);
        painter.restore();
    }

    /// "Comparison: Yi-34B-200K on NVIDIA A100 SXM4 80GB | Yi-34B-200K on ...".
    QString title() const
    {
        return QObject::tr("Comparison: %1")
            .arg(m_grid->columnTitles().join(QStringLiteral(" | ")));
    }
    const QString &caption() const { return m_caption; }

private:
    /// Lays the sheet out at the export's size, or, where its charts, titles and table need more
    /// room than that, at the smallest size of the same proportions that holds them: nothing then
    /// overlaps or is cut off, and paint() draws it scaled down, its text smaller.
    void layOut()
    {
        m_layout = m_options;
        for (int pass = 0; pass < 4; ++pass) {
            const int caption = captionHeight(m_caption, m_layout);
            m_root->resize(m_layout.size.width(), std::max(1, m_layout.size.height() - caption));
            settleLayouts();
            const QSize need = m_root->layout()->minimumSize() + QSize(0, caption);
            const double grow = std::max(double(need.width()) / m_layout.size.width(),
                                         double(need.height()) / m_layout.size.height());
            if (grow <= 1)
                return;
            m_layout.size = QSize(int(std::ceil(m_layout.size.width() * grow)),
                                  int(std::ceil(m_layout.size.height() * grow)));
        }
    }

    ExportOptions m_options;
    ExportOptions m_layout; ///< the options at the size the sheet is laid out at
    QString m_caption;
    std::unique_ptr<QWidget> m_root;
    CompareGrid *m_grid = nullptr;
};

} // namespace

QSize comparisonImageSize(int chartRows)
{
    return {1920, 140 + 400 * std::max(1, chartRows) + 330};
}

QString comparisonCaption(const std::vector<model::Scenario> &columns)
{
    // What every column shares is said once; what differs, in the column's own line.
    std::vector<QStringList> conventions;
    for (const model::Scenario &column : columns)
        conventions.push_back(conventionParts(column));
    QStringList shared;
    if (!conventions.empty())
        for (const QString &part : conventions.front())
            if (std::all_of(conventions.begin(), conventions.end(),
                            [&](const QStringList &own) { return own.contains(part); }))
                shared << part;
    QStringList lines;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        QStringList parts = scenarioParts(columns[c]);
        for (const QString &part : conventions[c])
            if (!shared.contains(part))
                parts << part;
        lines << QObject::tr("Column %1: %2").arg(c + 1).arg(parts.join(QStringLiteral(" · ")));
    }
    shared << exportCreator();
    lines << (shared.size() > 1 ? QObject::tr("All columns: %1") : QStringLiteral("%1"))
                 .arg(shared.join(QStringLiteral(" · ")));
    return lines.join(QLatin1Char('\n'));
}

QImage renderComparison(const std::vector<model::Scenario> &columns,
                        const QList<const ChartKind *> &kinds, const ExportOptions &options)
{
    checkComparison(columns, ExportFormat::Png, options);
    const ComparisonSheet sheet(columns, kinds, options);
    return figureImage(options,
                       [&](QCPPainter &painter, bool vector) { sheet.paint(painter, vector); });
}

QByteArray renderComparisonExport(const std::vector<model::Scenario> &columns,
                                  const QList<const ChartKind *> &kinds, ExportFormat format,
                                  const ExportOptions &options)
{
    checkComparison(columns, format, options);
    switch (format) {
    case ExportFormat::Png:
        return pngBytes(renderComparison(columns, kinds, options));
    case ExportFormat::Csv:
        return QByteArray::fromStdString(model::comparisonCsv(columns));
    case ExportFormat::Markdown:
        return QByteArray::fromStdString(model::comparisonMarkdown(columns, options.byteUnits));
    case ExportFormat::Svg:
    case ExportFormat::Pdf:
        break;
    }
    const ComparisonSheet sheet(columns, kinds, options);
    const auto paint = [&](QCPPainter &painter, bool vector) {
        sheet.paint(painter, vector);
    };
    return format == ExportFormat::Svg ? figureSvg(options, sheet.title(), sheet.caption(), paint)
                                       : figurePdf(options, sheet.title(), paint);
}

void exportComparison(const std::vector<model::Scenario> &columns,
                      const QList<const ChartKind *> &kinds, const ExportOptions &options,
                      const QString &path)
{
    const std::optional<ExportFormat> format = formatFromPath(path, comparisonFormats());
    if (!format)
        throw model::InputError("", "--out", path.toStdString(),
                                "expected a .png, .svg, .pdf, .csv or .md file");
    const QByteArray bytes = renderComparisonExport(columns, kinds, *format, options);
    model::writeFileAtomically(path.toStdString(), bytes.toStdString());
}

} // namespace kvscope::widgets
