// SPDX-License-Identifier: GPL-3.0-or-later
// The latency chart's data: prefill split into linear layers, attention and TP communication,
// decode per token into weight read, KV read, compute beyond the reads and communication, with
// the expected-in-practice band, along context.
#pragma once

#include "explorerdata.h"
#include "series.h"

#include <vector>

namespace kvscope::model {

/// Prefill split into linear layers, attention and TP communication, and decode time per generated
/// token split into weight read, KV read, compute-bound excess and communication, in seconds. The
/// compute/memory time max(compute, memory) is shared between linear and attention in proportion
/// to their FLOP.
struct LatencySample
{
    double context = 0;
    double prefillLinear = 0;
    double prefillAttention = 0;
    double prefillComm = 0;
    Bound prefillBound = Bound::Compute;
    double decodeWeights = 0;
    double decodeKv = 0;
    double decodeCompute = 0;
    double decodeComm = 0;
    Bound decodeBound = Bound::Memory;
    /// The expected-in-practice band (§4.8): prefill and per-token decode, seconds.
    double prefillExpectedLow = 0;
    double prefillExpectedHigh = 0;
    double decodeExpectedLow = 0;
    double decodeExpectedHigh = 0;

    double prefill() const { return prefillLinear + prefillAttention + prefillComm; }
    double decode() const { return decodeWeights + decodeKv + decodeCompute + decodeComm; }
};

/// The latency chart's sample for one evaluation; per-token times divide by max(1, outputTokens).
/// The band comes from `metrics`' expected fields (evaluateFleet()), or is set by the caller.
LatencySample latencySample(double context, const Metrics &metrics, double outputTokens);

/// LatencySample along context.
struct LatencyCurves
{
    std::vector<double> context;
    std::vector<double> prefillLinear;
    std::vector<double> prefillAttention;
    std::vector<double> prefillComm;
    std::vector<Bound> prefillBound;
    std::vector<double> decodeWeights;
    std::vector<double> decodeKv;
    std::vector<double> decodeCompute;
    std::vector<double> decodeComm;
    std::vector<Bound> decodeBound;
    std::vector<double> prefillExpectedLow;
    std::vector<double> prefillExpectedHigh;
    std::vector<double> decodeExpectedLow;
    std::vector<double> decodeExpectedHigh;

    void append(const LatencySample &sample);
    LatencySample at(std::size_t index) const;
    bool operator==(const LatencyCurves &) const = default;
};

/// The chart's curves along the explorer's sweep, the band at every sample.
LatencyCurves latencyCurves(const ExplorerData &data);
/// What the chart plots, for the CSV: "Prefill: Linear layers", ..., "Decode per token: KV
/// read", ...; the attention, communication and compute-beyond-reads parts only where non-zero.
std::vector<Series> latencySeries(const LatencyCurves &curves);

} // namespace kvscope::model
