// SPDX-License-Identifier: GPL-3.0-or-later
// Published serving measurements shipped with kvscope (presets/measurements/*.json, one file per
// source): the points the latency charts draw over the theory and the band is calibrated on.
#pragma once

#include "dtype.h"
#include "expectedband.h"
#include "scenario.h"

#include <span>
#include <string>
#include <vector>

namespace kvscope::model {

/// What a point measured, in SI units.
enum class MeasuredMetric
{
    Ttft,                       ///< seconds to the first token (prefill of input_tokens)
    Tpot,                       ///< seconds per output token while `batch` users decode
    OutputTokensPerSecondPerGpu ///< a static batch: prefill every prompt, then decode together
};

struct MeasuredPoint
{
    std::string model;    ///< built-in model id
    std::string hardware; ///< built-in hardware id
    int gpus = 1;         ///< tensor-parallel degree
    DType weightDtype = DType::BF16;
    DType kvDtype = DType::BF16;
    double inputTokens = 0;
    double outputTokens = 1;
    int batch = 1; ///< batch or concurrency
    MeasuredMetric metric = MeasuredMetric::Ttft;
    double value = 0; ///< seconds, or tokens/s per GPU
    std::string label;
    int source = 0; ///< index into builtinMeasurementSources()
};

struct MeasurementSource
{
    std::string id;
    std::string name;
    std::string source; ///< the document and what in it
    std::string url;
    std::string date;
    std::string version;
};

/// "ttft_seconds", "tpot_seconds", "output_tokens_per_second_per_gpu".
const char *measuredMetricKey(MeasuredMetric metric);

/// Every shipped source and point, parsed once; a malformed file is a build bug (tests load all).
std::span<const MeasurementSource> builtinMeasurementSources();
std::span<const MeasuredPoint> builtinMeasurements();

/// The scenario a point describes: its built-in model and hardware, its GPUs, dtypes, lengths and
/// batch, with the physical conventions (causal attention FLOP, TP communication on).
Scenario measurementScenario(const MeasuredPoint &point);

/// A point beside what kvscope predicts for it, in the point's unit. For throughput the "low"
/// and "high" are the fast and slow edges' throughputs, so low >= high there.
struct MeasurementCheck
{
    double measured = 0;
    double peak = 0;
    double bandFast = 0; ///< the fast edge of the band (lowest time, highest throughput)
    double bandSlow = 0; ///< the slow edge
    /// measured / peak for times, peak / measured for throughput: how much slower than the peak.
    double slowdown = 0;
    bool inside = false; ///< between the band's edges
};
MeasurementCheck checkMeasurement(const MeasuredPoint &point);

/// The points of the scenario's model and hardware (by id), for the latency charts' overlay.
std::vector<const MeasuredPoint *> matchingMeasurements(const Scenario &scenario);

} // namespace kvscope::model
