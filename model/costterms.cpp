#include "costterms.h"

#include "evaluate.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

namespace {

/// Sum over j in [first, last] of the tokens a layer with span `window` holds at context n + j:
/// n + j for full attention, min(n + j, window) for a sliding window.
double tokensHeldSummed(double n, double first, double last, int window)
{
    const auto arithmetic = [n](double a, double b) {
        return b < a ? 0.0 : (b - a + 1) * n + (a + b) * (b - a + 1) / 2;
    };
    if (window <= 0)
        return arithmetic(first, last);
    const double lastGrowing = std::floor(window - n); // last j whose context fits the window
    const double growingEnd = std::min(last, lastGrowing);
    const double saturatedStart = std::max(first, lastGrowing + 1);
    const double saturated = last < saturatedStart ? 0.0 : (last - saturatedStart + 1) * window;
    return arithmetic(first, growingEnd) + saturated;
}

/// S(n, w): query-key pairs a causal layer computes, n^2/2 full or w^2/2 + (n - w) w windowed.
double causalPairs(double n, int window)
{
    if (window <= 0 || n <= window)
        return n * n / 2;
    return double(window) * window / 2 + (n - window) * window;
}

} // namespace

CostTerms::CostTerms(const Scenario &scenario) : m_model(effectiveModel(scenario))
{
    const ParamCount count = countParams(m_model);
    m_totalParams = count.total;
    m_activeParams = count.active;
    m_expertParams = count.expertParams;

    const double perLayer = m_model.mla.enabled()
                                ? double(m_model.mla.kvLoraRank + m_model.mla.ropeDim)
                                : 2.0 * m_model.kvHeads * m_model.effectiveHeadDim();
    for (int layer = 0; layer < m_model.layers; ++layer) {
        const int window = m_model.windowOfLayer(layer);
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [window](const LayerGroup &g) { return g.window == window; });
        if (group == m_groups.end())
            group = m_groups.insert(m_groups.end(), LayerGroup{window, 0, 0});
        group->layers += 1;
        group->kvElementsPerToken += perLayer;
    }
}

double CostTerms::kvElementsAt(double context) const
{
    return kvElementsSummed(context, 0, 0);
}

double CostTerms::kvElementsSummed(double n, double first, double last) const
{
    double elements = 0;
    for (const LayerGroup &group : m_groups)
        elements += group.kvElementsPerToken * tokensHeldSummed(n, first, last, group.window);
    return elements;
}

double CostTerms::kvBytesPerUser(double context, const Deployment &deployment) const
{
    return kvElementsAt(context) * bytesPerElement(deployment.kvDtype) /
           deployment.kvCompression.combined();
}

double CostTerms::attentionFlops(double context, const Deployment &deployment,
                                 double activeParams) const
{
    if (deployment.attentionFlops == AttentionFlops::Paper)
        return activeParams * context * context / (12.0 * m_model.hidden);
    // 2 FLOP per multiply-add over QK^T and AV: 4 d_h per query-key pair and head.
    const double flopsPerPair =
        m_model.mla.enabled() ? 2.0 * (m_model.mla.nopeDim + m_model.mla.ropeDim + m_model.mla.vDim)
                              : 4.0 * m_model.effectiveHeadDim();
    double flops = 0;
    for (const LayerGroup &group : m_groups)
        flops += group.layers * m_model.heads * flopsPerPair * causalPairs(context, group.window);
    return flops;
}

double CostTerms::weightReadParams(int batch, double scale) const
{
    if (!m_model.moe.enabled() || batch <= 1)
        return m_activeParams * scale;
    // Each routed expert is read once per step if any of the B users' tokens chose it.
    const double experts = m_model.moe.experts;
    const double touched =
        experts * (1.0 - std::pow(1.0 - double(m_model.moe.active) / experts, batch));
    const double moeLayers =
        m_model.layers - std::clamp(m_model.moe.firstDenseLayers, 0, m_model.layers);
    return (m_activeParams + moeLayers * (touched - m_model.moe.active) * m_expertParams) * scale;
}

double CostTerms::allReduceSeconds(double bytes, const Deployment &deployment,
                                   const HardwareSpec &hardware) const
{
    const double gpus = deployment.gpus;
    // Cards without a GPU-to-GPU link exchange activations over PCIe.
    const double link = hardware.interconnectBandwidth > 0 ? hardware.interconnectBandwidth
                                                           : hardware.pcieBandwidth;
    return 2.0 * (gpus - 1) / gpus * bytes / link + hardware.collectiveLatency;
}

Metrics CostTerms::evaluate(const Deployment &deployment, const HardwareSpec &hardware) const
{
    Metrics r;
    const double gpus = deployment.gpus;
    const double n = deployment.context;
    const double m = std::max(1.0, deployment.outputTokens);
    const int batch = std::max(1, deployment.batch);
    const double bw = bytesPerElement(deployment.weightDtype);
    const double bkv = bytesPerElement(deployment.kvDtype);
    const double hidden = m_model.hidden;

    // A recount (--params) wins over a rescale target; either replaces N_total and scales
    // N_active in proportion.
    const double targetParams =
        deployment.paramsOverride > 0 ? deployment.paramsOverride : deployment.modelSize;
    const double scale = targetParams > 0 && m_totalParams > 0 ? targetParams / m_totalParams : 1;
    r.params = m_totalParams * scale;
    r.activeParams = m_activeParams * scale;

    // §4.2-4.3 memory and concurrency.
    r.kvBytesPerToken = kvBytesPerToken(m_model, bkv);
    r.kvBytesPerUser = kvBytesPerUser(n, deployment);
    r.weightBytes = r.params * bw;
    r.hbmBytes = gpus * hardware.hbmBytes * deployment.memoryUtilization;
    r.reservedBytes = gpus * deployment.reservedBytesPerGpu;
    const double free = r.hbmBytes - r.reservedBytes - r.weightBytes;
    r.fits = free >= 0;
    r.freeKvBytes = std::max(free, 0.0);
    r.shortfallBytes = std::max(-free, 0.0);
    r.concurrencyExact = r.kvBytesPerUser > 0 ? r.freeKvBytes / r.kvBytesPerUser : 0;
    r.concurrency = std::floor(r.concurrencyExact);
    const double widest = std::max<double>(
        {2.0 * std::max(m_model.ffn, m_model.moe.expertWidth),
         double(m_model.heads + 2 * m_model.kvHeads) * m_model.effectiveHeadDim()});
    r.prefillActivationBytes = n * (hidden + widest) * 2;

    // §4.4 prefill: the roofline of compute against one read of the weights.
    const double flopRate = gpus * peakFlops(hardware, deployment.weightDtype) * deployment.mfu;
    const double byteRate = gpus * hardware.hbmBandwidth * deployment.mbu;
    const bool communicates = deployment.tpCommunication && deployment.gpus > 1;
    const double layers = m_model.layers;
    r.prefillLinearFlops = 2.0 * r.activeParams * n;
    r.prefillAttentionFlops = attentionFlops(n, deployment, r.activeParams);
    r.prefillFlops = r.prefillLinearFlops + r.prefillAttentionFlops;
    r.prefillComputeSeconds = r.prefillFlops / flopRate;
    r.prefillMemorySeconds = r.weightBytes / byteRate;
    r.prefillCommSeconds =
        communicates ? 2 * layers * allReduceSeconds(n * hidden * 2, deployment, hardware) : 0;
    r.prefillBound =
        r.prefillComputeSeconds >= r.prefillMemorySeconds ? Bound::Compute : Bound::Memory;
    r.prefillSeconds =
        std::max(r.prefillComputeSeconds, r.prefillMemorySeconds) + r.prefillCommSeconds;

    // §4.5 decode: m steps from context n, each reading the weights and every KV cache. The
    // memory time grows with context and the compute time does not, so the first j* steps may be
    // compute bound and the rest memory bound; both parts are summed in closed form.
    r.decodeWeightReadBytes = weightReadParams(batch, scale) * bw;
    const double weightSecondsPerStep = r.decodeWeightReadBytes / byteRate;
    const double kvSecondsPerElement = batch * bkv / deployment.kvCompression.combined() / byteRate;
    const double computeSecondsPerStep = batch * 2.0 * r.activeParams / flopRate;
    const auto memorySeconds = [&](double j) {
        return weightSecondsPerStep + kvSecondsPerElement * kvElementsAt(n + j);
    };
    double lo = 0;
    double hi = m; // first step index whose memory time reaches the compute time
    while (hi - lo > 0.5) {
        const double mid = std::floor((lo + hi) / 2);
        if (memorySeconds(mid) >= computeSecondsPerStep)
            hi = mid;
        else
            lo = mid + 1;
    }
    const double computeBoundSteps = lo;
    const double computeBoundMemory =
        computeBoundSteps * weightSecondsPerStep +
        kvSecondsPerElement * kvElementsSummed(n, 0, computeBoundSteps - 1);
    r.decodeWeightSeconds = m * weightSecondsPerStep;
    r.decodeKvSeconds = kvSecondsPerElement * kvElementsSummed(n, 0, m - 1);
    r.decodeComputeSeconds = computeBoundSteps * computeSecondsPerStep - computeBoundMemory;
    r.decodeCommSeconds =
        communicates ? m * 2 * layers * allReduceSeconds(batch * hidden * 2, deployment, hardware)
                     : 0;
    r.decodeSeconds =
        r.decodeWeightSeconds + r.decodeKvSeconds + r.decodeComputeSeconds + r.decodeCommSeconds;
    r.decodeSecondsPerToken = r.decodeSeconds / m;
    r.decodeTokensPerSecond = batch * m / r.decodeSeconds;
    r.decodeBound = computeBoundSteps * 2 > m ? Bound::Compute : Bound::Memory;

    // §4.6 context switching: every GPU moves its shard out and the next user's in over its link.
    r.contextSwitchSeconds = 2 * r.kvBytesPerUser / (gpus * hardware.pcieBandwidth);
    r.hostParkedUsers = r.kvBytesPerUser > 0 ? deployment.hostMemoryBytes / r.kvBytesPerUser : 0;
    return r;
}

const char *boundName(Bound bound)
{
    return bound == Bound::Compute ? "compute" : "memory";
}

} // namespace kvscope::model
