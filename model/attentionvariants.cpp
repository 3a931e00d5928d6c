// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionvariants.h"

#include "compression.h"
#include "costterms.h"
#include "evaluate.h"

#include <string>

namespace kvscope::model {

const char *attentionKindName(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::Mha:
        return "MHA";
    case AttentionKind::Gqa:
        return "GQA";
    case AttentionKind::Mqa:
        return "MQA";
    case AttentionKind::Mla:
        return "MLA";
    }
    return "?";
}

AttentionKind attentionKindOf(const ModelSpec &model)
{
    if (model.mla.enabled())
        return AttentionKind::Mla;
    if (model.kvHeads <= 1 && model.heads > 1)
        return AttentionKind::Mqa;
    if (model.kvHeads >= model.heads)
        return AttentionKind::Mha;
    return AttentionKind::Gqa;
}

int groupedKvHeads(const ModelSpec &model)
{
    if (!model.mla.enabled() && model.kvHeads > 1 && model.kvHeads < model.heads)
        return model.kvHeads;
    for (int g = std::min(8, model.heads); g > 1; --g)
        if (model.heads % g == 0)
            return g;
    return 1;
}

ModelSpec withAttention(const ModelSpec &model, AttentionKind kind)
{
    ModelSpec out = model;
    const int headDim = model.effectiveHeadDim();
    if (kind == AttentionKind::Mla) {
        if (!model.mla.enabled()) {
            out.mla = MlaSpec{};
            out.mla.kvLoraRank = 4 * headDim;
            out.mla.ropeDim = std::max(1, headDim / 2);
            out.mla.nopeDim = headDim;
            out.mla.vDim = headDim;
        }
        return out;
    }
    // Ordinary attention keeps the model's head width (DeepSeek's 128, not its hidden / heads).
    out.mla = MlaSpec{};
    out.headDim = headDim;
    out.kvHeads = kind == AttentionKind::Mha   ? model.heads
                  : kind == AttentionKind::Gqa ? groupedKvHeads(model)
                                               : 1;
    return out;
}

namespace {

std::string shapeOf(const ModelSpec &model)
{
    if (model.mla.enabled())
        return "latent " + std::to_string(model.mla.kvLoraRank) + " + rope " +
               std::to_string(model.mla.ropeDim);
    return std::to_string(model.kvHeads) + (model.kvHeads == 1 ? " KV head × " : " KV heads × ") +
           std::to_string(model.effectiveHeadDim());
}

/// The compression a row of another attention kind gets: the scenario's, less what the kinds
/// themselves are. A head ratio is head sharing, which each row's architecture sets for itself
/// (MQA's row with "MQA" pressed would otherwise share its one head eight times); with the MLA
/// technique pressed its latent ratio leaves the hidden axis too. Layer sharing, token windows
/// and the KV precision apply to every row.
KvCompression otherKindCompression(const Scenario &scenario)
{
    KvCompression c = scenario.deployment.kvCompression;
    for (const CompressionTechnique &t : compressionTechniques(scenario))
        if (t.id == "mla" && !t.latentModel && t.sets.hidden > 1 && c.hidden == t.sets.hidden)
            c.hidden = 1;
    c.head = 1;
    return c;
}

} // namespace

std::vector<AttentionVariant> attentionVariants(const Scenario &scenario)
{
    const ModelSpec model = effectiveModel(scenario);
    const AttentionKind own = attentionKindOf(model);
    const double params =
        CostTerms(scenario).evaluate(scenario.deployment, scenario.hardware).params;
    const KvCompression otherKinds = otherKindCompression(scenario);
    std::vector<AttentionVariant> variants;
    for (const AttentionKind kind :
         {AttentionKind::Mha, AttentionKind::Gqa, AttentionKind::Mqa, AttentionKind::Mla}) {
        Scenario s = scenario;
        s.model = kind == own ? model : withAttention(model, kind);
        s.deployment.modelSize = 0;
        s.deployment.paramsOverride = params;
        if (kind != own)
            s.deployment.kvCompression = otherKinds;
        const Metrics m = evaluate(s);
        AttentionVariant v;
        v.kind = kind;
        v.own = kind == own;
        v.shape = shapeOf(s.model);
        v.kvBytesPerToken = m.kvBytesPerToken;
        v.kvBytesPerUser = m.kvBytesPerUser;
        v.concurrency = m.concurrency;
        v.decodeSecondsPerToken = m.decodeSecondsPerToken;
        v.contextSwitchSeconds = m.contextSwitchSeconds;
        variants.push_back(std::move(v));
    }
    return variants;
}

} // namespace kvscope::model
