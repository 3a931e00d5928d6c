// SPDX-License-Identifier: GPL-3.0-or-later
// The paper's attention-type question (cost-model.md §5, question 4) for one model: the same
// model with multi-head, grouped-query, multi-query and multi-head latent attention, each
// derived from the model's own head count and head width, evaluated under the same deployment.
#pragma once

#include "scenario.h"

#include <string>
#include <vector>

namespace kvscope::model {

enum class AttentionKind
{
    Mha, ///< one K and one V head per query head
    Gqa, ///< query heads share h_kv < h key/value heads
    Mqa, ///< every query head shares one key/value head
    Mla, ///< one cached latent of width r plus a rotary key of width d_r per token and layer
};

/// "MHA", "GQA", "MQA", "MLA".
const char *attentionKindName(AttentionKind kind);

/// The attention kind a model uses: MLA when it has a latent, else by its KV head count.
AttentionKind attentionKindOf(const ModelSpec &model);

/// KV heads of the grouped-query variant: the model's own h_kv when it already groups its heads,
/// otherwise the largest divisor of h that is at most 8 (8 for 32, 56, 64 or 128 query heads).
int groupedKvHeads(const ModelSpec &model);

/// The model rebuilt with attention `kind`: MHA h_kv = h, GQA h_kv = groupedKvHeads(), MQA h_kv =
/// 1, MLA the model's own latent or, for a model without one, DeepSeek-V2's proportions of its
/// head width d_h: latent r = 4 d_h, rotary key d_r = d_h / 2 (512 and 64 for d_h = 128). Layer
/// count, widths and sliding windows are kept.
ModelSpec withAttention(const ModelSpec &model, AttentionKind kind);

/// One variant evaluated under the scenario's deployment and hardware.
struct AttentionVariant
{
    AttentionKind kind = AttentionKind::Mha;
    bool own = false;           ///< the model's own attention
    std::string shape;          ///< "8 KV heads × 128", "latent 512 + rope 64"
    double kvBytesPerToken = 0; ///< summed over layers, before compression
    double kvBytesPerUser = 0;  ///< at the scenario's context, windows and compression applied
    double concurrency = 0;
    double decodeSecondsPerToken = 0;
    double contextSwitchSeconds = 0;

    bool operator==(const AttentionVariant &) const = default;
};

/// MHA, GQA, MQA and MLA for the scenario's (rescaled) model, in that order. The weights are held
/// at the model's own parameter count, so that only the KV cache differs between the rows. The
/// model's own row is the scenario as it stands; the other rows take its layer, token and
/// precision compression but not its head sharing (nor the MLA technique's latent ratio), which
/// their own architecture replaces.
std::vector<AttentionVariant> attentionVariants(const Scenario &scenario);

} // namespace kvscope::model
