// SPDX-License-Identifier: GPL-3.0-or-later
// A tour rendered as slides: each scene's charts as an export draws them, its title and caption
// large underneath and "3 / 9" in the footer; a PDF with one page per scene or a folder of PNGs.
// A pure function of the tour and the options, like every export (style.md habit 9).
#pragma once

#include "chartexport.h"
#include "tour.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <cstddef>
#include <vector>

namespace kvscope::widgets {

/// What a scene's slide shows above its text: the dashboard (the metric cards and the four
/// charts) for the charts, compression and plan pages, the timeline chart for the timeline page.
ExportChart tourSlideChart(model::TourPage page);

/// Slide `index` (from 0) of `tour` at options.size (options.scale pixels per logical pixel).
/// Needs a QApplication.
QImage renderTourSlide(const model::Tour &tour, std::size_t index, const ExportOptions &options);

/// Every slide as one PDF page of options.size points.
QByteArray tourPdf(const model::Tour &tour, const ExportOptions &options);

/// "03-50k-tokens-from-18-users-to-1.png": the scene's number, two digits or more, then its
/// title in lowercase ASCII words joined by hyphens.
QString tourSlideFileName(const model::Tour &tour, std::size_t index);

/// Writes the deck: a path ending in ".pdf" gets one page per scene, anything else is a folder
/// (made when missing) that gets one PNG per scene named by tourSlideFileName(). Everything is
/// rendered before the first byte is written, and each file is written atomically; when a write
/// fails, the slides this call wrote are removed. Throws model::InputError naming the path.
void exportTour(const model::Tour &tour, const ExportOptions &options, const QString &path);

} // namespace kvscope::widgets
