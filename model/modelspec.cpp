// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelspec.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

int ModelSpec::effectiveHeadDim() const
{
    if (headDim > 0)
        return headDim;
    return heads > 0 ? hidden / heads : 0;
}

int ModelSpec::windowOfLayer(int layer) const
{
    if (layer < 0 || layer >= int(layerWindows.size()))
        return 0;
    return layerWindows[std::size_t(layer)];
}

LayerKind ModelSpec::kindOfLayer(int layer) const
{
    if (layer < 0 || layer >= int(layerKinds.size()))
        return LayerKind::Attention;
    return layerKinds[std::size_t(layer)];
}

int ModelSpec::kvCacheLayers() const
{
    int count = 0;
    for (int layer = 0; layer < layers; ++layer)
        count += kindOfLayer(layer) != LayerKind::Linear;
    return count;
}

bool ModelSpec::isMoeLayer(int layer) const
{
    if (!moe.enabled() || layer < moe.firstDenseLayers || layer < 0 || layer >= layers)
        return false;
    return moe.layerStep <= 1 || (layer + 1) % moe.layerStep == 0;
}

int ModelSpec::moeLayers() const
{
    int count = 0;
    for (int layer = 0; layer < layers; ++layer)
        count += isMoeLayer(layer);
    return count;
}

double LinearAttentionSpec::stateBytes() const
{
    const double keyDim = double(keyHeads) * keyHeadDim;
    const double valueDim = double(valueHeads) * valueHeadDim;
    const double recurrent = double(valueHeads) * keyHeadDim * valueHeadDim;
    const double convolution = std::max(0, convKernel - 1) * (2 * keyDim + valueDim);
    return recurrent * recurrentStateBytes + convolution * 2;
}

double LinearAttentionSpec::paramsPerLayer(int hidden) const
{
    const double d = hidden;
    const double keyDim = double(keyHeads) * keyHeadDim;
    const double valueDim = double(valueHeads) * valueHeadDim;
    const double projections = d * (2 * keyDim + 2 * valueDim) + d * 2.0 * valueHeads;
    const double convolution = (2 * keyDim + valueDim) * convKernel;
    const double decay = 2.0 * valueHeads; // dt_bias and A_log
    return projections + convolution + decay + valueHeadDim + valueDim * d;
}

namespace {

double attentionParamsPerLayer(const ModelSpec &m)
{
    const double d = m.hidden;
    const double h = m.heads;
    if (m.mla.enabled()) {
        const MlaSpec &a = m.mla;
        const double qkDim = a.nopeDim + a.ropeDim;
        const double query = a.qLoraRank > 0
                                 ? d * a.qLoraRank + a.qLoraRank * h * qkDim + a.qLoraRank
                                 : d * h * qkDim;
        const double latent = d * (a.kvLoraRank + a.ropeDim) + a.kvLoraRank; // with its norm
        const double expand = a.kvLoraRank * h * (a.nopeDim + a.vDim);
        const double output = h * a.vDim * d;
        return query + latent + expand + output;
    }
    const double dh = m.effectiveHeadDim();
    const double gate = m.attentionOutputGate ? d * h * dh : 0;
    return 2 * d * h * dh + 2 * d * m.kvHeads * dh + gate; // Q and O; K and V; output gate
}

double mlpParams(const ModelSpec &m, double width)
{
    return (m.gatedMlp ? 3.0 : 2.0) * m.hidden * width;
}

} // namespace

ParamCount countParams(const ModelSpec &m)
{
    ParamCount count;
    const double layers = m.layers;
    count.attentionPerLayer = attentionParamsPerLayer(m);
    count.denseMlpPerLayer = mlpParams(m, m.ffn);
    count.norms = 2.0 * m.hidden * layers + m.hidden;
    count.lmHead = double(m.vocab) * m.hidden;
    count.embedding = count.lmHead * (m.tiedEmbeddings ? 1 : 2);

    const double linearLayers = m.layers - m.kvCacheLayers();
    double total = count.attentionPerLayer * (layers - linearLayers) +
                   m.linear.paramsPerLayer(m.hidden) * linearLayers + count.norms + count.embedding;
    double active = total;
    const double moeLayers = m.moeLayers();
    const double dense = count.denseMlpPerLayer * (layers - moeLayers);
    total += dense;
    active += dense;
    if (m.moe.enabled()) {
        count.expertParams = mlpParams(m, m.moe.expertWidth);
        count.routerPerLayer = double(m.hidden) * m.moe.experts;
        total += moeLayers *
                 ((m.moe.experts + m.moe.shared) * count.expertParams + count.routerPerLayer);
        active +=
            moeLayers * ((m.moe.active + m.moe.shared) * count.expertParams + count.routerPerLayer);
    }
    count.total = total;
    count.active = active;
    return count;
}

double kvBytesPerToken(const ModelSpec &m, double kvBytesPerElement)
{
    const double perLayer = m.mla.enabled() ? double(m.mla.kvLoraRank + m.mla.ropeDim)
                                            : 2.0 * m.kvHeads * m.effectiveHeadDim();
    return perLayer * kvBytesPerElement * m.kvCacheLayers();
}

namespace {

/// The model with `layers` and `hidden` set and every width that follows hidden rescaled.
ModelSpec withShape(const ModelSpec &base, int layers, int hidden, double ffnRatio,
                    double expertRatio)
{
    ModelSpec m = base;
    m.layers = layers;
    m.hidden = hidden;
    m.ffn = std::max(1, int(std::lround(ffnRatio * hidden)));
    if (m.moe.enabled()) {
        m.moe.expertWidth = std::max(1, int(std::lround(expertRatio * hidden)));
        m.moe.firstDenseLayers = std::min(base.moe.firstDenseLayers, layers);
    }
    // Keep the per-layer patterns (windows, mixers) by repeating them over the new depth.
    const auto repeat = [layers](auto &pattern, const auto &basePattern) {
        if (basePattern.empty())
            return;
        pattern.resize(std::size_t(layers));
        for (int i = 0; i < layers; ++i)
            pattern[std::size_t(i)] = basePattern[std::size_t(i) % basePattern.size()];
    };
    repeat(m.layerWindows, base.layerWindows);
    repeat(m.layerKinds, base.layerKinds);
    return m;
}

/// Smallest hidden size in [lo, hi] whose parameter count reaches `target` (counts grow with d).
int solveHidden(const ModelSpec &base, int layers, double target, double ffnRatio,
                double expertRatio, double aspect, bool layersFollowHidden)
{
    int lo = 1;
    int hi = 1 << 22;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const int l = layersFollowHidden ? std::max(1, int(std::lround(mid / aspect))) : layers;
        if (countParams(withShape(base, l, mid, ffnRatio, expertRatio)).total < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

ModelSpec rescaleModel(const ModelSpec &model, double targetParams)
{
    if (model.layers <= 0 || model.hidden <= 0 || !(targetParams > 0))
        return model;
    ModelSpec base = model;
    base.headDim = model.effectiveHeadDim(); // attention widths stay fixed
    const double ffnRatio = double(model.ffn) / model.hidden;
    const double expertRatio = double(model.moe.expertWidth) / model.hidden;
    const double aspect = double(model.hidden) / model.layers;

    // First find the depth the aspect ratio asks for, then the width that hits the target exactly
    // at that whole number of layers.
    const int roughHidden = solveHidden(base, 0, targetParams, ffnRatio, expertRatio, aspect, true);
    const int layers = std::max(1, int(std::lround(roughHidden / aspect)));
    const int hidden =
        solveHidden(base, layers, targetParams, ffnRatio, expertRatio, aspect, false);
    ModelSpec scaled = withShape(base, layers, hidden, ffnRatio, expertRatio);
    scaled.name = model.name + " rescaled";
    return scaled;
}

} // namespace kvscope::model
