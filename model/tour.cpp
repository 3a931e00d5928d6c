// SPDX-License-Identifier: GPL-3.0-or-later
// Reading tour files (see tour.h): the tour's own keys here, each scene's scenario through the
// scenario preset reader.
#include "tour.h"

#include "embeddedpresets.h"
#include "inputerror.h"
#include "jsonfields.h"
#include "jsonfile.h"
#include "wordtable.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace kvscope::model {

namespace {

using nlohmann::json;

constexpr WordTable<TourPage, 4> kTourPageNames{{
    {TourPage::Charts, "charts"},
    {TourPage::Timeline, "timeline"},
    {TourPage::Compression, "compression"},
    {TourPage::Plan, "plan"},
}};

constexpr WordTable<TourHighlight, 8> kTourHighlightNames{{
    {TourHighlight::None, "none"},
    {TourHighlight::KvCache, "kvcache"},
    {TourHighlight::Concurrency, "concurrency"},
    {TourHighlight::Prefill, "prefill"},
    {TourHighlight::DecodePerToken, "decodepertoken"},
    {TourHighlight::Decode, "decode"},
    {TourHighlight::ContextSwitch, "contextswitch"},
    {TourHighlight::Cost, "cost"},
}};

constexpr std::array<std::string_view, 6> kTourFileKeys{"kind", "schema_version", "id",
                                                        "name", "source",         "scenes"};
constexpr std::array<std::string_view, 8> kTourSceneKeys{
    "title", "caption", "page", "highlight", "scenario", "model", "hardware", "deployment"};

constexpr std::string_view kBuiltinTourPath = "tours/fu2024.json";

/// Refuses the first key of `object` not among `known`, naming it under `prefix`.
template <std::size_t N>
void refuseUnknownTourKeys(const json &object, const std::string &file, const std::string &prefix,
                           const std::array<std::string_view, N> &known, std::string_view what)
{
    for (const auto &[key, value] : object.items())
        if (std::find(known.begin(), known.end(), key) == known.end())
            throw InputError(file, prefix + key, jsonValueText(value),
                             "unknown key; " + std::string(what) + " takes " +
                                 wordList({known.begin(), known.end()}));
}

/// Characters as a reader counts them: UTF-8 code points (parseJson has checked the encoding).
std::size_t codePoints(std::string_view text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

/// A required, non-empty string of at most `limit` characters.
std::string tourText(const json &object, std::string_view key, const std::string &file,
                     const std::string &prefix, std::size_t limit)
{
    const std::string field = prefix + std::string(key);
    const json *value = member(object, key);
    if (!value)
        throw InputError(file, field, "", "missing");
    const std::string text = stringField(*value, file, field);
    if (text.empty())
        throw InputError(file, field, "\"\"", "must not be empty");
    if (const std::size_t length = codePoints(text); length > limit)
        throw InputError(file, field, jsonValueText(*value),
                         std::to_string(length) + " characters; at most " + std::to_string(limit));
    return text;
}

/// An optional option word: absent gives `fallback`.
template <typename Value, std::size_t N>
Value tourWord(const json &object, std::string_view key, const std::string &file,
               const std::string &prefix, const WordTable<Value, N> &table, Value fallback)
{
    const json *value = member(object, key);
    if (!value)
        return fallback;
    const std::string field = prefix + std::string(key);
    const std::string word = stringField(*value, file, field);
    const auto parsed = valueOf(table, word);
    if (!parsed)
        throw InputError(file, field, word, "must be " + tableWords(table));
    return *parsed;
}

void checkTourHeader(const json &object, const std::string &file)
{
    const json *kind = member(object, "kind");
    if (!kind)
        throw InputError(file, "kind", "", "missing: expected \"tour\"");
    if (const std::string name = stringField(*kind, file, "kind"); name != "tour")
        throw InputError(file, "kind", name, "expected \"tour\"");
    const json *version = member(object, "schema_version");
    if (!version)
        throw InputError(file, "schema_version", "",
                         "missing: a tour starts with \"schema_version\": " +
                             std::to_string(kPresetSchemaVersion));
    if (!version->is_number() || version->get<double>() != kPresetSchemaVersion)
        throw InputError(file, "schema_version", jsonValueText(*version),
                         "unsupported: this kvscope reads schema version " +
                             std::to_string(kPresetSchemaVersion));
}

TourScene sceneFromJson(const json &object, const std::string &file, std::size_t index,
                        const PresetResolver &resolver)
{
    const std::string prefix = "scenes[" + std::to_string(index) + "].";
    if (!object.is_object())
        throw InputError(file, prefix.substr(0, prefix.size() - 1), jsonValueText(object),
                         "must be a JSON object (a scene)");
    refuseUnknownTourKeys(object, file, prefix, kTourSceneKeys, "a scene");
    TourScene scene;
    scene.title = tourText(object, "title", file, prefix, kMaxTourTitleChars);
    scene.caption = tourText(object, "caption", file, prefix, kMaxTourCaptionChars);
    scene.page = tourWord(object, "page", file, prefix, kTourPageNames, TourPage::Charts);
    scene.highlight =
        tourWord(object, "highlight", file, prefix, kTourHighlightNames, TourHighlight::None);
    scene.scenario = embeddedScenarioFromJson(object, file, prefix, resolver);
    return scene;
}

} // namespace

std::string_view tourPageName(TourPage page)
{
    return wordOf(kTourPageNames, page, "charts");
}

std::optional<TourPage> parseTourPage(std::string_view name)
{
    return valueOf(kTourPageNames, name);
}

std::string tourPageNames()
{
    return tableWords(kTourPageNames);
}

std::string_view tourHighlightName(TourHighlight highlight)
{
    return wordOf(kTourHighlightNames, highlight, "none");
}

std::optional<TourHighlight> parseTourHighlight(std::string_view name)
{
    return valueOf(kTourHighlightNames, name);
}

std::string tourHighlightNames()
{
    return tableWords(kTourHighlightNames);
}

Tour tourFromJson(const json &object, const std::string &file, const PresetResolver &resolver)
{
    if (!object.is_object())
        throw InputError(file, "", jsonValueText(object), "must be a JSON object (a tour)");
    checkTourHeader(object, file);
    refuseUnknownTourKeys(object, file, "", kTourFileKeys, "a tour");
    Tour tour;
    const json *id = member(object, "id");
    tour.id = id ? stringField(*id, file, "id") : std::filesystem::path(file).stem().string();
    const json *name = member(object, "name");
    tour.name = name ? stringField(*name, file, "name") : tour.id;
    const json *source = member(object, "source");
    tour.source = source ? stringField(*source, file, "source") : std::string();

    const json *scenes = member(object, "scenes");
    if (!scenes)
        throw InputError(file, "scenes", "", "missing: a tour needs at least one scene");
    if (!scenes->is_array())
        throw InputError(file, "scenes", jsonValueText(*scenes), "must be an array of scenes");
    if (scenes->empty())
        throw InputError(file, "scenes", "[]", "empty: a tour needs at least one scene");
    if (scenes->size() > kMaxTourScenes)
        throw InputError(file, "scenes", std::to_string(scenes->size()) + " scenes",
                         "too many; at most " + std::to_string(kMaxTourScenes));
    for (std::size_t i = 0; i < scenes->size(); ++i) {
        TourScene scene = sceneFromJson((*scenes)[i], file, i, resolver);
        scene.scenario.id = tour.id + "-" + std::to_string(i + 1);
        scene.scenario.name = scene.title;
        scene.scenario.source = tour.source;
        tour.scenes.push_back(std::move(scene));
    }
    return tour;
}

Tour readTourFile(const std::string &path, const PresetResolver &resolver)
{
    return tourFromJson(readJsonFile(path), path, resolver);
}

const Tour &builtinTour()
{
    static const Tour tour = [] {
        for (const EmbeddedPreset &file : embeddedPresets())
            if (file.path == kBuiltinTourPath) {
                const std::string name = "presets/" + std::string(file.path);
                return tourFromJson(parseJson(file.text, name), name, builtinResolver());
            }
        throw std::logic_error("the built-in tour presets/tours/fu2024.json is missing");
    }();
    return tour;
}

} // namespace kvscope::model
