// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "concurrencychart.h"
#include "csvfield.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "latencychart.h"
#include "memorychart.h"
#include "metricsstrip.h"
#include "modeltext.h"
#include "sessionlayout.h"
#include "switchingchart.h"
#include "timelinechart.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QGridLayout>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <memory>
#include <set>

#include <unistd.h>

#ifndef KVSCOPE_VERSION
#define KVSCOPE_VERSION "unknown"
#endif

namespace kvscope::widgets {

namespace {

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Columns from equal-length vectors sharing one x vector.
ExportSeries column(const QString &name, const QString &unit, const std::vector<double> &x,
                    const std::vector<double> &y)
{
    return {name, unit, x, y};
}

QList<ExportSeries> memorySeries(const ChartWidget *widget)
{
    const auto *chart = static_cast<const MemoryChart *>(widget);
    const model::MemoryCurves &d = chart->data();
    const std::array<const std::vector<double> *, MemoryChart::BandCount> layers = {
        &d.weights, &d.reserved, &d.residentKv, &d.free, &d.unusable};
    QList<ExportSeries> series;
    for (int band = 0; band < MemoryChart::BandCount; ++band) {
        const QCPGraph *graph = chart->band(MemoryChart::Band(band));
        if (graph->visible())
            series << column(graph->name(), "B", d.context, *layers[std::size_t(band)]);
    }
    series << column(QObject::tr("HBM capacity"), "B", d.context,
                     std::vector<double>(d.context.size(), d.capacity));
    return series;
}

QList<ExportSeries> latencySeries(const ChartWidget *widget)
{
    const auto *chart = static_cast<const LatencyChart *>(widget);
    const model::LatencyCurves &d = chart->data();
    const std::array<const std::vector<double> *, LatencyChart::SeriesCount> layers = {
        &d.prefillLinear, &d.prefillAttention, &d.prefillComm, &d.decodeWeights,
        &d.decodeKv,      &d.decodeCompute,    &d.decodeComm};
    QList<ExportSeries> series;
    for (int i = 0; i < LatencyChart::SeriesCount; ++i) {
        const QCPGraph *graph = chart->series(LatencyChart::Series(i));
        if (!graph->visible())
            continue;
        // The two plots share series names (TP communication); the column says which plot.
        const QString plot = i <= LatencyChart::PrefillComm ? QObject::tr("Prefill")
                                                            : QObject::tr("Decode per token");
        series << column(plot + ": " + graph->name(), "s", d.context, *layers[std::size_t(i)]);
    }
    return series;
}

QList<ExportSeries> concurrencySeries(const ChartWidget *widget)
{
    const auto *chart = static_cast<const ConcurrencyChart *>(widget);
    QList<ExportSeries> series;
    for (int i = 0; i < int(chart->data().size()); ++i) {
        const model::ConcurrencyCurve &c = chart->data()[std::size_t(i)];
        series << column(chart->curveGraph(i)->name(), "users", c.context, c.users);
    }
    return series;
}

QList<ExportSeries> switchingSeries(const ChartWidget *widget)
{
    const auto *chart = static_cast<const SwitchingChart *>(widget);
    const model::SwitchingCurves &d = chart->data();
    return {column(chart->switchGraph()->name(), "s", d.context, d.switchSeconds),
            column(chart->prefillGraph()->name(), "s", d.context, d.prefillSeconds)};
}

/// The timeline plots segments, not curves along context: its CSV is the segment table instead.
QByteArray timelineCsv(const ChartWidget *widget)
{
    const auto *chart = static_cast<const TimelineChart *>(widget);
    return QByteArray::fromStdString(model::sessionSegmentsCsv(chart->schedule()));
}

template <typename Chart> ChartExporter builtin(QList<ExportSeries> (*series)(const ChartWidget *))
{
    ChartExporter e;
    e.create = [] {
        return new Chart;
    };
    e.show = [](ChartWidget *chart, const model::ExplorerData &data, const ExportOptions &) {
        static_cast<Chart *>(chart)->showData(data);
    };
    e.series = series;
    return e;
}

std::map<ExportChart, ChartExporter> &registry()
{
    static std::map<ExportChart, ChartExporter> charts = [] {
        std::map<ExportChart, ChartExporter> r;
        r[ExportChart::Memory] = builtin<MemoryChart>(memorySeries);
        r[ExportChart::Latency] = builtin<LatencyChart>(latencySeries);
        r[ExportChart::Latency].show = [](ChartWidget *chart, const model::ExplorerData &data,
                                          const ExportOptions &options) {
            auto *latency = static_cast<LatencyChart *>(chart);
            latency->setLogScale(options.latencyLogScale);
            latency->showData(data);
        };
        r[ExportChart::Concurrency] = builtin<ConcurrencyChart>(concurrencySeries);
        r[ExportChart::Switching] = builtin<SwitchingChart>(switchingSeries);
        r[ExportChart::Timeline] =
            builtin<TimelineChart>([](const ChartWidget *) { return QList<ExportSeries>(); });
        r[ExportChart::Timeline].csv = timelineCsv;
        return r;
    }();
    return charts;
}

QList<ExportChart> dashboardCharts()
{
    return {ExportChart::Memory, ExportChart::Latency, ExportChart::Concurrency,
            ExportChart::Switching};
}

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
    Sheet(const model::Scenario &scenario, ExportChart chart, const ExportOptions &options)
        : m_options(options), m_data(model::explorerData(scenario))
    {
        if (chart != ExportChart::Dashboard && !isChartAvailable(chart))
            throw model::InputError("", "--chart", chartId(chart).toStdString(),
                                    "the " + chartId(chart).toStdString() +
                                        " chart is not part of this build");
        if (options.caption)
            m_caption = scenarioCaption(scenario);

        m_root = std::make_unique<QWidget>();
        m_root->setAttribute(Qt::WA_DontShowOnScreen);
        QPalette palette = themePalette(options.theme);
        palette.setColor(QPalette::Window,
                         options.transparent ? QColor(Qt::transparent) : options.theme.background);
        m_root->setPalette(palette);
        m_root->setFont(exportFont(options.theme));

        const QList<ExportChart> kinds =
            chart == ExportChart::Dashboard ? dashboardCharts() : QList<ExportChart>{chart};
        auto *layout = new QVBoxLayout(m_root.get());
        layout->setContentsMargins(4, 4, 4, 4);
        layout->setSpacing(4);
        if (chart == ExportChart::Dashboard) {
            m_metrics = new MetricsStrip;
            m_metrics->setTheme(options.theme);
            m_metrics->setByteUnits(options.byteUnits);
            layout->addWidget(m_metrics);
        }
        auto *grid = new QGridLayout;
        grid->setSpacing(4);
        layout->addLayout(grid, 1);
        for (int i = 0; i < kinds.size(); ++i) {
            const ChartExporter &exporter = registry().at(kinds[i]);
            ChartWidget *widget = exporter.create();
            widget->setTheme(options.theme);
            widget->setByteUnits(options.byteUnits);
            // Controls (the latency chart's "Log scale" box) belong to the window, not the figure.
            for (QAbstractButton *button : widget->findChildren<QAbstractButton *>())
                button->hide();
            grid->addWidget(widget, i / 2, i % 2);
            m_charts.append({widget, &exporter, kinds[i]});
        }
        for (int i = 0; i < std::min<int>(2, int(kinds.size())); ++i) {
            grid->setRowStretch(i, 1);
            grid->setColumnStretch(i, 1);
        }
        shrinkPaintBuffers(m_root.get(), options.size);
        m_root->resize(options.size.width(), std::max(1, options.size.height() - captionHeight()));

        // Shown but never mapped: the layouts run and every widget gets its resize event, as in
        // the window.
        m_root->show();

        if (m_metrics)
            m_metrics->showData(m_data);
        for (const Placed &placed : std::as_const(m_charts))
            placed.exporter->show(placed.widget, m_data, options);
        settleLayouts();
        for (const Placed &placed : std::as_const(m_charts))
            prepareChartForExport(placed.widget, options);
    }

    /// The chart's own CSV when it writes one (a single chart only), else empty.
    QByteArray ownCsv() const
    {
        if (m_charts.size() != 1 || !m_charts.front().exporter->csv)
            return {};
        return m_charts.front().exporter->csv(m_charts.front().widget);
    }

    QList<ExportSeries> series() const
    {
        QList<ExportSeries> all;
        for (const Placed &placed : m_charts) {
            QList<ExportSeries> own = placed.exporter->series(placed.widget);
            if (m_charts.size() > 1)
                for (ExportSeries &s : own)
                    s.name = chartTitle(placed.kind) + ": " + s.name;
            all << own;
        }
        return all;
    }

    /// Draws everything in logical coordinates (0, 0) to size; `vector` keeps the plots as
    /// paths and text (SVG, PDF).
    void paint(QCPPainter &painter, bool vector) const
    {
        const QSize size = m_options.size;
        if (!m_options.transparent)
            painter.fillRect(QRect(QPoint(), size), m_options.theme.background);
        painter.setRenderHint(QPainter::TextAntialiasing);
        if (m_metrics)
            m_metrics->render(&painter, m_metrics->mapTo(m_root.get(), QPoint()), QRegion(),
                              QWidget::DrawChildren);
        for (const Placed &placed : m_charts)
            paintChartWidget(painter, placed.widget, placed.widget->mapTo(m_root.get(), QPoint()),
                             vector);
        if (!m_caption.isEmpty()) {
            const QRect box(kCaptionMargin, size.height() - captionHeight(),
                            size.width() - 2 * kCaptionMargin, captionHeight());
            painter.setFont(captionFont());
            painter.setPen(m_options.theme.muted);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_caption);
        }
    }

    QString title() const
    {
        return m_charts.size() == 1 ? m_charts.front().widget->title()
                                    : chartTitle(ExportChart::Dashboard);
    }
    const QString &caption() const { return m_caption; }

private:
    static constexpr int kCaptionMargin = 10;

    QFont captionFont() const { return m_options.theme.font(9); }

    int captionHeight() const
    {
        if (m_caption.isEmpty())
            return 0;
        const QFontMetrics metrics(captionFont());
        const int width = std::max(1, m_options.size.width() - 2 * kCaptionMargin);
        const QRect text =
            metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, m_caption);
        return std::min(text.height() + 8, m_options.size.height() / 3);
    }

    struct Placed
    {
        ChartWidget *widget;
        const ChartExporter *exporter;
        ExportChart kind;
    };

    ExportOptions m_options;
    model::ExplorerData m_data;
    QString m_caption;
    std::unique_ptr<QWidget> m_root;
    MetricsStrip *m_metrics = nullptr;
    QList<Placed> m_charts;
};

/// The dots per inch fonts are laid out at, so vector output matches the window and the PNG.
int layoutDpi()
{
    return QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiX();
}

QByteArray svgBytes(const Sheet &sheet, const ExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(), options.size));
    svg.setResolution(layoutDpi());
    svg.setTitle(sheet.title());
    svg.setDescription(sheet.caption());
    QCPPainter painter(&svg);
    sheet.paint(painter, true);
    painter.end();
    return bytes;
}

QByteArray pdfBytes(const Sheet &sheet, const ExportOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("kvscope " KVSCOPE_VERSION));
    pdf.setTitle(sheet.title());
    // A page of exactly the requested size in points, drawn in the window's logical pixels.
    pdf.setPageLayout(QPageLayout(
        QPageSize(QSizeF(options.size), QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()));
    pdf.setResolution(layoutDpi());
    QCPPainter painter(&pdf);
    // A world transform, not a window: QWidget::render follows the world transform only.
    painter.scale(double(pdf.width()) / options.size.width(),
                  double(pdf.height()) / options.size.height());
    sheet.paint(painter, true);
    painter.end();
    return bytes;
}

QString csvField(const QString &text)
{
    return QString::fromStdString(model::csvField(text.toStdString()));
}

void checkOptions(ExportChart chart, ExportFormat format, const ExportOptions &options)
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
    if (chart != ExportChart::Dashboard && !isChartAvailable(chart))
        throw model::InputError("", "--chart", chartId(chart).toStdString(),
                                "the " + chartId(chart).toStdString() +
                                    " chart is not part of this build");
}

} // namespace

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // zlib level 2 (quality 70): a slide PNG encodes in two thirds of the default level's time
    // for 6 % more bytes, and the encoder is most of an export's time.
    image.save(&buffer, "PNG", 70);
    return bytes;
}

void registerChartExporter(ExportChart chart, ChartExporter exporter)
{
    registry()[chart] = std::move(exporter);
}

const ChartExporter *chartExporter(ExportChart chart)
{
    const auto it = registry().find(chart);
    return it == registry().end() ? nullptr : &it->second;
}

void settleLayouts()
{
    // The legends take the height their entries need at their width, which moves the plots:
    // settle the layouts (a request may post another) before laying out the plots.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

double exportBufferRatio(QSize size)
{
    return std::min(1.0, 512.0 / std::max({size.width(), size.height(), 1}));
}

void shrinkPaintBuffers(QWidget *root, QSize size)
{
    const double ratio = exportBufferRatio(size);
    for (QCustomPlot *plot : root->findChildren<QCustomPlot *>()) {
        plot->setBufferDevicePixelRatio(ratio);
        // Cached tick labels are pixmaps at the buffer's ratio, and the layout measures them:
        // measure the text itself, as at full size.
        plot->setPlottingHint(QCP::phCacheLabels, false);
    }
}

void prepareChartForExport(ChartWidget *chart, const ExportOptions &options)
{
    // A chart fits its ticks to its plot's height, which is known once the plot has been laid
    // out with the data: lay out, then redraw at the final size.
    QCustomPlot *plot = chart->plot();
    plot->setViewport(plot->rect());
    for (auto phase :
         {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        plot->plotLayout()->update(phase);
    chart->setTheme(options.theme);
    if (options.transparent) {
        plot->setBackground(Qt::NoBrush);
        for (QCPAxisRect *rect : plot->axisRects())
            rect->setBackground(Qt::NoBrush);
        Theme clear = options.theme;
        clear.background = Qt::transparent;
        chart->legend()->setTheme(clear);
    }
}

void paintChartWidget(QCPPainter &painter, ChartWidget *chart, QPoint origin, bool vector)
{
    // The title row and the legend as the window paints them; the plot itself through
    // toPainter, which draws every layer straight onto the painter.
    for (QWidget *child : chart->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child == chart->plot() || child->isHidden())
            continue;
        child->render(&painter, origin + child->pos(), QRegion(), QWidget::DrawChildren);
    }
    QCustomPlot *plot = chart->plot();
    painter.save();
    painter.translate(origin + plot->pos());
    painter.setClipRect(QRect(QPoint(), plot->size()));
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmVectorized, vector);
    plot->toPainter(&painter, plot->width(), plot->height());
    painter.restore();
}

bool isChartAvailable(ExportChart chart)
{
    if (chart == ExportChart::Dashboard)
        return true;
    return registry().count(chart) > 0;
}

QString chartId(ExportChart chart)
{
    switch (chart) {
    case ExportChart::Memory:
        return QStringLiteral("memory");
    case ExportChart::Latency:
        return QStringLiteral("latency");
    case ExportChart::Concurrency:
        return QStringLiteral("concurrency");
    case ExportChart::Switching:
        return QStringLiteral("switching");
    case ExportChart::Timeline:
        return QStringLiteral("timeline");
    case ExportChart::Dashboard:
        return QStringLiteral("all");
    }
    return {};
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
    switch (chart) {
    case ExportChart::Memory:
        return QObject::tr("HBM occupancy");
    case ExportChart::Latency:
        return QObject::tr("Latency");
    case ExportChart::Concurrency:
        return QObject::tr("Concurrency ceiling");
    case ExportChart::Switching:
        return QObject::tr("Context switching");
    case ExportChart::Timeline:
        return QObject::tr("Session timeline");
    case ExportChart::Dashboard:
        return QObject::tr("Dashboard (numbers and the four charts)");
    }
    return {};
}

QList<ExportChart> exportCharts()
{
    return {ExportChart::Memory,    ExportChart::Latency,  ExportChart::Concurrency,
            ExportChart::Switching, ExportChart::Timeline, ExportChart::Dashboard};
}

QString formatExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ExportFormat> formatFromPath(const QString &path)
{
    const qsizetype dot = path.lastIndexOf('.');
    if (dot < 0 || path.indexOf('/', dot) >= 0)
        return std::nullopt;
    const QString ext = path.mid(dot + 1).toLower();
    for (ExportFormat format :
         {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv})
        if (formatExtension(format) == ext)
            return format;
    return std::nullopt;
}

qint64 physicalMemoryBytes()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    return pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : 0;
}

QString checkExportSize(QSize size, double scale, ExportFormat format, qint64 memoryBytes)
{
    const auto inRange = [](int side) {
        return side >= kMinExportSide && side <= kMaxExportSide;
    };
    if (!inRange(size.width()) || !inRange(size.height()))
        return QObject::tr("each side must be from %1 to %2")
            .arg(kMinExportSide)
            .arg(kMaxExportSide);
    if (!(scale >= kMinExportScale && scale <= kMaxExportScale))
        return QObject::tr("the scale must be from %1 to %2")
            .arg(kMinExportScale)
            .arg(kMaxExportScale);
    if (format == ExportFormat::Png) {
        const double w = std::ceil(size.width() * scale);
        const double h = std::ceil(size.height() * scale);
        if (w > kMaxExportPixelsPerSide || h > kMaxExportPixelsPerSide ||
            w * h > double(kMaxExportPixels))
            return QObject::tr("%1 × %2 pixels is more than a PNG export can hold (%3 pixels a "
                               "side, %4 megapixels)")
                .arg(w)
                .arg(h)
                .arg(kMaxExportPixelsPerSide)
                .arg(kMaxExportPixels / (1024 * 1024));
        const double imageBytes = w * h * 4;
        if (memoryBytes > 0 && imageBytes > memoryBytes / 2.0)
            return QObject::tr("%1 × %2 pixels needs %3 for the image, more than the %4 an export "
                               "may use (half of this machine's memory)")
                .arg(w)
                .arg(h)
                .arg(q(model::formatBytes(imageBytes, model::ByteUnits::Binary)),
                     q(model::formatBytes(memoryBytes / 2.0, model::ByteUnits::Binary)));
    }
    return {};
}

QString scenarioCaption(const model::Scenario &scenario)
{
    const model::Deployment &d = scenario.deployment;
    const model::ModelSpec evaluated = model::explorerData(scenario, 2).model;
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
                 .arg(q(scenario.hardware.name),
                      q(model::trimZeros(model::formatBytes(scenario.hardware.hbmBytes,
                                                            model::ByteUnits::Binary))));
    parts << QObject::tr("%1 tokens").arg(q(model::formatTokens(d.context)));
    parts << QObject::tr("%1 out").arg(q(model::formatTokens(d.outputTokens)));
    parts << QObject::tr("batch %1").arg(d.batch);
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
    parts << QStringLiteral("kvscope " KVSCOPE_VERSION);
    return parts.join(QStringLiteral(" · "));
}

QImage renderImage(const model::Scenario &scenario, ExportChart chart, const ExportOptions &options)
{
    checkOptions(chart, ExportFormat::Png, options);
    const Sheet sheet(scenario, chart, options);
    const QSize pixels(int(std::ceil(options.size.width() * options.scale)),
                       int(std::ceil(options.size.height() * options.scale)));
    QImage image(pixels,
                 options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull())
        throw model::InputError("", "--size", "", "not enough memory for the image");
    image.setDevicePixelRatio(options.scale);
    image.fill(options.transparent ? QColor(Qt::transparent) : options.theme.background);
    QCPPainter painter(&image);
    sheet.paint(painter, false);
    painter.end();
    return image;
}

QList<ExportSeries> plottedSeries(const model::Scenario &scenario, ExportChart chart,
                                  const ExportOptions &options)
{
    checkOptions(chart, ExportFormat::Csv, options);
    return Sheet(scenario, chart, options).series();
}

QByteArray seriesCsv(const QList<ExportSeries> &series)
{
    std::set<double> xs;
    for (const ExportSeries &s : series)
        xs.insert(s.x.begin(), s.x.end());
    QStringList header{QStringLiteral("context [tokens]")};
    std::vector<std::map<double, double>> columns;
    for (const ExportSeries &s : series) {
        header << csvField(QStringLiteral("%1 [%2]").arg(s.name, s.unit));
        std::map<double, double> values;
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i)
            values.emplace(s.x[i], s.y[i]);
        columns.push_back(std::move(values));
    }
    std::string csv = header.join(',').toStdString() + "\n";
    for (double x : xs) {
        csv += model::formatPlain(x);
        for (const auto &values : columns) {
            csv += ',';
            if (const auto it = values.find(x); it != values.end())
                csv += model::formatPlain(it->second);
        }
        csv += '\n';
    }
    return QByteArray::fromStdString(csv);
}

QByteArray renderExport(const model::Scenario &scenario, ExportChart chart, ExportFormat format,
                        const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Png:
        return pngBytes(renderImage(scenario, chart, options));
    case ExportFormat::Csv: {
        checkOptions(chart, format, options);
        const Sheet sheet(scenario, chart, options);
        const QByteArray own = sheet.ownCsv();
        return own.isEmpty() ? seriesCsv(sheet.series()) : own;
    }
    case ExportFormat::Svg:
    case ExportFormat::Pdf:
        break;
    }
    checkOptions(chart, format, options);
    const Sheet sheet(scenario, chart, options);
    return format == ExportFormat::Svg ? svgBytes(sheet, options) : pdfBytes(sheet, options);
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

} // namespace kvscope::widgets
