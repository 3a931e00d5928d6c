// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurepainting.h"

#include "chartexport.h"
#include "chartwidget.h"
#include "inputerror.h"
#include "plotwidget.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

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

QImage blankFigureImage(const ExportOptions &options)
{
    const QSize pixels(int(std::ceil(options.size.width() * options.scale)),
                       int(std::ceil(options.size.height() * options.scale)));
    QImage image(pixels,
                 options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (image.isNull())
        throw model::InputError("", "--size", "", "not enough memory for the image");
    image.setDevicePixelRatio(options.scale);
    image.fill(options.transparent ? QColor(Qt::transparent) : options.theme.background);
    return image;
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

namespace {

constexpr int kFigureCaptionMargin = 10;

QFont figureCaptionFont(const ExportOptions &options)
{
    return options.theme.font(9);
}

/// The dots per inch fonts are laid out at, so vector output matches the window and the PNG.
int figureLayoutDpi()
{
    return QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiX();
}

} // namespace

QImage figureImage(const ExportOptions &options, const FigurePaint &paint)
{
    QImage image = blankFigureImage(options);
    QCPPainter painter(&image);
    paint(painter, false);
    painter.end();
    return image;
}

QByteArray figureSvg(const ExportOptions &options, const QString &title, const QString &description,
                     const FigurePaint &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(options.size);
    svg.setViewBox(QRect(QPoint(), options.size));
    svg.setResolution(figureLayoutDpi());
    svg.setTitle(title);
    svg.setDescription(description);
    QCPPainter painter(&svg);
    paint(painter, true);
    painter.end();
    return bytes;
}

QByteArray figurePdf(const ExportOptions &options, const QString &title, const FigurePaint &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(exportCreator());
    pdf.setTitle(title);
    // A page of exactly the requested size in points, drawn in the window's logical pixels.
    pdf.setPageLayout(QPageLayout(
        QPageSize(QSizeF(options.size), QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()));
    pdf.setResolution(figureLayoutDpi());
    QCPPainter painter(&pdf);
    // A world transform, not a window: QWidget::render follows the world transform only.
    painter.scale(double(pdf.width()) / options.size.width(),
                  double(pdf.height()) / options.size.height());
    paint(painter, true);
    painter.end();
    return bytes;
}

int captionHeight(const QString &caption, const ExportOptions &options)
{
    if (caption.isEmpty())
        return 0;
    const QFontMetrics metrics(figureCaptionFont(options));
    const int width = std::max(1, options.size.width() - 2 * kFigureCaptionMargin);
    const QRect text = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, caption);
    return std::min(text.height() + 8, options.size.height() / 3);
}

void paintCaption(QCPPainter &painter, const QString &caption, const ExportOptions &options)
{
    if (caption.isEmpty())
        return;
    const int height = captionHeight(caption, options);
    const QRect box(kFigureCaptionMargin, options.size.height() - height,
                    options.size.width() - 2 * kFigureCaptionMargin, height);
    painter.setFont(figureCaptionFont(options));
    painter.setPen(options.theme.muted);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption);
}

} // namespace kvscope::widgets
