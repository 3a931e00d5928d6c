// SPDX-License-Identifier: GPL-3.0-or-later
// Export rendering: one chart or the dashboard, drawn for one scenario at one size, as a PNG, SVG
// or PDF, or the CSV of exactly the data the chart plots. A pure function of its inputs
// (style.md habit 9): the window's export dialog, "Copy chart as image" and `kvscope export` all
// call it, so the same scenario and options give the same bytes, with or without a display.
//
// The charts are the window's own classes from the table of chart kinds, built offscreen and fed
// the scenario's model::explorerData; the CSV comes from each kind's model file. The plots are
// drawn through QCustomPlot::toPainter (never its raster buffers), so SVG and PDF stay vector and
// a scaled PNG is sharp.
#pragma once

#include "chartkinds.h"
#include "exportformat.h"
#include "figurepainting.h"
#include "theme.h"
#include "tour.h"
#include "units.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kvscope::widgets {

/// What an export draws: one chart kind, or the dashboard (the metrics strip above the window's
/// chart page) when `kind` is null.
struct ExportChart
{
    const ChartKind *kind = nullptr;

    static ExportChart dashboard() { return {}; }
    bool isDashboard() const { return kind == nullptr; }
    bool operator==(const ExportChart &) const = default;
};

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

/// Throws InputError naming --size, the size and scale and what is wrong when checkExportSize()
/// refuses them for `format`.
void requireExportSize(ExportFormat format, const ExportOptions &options);

/// The command-line name: a chart kind's id ("memory", "timeline"), or "all" for the dashboard.
QString chartId(ExportChart chart);
std::optional<ExportChart> chartFromId(const QString &id);
/// "HBM occupancy", ..., "Dashboard (numbers and the four charts)".
QString chartTitle(ExportChart chart);
/// Every chart kind in menu order, then the dashboard.
QList<ExportChart> exportCharts();

/// "Yi-34B-200K (34B, recounted) · 1 × NVIDIA A100 SXM4 80GB · 50K tokens · 250 out · batch 1 ·
/// bf16/bf16 · attention FLOP: paper · TP comm off · mfu 1 mbu 1 · kvscope 0.1.0": everything
/// the chart depends on, so an exported figure can be traced to its inputs. It is
/// scenarioParts(), conventionParts() and exportCreator().
QString scenarioCaption(const model::Scenario &scenario);
/// What the caption says of the scenario: the model and its parameter count (recounted or
/// rescaled), GPUs × hardware with its HBM, context, output tokens and batch.
QStringList scenarioParts(const model::Scenario &scenario);
/// The conventions in force: weight/KV dtypes, KV compression (when any), attention FLOP
/// convention, TP communication, mfu and mbu, HBM utilisation and reserve (when not the default).
QStringList conventionParts(const model::Scenario &scenario);
/// "kvscope 0.1.0": what drew an exported figure (its caption's end, a PDF's creator).
QString exportCreator();

/// The chart drawn into an image of size x scale pixels (device pixel ratio = scale),
/// premultiplied ARGB when transparent. Needs a QApplication (any platform, offscreen included).
QImage renderImage(const model::Scenario &scenario, ExportChart chart,
                   const ExportOptions &options);

/// Draws the chart into `painter` from (0, 0) to options.size, as an export of it shows it
/// (options.transparent and options.scale are the caller's business): the building block of a
/// larger figure such as a tour's slide. With a `highlight`, the dashboard frames that metric
/// card. `vector` keeps the plots as paths and text (PDF, SVG). Needs a QApplication; the caller
/// checks the size (checkExportSize).
void paintFigure(QCPPainter &painter, const model::Scenario &scenario, ExportChart chart,
                 const ExportOptions &options, bool vector,
                 model::TourHighlight highlight = model::TourHighlight::None);

/// The plotted series of a chart (every chart's for the dashboard, their names prefixed with the
/// chart's title).
std::vector<model::Series> plottedSeries(const model::Scenario &scenario, ExportChart chart,
                                         const ExportOptions &options);

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
