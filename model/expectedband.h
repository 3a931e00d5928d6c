// SPDX-License-Identifier: GPL-3.0-or-later
// The expected-in-practice band beside the theoretical peak (cost-model.md §4.8, calibration.md):
// how much slower than the peak a tuned serving engine runs, from what moves its efficiency.
#pragma once

#include "costterms.h"
#include "metrics.h"
#include "scenario.h"

namespace kvscope::model {

/// The efficiencies and overheads of one edge of the band. Every fraction is <= 1 and every
/// overhead >= 0, so an edge is never faster than the peak.
struct EngineEfficiency
{
    double mfu = 1;              ///< fraction of peak FLOP/s a prefill GEMM reaches
    double mbu = 1;              ///< fraction of peak HBM bandwidth a decode step reaches
    double linkEfficiency = 1;   ///< fraction of the interconnect an all-reduce reaches
    double latencyFactor = 1;    ///< per-collective latency, times the preset's figure
    double requestSeconds = 0;   ///< fixed cost of one request (scheduling, sampling, launch)
    double layerSeconds = 0;     ///< prefill kernel launches and norms, per layer
    double stepLayerSeconds = 0; ///< decode-step overhead per layer (launches, sampling)
};

/// The two edges for a scenario: `fast` is the best a tuned engine reaches, `slow` the worst the
/// calibration points show. Both depend on the prompt length, MoE, the dtype's peak and the
/// part's FLOP-to-bandwidth ratio.
struct BandEdges
{
    EngineEfficiency fast;
    EngineEfficiency slow;
};
BandEdges bandEdges(const ModelSpec &model, const Deployment &deployment,
                    const HardwareSpec &hardware);

/// Expected prefill and per-token decode times, in seconds, low (fast edge) to high (slow edge).
struct ExpectedBand
{
    double prefillLow = 0;
    double prefillHigh = 0;
    double decodePerTokenLow = 0;
    double decodePerTokenHigh = 0;
};

/// The band widest ratio high / low; wider bands are narrowed about their geometric middle.
inline constexpr double kMaxBandWidth = 2.0;

/// One edge: evaluate() with the edge's efficiencies (scaling the scenario's own mfu and mbu, and
/// the interconnect), plus its fixed overheads. `peak` is evaluate() of the same deployment.
Metrics evaluateAtEfficiency(const CostTerms &terms, const Deployment &deployment,
                             const HardwareSpec &hardware, const EngineEfficiency &efficiency);

/// The band for one deployment, never below `peak` and at most kMaxBandWidth wide.
ExpectedBand expectedBand(const CostTerms &terms, const Deployment &deployment,
                          const HardwareSpec &hardware, const Metrics &peak);
ExpectedBand expectedBand(const Scenario &scenario);

} // namespace kvscope::model
