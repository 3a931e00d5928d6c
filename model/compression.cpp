// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression.h"

#include "attentionvariants.h"
#include "evaluate.h"
#include "explorerdata.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kvscope::model {

KvCompression CompressionTechnique::appliedTo(const KvCompression &current) const
{
    KvCompression out = current;
    for (auto [axis, value] :
         {std::pair{&out.layer, sets.layer}, std::pair{&out.head, sets.head},
          std::pair{&out.token, sets.token}, std::pair{&out.hidden, sets.hidden}})
        if (value > 0)
            *axis = value;
    return out;
}

std::vector<CompressionTechnique> compressionTechniques(const Scenario &scenario)
{
    const ModelSpec model = effectiveModel(scenario);
    const Deployment &d = scenario.deployment;
    const bool latent = model.mla.enabled();
    const double kvHeads = latent ? 1 : std::max(1, model.kvHeads);
    const int grouped = groupedKvHeads(model);
    const double headDim = model.effectiveHeadDim();
    const double bytes = bytesPerElement(d.kvDtype);
    // The latent replaces both keys and values of every head: its ratio is per token and layer,
    // so it also sets the head axis back to 1 (the heads no longer have caches of their own).
    const ModelSpec mla = withAttention(model, AttentionKind::Mla);
    const double mlaRatio =
        latent ? 1 : 2 * kvHeads * headDim / (mla.mla.kvLoraRank + mla.mla.ropeDim);

    const auto ratio = [](double value) {
        return std::max(1.0, value);
    };
    std::vector<CompressionTechnique> all;
    // Short names fit a button; the summary is its tooltip.
    all.push_back({"gqa",
                   "GQA, " + std::to_string(grouped) + " KV heads",
                   latent ? "The model caches a latent, not heads: no head sharing to add."
                          : "Query heads share " + std::to_string(grouped) + " key/value heads: " +
                                formatPlain(kvHeads) + " / " + std::to_string(grouped) + ".",
                   {0, latent ? 1 : ratio(kvHeads / grouped), 0, 0}});
    all.push_back(
        {"mqa",
         "MQA, 1 KV head",
         latent ? "The model caches a latent, not heads: no head sharing to add."
                : "All query heads share one key/value head: " + formatPlain(kvHeads) + " / 1.",
         {0, ratio(kvHeads), 0, 0}});
    all.push_back({"mla",
                   "MLA latent " + std::to_string(mla.mla.kvLoraRank) + " + " +
                       std::to_string(mla.mla.ropeDim),
                   latent ? "The model already caches a latent."
                          : "One latent of 4 d_h plus a rotary key of d_h / 2 per token and "
                            "layer instead of 2 × h_kv × d_h values.",
                   {0, 1, 0, ratio(mlaRatio)}});
    all.push_back({"kv8",
                   "8-bit KV cache",
                   "One byte per element instead of " + formatPlain(bytes) + ".",
                   {0, 0, 0, ratio(bytes / 1.0)}});
    all.push_back({"kv4",
                   "4-bit KV cache",
                   "Half a byte per element instead of " + formatPlain(bytes) + ".",
                   {0, 0, 0, ratio(bytes / 0.5)}});
    all.push_back({"cross-layer",
                   "Cross-layer pairs",
                   "Each pair of adjacent layers shares one KV cache (CLA-2, YOCO-like).",
                   {2, 0, 0, 0}});
    all.push_back({"window",
                   formatTokens(kExampleWindowTokens) + "-token window",
                   "Keep only the last " + formatTokens(kExampleWindowTokens) +
                       " tokens (lossy): n / " + formatTokens(kExampleWindowTokens) +
                       " at the current context, fixed as the context moves.",
                   {0, 0, ratio(d.context / kExampleWindowTokens), 0}});
    const std::string kv = formatPlain(kvHeads);
    const std::string window = formatTokens(kExampleWindowTokens);
    const std::vector<std::vector<std::string>> quoted = {
        {std::to_string(grouped), kv},
        {kv},
        {std::to_string(mla.mla.kvLoraRank), std::to_string(mla.mla.ropeDim)},
        {formatPlain(bytes)},
        {formatPlain(bytes)},
        {},
        {window}};
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i].quoted = quoted[i];
        all[i].latentModel = latent;
    }
    return all;
}

const char *distanceMetricName(DistanceMetric metric)
{
    switch (metric) {
    case DistanceMetric::KvCache:
        return "kv-cache";
    case DistanceMetric::Prefill:
        return "prefill";
    case DistanceMetric::Decode:
        return "decode";
    case DistanceMetric::Switch:
        return "switch";
    }
    return "?";
}

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

DistanceRow row(DistanceMetric metric, double current, double reference)
{
    DistanceRow r;
    r.metric = metric;
    r.current = current;
    r.reference = reference;
    r.gap = reference > 0 ? current / reference : (current > 0 ? kInfinity : 1);
    return r;
}

/// The further compression x >= 1 that brings decode time per token down to `target`: it falls
/// as x grows (less KV read each step) towards the time of the weights alone.
double decodeNeed(const Scenario &scenario, double target)
{
    const auto at = [&](double x) {
        Scenario s = scenario;
        s.deployment.kvCompression.hidden *= x;
        return evaluate(s).decodeSecondsPerToken;
    };
    if (at(1) <= target)
        return 1;
    constexpr double kLargest = 1e9;
    if (at(kLargest) > target)
        return kInfinity;
    double lo = 0; // log x: at(e^lo) > target >= at(e^hi)
    double hi = std::log(kLargest);
    for (int i = 0; i < 60 && hi - lo > 1e-6; ++i) {
        const double mid = (lo + hi) / 2;
        (at(std::exp(mid)) > target ? lo : hi) = mid;
    }
    return std::exp(hi);
}

} // namespace

DistanceFrom4K distanceFrom4K(const Scenario &scenario)
{
    return distanceFrom4K(scenario, evaluate(scenario));
}

DistanceFrom4K distanceFrom4K(const Scenario &scenario, const Metrics &now)
{
    Scenario reference = scenario;
    reference.deployment.context = kReferenceContext;
    reference.deployment.kvCompression = {};
    const Metrics ref = evaluate(reference);

    DistanceFrom4K out;
    out.context = scenario.deployment.context;
    out.currentCompression = scenario.deployment.kvCompression.combined();
    out.concurrency = now.concurrency;
    out.referenceConcurrency = ref.concurrency;

    DistanceRow kv = row(DistanceMetric::KvCache, now.kvBytesPerUser, ref.kvBytesPerUser);
    kv.neededCompression = std::max(1.0, kv.gap);
    DistanceRow prefill = row(DistanceMetric::Prefill, now.prefillSeconds, ref.prefillSeconds);
    prefill.neededCompression = prefill.gap > 1 ? kInfinity : 1;
    DistanceRow decode =
        row(DistanceMetric::Decode, now.decodeSecondsPerToken, ref.decodeSecondsPerToken);
    decode.neededCompression = decodeNeed(scenario, ref.decodeSecondsPerToken);
    DistanceRow swap =
        row(DistanceMetric::Switch, now.contextSwitchSeconds, ref.contextSwitchSeconds);
    swap.neededCompression = std::max(1.0, swap.gap);
    out.rows = {kv, prefill, decode, swap};
    return out;
}

} // namespace kvscope::model
