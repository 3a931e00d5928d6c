// SPDX-License-Identifier: GPL-3.0-or-later
// What an export file may be: its formats, the sizes it accepts and the memory a PNG may take.
#pragma once

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace kvscope::widgets {

enum class ExportFormat
{
    Png,
    Svg,
    Pdf,
    Csv,
    Markdown ///< a comparison's table of metrics
};

/// What a chart exports to: PNG, SVG, PDF and CSV.
QList<ExportFormat> chartFormats();
/// What a comparison exports to: those and Markdown.
QList<ExportFormat> comparisonFormats();

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

QString formatExtension(ExportFormat format);
/// From the file name's extension ("png", ..., "md"), case-insensitively; nullopt for anything
/// else or a format not among `formats`.
std::optional<ExportFormat> formatFromPath(const QString &path,
                                           const QList<ExportFormat> &formats = chartFormats());

/// Empty when `size` and `scale` are within the limits above, otherwise what is wrong. A PNG's
/// image (4 bytes a pixel, the one full-size copy an export holds) must also fit in half of
/// `memoryBytes`, the machine's physical memory unless given, so a size that cannot fit is
/// refused with its need and the limit before anything is allocated.
QString checkExportSize(QSize size, double scale, ExportFormat format = ExportFormat::Png,
                        qint64 memoryBytes = physicalMemoryBytes());

} // namespace kvscope::widgets
