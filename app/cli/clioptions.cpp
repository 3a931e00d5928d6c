// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "builtins.h"
#include "inputerror.h"
#include "memorylimits.h"
#include "parameters.h"
#include "tensorparallel.h"
#include "units.h"

#include <QCommandLineParser>
#include <QStringList>

#include <charconv>
#include <cmath>

namespace kvscope::app {

using model::InputError;

namespace {

/// Options that set something other than a table parameter.
const std::set<std::string> kScenarioSpecials = {
    "scenario", "model",   "hardware",        "weight-dtype",
    "kv-dtype", "tp-comm", "attention-flops", "kv-compression",
};

bool isScenarioFlag(const model::Parameter &param)
{
    return param.scope != model::Scope::Model;
}

std::string flag(const std::string &name)
{
    return "--" + name;
}

/// Latin-1 maps every byte to one character and back, so a file name that is not UTF-8 reaches
/// the file system unchanged after a round trip through QString.
QString bytesToQString(const std::string &text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

std::string qStringToBytes(const QString &text)
{
    return text.toLatin1().toStdString();
}

/// The argument that gave `name` a value inline ("--json=x"), or "" if none did.
std::string inlineValueOf(const std::vector<std::string> &args, const std::string &name)
{
    for (const std::string &arg : args)
        for (const std::string &prefix : {"--" + name + "=", "-" + name + "="})
            if (arg.rfind(prefix, 0) == 0)
                return arg.substr(prefix.size());
    return {};
}

/// Turns QCommandLineParser's one failure into the InputError the rest of kvscope reports: the
/// option as a flag, the value where there is one, what to do.
[[noreturn]] void throwParseError(const QCommandLineParser &parser,
                                  const std::vector<std::string> &args)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty())
        throw InputError("", flag(qStringToBytes(unknown.front())), "",
                         "unknown option; see kvscope help");
    // The other failures name the option between quotes: "Missing value after '--model'." and
    // "Unexpected value after '--json'." (the parser's own English; no translator is loaded for
    // the command line).
    const QString text = parser.errorText();
    const qsizetype open = text.indexOf(QLatin1Char('\''));
    const qsizetype close = text.lastIndexOf(QLatin1Char('\''));
    std::string option = open >= 0 && close > open
                             ? qStringToBytes(text.mid(open + 1, close - open - 1))
                             : std::string();
    while (!option.empty() && option.front() == '-')
        option.erase(option.begin());
    if (text.startsWith(QLatin1String("Missing value")))
        throw InputError("", flag(option), "", "missing value");
    if (text.startsWith(QLatin1String("Unexpected value")))
        throw InputError("", flag(option), inlineValueOf(args, option),
                         "this option takes no value");
    throw InputError("", "command line", "", qStringToBytes(text));
}

} // namespace

CliOptions::CliOptions(const std::vector<std::string> &args, const Spec &spec)
{
    // Qt's parser, as the window uses: "--name value", "--name=value" and "-name value" alike.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const std::string &name : spec.switches)
        parser.addOption(QCommandLineOption(bytesToQString(name)));
    for (const auto *names : {&spec.values, &spec.repeatable})
        for (const std::string &name : *names)
            parser.addOption(
                QCommandLineOption(bytesToQString(name), QString(), QStringLiteral("value")));

    QStringList arguments{QStringLiteral("kvscope")}; // parse() skips the program's name
    for (const std::string &arg : args)
        arguments.append(bytesToQString(arg));
    if (!parser.parse(arguments))
        throwParseError(parser, args);
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        throw InputError("", qStringToBytes(positional.front()), "",
                         "unexpected argument; options start with --");

    for (const std::string &name : spec.switches)
        if (parser.isSet(bytesToQString(name)))
            m_switches.insert(name);
    for (const auto *names : {&spec.values, &spec.repeatable}) {
        const bool repeatable = names == &spec.repeatable;
        for (const std::string &name : *names) {
            const QStringList given = parser.values(bytesToQString(name));
            if (given.isEmpty())
                continue;
            if (given.size() > 1 && !repeatable)
                throw InputError("", flag(name), qStringToBytes(given[1]), "given more than once");
            auto &slot = m_values[name];
            for (const QString &value : given)
                slot.push_back(qStringToBytes(value));
        }
    }
}

bool CliOptions::has(const std::string &name) const
{
    return m_switches.count(name) > 0 || m_values.count(name) > 0;
}

std::string CliOptions::value(const std::string &name, const std::string &fallback) const
{
    const auto found = m_values.find(name);
    return found == m_values.end() ? fallback : found->second.front();
}

std::vector<std::string> CliOptions::values(const std::string &name) const
{
    const auto found = m_values.find(name);
    return found == m_values.end() ? std::vector<std::string>{} : found->second;
}

double CliOptions::number(const std::string &name, double fallback) const
{
    return has(name) ? parseNumber(value(name), flag(name)) : fallback;
}

double parseNumber(const std::string &text, const std::string &field)
{
    if (text.empty() || text.size() > 64)
        throw InputError("", field, text, "expected a number such as 50000, 5e4 or 50K");
    std::string digits = text;
    double multiplier = 1;
    switch (digits.back()) {
    case 'k':
    case 'K':
        multiplier = 1e3;
        break;
    case 'M':
        multiplier = 1e6;
        break;
    case 'G':
    case 'B':
        multiplier = 1e9;
        break;
    case 'T':
        multiplier = 1e12;
        break;
    default:
        break;
    }
    if (multiplier != 1)
        digits.pop_back();
    double value = 0;
    const char *end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value * multiplier))
        throw InputError("", field, text, "expected a number such as 50000, 5e4 or 50K");
    return value * multiplier;
}

CliOptions::Spec scenarioOptionSpec()
{
    CliOptions::Spec spec;
    spec.values = kScenarioSpecials;
    for (const auto &param : model::parameters())
        if (isScenarioFlag(param))
            spec.values.insert(std::string(param.key));
    return spec;
}

model::Scenario scenarioFromOptions(const CliOptions &options)
{
    model::Scenario scenario = options.has("scenario")
                                   ? model::resolveScenario(options.value("scenario"))
                                   : model::paperExample();
    applyScenarioOverrides(scenario, options);
    return scenario;
}

void applyScenarioOverrides(model::Scenario &scenario, const CliOptions &options)
{
    if (options.has("model"))
        scenario.setModel(model::resolveModel(options.value("model")));
    if (options.has("hardware"))
        scenario.setHardware(model::resolveHardware(options.value("hardware")));

    model::Deployment &deployment = scenario.deployment;
    const auto dtype = [&](const std::string &name, model::DType fallback) {
        if (!options.has(name))
            return fallback;
        const auto parsed = model::parseDType(options.value(name));
        if (!parsed)
            throw InputError("", flag(name), options.value(name),
                             "unknown dtype; one of: " + model::dtypeNames());
        return *parsed;
    };
    deployment.weightDtype = dtype("weight-dtype", deployment.weightDtype);
    deployment.kvDtype = dtype("kv-dtype", deployment.kvDtype);

    if (options.has("tp-comm")) {
        const std::string value = options.value("tp-comm");
        const auto on = model::parseTpCommunication(value);
        if (!on)
            throw InputError("", "--tp-comm", value, "expected " + model::tpCommunicationNames());
        deployment.tpCommunication = *on;
    }
    if (options.has("attention-flops")) {
        const std::string value = options.value("attention-flops");
        const auto convention = model::parseAttentionFlops(value);
        if (!convention)
            throw InputError("", "--attention-flops", value,
                             "expected " + model::attentionFlopsNames());
        deployment.attentionFlops = *convention;
    }
    if (options.has("kv-compression")) {
        for (const char *axis : {"layer", "head", "token", "hidden"})
            if (options.has(std::string("kv-compression-") + axis))
                throw InputError("", "--kv-compression", options.value("kv-compression"),
                                 std::string("cannot be combined with --kv-compression-") + axis);
        const model::Parameter &hidden = model::parameter("kv-compression-hidden");
        const double ratio = options.number("kv-compression", 1);
        model::checkValue(hidden, ratio, "", "--kv-compression");
        // One overall ratio: recorded on the hidden axis, the others left at 1.
        deployment.kvCompression = {};
        hidden.set(scenario, ratio);
    }
    if (options.has("model-size") && options.has("params"))
        throw InputError("", "--model-size", options.value("model-size"),
                         "cannot be combined with --params: one rescales the architecture, the "
                         "other recounts it");
    if (options.has("model-size"))
        deployment.paramsOverride = 0; // a rescale replaces the scenario's own recount
    for (const auto &param : model::parameters()) {
        const std::string name(param.key);
        if (!isScenarioFlag(param) || !options.has(name))
            continue;
        const double value = options.number(name, 0);
        model::checkValue(param, value, "", flag(name));
        param.set(scenario, value);
    }
    const int gpus = scenario.deployment.gpus;
    const std::string problem =
        model::tensorParallelProblem(scenario.model, gpus, int(model::parameter("gpus").max));
    if (!problem.empty())
        throw InputError("", "--gpus", std::to_string(gpus), problem);
    // After every override: --hbm-gib or --memory-utilization can contradict a scenario's reserve
    // as much as --reserved-gib can.
    model::checkReserve(scenario, "", "--reserved-gib");
}

std::string scenarioOptionsHelp()
{
    std::string text =
        "  --scenario ID|FILE        start from a scenario (default: fu2024-34b-50k, the paper's "
        "example)\n"
        "  --model ID|FILE           model preset id, kvscope model file, or Hugging Face "
        "config.json\n"
        "  --hardware ID|FILE        hardware preset id or kvscope hardware file\n"
        "  --weight-dtype D          " +
        model::dtypeNames() +
        "\n"
        "  --kv-dtype D              " +
        model::dtypeNames() +
        "\n"
        "  --attention-flops C       causal (physical count, the default), paper (N n^2 / 12d and\n"
        "                            2 N n; the paper's scenarios) or full (the whole n x n "
        "square)\n"
        "  --tp-comm on|off          tensor-parallel all-reduce time (on unless a paper scenario)\n"
        "  --kv-compression R        one overall KV compression ratio (>= 1)\n";
    for (const auto &param : model::parameters()) {
        if (!isScenarioFlag(param))
            continue;
        std::string line = "  --" + std::string(param.key) + " N";
        line.resize(std::max<std::size_t>(line.size() + 1, 28), ' ');
        text += line + std::string(param.help) + " [" + model::formatPlain(param.min) + " to " +
                model::formatPlain(param.max) + " " + std::string(model::unitSuffix(param.unit)) +
                "]\n";
    }
    return text;
}

} // namespace kvscope::app
