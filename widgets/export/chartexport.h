// SPDX-License-Identifier: GPL-3.0-or-later
// Export rendering: one chart or the dashboard, drawn for one scenario at one size, as a PNG, SVG
// or PDF, or the CSV of exactly the data the chart plots. A pure function of its inputs
// (style.md habit 9): the window's export dialog, "Copy chart as image" and `kvscope export` all
// call it, so the same scenario and options give the same bytes, with or without a display.
//
// The charts are the window's own classes, built offscreen and fed the scenario's
// model::explorerData. The plots are drawn through QCustomPlot::toPainter (never its raster
// buffers), so SVG and PDF stay vector and a scaled PNG is sharp.
#pragma once

#include "chartdata.h"
#include "theme.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QCPPainter;

namespace kvscope::widgets {

class ChartWidget;

enum class ExportChart
{
    Memory,
    Latency,
    Concurrency,
    Switching,
    Timeline,  ///< registered by the timeline chart when it is part of the build
    Dashboard, ///< the metrics strip and the four explorer charts, as the window shows them
};

enum class ExportFormat
{
    Png,
    Svg,
    Pdf,
    Csv
};

/// Sizes an export accepts (logical pixels per side; PDF points) and its PNG scale factor.
inline constexpr int kMinExportSide = 16;
inline constexpr int kMaxExportSide = 16384;
inline constexpr double kMinExportScale = 0.5;
inline constexpr double kMaxExportScale = 8;
/// A PNG larger than this many pixels (size x scale, each side) is refused: QImage cannot hold it.
inline constexpr int kMaxExportPixelsPerSide = 32768;
inline constexpr qint64 kMaxExportPixels = 256ll * 1024 * 1024;

/// The machine's physical memory in bytes (0 when the system does not say).
qint64 physicalMemoryBytes();

struct ExportOptions
{
    QSize size{1920, 1080};   ///< logical pixels; the PDF page in points; the SVG view box
    double scale = 1;         ///< PNG pixels per logical pixel (2 for a high-DPI screen)
    bool transparent = false; ///< PNG and SVG: no background fill behind the charts
    bool caption = true;      ///< a line under the chart naming the scenario it shows
    Theme theme = makeTheme(false, false);
    model::ByteUnits byteUnits = model::ByteUnits::Binary;
    bool latencyLogScale = true; ///< the latency chart's time axis, as its "Log scale" box
};

/// One plotted series for the CSV: y over x, with the unit of y.
struct ExportSeries
{
    QString name;
    QString unit;
    std::vector<double> x; ///< context, tokens
    std::vector<double> y;
};

/// How the exporter builds, feeds and reads back one chart class. The four explorer charts are
/// registered by default; another chart (the session timeline) adds itself with
/// registerChartExporter().
struct ChartExporter
{
    QString title;
    std::function<ChartWidget *()> create;
    std::function<void(ChartWidget *, const model::ExplorerData &, const ExportOptions &)> show;
    /// The series the chart plotted from its last input, for the CSV.
    std::function<QList<ExportSeries>(const ChartWidget *)> series;
    /// A chart whose data is not a curve along context (the timeline's segments) writes its own
    /// CSV; when set, it replaces seriesCsv(series()).
    std::function<QByteArray(const ChartWidget *)> csv;
};

void registerChartExporter(ExportChart chart, ChartExporter exporter);
/// How to build and feed one chart kind; nullptr for the dashboard or an unregistered kind.
const ChartExporter *chartExporter(ExportChart chart);
/// False for a chart kind no class has registered (the timeline before its chart exists).
bool isChartAvailable(ExportChart chart);

/// The command-line name: "memory", "latency", "concurrency", "switching", "timeline", "all".
QString chartId(ExportChart chart);
std::optional<ExportChart> chartFromId(const QString &id);
/// "HBM occupancy", ..., "Dashboard".
QString chartTitle(ExportChart chart);
/// Every kind, in menu order (available or not).
QList<ExportChart> exportCharts();

QString formatExtension(ExportFormat format);
/// From the file name's extension, case-insensitively; nullopt for anything else.
std::optional<ExportFormat> formatFromPath(const QString &path);

/// Empty when `size` and `scale` are within the limits above, otherwise what is wrong. A PNG's
/// image (4 bytes a pixel, the one full-size copy an export holds) must also fit in half of
/// `memoryBytes`, the machine's physical memory unless given, so a size that cannot fit is
/// refused with its need and the limit before anything is allocated.
QString checkExportSize(QSize size, double scale, ExportFormat format = ExportFormat::Png,
                        qint64 memoryBytes = physicalMemoryBytes());

/// "Yi-34B-200K (34B, recounted) · 1 × NVIDIA A100 SXM4 80GB · 50K tokens · 250 out · batch 1 ·
/// bf16/bf16 · attention FLOP: paper · TP comm off · mfu 1 mbu 1 · kvscope 0.1.0": everything
/// the chart depends on, so an exported figure can be traced to its inputs.
QString scenarioCaption(const model::Scenario &scenario);

/// The chart drawn into an image of size x scale pixels (device pixel ratio = scale),
/// premultiplied ARGB when transparent. Needs a QApplication (any platform, offscreen included).
QImage renderImage(const model::Scenario &scenario, ExportChart chart,
                   const ExportOptions &options);

/// The plotted series of a chart (every chart's for the dashboard, their names prefixed).
QList<ExportSeries> plottedSeries(const model::Scenario &scenario, ExportChart chart,
                                  const ExportOptions &options);
/// One row per context sample (the union over the series), a column per series, units in the
/// header, an empty cell where a series has no sample.
QByteArray seriesCsv(const QList<ExportSeries> &series);

/// The building blocks of any offscreen figure made of chart widgets (the comparison image too):
/// runs the pending layout requests so legends and plots take their final sizes.
void settleLayouts();
/// Shrinks the paint buffers of every plot under `root`, for a figure of `size` logical pixels: an
/// export draws plots with toPainter, straight onto its image, so their own buffers (three per
/// plot, each the plot's size) are never shown, and at a 16384-pixel export would take three
/// times the image's memory. Call it before the plots are laid out at their final size.
void shrinkPaintBuffers(QWidget *root, QSize size);
/// The buffer device pixel ratio shrinkPaintBuffers() gives the plots of a `size` figure: a plot
/// buffer of at most about 512 pixels a side (1 up to 512).
double exportBufferRatio(QSize size);
/// Lays out a chart's plot at its final size and applies the export's look (background, theme).
void prepareChartForExport(ChartWidget *chart, const ExportOptions &options);
/// Draws a chart at `origin`: its title row and legend as the window paints them, the plot through
/// QCustomPlot::toPainter (`vector` keeps it as paths and text).
void paintChartWidget(QCPPainter &painter, ChartWidget *chart, QPoint origin, bool vector);

/// PNG bytes of an image, at the compression every export uses.
QByteArray pngBytes(const QImage &image);

/// The file's bytes in `format`. Deterministic: equal inputs give equal bytes.
QByteArray renderExport(const model::Scenario &scenario, ExportChart chart, ExportFormat format,
                        const ExportOptions &options);

/// Renders in memory and replaces `path` atomically (model::writeFileAtomically), the format
/// taken from its extension. Throws model::InputError naming the path (unknown extension,
/// missing folder, read-only, disk full) or the option (size, unavailable chart); a failure
/// leaves no partial file.
void exportChart(const model::Scenario &scenario, ExportChart chart, const ExportOptions &options,
                 const QString &path);

} // namespace kvscope::widgets
