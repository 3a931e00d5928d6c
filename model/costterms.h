// SPDX-License-Identifier: GPL-3.0-or-later
// What evaluate() derives from the model once (parameter counts, KV bytes per layer group), so a
// sweep can evaluate many deployments of the same model without recounting.
#pragma once

#include "metrics.h"
#include "scenario.h"

#include <vector>

namespace kvscope::model {

class CostTerms
{
public:
    explicit CostTerms(const Scenario &scenario);

    /// Every metric for this model under `deployment` on `hardware`.
    Metrics evaluate(const Deployment &deployment, const HardwareSpec &hardware) const;

    /// KV bytes one user holds at `context` tokens, compression applied.
    double kvBytesPerUser(double context, const Deployment &deployment) const;

    const ModelSpec &model() const { return m_model; }

private:
    /// Softmax-attention layers sharing one mixer and span, with their KV elements per token.
    struct LayerGroup
    {
        LayerKind kind = LayerKind::Attention;
        int span = 0; ///< window (0 = full attention) or chunk size
        int layers = 0;
        double kvElementsPerToken = 0; ///< summed over the group's layers
    };

    /// Sum over context c = n + j, j in [first, last], of the KV elements one decode step reads
    /// per user (uncompressed): a chunked layer reads only the tokens of the current chunk.
    double kvElementsReadSummed(double n, double first, double last) const;
    /// KV elements a user holds at `context` (uncompressed): a chunked layer keeps room for its
    /// whole chunk, min(n, c), as vLLM allocates it.
    double kvElementsHeld(double context) const;
    double attentionFlops(double context, const Deployment &deployment, double activeParams) const;
    /// 2 FLOP per weight and token over the matmuls, as the convention counts them.
    double linearFlops(double tokens, const Deployment &deployment, double scale) const;
    /// Bytes of weights one decode step reads for a batch of B users (MoE: experts touched).
    double weightReadParams(int batch, double scale) const;
    double allReduceSeconds(double bytes, const Deployment &deployment,
                            const HardwareSpec &hardware) const;

    ModelSpec m_model;
    double m_totalParams = 0;  ///< derived from the architecture
    double m_activeParams = 0; ///< derived from the architecture
    double m_expertParams = 0;
    double m_embeddingParams = 0; ///< input embedding plus LM head unless tied
    double m_lmHeadParams = 0;
    int m_linearLayers = 0;
    int m_moeLayers = 0;            ///< layers with an MoE MLP, counted once per model
    double m_stateBytesPerUser = 0; ///< linear-attention states, constant in the context
    std::vector<LayerGroup> m_groups;
};

} // namespace kvscope::model
