// SPDX-License-Identifier: GPL-3.0-or-later
// Chart math without drawing: the samples along the context axis, the curves each explorer chart
// draws, stacking, the resident-user bar, nice ticks with their labels and the slider scales with
// their snap points. The chart widgets only move these vectors into QCustomPlot, so everything a
// chart shows can be tested here without a display.
#pragma once

#include "measurements.h"
#include "metrics.h"
#include "scenario.h"
#include "units.h"

#include <span>
#include <string>
#include <vector>

namespace kvscope::model {

/// The context axis every chart shares: 1K to 10M tokens (K = 1,000, as the paper counts).
inline constexpr double kChartContextFrom = 1e3;
inline constexpr double kChartContextTo = 1e7;
/// The context the metrics strip compares with ("x15.8 vs 4K").
inline constexpr double kReferenceContext = 4000;
/// Where a concurrency of zero is drawn on the logarithmic users axis (labelled "0").
inline constexpr double kZeroUsersFloor = 0.2;
/// The GPU counts the concurrency chart draws faintly beside the current one.
inline constexpr int kComparedGpuCounts[] = {1, 2, 4, 8};

/// Context lengths the context slider snaps to: 4K, 8K, 32K, 128K, 200K, 1M and 10M tokens.
std::span<const double> contextSnapPoints();

/// Maps a slider's integer positions 0..positions onto a parameter's range, linearly or
/// geometrically. Values are rounded to whole numbers for integer parameters and to three
/// significant digits otherwise, so a dragged value reads cleanly ("50.1K", "80.4 GiB"). Snap
/// points pull every position within `snapPositions` of them onto the exact point.
class SliderScale
{
public:
    SliderScale() = default;
    SliderScale(double min, double max, bool log, bool integer, int positions = 1000);

    double min() const { return m_min; }
    double max() const { return m_max; }
    int positions() const { return m_positions; }

    /// Snap points outside [min, max] are ignored.
    void setSnapPoints(std::vector<double> points, double snapPositions);
    const std::vector<double> &snapPoints() const { return m_snapPoints; }

    /// The (rounded, snapped) value at a position; positions are clamped to 0..positions.
    double valueAt(int position) const;
    /// The nearest position of a value; values outside the range give the end positions.
    int positionOf(double value) const;
    /// The first position from `position` onwards in `direction` (+1 or -1) whose value lies
    /// beyond `current` in that direction, or the end of the track: a key press always moves the
    /// value, even inside a snap zone or where integer rounding maps many positions to one value.
    int nextDistinctPosition(int position, double current, int direction) const;

private:
    double exactPosition(double value) const;
    double rawValueAt(int position) const;

    double m_min = 0;
    double m_max = 1;
    bool m_log = false;
    bool m_integer = false;
    int m_positions = 1000;
    std::vector<double> m_snapPoints;
    double m_snapPositions = 0;
};

/// `value` rounded to `digits` significant digits (0 stays 0).
double roundSignificant(double value, int digits);

/// `points` context lengths spread geometrically over [from, to], merged with `extra` values
/// inside that range; sorted ascending without duplicates.
std::vector<double> contextSamples(double from, double to, int points,
                                   std::span<const double> extra = {});

/// The contexts where KV per user bends (each sliding window w): sampling there keeps KV bytes
/// linear between neighbouring samples.
std::vector<double> kvKinks(const ModelSpec &model);

/// Extra context samples that put the concurrency steps where they are: for each k <= `maxUsers`
/// where floor(freeBytes / kvBytes(n)) drops from k to k - 1 between two neighbouring samples,
/// one sample just before and one just after the drop (KV bytes interpolated linearly between
/// the samples, which is exact when the samples include kvKinks()). `kvBytes` holds KV per user at
/// `samples`.
std::vector<double> concurrencyStepSamples(std::span<const double> samples,
                                           std::span<const double> kvBytes, double freeBytes,
                                           int maxUsers = 40);

/// Running sums of `layers` (each the same length): the top edge of each band of a stacked area,
/// bottom layer first.
std::vector<std::vector<double>> stackLayers(const std::vector<std::vector<double>> &layers);

/// One segment of the memory bar for the current setting, bottom to top.
struct BarSegment
{
    enum class Kind
    {
        Weights,
        Reserved,
        Users, ///< one resident user, or a group of consecutive ones
        Free,  ///< usable HBM left over: less than one more user's KV cache
        Unusable
    };
    Kind kind = Kind::Weights;
    int firstUser = 0; ///< 1-based, for Users
    int lastUser = 0;  ///< inclusive; equals firstUser for a single user
    double bottom = 0; ///< bytes
    double top = 0;    ///< bytes

    double bytes() const { return top - bottom; }
    bool operator==(const BarSegment &) const = default;
};

/// The memory bar: weights, reserve, one segment per resident user (or groups of
/// ceil(concurrency / maxUserSegments) users when there are more than that), free remainder and
/// the capacity held back by the utilisation fraction. `capacityBytes` is G * HBM per GPU. Where
/// the weights alone do not fit, the weights segment runs past the capacity and no user is shown.
std::vector<BarSegment> memoryBar(const Metrics &metrics, double capacityBytes,
                                  int maxUserSegments = 10);

/// What occupies HBM at one context, in bytes.
struct MemorySample
{
    double context = 0;
    double weights = 0;
    double reserved = 0;
    double residentKv = 0; ///< concurrency * KV per user
    double free = 0;       ///< usable - reserved - weights - resident KV, >= 0
    double unusable = 0;   ///< capacity * (1 - u) while the weights fit
    double users = 0;      ///< concurrency (0 when the weights do not fit)
    double kvPerUser = 0;
};

/// The memory chart's sample for one evaluation at `context`; `capacityBytes` is G * HBM per GPU.
MemorySample memorySample(double context, const Metrics &metrics, double capacityBytes);

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

/// Chart 1: what occupies HBM along context, bytes per sample.
struct MemoryCurves
{
    std::vector<double> context;
    std::vector<double> weights;
    std::vector<double> reserved;
    std::vector<double> residentKv; ///< concurrency(n) * KV per user(n)
    std::vector<double> free;       ///< usable - reserved - weights - resident KV, >= 0
    std::vector<double> unusable;   ///< capacity * (1 - u)
    std::vector<double> users;      ///< concurrency(n)
    std::vector<double> kvPerUser;  ///< KV per user(n)
    double capacity = 0;            ///< G * HBM per GPU
    double usable = 0;              ///< capacity * u
    bool fits = true;               ///< the weights fit in usable HBM

    void append(const MemorySample &sample);
    MemorySample at(std::size_t index) const;
    bool operator==(const MemoryCurves &) const = default;
};

/// Chart 2: LatencySample along context.
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

/// Chart 3: users that fit along context for one GPU count.
struct ConcurrencyCurve
{
    int gpus = 1;
    bool current = false; ///< the scenario's own GPU count
    std::vector<double> context;
    /// replicas * floor(concurrency_exact): the users every data-parallel copy holds together
    std::vector<double> users;

    bool operator==(const ConcurrencyCurve &) const = default;
};

/// Chart 4: context switching along context.
struct SwitchingCurves
{
    std::vector<double> context;
    std::vector<double> switchSeconds;  ///< 2 * KV per user / (G * PCIe)
    std::vector<double> prefillSeconds; ///< recomputing the cache instead, for comparison
    std::vector<double> kvPerUser;      ///< bytes moved each way
    std::vector<double> hostParkedUsers;
    double hostMemoryBytes = 0;
    /// Context beyond which host memory cannot park even one user's KV cache; 0 when that
    /// happens nowhere on the axis.
    double hostLimitContext = 0;

    bool operator==(const SwitchingCurves &) const = default;
};

/// Everything the explorer window shows for one scenario: the metrics strip and the four charts.
struct ExplorerData
{
    Scenario scenario;
    ModelSpec model;   ///< the architecture evaluated (rescaled by the model-size slider)
    Metrics current;   ///< evaluateFleet(): the peak, the expected band and the cost
    Metrics reference; ///< the same scenario at kReferenceContext tokens
    /// Published measurements of this model on this hardware, for the latency charts' overlay.
    std::vector<const MeasuredPoint *> measured;
    double contextFrom = kChartContextFrom;
    double contextTo = kChartContextTo;
    int points = 0; ///< geometric samples asked for
    MemoryCurves memory;
    LatencyCurves latency;
    std::vector<ConcurrencyCurve> concurrency; ///< kComparedGpuCounts and the current count
    SwitchingCurves switching;
};

/// Evaluates the scenario, its 4K reference and the sweeps along context every chart needs
/// (`points` geometric samples, the sliding-window bends and the concurrency steps). The curves do
/// not depend on the current context, so moving only the context leaves them equal and a chart
/// redraws just its current-value marker.
ExplorerData explorerData(const Scenario &scenario, int points = 100);
/// The same, reusing `previous`'s curves when it differs from `scenario` only in the context
/// (inside the same axis range): a context step then costs two evaluations, not the sweeps.
ExplorerData explorerData(const Scenario &scenario, const ExplorerData &previous, int points = 100);

/// Ticks for one axis: major values with their labels, and minor values.
struct Ticks
{
    std::vector<double> values;
    std::vector<std::string> labels;
    std::vector<double> minor;
};

/// About `target` ticks at 1, 2, 2.5 or 5 times a power of ten covering [lo, hi].
std::vector<double> niceTicks(double lo, double hi, int target);
/// Linear byte ticks that are round in the display prefix chosen for `hi` (10 GiB steps, not
/// 10.74 GB), labelled with formatBytes ("20 GiB"; "0" at zero).
Ticks byteTicks(double lo, double hi, ByteUnits units, int target = 6);
/// Linear second ticks, round in the unit formatSeconds uses for `hi`.
Ticks secondTicks(double lo, double hi, int target = 6);
/// Logarithmic second ticks at readable times (1 ms, 10 ms, 100 ms, 1 s, 10 s, 60 s, 10 min, 60
/// min, 10 h, 10 d...); 2x and 5x steps are added when the range spans few decades, and every other
/// tick is dropped while there are more than `maxTicks`.
Ticks logSecondTicks(double lo, double hi, int maxTicks = 9);
/// Logarithmic token ticks at powers of ten ("1K", "10K", "1M"), minor ticks at 2..9.
Ticks logTokenTicks(double lo, double hi);
/// Logarithmic user counts at powers of ten (and 2x, 5x over a short range), with kZeroUsersFloor
/// labelled "0" when it lies in range.
Ticks logUserTicks(double lo, double hi);
/// A formatter's output without trailing zeros in its number: "20.00 GiB" -> "20 GiB",
/// "2.50 s" -> "2.5 s".
std::string trimZeros(const std::string &formatted);

} // namespace kvscope::model
