// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the Hugging Face config.json import. Bad input must end in an InputError; an
// imported model must evaluate and save as a kvscope model preset that reads back.
#include "builtins.h"
#include "fuzzsupport.h"
#include "hfconfig.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "presetio.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace {

using namespace kvscope;

const std::string kFile = "/nonexistent-kvscope-fuzz/config.json";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    model::ModelSpec spec;
    try {
        spec = model::modelFromHuggingFace(model::parseJson(text, kFile), kFile);
    } catch (const model::InputError &) {
        return 0;
    }

    model::Scenario scenario = model::paperExample();
    scenario.setModel(spec);
    fuzz::evaluateAccepted(scenario);

    // The window offers an imported config as a preset to save; that file must be readable.
    const std::string saved = model::dumpJson(model::modelToJson(spec));
    try {
        static_cast<void>(model::modelFromJson(model::parseJson(saved, kFile), kFile));
    } catch (const model::InputError &error) {
        fuzz::fail(std::string("an imported config saves as a preset that does not read back: ") +
                   error.what() + "\n" + saved);
    }
    return 0;
}
