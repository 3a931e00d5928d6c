// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include "modeltext.h"
#include "units.h"

#include <QObject>

#include <cmath>

#include <unistd.h>

namespace kvscope::widgets {

QList<ExportFormat> chartFormats()
{
    return {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::Csv};
}

QList<ExportFormat> comparisonFormats()
{
    return chartFormats() << ExportFormat::Markdown;
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
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

std::optional<ExportFormat> formatFromPath(const QString &path, const QList<ExportFormat> &formats)
{
    const qsizetype dot = path.lastIndexOf('.');
    if (dot < 0 || path.indexOf('/', dot) >= 0)
        return std::nullopt;
    const QString ext = path.mid(dot + 1).toLower();
    for (ExportFormat format : formats)
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

} // namespace kvscope::widgets
