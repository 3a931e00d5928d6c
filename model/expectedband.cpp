// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedband.h"

#include "evaluate.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

namespace {

// The constants below are fitted to the shipped measurements (docs/calibration.md lists every
// point, its ratio to the peak and where it falls in the band).

/// A GEMM on a part whose FLOP-to-byte ratio is r reaches about kMfuCeiling / (1 + r / kRidgeScale)
/// of its peak: compute-rich parts (H100 fp8: 590 FLOP/B) starve their tensor cores more often
/// than an A100 in bf16 (153 FLOP/B).
constexpr double kMfuCeiling = 0.85;
constexpr double kRidgeScale = 2500;
/// fp8 kernels reach a smaller fraction of their doubled peak (scaling, conversions).
constexpr double kFp8Mfu = 0.8;
/// MoE: grouped GEMMs over uneven expert loads, and the router.
constexpr double kMoeMfu = 0.7;
constexpr double kMoeMbu = 0.85;
/// Spread of the compute efficiency about its middle.
constexpr double kFastMfu = 1.15;
constexpr double kSlowMfu = 1 / 1.4;
constexpr double kMaxMfu = 0.95;
/// Decode reads: the best engines reach about 85% of peak HBM bandwidth, typical ones 60%.
constexpr double kFastMbu = 0.85;
constexpr double kSlowMbu = 0.5;

HardwareSpec edgeHardware(const HardwareSpec &hardware, const EngineEfficiency &e)
{
    // Only the figures evaluate() reads; names and sources stay behind (no allocation).
    HardwareSpec h;
    h.hbmBytes = hardware.hbmBytes;
    h.hbmBandwidth = hardware.hbmBandwidth;
    h.bf16Flops = hardware.bf16Flops;
    h.fp8Flops = hardware.fp8Flops;
    h.interconnectBandwidth = hardware.interconnectBandwidth * e.linkEfficiency;
    h.pcieBandwidth = hardware.pcieBandwidth * e.linkEfficiency;
    h.collectiveLatency = hardware.collectiveLatency * e.latencyFactor;
    return h;
}

} // namespace

BandEdges bandEdges(const ModelSpec &model, const Deployment &deployment,
                    const HardwareSpec &hardware)
{
    const double flops = peakFlops(hardware, deployment.weightDtype);
    const double ridge = hardware.hbmBandwidth > 0 ? flops / hardware.hbmBandwidth : 0;
    double mfu = kMfuCeiling / (1 + ridge / kRidgeScale);
    if (deployment.weightDtype == DType::FP8 && hardware.fp8Flops > 0)
        mfu *= kFp8Mfu;
    const bool moe = model.moe.enabled();
    if (moe)
        mfu *= kMoeMfu;
    const double mbuScale = moe ? kMoeMbu : 1.0;

    BandEdges edges;
    edges.fast = {.mfu = std::min(kMaxMfu, mfu * kFastMfu),
                  .mbu = kFastMbu * mbuScale,
                  .linkEfficiency = 0.8,
                  .latencyFactor = 1.5,
                  .requestSeconds = 1e-3,
                  .layerSeconds = 30e-6,
                  .stepLayerSeconds = 3e-6};
    edges.slow = {.mfu = mfu * kSlowMfu,
                  .mbu = kSlowMbu * mbuScale,
                  .linkEfficiency = 0.5,
                  .latencyFactor = 4,
                  .requestSeconds = 4e-3,
                  .layerSeconds = 100e-6,
                  .stepLayerSeconds = 12e-6};
    return edges;
}

Metrics evaluateAtEfficiency(const CostTerms &terms, const Deployment &deployment,
                             const HardwareSpec &hardware, const EngineEfficiency &efficiency)
{
    Deployment d = deployment;
    d.mfu = deployment.mfu * efficiency.mfu;
    d.mbu = deployment.mbu * efficiency.mbu;
    Metrics r = terms.evaluate(d, edgeHardware(hardware, efficiency));
    const double layers = terms.model().layers;
    r.prefillSeconds += efficiency.requestSeconds + layers * efficiency.layerSeconds;
    const double steps = std::max(1.0, deployment.outputTokens);
    r.decodeSecondsPerToken += layers * efficiency.stepLayerSeconds;
    r.decodeSeconds = r.decodeSecondsPerToken * steps;
    return r;
}

ExpectedBand expectedBand(const CostTerms &terms, const Deployment &deployment,
                          const HardwareSpec &hardware, const Metrics &peak)
{
    const BandEdges edges = bandEdges(terms.model(), deployment, hardware);
    const Metrics fast = evaluateAtEfficiency(terms, deployment, hardware, edges.fast);
    const Metrics slow = evaluateAtEfficiency(terms, deployment, hardware, edges.slow);
    // Never faster than the peak, never wider than kMaxBandWidth: a wider band is narrowed about
    // its geometric middle (and lifted back to the peak if that takes it below).
    const auto clamp = [](double low, double high, double floor, double &outLow, double &outHigh) {
        low = std::max(low, floor);
        high = std::max(high, low);
        if (high > kMaxBandWidth * low) {
            const double middle = std::sqrt(low * high);
            low = std::max(floor, middle / std::sqrt(kMaxBandWidth));
            high = low * kMaxBandWidth;
        }
        outLow = low;
        outHigh = high;
    };
    ExpectedBand band;
    clamp(fast.prefillSeconds, slow.prefillSeconds, peak.prefillSeconds, band.prefillLow,
          band.prefillHigh);
    clamp(fast.decodeSecondsPerToken, slow.decodeSecondsPerToken, peak.decodeSecondsPerToken,
          band.decodePerTokenLow, band.decodePerTokenHigh);
    return band;
}

ExpectedBand expectedBand(const Scenario &scenario)
{
    const CostTerms terms(scenario);
    const Metrics peak = terms.evaluate(scenario.deployment, scenario.hardware);
    return expectedBand(terms, scenario.deployment, scenario.hardware, peak);
}

} // namespace kvscope::model
