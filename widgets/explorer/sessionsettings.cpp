// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsettings.h"

#include <exception>
#include <nlohmann/json.hpp>

namespace kvscope::widgets {

namespace {
constexpr auto kScenarioKey = "session/scenario";
constexpr auto kUnitsKey = "display/byteUnits";
constexpr auto kDisplayThemeKey = "display/theme";
constexpr auto kDisplayLatencyLogKey = "display/latencyLogScale";
} // namespace

Preferences loadPreferences(QSettings &settings)
{
    Preferences p;
    p.byteUnits = settings.value(kUnitsKey).toString() == QLatin1String("decimal")
                      ? model::ByteUnits::Decimal
                      : model::ByteUnits::Binary;
    const QString theme = settings.value(kDisplayThemeKey).toString();
    p.theme = theme == QLatin1String("light")  ? ThemeMode::Light
              : theme == QLatin1String("dark") ? ThemeMode::Dark
                                               : ThemeMode::System;
    p.latencyLogScale = settings.value(kDisplayLatencyLogKey, true).toBool();
    return p;
}

void savePreferences(QSettings &settings, const Preferences &p)
{
    settings.setValue(kUnitsKey, p.byteUnits == model::ByteUnits::Decimal ? "decimal" : "binary");
    settings.setValue(kDisplayThemeKey, p.theme == ThemeMode::Light  ? "light"
                                        : p.theme == ThemeMode::Dark ? "dark"
                                                                     : "system");
    settings.setValue(kDisplayLatencyLogKey, p.latencyLogScale);
}

std::optional<model::Scenario> loadScenario(QSettings &settings,
                                            const model::PresetResolver &resolver)
{
    const QString text = settings.value(kScenarioKey).toString();
    if (text.isEmpty())
        return std::nullopt;
    try {
        const nlohmann::json object = nlohmann::json::parse(text.toStdString());
        return model::scenarioFromJson(object, settings.fileName().toStdString(), resolver);
    } catch (const std::exception &) {
        // A session that no longer reads is not worth an error dialog at start-up.
        return std::nullopt;
    }
}

void saveScenario(QSettings &settings, const model::Scenario &scenario,
                  const model::PresetResolver &resolver)
{
    settings.setValue(kScenarioKey,
                      QString::fromStdString(model::scenarioToJson(scenario, resolver).dump()));
}

} // namespace kvscope::widgets
