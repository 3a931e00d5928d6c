// SPDX-License-Identifier: GPL-3.0-or-later
#include "costterms.h"

#include "evaluate.h"
#include "tensorparallel.h"

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

/// Sum over t in [1, T] of the tokens a chunked layer holds at context t: ((t - 1) mod c) + 1.
double chunkTokensUpTo(double t, double chunk)
{
    if (t <= 0)
        return 0;
    const double full = std::floor(t / chunk);
    const double rest = t - full * chunk;
    return full * chunk * (chunk + 1) / 2 + rest * (rest + 1) / 2;
}

/// Query-key pairs one layer computes over n tokens: causal (n^2/2 full, w^2/2 + (n - w) w
/// windowed, c^2/2 per whole chunk) or, under the full convention, every pair of the square.
double attentionPairs(double n, LayerKind kind, int span, bool fullSquare)
{
    const double half = fullSquare ? 1.0 : 0.5;
    if (kind == LayerKind::Chunked && span > 0) {
        const double chunks = std::floor(n / span);
        const double rest = n - chunks * span;
        return half * (chunks * span * span + rest * rest);
    }
    if (span <= 0 || n <= span)
        return half * n * n;
    if (fullSquare)
        return n * span;
    return double(span) * span / 2 + (n - span) * span;
}

} // namespace

CostTerms::CostTerms(const Scenario &scenario) : m_model(effectiveModel(scenario))
{
    const ParamCount count = countParams(m_model);
    m_totalParams = count.total;
    m_activeParams = count.active;
    m_expertParams = count.expertParams;
    m_embeddingParams = count.embedding;
    m_lmHeadParams = count.lmHead;
    m_moeLayers = m_model.moeLayers();

    const double perLayer = m_model.mla.enabled()
                                ? double(m_model.mla.kvLoraRank + m_model.mla.ropeDim)
                                : 2.0 * m_model.kvHeads * m_model.effectiveHeadDim();
    for (int layer = 0; layer < m_model.layers; ++layer) {
        const LayerKind kind = m_model.kindOfLayer(layer);
        if (kind == LayerKind::Linear) {
            ++m_linearLayers;
            continue;
        }
        const int span =
            kind == LayerKind::Chunked ? m_model.attentionChunk : m_model.windowOfLayer(layer);
        auto group = std::find_if(m_groups.begin(), m_groups.end(), [&](const LayerGroup &g) {
            return g.kind == kind && g.span == span;
        });
        if (group == m_groups.end())
            group = m_groups.insert(m_groups.end(), LayerGroup{kind, span, 0, 0});
        group->layers += 1;
        group->kvElementsPerToken += perLayer;
    }
    // Linear-attention states keep the model's own dtype whatever the KV dtype (vLLM's default
    // for mamba_ssm_cache_dtype "auto"), and no KV compression applies to them.
    m_stateBytesPerUser = m_linearLayers * m_model.linear.stateBytes();
}

double CostTerms::kvElementsHeld(double context) const
{
    double elements = 0;
    for (const LayerGroup &group : m_groups)
        elements += group.kvElementsPerToken * tokensHeldSummed(context, 0, 0, group.span);
    return elements;
}

double CostTerms::kvElementsReadSummed(double n, double first, double last) const
{
    double elements = 0;
    for (const LayerGroup &group : m_groups) {
        const double tokens =
            group.kind == LayerKind::Chunked && group.span > 0
                ? chunkTokensUpTo(n + last, group.span) - chunkTokensUpTo(n + first - 1, group.span)
                : tokensHeldSummed(n, first, last, group.span);
        elements += group.kvElementsPerToken * (last < first ? 0.0 : tokens);
    }
    return elements;
}

double CostTerms::kvBytesPerUser(double context, const Deployment &deployment) const
{
    // Beyond h_kv GPUs each KV head is held by several GPUs of the group (vLLM replicates it).
    return kvElementsHeld(context) * bytesPerElement(deployment.kvDtype) /
               deployment.kvCompression.combined() * kvReplication(m_model, deployment.gpus) +
           m_stateBytesPerUser;
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
    const bool fullSquare = deployment.attentionFlops == AttentionFlops::Full;
    double flops = 0;
    for (const LayerGroup &group : m_groups)
        flops += group.layers * m_model.heads * flopsPerPair *
                 attentionPairs(context, group.kind, group.span, fullSquare);
    // A linear-attention layer updates and reads its h_v x d_k x d_v state once per token.
    const LinearAttentionSpec &linear = m_model.linear;
    flops += m_linearLayers * context * 4.0 * linear.valueHeads * linear.keyHeadDim *
             linear.valueHeadDim;
    return flops;
}

double CostTerms::linearFlops(double tokens, const Deployment &deployment, double scale) const
{
    if (deployment.attentionFlops == AttentionFlops::Paper)
        return 2.0 * m_activeParams * scale * tokens;
    // The input embedding is a lookup, not a matmul; the LM head projects the last prompt token
    // only (causal, as engines run it) or every token (full, as llm-analysis and GenZ count).
    const double headTokens = deployment.attentionFlops == AttentionFlops::Full ? tokens : 1;
    return 2.0 * scale *
           ((m_activeParams - m_embeddingParams) * tokens + m_lmHeadParams * headTokens);
}

double CostTerms::weightReadParams(int batch, double scale) const
{
    if (!m_model.moe.enabled() || batch <= 1)
        return m_activeParams * scale;
    // Each routed expert is read once per step if any of the B users' tokens chose it.
    const double experts = m_model.moe.experts;
    const double touched =
        experts * (1.0 - std::pow(1.0 - double(m_model.moe.active) / experts, batch));
    const double moeLayers = m_moeLayers;
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
    r.kvReplication = kvReplication(m_model, deployment.gpus);
    r.stateBytesPerUser = m_stateBytesPerUser;
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
    r.prefillLinearFlops = linearFlops(n, deployment, scale);
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
    const double kvSecondsPerElement =
        batch * bkv / deployment.kvCompression.combined() * r.kvReplication / byteRate;
    // Each step also reads every user's linear-attention state, constant in the context.
    const double stateSecondsPerStep = batch * m_stateBytesPerUser / byteRate;
    const double computeSecondsPerStep = batch * linearFlops(1, deployment, scale) / flopRate;
    const auto memorySeconds = [&](double j) {
        return weightSecondsPerStep + stateSecondsPerStep +
               kvSecondsPerElement * kvElementsReadSummed(n, j, j);
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
        computeBoundSteps * (weightSecondsPerStep + stateSecondsPerStep) +
        kvSecondsPerElement * kvElementsReadSummed(n, 0, computeBoundSteps - 1);
    r.decodeWeightSeconds = m * weightSecondsPerStep;
    r.decodeKvSeconds =
        kvSecondsPerElement * kvElementsReadSummed(n, 0, m - 1) + m * stateSecondsPerStep;
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
