// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the command-line parser. The input is split on NUL and newline into the
// arguments after "kvscope eval"; bad arguments must end in an InputError, accepted ones must
// evaluate and render as the table and the JSON `kvscope eval` prints.
#include "clioptions.h"
#include "evaltable.h"
#include "fuzzsupport.h"
#include "inputerror.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace kvscope;

/// More arguments than any real command line has only slow the fuzzer down.
constexpr std::size_t kMaxArgs = 64;

std::vector<std::string> splitArguments(std::string_view text)
{
    std::vector<std::string> args;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\0' || text[i] == '\n') {
            if (i > start || i < text.size())
                args.emplace_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return args;
}

/// --model, --hardware and --scenario fall back to reading a file of that name. A name with a
/// '/' or one that exists where the fuzzer runs would make the run depend on the machine.
bool namesFile(const std::vector<std::string> &args)
{
    for (const std::string &arg : args) {
        std::error_code error;
        if (fuzz::mayNameRealFile(arg) || std::filesystem::exists(arg, error))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::vector<std::string> args =
        splitArguments(std::string_view(reinterpret_cast<const char *>(data), size));
    if (args.size() > kMaxArgs || namesFile(args))
        return -1;

    // The option set of `kvscope eval`, the subcommand with the most scenario options.
    static const app::CliOptions::Spec spec = [] {
        app::CliOptions::Spec eval = app::scenarioOptionSpec();
        eval.switches.insert("json");
        eval.values.insert("bytes");
        return eval;
    }();
    model::Scenario scenario;
    try {
        const app::CliOptions options(args, spec);
        scenario = app::scenarioFromOptions(options);
    } catch (const model::InputError &) {
        return 0;
    }

    fuzz::evaluateAccepted(scenario);
    const model::Metrics metrics = model::evaluate(scenario);
    static_cast<void>(app::metricsJson(scenario, metrics).dump(2));
    static_cast<void>(app::metricsTable(scenario, metrics, model::ByteUnits::Binary));
    return 0;
}
