// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "chartwidget.h"
#include "evaluate.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "latencychart.h"
#include "metricsstrip.h"
#include "modeltext.h"
#include "modelwords.h"
#include "plotwidget.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGridLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#ifndef KVSCOPE_VERSION
#define KVSCOPE_VERSION "unknown"
#endif

namespace kvscope::widgets {

namespace {

/// The font the window gives its widgets (MainWindow::applyTheme).
QFont exportFont(const Theme &theme)
{
    QFont font = QApplication::font();
    font.setPointSizeF(10.5 * theme.fontScale);
    return font;
}

/// The offscreen widgets of one export: the chart (or the dashboard) laid out at the export's
/// logical size, above the caption.
class Sheet
{
public:
    Sheet(const model::Scenario &scenario, ExportChart chart, const ExportOptions &options,
          model::TourHighlight highlight = model::TourHighlight::None)
        : m_options(options), m_data(model::explorerData(scenario))
    {
        if (options.caption)
            m_caption = scenarioCaption(scenario);

        m_root = std::make_unique<QWidget>();
        m_root->setAttribute(Qt::WA_DontShowOnScreen);
        QPalette palette = themePalette(options.theme);
        palette.setColor(QPalette::Window,
                         options.transparent ? QColor(Qt::transparent) : options.theme.background);
        m_root->setPalette(palette);
        m_root->setFont(exportFont(options.theme));

        const QList<const ChartKind *> kinds =
            chart.isDashboard() ? chartPageKinds() : QList<const ChartKind *>{chart.kind};
        auto *layout = new QVBoxLayout(m_root.get());
        layout->setContentsMargins(4, 4, 4, 4);
        layout->setSpacing(4);
        if (chart.isDashboard()) {
            m_metrics = new MetricsStrip;
            m_metrics->setTheme(options.theme);
            m_metrics->setByteUnits(options.byteUnits);
            // The card a tour's scene points at is outlined as in the window.
            m_metrics->setHighlighted(highlight);
            layout->addWidget(m_metrics);
        }
        auto *grid = new QGridLayout;
        grid->setSpacing(4);
        layout->addLayout(grid, 1);
        for (int i = 0; i < kinds.size(); ++i) {
            ChartWidget *widget = kinds[i]->create();
            widget->setTheme(options.theme);
            widget->setByteUnits(options.byteUnits);
            // Controls (the latency chart's "Log scale" box) belong to the window, not the figure.
            for (QAbstractButton *button : widget->findChildren<QAbstractButton *>())
                button->hide();
            if (auto *latency = qobject_cast<LatencyChart *>(widget))
                latency->setLogScale(options.latencyLogScale);
            // The dashboard places each chart where the window's chart page has it.
            if (chart.isDashboard())
                grid->addWidget(widget, kinds[i]->row, kinds[i]->column);
            else
                grid->addWidget(widget, 0, 0);
            m_charts.append({widget, kinds[i]});
        }
        for (int i = 0; i < grid->rowCount(); ++i)
            grid->setRowStretch(i, 1);
        for (int i = 0; i < grid->columnCount(); ++i)
            grid->setColumnStretch(i, 1);
        shrinkPaintBuffers(m_root.get(), options.size);
        m_root->resize(options.size.width(),
                       std::max(1, options.size.height() - captionHeight(m_caption, options)));

        // Shown but never mapped: the layouts run and every widget gets its resize event, as in
        // the window.
        m_root->show();

        if (m_metrics)
            m_metrics->setValues(m_data);
        for (const Placed &placed : std::as_const(m_charts))
            placed.widget->setData(m_data);
        settleLayouts();
        for (const Placed &placed : std::as_const(m_charts))
            prepareChartForExport(placed.widget, options);
    }

    /// Draws everything in logical coordinates (0, 0) to size; `vector` keeps the plots as
    /// paths and text (SVG, PDF).
    void paint(QCPPainter &painter, bool vector) const
    {
        const QSize size = m_options.size;
        if (!m_options.transparent)
            painter.fillRect(QRect(QPoint(), size), m_options.theme.background);
        painter.setRenderHint(QPainter::TextAntialiasing);
        if (m_metrics) {
            m_metrics->render(&painter, m_metrics->mapTo(m_root.get(), QPoint()), QRegion(),
                              QWidget::DrawChildren);
        }
        for (const Placed &placed : m_charts)
            paintChartWidget(painter, placed.widget, placed.widget->mapTo(m_root.get(), QPoint()),
                             vector);
        paintCaption(painter, m_caption, m_options);
    }

    QString title() const
    {
        return m_charts.size() == 1 ? m_charts.front().widget->title()
                                    : chartTitle(ExportChart::dashboard());
    }
    const QString &caption() const { return m_caption; }

private:
    struct Placed
    {
        ChartWidget *widget;
        const ChartKind *kind;
    };

    ExportOptions m_options;
    model::ExplorerData m_data;
    QString m_caption;
    std::unique_ptr<QWidget> m_root;
    MetricsStrip *m_metrics = nullptr;
    QList<Placed> m_charts;
};

} // namespace

QString chartId(ExportChart chart)
{
    return chart.kind ? QString::fromLatin1(chart.kind->id) : QStringLiteral("all");
}

std::optional<ExportChart> chartFromId(const QString &id)
{
    for (ExportChart chart : exportCharts())
        if (chartId(chart) == id)
            return chart;
    return std::nullopt;
}

QString chartTitle(ExportChart chart)
{
    return chart.kind ? chartKindTitle(*chart.kind)
                      : QObject::tr("Dashboard (numbers and the four charts)");
}

QList<ExportChart> exportCharts()
{
    QList<ExportChart> charts;
    for (const ChartKind &kind : chartKinds())
        charts << ExportChart{&kind};
    return charts << ExportChart::dashboard();
}

QString exportCreator()
{
    return QStringLiteral("kvscope " KVSCOPE_VERSION);
}

QStringList scenarioParts(const model::Scenario &scenario)
{
    const model::Deployment &d = scenario.deployment;
    const model::ModelSpec evaluated = model::effectiveModel(scenario);
    const double params =
        d.paramsOverride > 0 ? d.paramsOverride : model::countParams(evaluated).total;
    QString modelPart = q(model::formatParams(params));
    if (d.paramsOverride > 0)
        modelPart += QObject::tr(", recounted");
    else if (d.modelSize > 0)
        modelPart += QObject::tr(", rescaled");
    QStringList parts;
    parts << QStringLiteral("%1 (%2)").arg(q(scenario.model.name), modelPart);
    parts << QStringLiteral("%1 × %2 (%3 HBM)")
                 .arg(d.gpus)
                 .arg(hardwareName(scenario.hardware),
                      q(model::trimZeros(model::formatBytes(scenario.hardware.hbmBytes,
                                                            model::ByteUnits::Binary))));
    parts << QObject::tr("%1 tokens").arg(q(model::formatTokens(d.context)));
    parts << QObject::tr("%1 out").arg(q(model::formatTokens(d.outputTokens)));
    parts << QObject::tr("batch %1").arg(d.batch);
    return parts;
}

QStringList conventionParts(const model::Scenario &scenario)
{
    const model::Deployment &d = scenario.deployment;
    QStringList parts;
    parts << QStringLiteral("%1/%2").arg(q(model::dtypeName(d.weightDtype)),
                                         q(model::dtypeName(d.kvDtype)));
    if (d.kvCompression.combined() != 1)
        parts << QObject::tr("KV compressed ×%1")
                     .arg(q(model::formatPlain(d.kvCompression.combined())));
    parts << QObject::tr("attention FLOP: %1").arg(q(model::attentionFlopsName(d.attentionFlops)));
    parts << (d.tpCommunication ? QObject::tr("TP comm on") : QObject::tr("TP comm off"));
    parts << QObject::tr("mfu %1 mbu %2")
                 .arg(q(model::formatPlain(d.mfu)), q(model::formatPlain(d.mbu)));
    if (d.memoryUtilization != 1)
        parts << QObject::tr("HBM use %1").arg(q(model::formatPlain(d.memoryUtilization)));
    if (d.reservedBytesPerGpu > 0)
        parts << QObject::tr("reserved %1/GPU")
                     .arg(q(model::trimZeros(
                         model::formatBytes(d.reservedBytesPerGpu, model::ByteUnits::Binary))));
    return parts;
}

QString scenarioCaption(const model::Scenario &scenario)
{
    return (scenarioParts(scenario) + conventionParts(scenario) << exportCreator())
        .join(QStringLiteral(" · "));
}

QImage renderImage(const model::Scenario &scenario, ExportChart chart, const ExportOptions &options)
{
    requireExportSize(ExportFormat::Png, options);
    const Sheet sheet(scenario, chart, options);
    return figureImage(options,
                       [&](QCPPainter &painter, bool vector) { sheet.paint(painter, vector); });
}

std::vector<model::Series> plottedSeries(const model::Scenario &scenario, ExportChart chart,
                                         const ExportOptions &options)
{
    requireExportSize(ExportFormat::Csv, options);
    const model::ExplorerData data = model::explorerData(scenario);
    const QList<const ChartKind *> kinds =
        chart.isDashboard() ? chartPageKinds() : QList<const ChartKind *>{chart.kind};
    std::vector<model::Series> all;
    for (const ChartKind *kind : kinds) {
        if (!kind->series)
            continue;
        for (model::Series &s : kind->series(data)) {
            if (chart.isDashboard())
                s.name = chartKindTitle(*kind).toStdString() + ": " + s.name;
            all.push_back(std::move(s));
        }
    }
    return all;
}

QByteArray renderExport(const model::Scenario &scenario, ExportChart chart, ExportFormat format,
                        const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Png:
        return pngBytes(renderImage(scenario, chart, options));
    case ExportFormat::Csv:
        if (chart.kind && chart.kind->csv) {
            requireExportSize(format, options);
            return QByteArray::fromStdString(chart.kind->csv(scenario));
        }
        return QByteArray::fromStdString(model::seriesCsv(plottedSeries(scenario, chart, options)));
    case ExportFormat::Markdown:
        throw model::InputError("", "--out", "", "a chart exports as .png, .svg, .pdf or .csv");
    case ExportFormat::Svg:
    case ExportFormat::Pdf:
        break;
    }
    requireExportSize(format, options);
    const Sheet sheet(scenario, chart, options);
    const auto paint = [&](QCPPainter &painter, bool vector) {
        sheet.paint(painter, vector);
    };
    return format == ExportFormat::Svg ? figureSvg(options, sheet.title(), sheet.caption(), paint)
                                       : figurePdf(options, sheet.title(), paint);
}

void paintFigure(QCPPainter &painter, const model::Scenario &scenario, ExportChart chart,
                 const ExportOptions &options, bool vector, model::TourHighlight highlight)
{
    const Sheet sheet(scenario, chart, options, highlight);
    sheet.paint(painter, vector);
}

void exportChart(const model::Scenario &scenario, ExportChart chart, const ExportOptions &options,
                 const QString &path)
{
    const std::optional<ExportFormat> format = formatFromPath(path);
    if (!format)
        throw model::InputError("", "--out", path.toStdString(),
                                "expected a .png, .svg, .pdf or .csv file");
    const QByteArray bytes = renderExport(scenario, chart, *format, options);
    model::writeFileAtomically(path.toStdString(), bytes.toStdString());
}

void requireExportSize(ExportFormat format, const ExportOptions &options)
{
    const QString problem = checkExportSize(options.size, options.scale, format);
    if (!problem.isEmpty())
        throw model::InputError("", "--size",
                                QStringLiteral("%1x%2 at scale %3")
                                    .arg(options.size.width())
                                    .arg(options.size.height())
                                    .arg(options.scale)
                                    .toStdString(),
                                problem.toStdString());
}

} // namespace kvscope::widgets
