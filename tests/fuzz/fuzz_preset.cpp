// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: kvscope's preset reader (model, hardware and scenario files, and Hugging Face
// configs reached through a preset's missing "kind") and the tour reader. Bad input must end in an
// InputError; an accepted preset must evaluate, save and read back to the same file, and every
// scene of an accepted tour must evaluate.
#include "builtins.h"
#include "fuzzsupport.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "presetio.h"
#include "tour.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace {

using namespace kvscope;

// A folder that does not exist, so a scenario's relative "model": "x.json" resolves to nothing
// instead of to a file beside wherever the fuzzer runs.
const std::string kFile = "/nonexistent-kvscope-fuzz/preset.json";

model::Scenario scenarioOf(const model::Preset &preset)
{
    if (const auto *scenario = std::get_if<model::Scenario>(&preset))
        return *scenario;
    model::Scenario scenario = model::paperExample();
    if (const auto *spec = std::get_if<model::ModelSpec>(&preset))
        scenario.setModel(*spec);
    else
        scenario.hardware = std::get<model::HardwareSpec>(preset);
    return scenario;
}

bool namesFile(const nlohmann::json &object)
{
    for (const char *key : {"model", "hardware", "scenario"}) {
        const auto found = object.find(key);
        if (found != object.end() && found->is_string() &&
            fuzz::mayNameRealFile(found->get_ref<const std::string &>()))
            return true;
    }
    // A tour's scenes name files as a scenario does.
    const auto scenes = object.find("scenes");
    if (scenes != object.end() && scenes->is_array())
        for (const nlohmann::json &scene : *scenes)
            if (scene.is_object() && namesFile(scene))
                return true;
    return false;
}

bool isTour(const nlohmann::json &object)
{
    const auto kind = object.find("kind");
    return kind != object.end() && *kind == "tour";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    static const model::PresetResolver resolver = model::builtinResolver();
    model::Preset preset;
    try {
        const nlohmann::json object = model::parseJson(text, kFile);
        if (namesFile(object))
            return -1;
        if (isTour(object)) {
            for (const model::TourScene &scene :
                 model::tourFromJson(object, kFile, resolver).scenes)
                fuzz::evaluateAccepted(scene.scenario);
            return 0;
        }
        preset = model::presetFromJson(object, kFile, resolver);
    } catch (const model::InputError &) {
        return 0;
    }

    fuzz::evaluateAccepted(scenarioOf(preset));

    // What kvscope accepted it must be able to save, and the saved file must read back as the
    // same preset: otherwise "save as" in the window writes a file kvscope then refuses.
    const std::string saved = model::dumpJson(model::presetToJson(preset, resolver));
    std::string resaved;
    try {
        const model::Preset reread =
            model::presetFromJson(model::parseJson(saved, kFile), kFile, resolver);
        resaved = model::dumpJson(model::presetToJson(reread, resolver));
    } catch (const model::InputError &error) {
        fuzz::fail(std::string("a saved preset does not read back: ") + error.what() + "\n" +
                   saved);
    }
    if (resaved != saved)
        fuzz::fail("saving a preset twice gives two different files:\n" + saved + "\n" + resaved);
    return 0;
}
