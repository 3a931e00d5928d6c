// SPDX-License-Identifier: GPL-3.0-or-later
// A guided tour of the paper: scenes, each a scenario with a title and a caption, the page of the
// window it is shown on and the metric card it points at. Read from "kind": "tour" files
// (docs/tours.md); the paper's own tour is built in (presets/tours/fu2024.json).
#pragma once

#include "builtins.h"
#include "presetio.h"
#include "scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvscope::model {

/// The page of the window a scene is shown on.
enum class TourPage
{
    Charts,
    Timeline,
    Compression,
    Plan
};

/// The metric card a scene points at: the cards of the metrics strip, in their order.
enum class TourHighlight
{
    None,
    KvCache,
    Concurrency,
    Prefill,
    DecodePerToken,
    Decode,
    ContextSwitch,
    Cost
};

struct TourScene
{
    std::string title;
    std::string caption; ///< one or two sentences: what the room should notice
    Scenario scenario;
    TourPage page = TourPage::Charts;
    TourHighlight highlight = TourHighlight::None;

    bool operator==(const TourScene &) const = default;
};

struct Tour
{
    std::string id;
    std::string name;
    std::string source;
    std::vector<TourScene> scenes; ///< never empty once read

    bool operator==(const Tour &) const = default;
};

/// Limits a tour file is held to: a talk has tens of scenes, a caption one or two sentences.
constexpr std::size_t kMaxTourScenes = 200;
constexpr std::size_t kMaxTourTitleChars = 120;   ///< characters (UTF-8 code points)
constexpr std::size_t kMaxTourCaptionChars = 600; ///< characters (UTF-8 code points)

/// "charts", "timeline", "compression" or "plan": the word a tour file writes.
std::string_view tourPageName(TourPage page);
/// The page named `name`, or nullopt.
std::optional<TourPage> parseTourPage(std::string_view name);
/// "charts, timeline, compression or plan", for messages.
std::string tourPageNames();

/// "none", "kvcache", "concurrency", "prefill", "decodepertoken", "decode", "contextswitch" or
/// "cost": the word a tour file writes.
std::string_view tourHighlightName(TourHighlight highlight);
/// The highlight named `name`, or nullopt.
std::optional<TourHighlight> parseTourHighlight(std::string_view name);
/// "none, kvcache, ... or cost", for messages.
std::string tourHighlightNames();

/// A tour file's JSON. Each scene's scenario is read by embeddedScenarioFromJson() (a scenario id
/// to start from, or a model and a hardware, then deployment overrides) and named "<id>-<n>"
/// after its 1-based number, with the scene's title as its name and the tour's source. Throws
/// InputError naming `file`, the field ("scenes[3].deployment.context", scenes counted from 0)
/// and the value: unknown keys, a wrong type, a missing title or caption, an unknown page or
/// highlight word, no scenes or more than kMaxTourScenes, a title or caption too long.
Tour tourFromJson(const nlohmann::json &object, const std::string &file,
                  const PresetResolver &resolver);

/// readJsonFile() (missing, unreadable, too large or malformed files are InputErrors naming the
/// path) then tourFromJson(); scenario, model and hardware ids resolve through `resolver`.
Tour readTourFile(const std::string &path, const PresetResolver &resolver = builtinResolver());

/// The paper's tour (id "fu2024"), parsed once from the built-in presets/tours/fu2024.json.
const Tour &builtinTour();

} // namespace kvscope::model
