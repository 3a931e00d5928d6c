// SPDX-License-Identifier: GPL-3.0-or-later
// The preset library's tree items: what each one keeps under its data roles, the word for a kind
// of preset and a preset's summary in one line.
#pragma once

#include "presetio.h"

#include <QString>
#include <Qt>

namespace kvscope::widgets {

/// Where an item of the library tree keeps its preset's data, all in column 0.
enum PresetItemRole
{
    KindRole = Qt::UserRole,
    IdRole,
    UserRole,
    PathRole,
    ErrorRole,
    SummaryRole
};

/// "model", "hardware" or "scenario", translated.
QString presetKindText(model::PresetKind kind);

/// "80 GiB · 2.04 TB/s · 312 TFLOP/s bf16 · ridge 153 FLOP/B": a preset in one line.
QString presetSummary(const model::Preset &preset);

} // namespace kvscope::widgets
