// SPDX-License-Identifier: GPL-3.0-or-later
// The paper's KV-compression what-if (cost-model.md §4.2, §5 question 5): one-click examples of
// known techniques expressed as the four ratios (layer, head, token, hidden), and how far the
// current context is from the same model at 4K on each of the four metrics, with the compression
// still needed to close each gap.
#pragma once

#include "metrics.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace kvscope::model {

/// A known technique as the compression ratios it sets. Axes it does not name keep their value.
struct CompressionTechnique
{
    std::string id;      ///< "gqa", "mqa", "mla", "kv8", "kv4", "cross-layer", "window"
    std::string name;    ///< "GQA, 8 KV heads": short enough for a button
    std::string summary; ///< one sentence: what it does and where the ratio comes from
    /// The ratios it sets; 0 leaves that axis as it is.
    KvCompression sets{0, 0, 0, 0};
    /// The numbers `name` and `summary` quote, formatted, in order of first use (GQA: grouped
    /// and model KV heads; MLA: latent and rotary widths; 8/4-bit: bytes per element now; window:
    /// its tokens), so the window can word them in another language.
    std::vector<std::string> quoted = {};
    /// The model caches a latent already (GQA, MQA and MLA then add nothing).
    bool latentModel = false;

    /// `current` with this technique's axes replaced.
    KvCompression appliedTo(const KvCompression &current) const;
    bool operator==(const CompressionTechnique &) const = default;
};

/// The token count the "token window" example keeps (StreamingLLM-style; lossy).
inline constexpr double kExampleWindowTokens = 4000;

/// The examples for this scenario's model, KV dtype and context, each ratio relative to the model
/// as it is: grouped-query (head h_kv / groupedKvHeads), multi-query (head h_kv), an MLA-like
/// latent (head 1, hidden 2 h_kv d_h / (4 d_h + d_h / 2)), 8-bit and 4-bit KV (hidden b_kv / 1
/// and b_kv / 0.5), cross-layer sharing of pairs of layers (layer 2) and a 4K-token window (token
/// n / 4,000 at the current context n). A technique the model already uses sets ratio 1.
std::vector<CompressionTechnique> compressionTechniques(const Scenario &scenario);

/// The four metrics the distance panel compares.
enum class DistanceMetric
{
    KvCache, ///< KV per user, hence concurrency (HBM size)
    Prefill, ///< time to first token (compute)
    Decode,  ///< time per output token (HBM bandwidth)
    Switch,  ///< context switch (PCIe)
};

/// One metric at the current context against the same model at 4K without compression.
struct DistanceRow
{
    DistanceMetric metric = DistanceMetric::KvCache;
    double current = 0;   ///< bytes (KV per user) or seconds
    double reference = 0; ///< the same at 4K, uncompressed
    double gap = 1;       ///< current / reference: how many times worse (1 = as cheap as 4K)
    /// The further KV compression, beyond the current one, that brings the metric down to the 4K
    /// value: 1 when it is there already, +infinity when no KV compression can (prefill).
    double neededCompression = 1;

    bool operator==(const DistanceRow &) const = default;
};

struct DistanceFrom4K
{
    double context = 0;              ///< n
    double currentCompression = 1;   ///< the combined ratio already applied
    double concurrency = 0;          ///< users at n, compression applied
    double referenceConcurrency = 0; ///< users at 4K, uncompressed
    std::vector<DistanceRow> rows;   ///< KvCache, Prefill, Decode, Switch
};

/// Each metric at the scenario's context (its compression applied) against the scenario at
/// kReferenceContext tokens with no compression. KV cache and switch scale as 1 / compression, so
/// their need is their gap; decode's is found by bisection on evaluate() (the weights read each
/// step do not shrink); prefill's is infinite: compressing the KV cache leaves the quadratic
/// attention FLOP where they are.
DistanceFrom4K distanceFrom4K(const Scenario &scenario);
/// The same with the scenario's own metrics evaluated already (`now`: evaluate() or
/// evaluateFleet() of `scenario`).
DistanceFrom4K distanceFrom4K(const Scenario &scenario, const Metrics &now);

/// "kv-cache", "prefill", "decode", "switch".
const char *distanceMetricName(DistanceMetric metric);

} // namespace kvscope::model
