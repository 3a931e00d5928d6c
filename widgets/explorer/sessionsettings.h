// SPDX-License-Identifier: GPL-3.0-or-later
// What the explorer remembers between runs (QSettings, injected so tests use a temporary file):
// the last scenario, as the same JSON a scenario preset uses, and the display preferences.
#pragma once

#include "presetio.h"
#include "theme.h"
#include "units.h"

#include <QSettings>

#include <optional>

namespace kvscope::widgets {

struct Preferences
{
    model::ByteUnits byteUnits = model::ByteUnits::Binary;
    ThemeMode theme = ThemeMode::System;
    bool latencyLogScale = true;

    bool operator==(const Preferences &) const = default;
};

Preferences loadPreferences(QSettings &settings);
void savePreferences(QSettings &settings, const Preferences &preferences);

/// The scenario saved last, or nullopt when none was saved or it no longer reads (a preset
/// removed, a broken value): the caller then starts from the paper's example.
std::optional<model::Scenario> loadScenario(QSettings &settings,
                                            const model::PresetResolver &resolver);
void saveScenario(QSettings &settings, const model::Scenario &scenario,
                  const model::PresetResolver &resolver);

} // namespace kvscope::widgets
