// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurements.h"

#include "builtins.h"
#include "embeddedpresets.h"
#include "inputerror.h"
#include "jsonfields.h"
#include "jsonfile.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace kvscope::model {

namespace {

using nlohmann::json;

struct Measurements
{
    std::vector<MeasurementSource> sources;
    std::vector<MeasuredPoint> points;
};

const json &required(const json &object, const char *key, const std::string &file,
                     const std::string &field)
{
    const json *value = member(object, key);
    if (!value)
        throw InputError(file, field + key, "", "missing");
    return *value;
}

std::string text(const json &object, const char *key, const std::string &file,
                 const std::string &prefix = "")
{
    return stringField(required(object, key, file, prefix), file, prefix + key);
}

double positive(const json &object, const char *key, const std::string &file,
                const std::string &prefix)
{
    const json &value = required(object, key, file, prefix);
    if (!value.is_number() || !(value.get<double>() > 0) || !std::isfinite(value.get<double>()))
        throw InputError(file, prefix + key, jsonValueText(value), "must be a number above 0");
    return value.get<double>();
}

DType dtype(const json &object, const char *key, const std::string &file, const std::string &prefix)
{
    const std::string name = text(object, key, file, prefix);
    const auto parsed = parseDType(name);
    if (!parsed)
        throw InputError(file, prefix + key, name, "unknown dtype; one of: " + dtypeNames());
    return *parsed;
}

MeasuredMetric metric(const json &object, const std::string &file, const std::string &prefix)
{
    const std::string name = text(object, "metric", file, prefix);
    for (MeasuredMetric m :
         {MeasuredMetric::Ttft, MeasuredMetric::Tpot, MeasuredMetric::OutputTokensPerSecondPerGpu})
        if (name == measuredMetricKey(m))
            return m;
    throw InputError(file, prefix + "metric", name,
                     "expected ttft_seconds, tpot_seconds or output_tokens_per_second_per_gpu");
}

void readFile(const json &object, const std::string &file, Measurements &into)
{
    MeasurementSource source;
    source.id = text(object, "id", file);
    source.name = text(object, "name", file);
    source.source = text(object, "source", file);
    source.url = text(object, "url", file);
    source.date = text(object, "date", file);
    source.version = text(object, "version", file);
    const json &points = required(object, "points", file, "");
    if (!points.is_array() || points.empty())
        throw InputError(file, "points", jsonValueText(points), "must be a non-empty array");
    const int index = int(into.sources.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const json &p = points[i];
        const std::string prefix = "points[" + std::to_string(i) + "].";
        MeasuredPoint point;
        point.model = text(p, "model", file, prefix);
        point.hardware = text(p, "hardware", file, prefix);
        if (!findBuiltinModel(point.model))
            throw InputError(file, prefix + "model", point.model, "not a built-in model");
        if (!findBuiltinHardware(point.hardware))
            throw InputError(file, prefix + "hardware", point.hardware, "not a built-in hardware");
        point.gpus = int(positive(p, "gpus", file, prefix));
        point.weightDtype = dtype(p, "weight_dtype", file, prefix);
        point.kvDtype = dtype(p, "kv_dtype", file, prefix);
        point.inputTokens = positive(p, "input_tokens", file, prefix);
        point.outputTokens = positive(p, "output_tokens", file, prefix);
        point.batch = int(positive(p, "batch", file, prefix));
        point.metric = metric(p, file, prefix);
        point.value = positive(p, "value", file, prefix);
        point.label = text(p, "label", file, prefix);
        point.source = index;
        into.points.push_back(std::move(point));
    }
    into.sources.push_back(std::move(source));
}

const Measurements &measurements()
{
    static const Measurements instance = [] {
        Measurements all;
        for (const EmbeddedPreset &file : embeddedPresets()) {
            if (!file.path.starts_with("measurements/"))
                continue;
            const std::string name = "presets/" + std::string(file.path);
            readFile(parseJson(file.text, name), name, all);
        }
        return all;
    }();
    return instance;
}

/// Seconds for a static batch: every prompt prefilled (one weight read shared by the batch), then
/// the batch decodes together. Overheads are those evaluateAtEfficiency() added to one request.
double staticBatchSeconds(const Metrics &r, int batch, double overhead)
{
    const double prefill = std::max(batch * r.prefillComputeSeconds, r.prefillMemorySeconds) +
                           batch * r.prefillCommSeconds + overhead;
    return prefill + r.decodeSeconds;
}

} // namespace

const char *measuredMetricKey(MeasuredMetric metric)
{
    switch (metric) {
    case MeasuredMetric::Ttft:
        return "ttft_seconds";
    case MeasuredMetric::Tpot:
        return "tpot_seconds";
    case MeasuredMetric::OutputTokensPerSecondPerGpu:
        return "output_tokens_per_second_per_gpu";
    }
    return "";
}

std::span<const MeasurementSource> builtinMeasurementSources()
{
    return measurements().sources;
}

std::span<const MeasuredPoint> builtinMeasurements()
{
    return measurements().points;
}

Scenario measurementScenario(const MeasuredPoint &point)
{
    Scenario s;
    s.id = point.model + "@" + point.hardware;
    s.name = point.label;
    s.model = *findBuiltinModel(point.model);
    s.hardware = *findBuiltinHardware(point.hardware);
    Deployment &d = s.deployment;
    d.gpus = point.gpus;
    d.weightDtype = point.weightDtype;
    d.kvDtype = point.kvDtype;
    d.context = point.inputTokens;
    d.outputTokens = point.outputTokens;
    d.batch = point.batch;
    return s;
}

MeasurementCheck checkMeasurement(const MeasuredPoint &point)
{
    const Scenario s = measurementScenario(point);
    const CostTerms terms(s);
    const Metrics peak = terms.evaluate(s.deployment, s.hardware);
    MeasurementCheck check;
    check.measured = point.value;
    switch (point.metric) {
    case MeasuredMetric::Ttft:
    case MeasuredMetric::Tpot: {
        const ExpectedBand band = expectedBand(terms, s.deployment, s.hardware, peak);
        const bool ttft = point.metric == MeasuredMetric::Ttft;
        check.peak = ttft ? peak.prefillSeconds : peak.decodeSecondsPerToken;
        check.bandFast = ttft ? band.prefillLow : band.decodePerTokenLow;
        check.bandSlow = ttft ? band.prefillHigh : band.decodePerTokenHigh;
        check.slowdown = check.measured / check.peak;
        check.inside = check.measured >= check.bandFast && check.measured <= check.bandSlow;
        break;
    }
    case MeasuredMetric::OutputTokensPerSecondPerGpu: {
        const BandEdges edges = bandEdges(terms.model(), s.deployment, s.hardware);
        const auto overhead = [&](const EngineEfficiency &e) {
            return e.requestSeconds + terms.model().layers * e.layerSeconds;
        };
        // evaluateAtEfficiency() put the one-request overhead into prefillSeconds only; the
        // static batch pays it once, so it is added here instead.
        const double peakSeconds = staticBatchSeconds(peak, point.batch, 0);
        double fast =
            staticBatchSeconds(evaluateAtEfficiency(terms, s.deployment, s.hardware, edges.fast),
                               point.batch, overhead(edges.fast));
        double slow =
            staticBatchSeconds(evaluateAtEfficiency(terms, s.deployment, s.hardware, edges.slow),
                               point.batch, overhead(edges.slow));
        fast = std::max(fast, peakSeconds);
        slow = std::clamp(slow, fast, kMaxBandWidth * fast);
        const double tokens = point.batch * point.outputTokens / point.gpus;
        check.peak = tokens / peakSeconds;
        check.bandFast = tokens / fast;
        check.bandSlow = tokens / slow;
        check.slowdown = check.peak / check.measured;
        check.inside = check.measured <= check.bandFast && check.measured >= check.bandSlow;
        break;
    }
    }
    return check;
}

std::vector<const MeasuredPoint *> matchingMeasurements(const Scenario &scenario)
{
    std::vector<const MeasuredPoint *> matches;
    for (const MeasuredPoint &point : builtinMeasurements())
        if (point.model == scenario.model.id && point.hardware == scenario.hardware.id)
            matches.push_back(&point);
    return matches;
}

} // namespace kvscope::model
