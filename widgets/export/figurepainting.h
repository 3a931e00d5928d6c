// SPDX-License-Identifier: GPL-3.0-or-later
// The building blocks of any offscreen figure made of chart widgets (a chart export, the
// dashboard, the comparison): settle the layouts, keep the plots' own buffers small, draw a
// chart's title row, legend and plot onto one painter, draw the caption, and turn a figure's
// painting into a PNG image, an SVG or a PDF page.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QPoint>
#include <QSize>
#include <QString>

#include <functional>

class QCPPainter;
class QWidget;

namespace kvscope::widgets {

class ChartWidget;
struct ExportOptions;

/// Runs the pending layout requests so legends and plots take their final sizes.
void settleLayouts();
/// The image a PNG export paints on: size x scale pixels at the scale's device-pixel ratio,
/// filled with the theme's background (or transparent). Throws InputError naming --size when
/// memory cannot hold it.
QImage blankFigureImage(const ExportOptions &options);
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

/// A figure's drawing, in logical coordinates from (0, 0) to the export's size; `vector` keeps
/// the plots as paths and text (SVG, PDF).
using FigurePaint = std::function<void(QCPPainter &painter, bool vector)>;

/// The figure painted on blankFigureImage(options).
QImage figureImage(const ExportOptions &options, const FigurePaint &paint);
/// The figure as an SVG with a view box of options.size; `title` and `description` go into its
/// <title> and <desc>.
QByteArray figureSvg(const ExportOptions &options, const QString &title, const QString &description,
                     const FigurePaint &paint);
/// The figure as a PDF of one page of exactly options.size in points.
QByteArray figurePdf(const ExportOptions &options, const QString &title, const FigurePaint &paint);

/// The height the caption takes at the bottom of a figure of options.size (its lines wrapped to
/// the width; at most a third of the height); 0 for no caption.
int captionHeight(const QString &caption, const ExportOptions &options);
/// Draws the caption at the bottom of the figure, in the theme's muted colour.
void paintCaption(QCPPainter &painter, const QString &caption, const ExportOptions &options);

} // namespace kvscope::widgets
