// The architecture of a transformer, as far as serving cost depends on it (cost-model.md §4.1).
#pragma once

#include <string>
#include <vector>

namespace kvscope::model {

/// Mixture of experts. experts == 0 means a dense model.
struct MoeSpec
{
    int experts = 0;          ///< routed experts E per MoE layer
    int active = 0;           ///< routed experts k chosen per token
    int shared = 0;           ///< shared experts S, always active
    int expertWidth = 0;      ///< FFN width f_e of one expert
    int firstDenseLayers = 0; ///< leading layers with a dense MLP of width `ffn`

    bool enabled() const { return experts > 0; }
    bool operator==(const MoeSpec &) const = default;
};

/// Multi-head latent attention (DeepSeek-V2/V3). kvLoraRank == 0 means ordinary attention.
struct MlaSpec
{
    int kvLoraRank = 0; ///< r: the cached latent width
    int qLoraRank = 0;  ///< low-rank query projection; 0 means a full-rank query
    int ropeDim = 0;    ///< d_r: decoupled rotary key width (also cached)
    int nopeDim = 0;    ///< per-head query/key width without rotary embedding
    int vDim = 0;       ///< per-head value width

    bool enabled() const { return kvLoraRank > 0; }
    bool operator==(const MlaSpec &) const = default;
};

struct ModelSpec
{
    std::string id;
    std::string name;
    std::string source; ///< where the figures come from

    int layers = 0;  ///< L
    int hidden = 0;  ///< d
    int heads = 0;   ///< h, query heads
    int kvHeads = 0; ///< h_kv
    int headDim = 0; ///< d_h when given explicitly; 0 means hidden / heads
    int ffn = 0;     ///< f, MLP width (of the dense layers for MoE)
    int vocab = 0;   ///< V
    bool tiedEmbeddings = false;
    bool gatedMlp = true;  ///< 3 MLP matrices (SwiGLU/GeGLU) rather than 2 (GPT)
    double maxContext = 0; ///< tokens the model was trained for; 0 when unknown
    MoeSpec moe;
    MlaSpec mla;
    /// Per-layer attention span: 0 for full attention, w > 0 for a sliding window of w tokens.
    /// Empty means every layer attends to the full context.
    std::vector<int> layerWindows;

    /// The head dimension in use: explicit headDim, else hidden / heads.
    int effectiveHeadDim() const;
    /// Window of layer i (0 = full attention).
    int windowOfLayer(int layer) const;

    bool operator==(const ModelSpec &) const = default;
};

/// Parameter counts derived from the architecture (biases ignored).
struct ParamCount
{
    double total = 0;  ///< every expert counted
    double active = 0; ///< routed k plus shared experts counted
    double attentionPerLayer = 0;
    double denseMlpPerLayer = 0;
    double expertParams = 0; ///< one expert's MLP
    double routerPerLayer = 0;
    double embedding = 0; ///< input embedding plus LM head unless tied
    double norms = 0;
};

/// N_total and N_active from the architecture (cost-model.md §4.1).
ParamCount countParams(const ModelSpec &model);

/// Full-attention KV bytes per token summed over layers, before compression
/// (2 * h_kv * d_h * b_kv per layer, or (r + d_r) * b_kv for MLA).
double kvBytesPerToken(const ModelSpec &model, double kvBytesPerElement);

/// Rescales the architecture to about `targetParams` parameters, keeping head_dim, KV heads, query
/// heads per KV head, the FFN/hidden ratio, vocab and the hidden/layers aspect ratio; layers and
/// hidden are derived. Experts keep their count and their width/hidden ratio.
ModelSpec rescaleModel(const ModelSpec &model, double targetParams);

} // namespace kvscope::model
