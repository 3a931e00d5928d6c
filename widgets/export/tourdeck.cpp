// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourdeck.h"

#include "figurepainting.h"
#include "filewrite.h"
#include "inputerror.h"
#include "plotwidget.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QPdfWriter>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace kvscope::widgets {

namespace {

/// The text under a slide's charts, laid out for one slide size.
struct SlideText
{
    QFont title;
    QFont caption;
    QFont footer;
    QRect titleBox;
    QRect captionBox;
    QRect footerBox;
    int top = 0; ///< where the text band starts; the charts fill the slide above it
};

constexpr int kSlideTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

/// A slide is laid out as a 1920 x 1080 one and drawn `zoom` times that size: the same deck at
/// any size, and the window's widgets never squeezed below the sizes they are made for. The
/// zoom is kept within 4x of the other side's, so an extreme aspect ratio cannot lay out a
/// figure of millions of pixels.
double slideZoom(QSize size)
{
    const double wide = size.width() / 1920.0;
    const double high = size.height() / 1080.0;
    return std::max(std::min(wide, high), std::max(wide, high) / 4);
}

/// Type sizes are for a 1920 x 1080 slide, times `zoom`; a caption too long for 45 % of the
/// slide is set smaller until it fits.
SlideText layoutSlideText(const model::TourScene &scene, QSize size, const Theme &theme,
                          double unit)
{
    const int margin = std::max(4, int(std::lround(36 * unit)));
    const int gap = std::max(2, int(std::lround(12 * unit)));
    const int width = std::max(1, size.width() - 2 * margin);
    const QString title = QString::fromStdString(scene.title);
    const QString caption = QString::fromStdString(scene.caption);
    SlideText text;
    for (double shrink = 1;; shrink *= 0.9) {
        text.title = theme.font(30 * unit * shrink, true);
        text.caption = theme.font(20 * unit * shrink);
        text.footer = theme.font(12 * unit);
        const QRect titleSize =
            QFontMetrics(text.title)
                .boundingRect(QRect(0, 0, width, 1 << 20), kSlideTextFlags, title);
        const QRect captionSize =
            QFontMetrics(text.caption)
                .boundingRect(QRect(0, 0, width, 1 << 20), kSlideTextFlags, caption);
        const int footerHeight = QFontMetrics(text.footer).height();
        const int band =
            gap + titleSize.height() + gap + captionSize.height() + gap + footerHeight + gap;
        if (band <= size.height() * 45 / 100 || shrink < 0.5) {
            text.top = size.height() - band;
            text.titleBox = QRect(margin, text.top + gap, width, titleSize.height());
            text.captionBox =
                QRect(margin, text.titleBox.bottom() + 1 + gap, width, captionSize.height());
            text.footerBox = QRect(margin, size.height() - gap - footerHeight, width, footerHeight);
            return text;
        }
    }
}

/// One slide in logical pixels from (0, 0) to options.size.
void paintSlide(QCPPainter &painter, const model::Tour &tour, std::size_t index,
                const ExportOptions &options, bool vector)
{
    const model::TourScene &scene = tour.scenes.at(index);
    const QSize size = options.size;
    const Theme &theme = options.theme;
    painter.fillRect(QRect(QPoint(), size), theme.background);
    const double zoom = slideZoom(size);
    const SlideText text = layoutSlideText(scene, size, theme, zoom);

    ExportOptions figure = options;
    figure.size = QSize(std::max(1, int(std::lround(size.width() / zoom))),
                        std::max(1, int(std::lround(text.top / zoom))));
    figure.transparent = false;
    painter.save();
    painter.scale(zoom, zoom);
    paintFigure(painter, scene.scenario, tourSlideChart(scene.page), figure, vector,
                scene.highlight);
    painter.restore();
    // Whatever of the figure could not shrink to its box stays above the text.
    painter.fillRect(QRect(0, text.top, size.width(), size.height() - text.top), theme.background);

    painter.save();
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(QPen(theme.grid, 1));
    painter.drawLine(QLineF(text.titleBox.left(), text.top, text.titleBox.right(), text.top));
    painter.setPen(theme.foreground);
    painter.setFont(text.title);
    painter.drawText(text.titleBox, kSlideTextFlags, QString::fromStdString(scene.title));
    painter.setFont(text.caption);
    painter.drawText(text.captionBox, kSlideTextFlags, QString::fromStdString(scene.caption));
    painter.setPen(theme.muted);
    painter.setFont(text.footer);
    painter.drawText(text.footerBox, Qt::AlignLeft | Qt::AlignVCenter,
                     QString::fromStdString(tour.name));
    painter.drawText(text.footerBox, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 / %2").arg(index + 1).arg(tour.scenes.size()));
    painter.restore();
}

/// The dots per inch fonts are laid out at, as the chart export uses for its PDF.
int slideLayoutDpi()
{
    return QImage(1, 1, QImage::Format_ARGB32_Premultiplied).logicalDpiX();
}

/// Writes every file, or none: a failed write removes those this call already wrote.
void writeAllOrNone(const std::vector<std::pair<std::string, QByteArray>> &files)
{
    std::vector<std::string> written;
    try {
        for (const auto &[path, bytes] : files) {
            model::writeFileAtomically(path, bytes.toStdString());
            written.push_back(path);
        }
    } catch (...) {
        std::error_code ignored;
        for (const std::string &path : written)
            std::filesystem::remove(path, ignored);
        throw;
    }
}

} // namespace

ExportChart tourSlideChart(model::TourPage page)
{
    if (page == model::TourPage::Timeline)
        if (const ChartKind *timeline = findChartKind("timeline"))
            return ExportChart{timeline};
    return ExportChart::dashboard();
}

QImage renderTourSlide(const model::Tour &tour, std::size_t index, const ExportOptions &options)
{
    requireExportSize(ExportFormat::Png, options);
    QImage image = blankFigureImage(options);
    QCPPainter painter(&image);
    paintSlide(painter, tour, index, options, false);
    painter.end();
    return image;
}

QByteArray tourPdf(const model::Tour &tour, const ExportOptions &options)
{
    requireExportSize(ExportFormat::Pdf, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("kvscope"));
    pdf.setTitle(QString::fromStdString(tour.name));
    pdf.setPageLayout(QPageLayout(
        QPageSize(QSizeF(options.size), QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()));
    pdf.setResolution(slideLayoutDpi());
    QCPPainter painter(&pdf);
    for (std::size_t i = 0; i < tour.scenes.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        painter.save();
        // A world transform, as the chart export uses: QWidget::render follows it.
        painter.scale(double(pdf.width()) / options.size.width(),
                      double(pdf.height()) / options.size.height());
        paintSlide(painter, tour, i, options, true);
        painter.restore();
    }
    painter.end();
    return bytes;
}

QString tourSlideFileName(const model::Tour &tour, std::size_t index)
{
    std::string slug;
    for (const char c : tour.scenes.at(index).title) {
        const unsigned char u = static_cast<unsigned char>(c);
        if (std::isalnum(u) && u < 0x80)
            slug += char(std::tolower(u));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
        if (slug.size() >= 48)
            break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    if (slug.empty())
        slug = "scene";
    const int digits = std::max(2, int(std::to_string(tour.scenes.size()).size()));
    return QStringLiteral("%1-%2.png")
        .arg(index + 1, digits, 10, QLatin1Char('0'))
        .arg(QString::fromStdString(slug));
}

void exportTour(const model::Tour &tour, const ExportOptions &options, const QString &path)
{
    const std::filesystem::path target(path.toStdString());
    std::error_code error;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        const std::filesystem::path folder =
            target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
        if (!std::filesystem::is_directory(folder, error))
            throw model::InputError(target.string(), "", "",
                                    "cannot write: no folder " + folder.string());
        model::writeFileAtomically(target.string(), tourPdf(tour, options).toStdString());
        return;
    }
    if (formatFromPath(path))
        throw model::InputError("", "--out", target.string(),
                                "expected a .pdf file, or a folder for one PNG per scene");
    const bool existed = std::filesystem::exists(target, error);
    if (existed && !std::filesystem::is_directory(target, error))
        throw model::InputError("", "--out", target.string(),
                                "exists and is not a folder; expected a .pdf file, or a folder "
                                "for one PNG per scene");
    // Only the folder itself is made: a mistyped parent is reported, not created.
    if (!existed && !std::filesystem::create_directory(target, error))
        throw model::InputError(target.string(), "", "",
                                "cannot make the folder: " +
                                    (error ? error.message() : std::string("unknown reason")));
    std::vector<std::pair<std::string, QByteArray>> files;
    try {
        for (std::size_t i = 0; i < tour.scenes.size(); ++i)
            files.emplace_back((target / tourSlideFileName(tour, i).toStdString()).string(),
                               pngBytes(renderTourSlide(tour, i, options)));
        writeAllOrNone(files);
    } catch (...) {
        if (!existed)
            std::filesystem::remove(target, error); // only while empty
        throw;
    }
}

} // namespace kvscope::widgets
