// SPDX-License-Identifier: GPL-3.0-or-later
// What every explorer chart draws from: the scenario evaluated at its current context and at the
// 4K reference, and once along the shared context axis (geometric samples, the sliding-window
// bends and the concurrency steps). Each chart turns this into its own curves with its own
// function (memorycurves.h, latencycurves.h, ...), so a new chart needs a new file, not a new
// field here.
#pragma once

#include "measurements.h"
#include "metrics.h"
#include "scenario.h"
#include "sweep.h"

#include <span>
#include <vector>

namespace kvscope::model {

/// The context axis every chart shares: 1K to 10M tokens (K = 1,000, as the paper counts).
inline constexpr double kChartContextFrom = 1e3;
inline constexpr double kChartContextTo = 1e7;
/// The context the metrics strip compares with ("x15.8 vs 4K").
inline constexpr double kReferenceContext = 4000;

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

/// What a new evaluation changed for the charts: the curves along context, or only the current
/// value on them (a context step inside the same axis).
enum class ExplorerChange
{
    Curves,
    Current
};

/// The scenario evaluated at its current context and at the 4K reference: what the metrics
/// strip, the control panel and the formulas show.
struct CurrentValues
{
    Scenario scenario;
    ModelSpec model;   ///< the architecture evaluated (rescaled by the model-size slider)
    Metrics current;   ///< evaluateFleet(): the peak, the expected band and the cost
    Metrics reference; ///< the same scenario at kReferenceContext tokens
};

/// The scenario evaluated for the explorer: the current values and the sweep along context the
/// charts draw.
struct ExplorerData : CurrentValues
{
    /// Published measurements of this model on this hardware, for the latency charts' overlay.
    std::vector<const MeasuredPoint *> measured;
    double contextFrom = kChartContextFrom;
    double contextTo = kChartContextTo;
    int points = 0; ///< geometric samples asked for
    /// The geometric samples with the sliding-window bends, and KV per user at each.
    std::vector<double> baseSamples;
    std::vector<double> baseKvBytes;
    /// The scenario along context: the base samples plus its own concurrency steps.
    std::vector<SweepPoint> sweep;

    /// The base samples with the concurrency steps of a deployment whose KV cache has `freeBytes`
    /// (another GPU count on the concurrency chart).
    std::vector<double> samplesWithSteps(double freeBytes) const;
    /// The context beyond which one user's KV cache is larger than `bytes` (interpolated between
    /// the base samples); 0 when it is nowhere on the axis.
    double contextWhereKvExceeds(double bytes) const;
    double context() const { return scenario.deployment.context; }
};

/// Evaluates the scenario, its 4K reference and the sweep along context (`points` geometric
/// samples, the sliding-window bends and the concurrency steps). The sweep does not depend on the
/// current context, so moving only the context leaves it as it was.
ExplorerData explorerData(const Scenario &scenario, int points = 100);
/// Brings `data` to `scenario`: when only the context moved (inside the same axis range) the sweep
/// is kept and two evaluations are made, not the sweep. Says which of the two it was.
ExplorerChange advance(ExplorerData &data, const Scenario &scenario, int points = 100);
/// The same on a copy of `previous`.
ExplorerData explorerData(const Scenario &scenario, const ExplorerData &previous, int points = 100);

} // namespace kvscope::model
