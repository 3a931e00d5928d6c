// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison's column titles in the window's language: model::columnTitleParts worded with
// tr(), so the window, its image and the command line name a column alike ("Yi-34B-200K on
// NVIDIA A100 SXM4 80GB · 8 GPUs"; in English exactly model::columnTitles). Also the one-line
// summary of a column's deployment and the breaking of a long title into lines that fit.
#pragma once

#include "columntitles.h"

#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

class QFontMetrics;

namespace kvscope::widgets {

/// One value that tells a column apart ("8 GPUs", "128K tokens", "batch 4"), translated; the key
/// is one of model::ColumnTitle::distinguishing's.
QString compareValueText(const model::Scenario &column, std::string_view key);

/// A title in pieces that read as the title when joined by spaces: the model and "on" the
/// hardware (always the first two), then "· 8 GPUs"... and "(2)" for a repeat. A long title
/// breaks between pieces.
QStringList columnTitlePieces(const model::ColumnTitle &title, const model::Scenario &column);

/// Every column's title, translated.
QStringList compareColumnTitles(const std::vector<model::Scenario> &columns);

/// "1 GPU · 50K tokens · 250 out · batch 1" (and the replicas when more than one): what the
/// shared controls set in a column.
QString columnDeployment(const model::Scenario &column);

/// The pieces as lines no wider than `width` in `metrics`, greedily, without the "· " of a piece
/// that starts a line; a piece wider than a line alone is elided.
QStringList fitPieces(const QStringList &pieces, const QFontMetrics &metrics, int width);

} // namespace kvscope::widgets
