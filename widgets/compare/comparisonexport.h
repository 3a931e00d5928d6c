// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison as a file: the compare view's columns and chart rows drawn offscreen at an
// export's size, scale and theme, with a caption naming each column's scenario and the
// conventions in force, as a PNG, SVG or PDF; or its metrics as CSV or Markdown (the model's
// comparisonCsv and comparisonMarkdown). A pure function of the columns, the chart kinds and the
// options (style.md habit 9): the compare view's export dialog and `kvscope compare --out` both
// call it, so the same inputs give the same bytes, with or without a display.
#pragma once

#include "chartexport.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <vector>

namespace kvscope::widgets {

/// The size a comparison gets unless told otherwise: 1920 wide, tall enough for `chartRows` rows
/// of charts, the titles, the metrics table and the caption.
QSize comparisonImageSize(int chartRows);

/// One line per column, "Column 1: Yi-34B-200K (34B, recounted) · 1 × NVIDIA A100 SXM4 80GB
/// (80 GiB HBM) · 50K tokens · 250 out · batch 1" (the explorer's caption of its scenario, with
/// the conventions only this column has), then "All columns: bf16/bf16 · attention FLOP: paper ·
/// TP comm off · mfu 1 mbu 1 · kvscope 0.1.0" (the conventions every column shares).
QString comparisonCaption(const std::vector<model::Scenario> &columns);

/// The comparison drawn into an image of options.size logical pixels x options.scale, as the
/// compare view shows it. Throws model::InputError for a size out of range or a column count
/// outside 2 to 4. Needs a QApplication.
QImage renderComparison(const std::vector<model::Scenario> &columns,
                        const QList<const ChartKind *> &kinds, const ExportOptions &options);

/// The file's bytes in `format` (any of comparisonFormats()). PNG is deterministic; CSV and
/// Markdown take only the columns (and Markdown the byte units).
QByteArray renderComparisonExport(const std::vector<model::Scenario> &columns,
                                  const QList<const ChartKind *> &kinds, ExportFormat format,
                                  const ExportOptions &options);

/// Renders in memory and replaces `path` atomically (model::writeFileAtomically), the format
/// taken from its extension. Throws model::InputError naming the path (unknown extension,
/// missing folder, read-only, disk full) or the option; a failure leaves no partial file.
void exportComparison(const std::vector<model::Scenario> &columns,
                      const QList<const ChartKind *> &kinds, const ExportOptions &options,
                      const QString &path);

} // namespace kvscope::widgets
