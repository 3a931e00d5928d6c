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
    /// Layers sharing one attention span, with their KV elements per token.
    struct LayerGroup
    {
        int window = 0; ///< 0 = full attention
        int layers = 0;
        double kvElementsPerToken = 0; ///< summed over the group's layers
    };

    /// Sum over context c = n + j, j in [first, last], of the KV elements per user (uncompressed).
    double kvElementsSummed(double n, double first, double last) const;
    double kvElementsAt(double context) const;
    double attentionFlops(double context, const Deployment &deployment, double activeParams) const;
    /// Bytes of weights one decode step reads for a batch of B users (MoE: experts touched).
    double weightReadParams(int batch, double scale) const;
    double allReduceSeconds(double bytes, const Deployment &deployment,
                            const HardwareSpec &hardware) const;

    ModelSpec m_model;
    double m_totalParams = 0;  ///< derived from the architecture
    double m_activeParams = 0; ///< derived from the architecture
    double m_expertParams = 0;
    std::vector<LayerGroup> m_groups;
};

} // namespace kvscope::model
