// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in presets, parsed from the JSON embedded by presets/embedpresets.cmake.
#include "builtins.h"

#include "embeddedpresets.h"
#include "inputerror.h"
#include "jsonfile.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

namespace kvscope::model {

namespace {

struct Builtins
{
    std::vector<ModelSpec> models;
    std::vector<HardwareSpec> hardware;
    std::vector<Scenario> scenarios;
};

template <typename Spec> const Spec *findById(const std::vector<Spec> &specs, std::string_view id)
{
    const auto found =
        std::find_if(specs.begin(), specs.end(), [id](const Spec &s) { return s.id == id; });
    return found == specs.end() ? nullptr : &*found;
}

template <typename Spec> void sortById(std::vector<Spec> &specs)
{
    std::sort(specs.begin(), specs.end(), [](const Spec &a, const Spec &b) { return a.id < b.id; });
}

template <typename Spec> std::string idList(const std::vector<Spec> &specs)
{
    std::string ids;
    for (const Spec &spec : specs)
        ids += (ids.empty() ? "" : ", ") + spec.id;
    return ids;
}

PresetResolver resolverOver(const Builtins &builtins)
{
    PresetResolver resolver;
    resolver.findModel = [&builtins](std::string_view id) {
        return findById(builtins.models, id);
    };
    resolver.findHardware = [&builtins](std::string_view id) {
        return findById(builtins.hardware, id);
    };
    resolver.findScenario = [&builtins](std::string_view id) {
        return findById(builtins.scenarios, id);
    };
    resolver.modelIds = idList(builtins.models);
    resolver.hardwareIds = idList(builtins.hardware);
    resolver.scenarioIds = idList(builtins.scenarios);
    return resolver;
}

Builtins load()
{
    Builtins builtins;
    std::vector<std::pair<std::string, nlohmann::json>> scenarioFiles;
    for (const EmbeddedPreset &file : embeddedPresets()) {
        const std::string name = "presets/" + std::string(file.path);
        nlohmann::json object = parseJson(file.text, name);
        const std::string kind = object.value("kind", "");
        if (kind == "model")
            builtins.models.push_back(modelFromJson(object, name));
        else if (kind == "hardware")
            builtins.hardware.push_back(hardwareFromJson(object, name));
        else if (kind == "scenario")
            scenarioFiles.emplace_back(name, std::move(object)); // after what they refer to
        else if (kind == "measurements")
            continue; // published figures, read by builtinMeasurements()
        else if (kind == "tour")
            continue; // the paper's guided tour, read by builtinTour()
        else
            throw InputError(name, "kind", kind,
                             "a built-in preset must be a model, hardware, "
                             "scenario, measurements or tour");
    }
    sortById(builtins.models);
    sortById(builtins.hardware);
    const PresetResolver resolver = resolverOver(builtins);
    for (const auto &[name, object] : scenarioFiles)
        builtins.scenarios.push_back(scenarioFromJson(object, name, resolver));
    sortById(builtins.scenarios);
    return builtins;
}

const Builtins &builtins()
{
    static const Builtins instance = load();
    return instance;
}

bool isFile(const std::string &path)
{
    std::error_code error;
    return !path.empty() && std::filesystem::exists(path, error);
}

} // namespace

std::span<const ModelSpec> builtinModels()
{
    return builtins().models;
}

std::span<const HardwareSpec> builtinHardware()
{
    return builtins().hardware;
}

std::span<const Scenario> builtinScenarios()
{
    return builtins().scenarios;
}

const ModelSpec *findBuiltinModel(std::string_view id)
{
    return findById(builtins().models, id);
}

const HardwareSpec *findBuiltinHardware(std::string_view id)
{
    return findById(builtins().hardware, id);
}

bool differsFromBuiltin(const HardwareSpec &hardware)
{
    const HardwareSpec *builtin = findBuiltinHardware(hardware.id);
    return builtin && !(*builtin == hardware);
}

const Scenario *findBuiltinScenario(std::string_view id)
{
    return findById(builtins().scenarios, id);
}

std::string builtinIds(PresetKind kind)
{
    switch (kind) {
    case PresetKind::Model:
        return idList(builtins().models);
    case PresetKind::Hardware:
        return idList(builtins().hardware);
    case PresetKind::Scenario:
        return idList(builtins().scenarios);
    }
    return "";
}

PresetResolver builtinResolver()
{
    return resolverOver(builtins());
}

Scenario paperExample()
{
    const Scenario *scenario = findBuiltinScenario("fu2024-34b-50k");
    if (!scenario)
        throw std::logic_error("the built-in scenario fu2024-34b-50k is missing");
    return *scenario;
}

ModelSpec resolveModel(const std::string &idOrPath)
{
    if (const ModelSpec *model = findBuiltinModel(idOrPath))
        return *model;
    if (!isFile(idOrPath))
        throw InputError("", "--model", idOrPath,
                         "no built-in model or readable file; built-in ids: " +
                             builtinIds(PresetKind::Model));
    return modelFromAnyJson(readJsonFile(idOrPath), idOrPath);
}

HardwareSpec resolveHardware(const std::string &idOrPath)
{
    if (const HardwareSpec *hardware = findBuiltinHardware(idOrPath))
        return *hardware;
    if (!isFile(idOrPath))
        throw InputError("", "--hardware", idOrPath,
                         "no built-in hardware or readable file; built-in ids: " +
                             builtinIds(PresetKind::Hardware));
    return hardwareFromJson(readJsonFile(idOrPath), idOrPath);
}

Scenario resolveScenario(const std::string &idOrPath)
{
    if (const Scenario *scenario = findBuiltinScenario(idOrPath))
        return *scenario;
    if (!isFile(idOrPath))
        throw InputError("", "--scenario", idOrPath,
                         "no built-in scenario or readable file; built-in ids: " +
                             builtinIds(PresetKind::Scenario));
    return scenarioFromJson(readJsonFile(idOrPath), idOrPath, builtinResolver());
}

} // namespace kvscope::model
