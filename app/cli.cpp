// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "builtins.h"
#include "clioptions.h"
#include "comparison.h"
#include "evaltable.h"
#include "evaluate.h"
#include "exportcommand.h"
#include "fleetcommands.h"
#include "fleetmetrics.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "parameters.h"
#include "sweep.h"
#include "tensorparallel.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace kvscope::app {

using namespace kvscope::model;

namespace {

constexpr const char *kUsage =
    "kvscope: what it costs to serve long-context transformers (Fu 2024)\n"
    "\n"
    "usage:\n"
    "  kvscope                      open the window (or print the paper's example without a "
    "display)\n"
    "  kvscope eval    [scenario options] [--json] [--bytes gb|gib]\n"
    "  kvscope sweep   [scenario options] --vary AXIS --from A --to B --points N [--log]\n"
    "                  [--csv FILE|-]     AXIS: context gpus hbm params model-size batch "
    "output-tokens\n"
    "  kvscope compare --scenario A --scenario B [...] [scenario options]\n"
    "                  [--out FILE.png|.svg|.pdf|.csv|.md] [--charts memory,latency]\n"
    "                  [--size 1920x1270] [--scale 2] [--theme light|dark] [--transparent]\n"
    "                  [--no-caption] [--latency-scale log|linear] [--bytes gb|gib]\n"
    "                  A, B: scenario, hardware or model ids, or preset files (2 to 4)\n"
    "  kvscope export  [scenario options] --chart CHART --out FILE.png|.svg|.pdf|.csv\n"
    "                  [--size 1920x1080] [--scale 2] [--theme light|dark] [--transparent]\n"
    "                  [--no-caption] [--bytes gb|gib] [--latency-scale log|linear]\n"
    "                  CHART: {charts}\n"
    "  kvscope presets [--kind model|hardware|scenario] [--json]\n"
    "  kvscope plan    --users U [--ttft S] [--tpot S] [--max-gpus N] [scenario options]\n"
    "                  [--json]   the fewest GPUs (replicas x a valid TP degree) that hold U\n"
    "                  users at the context and meet the targets at the expected band's high end\n"
    "  kvscope measurements [--json]   published measurements shipped with their sources\n"
    "  kvscope tour    [--tour FILE] --out DECK.pdf|DIR [--size 1920x1080] [--theme light|dark]\n"
    "                  [--bytes gb|gib]   the guided tour of the paper (or FILE), one PDF page\n"
    "                  or one PNG per scene\n"
    "  kvscope bench   [--json] [--steps 240] [--size 1600x1000] [--page PAGE]\n"
    "                  the window's slider-step and cold-start timings, offscreen\n"
    "                  PAGE: charts timeline compression plan\n"
    "  kvscope help\n"
    "  kvscope version (or --version, -v)\n"
    "\n"
    "Numbers accept K/M/G/B/T suffixes with K = 1,000 (50K, 34B).\n"
    "\n"
    "scenario options:\n";

/// The usage, with the chart names from the table of chart kinds.
std::string usageText()
{
    std::string usage = kUsage;
    const std::string marker = "{charts}";
    usage.replace(usage.find(marker), marker.size(), joined(exportChartIds(), " "));
    return usage + scenarioOptionsHelp();
}

ByteUnits byteUnits(const CliOptions &options)
{
    const std::string units = options.value("bytes", "gib");
    if (units != "gb" && units != "gib")
        throw InputError("", "--bytes", units, "expected gb or gib");
    return units == "gb" ? ByteUnits::Decimal : ByteUnits::Binary;
}

/// Writes `text` to standard output for "-" and atomically to the file otherwise.
void emit(const std::string &path, const std::string &text, std::ostream &out)
{
    if (path.empty() || path == "-")
        out << text;
    else
        writeFileAtomically(path, text);
}

int runEval(const std::vector<std::string> &args, std::ostream &out)
{
    CliOptions::Spec spec = scenarioOptionSpec();
    spec.switches.insert("json");
    spec.values.insert("bytes");
    const CliOptions options(args, spec);
    const Scenario scenario = scenarioFromOptions(options);
    const Metrics metrics = evaluateFleet(scenario);
    if (options.has("json"))
        out << metricsJson(scenario, metrics).dump(2) << "\n";
    else
        out << metricsTable(scenario, metrics, byteUnits(options));
    return 0;
}

/// The CSV columns of a sweep: name (with its unit) and the value it takes from the metrics.
struct Column
{
    const char *name;
    double (*value)(const Metrics &);
};
constexpr Column kSweepColumns[] = {
    {"kv_bytes_per_user",
     [](const Metrics &m) {
         return m.kvBytesPerUser;
     }},
    {"weight_bytes",
     [](const Metrics &m) {
         return m.weightBytes;
     }},
    {"free_kv_bytes",
     [](const Metrics &m) {
         return m.freeKvBytes;
     }},
    {"concurrency",
     [](const Metrics &m) {
         return m.concurrency;
     }},
    {"prefill_seconds",
     [](const Metrics &m) {
         return m.prefillSeconds;
     }},
    {"decode_seconds_per_token",
     [](const Metrics &m) {
         return m.decodeSecondsPerToken;
     }},
    {"decode_seconds",
     [](const Metrics &m) {
         return m.decodeSeconds;
     }},
    {"decode_tokens_per_second",
     [](const Metrics &m) {
         return m.decodeTokensPerSecond;
     }},
    {"context_switch_seconds",
     [](const Metrics &m) {
         return m.contextSwitchSeconds;
     }},
};

int runSweep(const std::vector<std::string> &args, std::ostream &out)
{
    CliOptions::Spec spec = scenarioOptionSpec();
    spec.switches.insert("log");
    for (const char *name : {"vary", "from", "to", "points", "csv"})
        spec.values.insert(name);
    const CliOptions options(args, spec);
    const Scenario scenario = scenarioFromOptions(options);

    if (!options.has("vary"))
        throw InputError("", "--vary", "", "missing: which axis to sweep");
    const auto axis = parseAxis(options.value("vary"));
    if (!axis)
        throw InputError("", "--vary", options.value("vary"),
                         "unknown axis; one of: context gpus hbm params model-size batch "
                         "output-tokens");
    const Parameter &param = parameter(axisParameterKey(*axis));
    for (const char *name : {"from", "to", "points"})
        if (!options.has(name))
            throw InputError("", std::string("--") + name, "", "missing");
    const double from = options.number("from", 0);
    const double to = options.number("to", 0);
    checkValue(param, from, "", "--from");
    checkValue(param, to, "", "--to");
    const double points = options.number("points", 0);
    if (points < 1 || points > 100000 || points != std::floor(points))
        throw InputError("", "--points", options.value("points"),
                         "must be a whole number from 1 to 100000");
    if (options.has("log") && (from <= 0 || to <= 0))
        throw InputError("", "--from", options.value("from"), "a --log sweep needs values above 0");

    auto values = sweepValues(from, to, int(points), options.has("log"), param.integer);
    if (*axis == SweepAxis::Gpus) {
        // A GPU count lands on the largest tensor-parallel degree at or below it that splits the
        // model's heads; repeats are dropped.
        for (double &value : values)
            value = validDegreeAtMost(scenario.model, int(value));
        values.erase(std::unique(values.begin(), values.end()), values.end());
    }
    const auto results = sweep(scenario, *axis, values);
    std::ostringstream csv;
    csv << param.jsonKey();
    for (const Column &column : kSweepColumns)
        csv << "," << column.name;
    csv << "\n";
    for (const SweepPoint &point : results) {
        csv << formatPlain(point.x);
        for (const Column &column : kSweepColumns)
            csv << "," << formatPlain(column.value(point.metrics));
        csv << "\n";
    }
    emit(options.value("csv", "-"), csv.str(), out);
    return 0;
}

std::string extensionOf(const std::string &path)
{
    const auto dot = path.rfind('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    for (char &c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

int runCompare(const std::vector<std::string> &args, std::ostream &out)
{
    CliOptions::Spec spec = scenarioOptionSpec();
    spec.values.erase("scenario");
    spec.repeatable.insert("scenario");
    spec.values.insert("out");
    spec.values.insert("bytes");
    for (const std::string &name : comparisonImageOptionNames())
        spec.values.insert(name);
    for (const std::string &name : comparisonImageSwitchNames())
        spec.switches.insert(name);
    const CliOptions options(args, spec);
    const std::vector<std::string> ids = options.values("scenario");
    if (ids.size() < 2 || ids.size() > 4)
        throw InputError("", "--scenario", std::to_string(ids.size()) + " given",
                         "compare needs 2 to 4 --scenario options");
    const std::string path = options.value("out", "-");
    const std::string format = path == "-" ? "md" : extensionOf(path);
    const bool figure = format == "png" || format == "svg" || format == "pdf";
    if (!figure && format != "csv" && format != "md")
        throw InputError("", "--out", path, "expected a .png, .svg, .pdf, .csv or .md file");

    std::vector<Scenario> columns;
    for (const std::string &id : ids) {
        Scenario column = comparisonColumn(id, paperExample());
        applyScenarioOverrides(column, options);
        columns.push_back(std::move(column));
    }
    if (figure) {
        writeComparisonFigure(columns, options, path);
        return 0;
    }
    emit(path,
         format == "csv" ? comparisonCsv(columns) : comparisonMarkdown(columns, byteUnits(options)),
         out);
    return 0;
}

int runPresets(const std::vector<std::string> &args, std::ostream &out)
{
    CliOptions::Spec spec;
    spec.values = {"kind"};
    spec.switches = {"json"};
    const CliOptions options(args, spec);
    const std::string kind = options.value("kind", "all");
    if (kind != "all" && kind != "model" && kind != "hardware" && kind != "scenario")
        throw InputError("", "--kind", kind, "expected model, hardware or scenario");
    const auto wanted = [&](const char *k) {
        return kind == "all" || kind == k;
    };

    nlohmann::json list = nlohmann::json::array();
    std::ostringstream text;
    const auto add = [&](const char *k, const std::string &id, const std::string &name,
                         const std::string &summary) {
        list.push_back({{"kind", k}, {"id", id}, {"name", name}, {"summary", summary}});
        std::string padded = id;
        padded.resize(std::max<std::size_t>(padded.size() + 1, 18), ' ');
        text << padded << name << " (" << summary << ")\n";
    };
    if (wanted("model")) {
        text << "models\n";
        for (const ModelSpec &m : builtinModels()) {
            const ParamCount count = countParams(m);
            add("model", m.id, m.name,
                formatParams(count.total) + " params" +
                    (m.moe.enabled() ? ", " + formatParams(count.active) + " active" : "") +
                    ", KV " + formatInteger(kvBytesPerToken(m, 2)) + " B/token in bf16");
        }
    }
    if (wanted("hardware")) {
        text << (kind == "all" ? "\nhardware\n" : "hardware\n");
        for (const HardwareSpec &h : builtinHardware())
            add("hardware", h.id, h.name,
                formatBytes(h.hbmBytes, ByteUnits::Binary) + ", " +
                    formatBandwidth(h.hbmBandwidth) + ", " + formatFlopRate(h.bf16Flops) + " bf16");
    }
    if (wanted("scenario")) {
        text << (kind == "all" ? "\nscenarios\n" : "scenarios\n");
        for (const Scenario &s : builtinScenarios())
            add("scenario", s.id, s.name,
                s.model.id + " on " + std::to_string(s.deployment.gpus) + " x " + s.hardware.id +
                    ", " + formatTokens(s.deployment.context) + " tokens");
    }
    out << (options.has("json") ? list.dump(2) + "\n" : text.str());
    return 0;
}

} // namespace

int writeOutput(std::ostream &out, std::ostream &err, std::string_view text, int status)
{
    // A full disk or a closed pipe shows as a failed write(2) while the text goes out or when
    // the rest is flushed; errno then holds its reason.
    errno = 0;
    out << text;
    out.flush();
    if (out)
        return status;
    const int error = errno;
    err << "kvscope: cannot write to standard output: "
        << (error ? std::strerror(error) : "the stream reported an error") << "\n";
    return 1;
}

std::string paperExampleTable()
{
    const Scenario scenario = paperExample();
    return metricsTable(scenario, evaluateFleet(scenario), ByteUnits::Binary);
}

int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    using Command = std::function<int(const std::vector<std::string> &, std::ostream &)>;
    const std::map<std::string, Command> commands = {
        {"eval", runEval},
        {"sweep", runSweep},
        {"presets", runPresets},
        {"compare", runCompare},
        {"export", runExport},
        {"plan", runPlan},
        {"measurements", runMeasurements},
        {"tour", runTour},
    };
    try {
        if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
            return writeOutput(out, err, usageText(), 0);
        }
        if (args[0] == "--version" || args[0] == "version")
            return writeOutput(out, err, std::string("kvscope ") + KVSCOPE_VERSION + "\n", 0);
        const auto command = commands.find(args[0]);
        if (command == commands.end())
            throw InputError("", "command", args[0],
                             "unknown; expected eval, sweep, compare, export, presets, plan, "
                             "measurements, tour, bench, version or help");
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
            return writeOutput(out, err, usageText(), 0);
        }
        // Render to a buffer first so a failure part-way prints nothing partial.
        std::ostringstream buffer;
        const int status = command->second(rest, buffer);
        return writeOutput(out, err, buffer.str(), status);
    } catch (const InputError &error) {
        err << "kvscope: " << error.what() << "\n";
        return 2;
    } catch (const std::exception &error) {
        err << "kvscope: internal error: " << error.what() << "\n";
        return 1;
    }
}

} // namespace kvscope::app
