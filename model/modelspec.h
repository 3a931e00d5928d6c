// SPDX-License-Identifier: GPL-3.0-or-later
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
    /// Every layerStep-th layer after the leading dense ones is an MoE layer (layer i when
    /// (i + 1) % layerStep == 0), the others dense; 0 and 1 mean every layer (Llama 4 Maverick: 2).
    int layerStep = 0;

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

/// Linear attention (Gated DeltaNet, as in Qwen3-Next and Qwen3.5): a layer keeps a fixed-size
/// recurrent state and a short convolution state per user instead of a growing KV cache.
struct LinearAttentionSpec
{
    int keyHeads = 0;     ///< linear_num_key_heads
    int valueHeads = 0;   ///< linear_num_value_heads
    int keyHeadDim = 0;   ///< linear_key_head_dim
    int valueHeadDim = 0; ///< linear_value_head_dim
    int convKernel = 0;   ///< linear_conv_kernel_dim
    /// Bytes per element of the recurrent state: 2 (bf16, the model's dtype) unless the config
    /// asks for float32 (mamba_ssm_dtype); the convolution state is always bf16.
    int recurrentStateBytes = 2;

    bool enabled() const { return valueHeads > 0; }
    /// Bytes of the per-user state of one layer: the recurrent state h_v * d_k * d_v plus
    /// (kernel - 1) positions of the convolution over q, k and v (bf16).
    double stateBytes() const;
    /// Weights of one layer: q, k, v and output-gate projections, the per-head beta and decay
    /// projections, the convolution, decay parameters, the gated norm and the output projection.
    double paramsPerLayer(int hidden) const;
    bool operator==(const LinearAttentionSpec &) const = default;
};

/// What a layer's token mixer is, beyond the sliding windows of layerWindows.
enum class LayerKind : unsigned char
{
    Attention, ///< softmax attention over its window (layerWindows; 0 = the whole context)
    Chunked,   ///< softmax attention within chunks of attentionChunk tokens (Llama 4)
    Linear,    ///< linear attention with a constant state (LinearAttentionSpec)
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
    /// Per-layer mixer; empty means every layer is softmax attention.
    std::vector<LayerKind> layerKinds;
    int attentionChunk = 0; ///< tokens per chunk on Chunked layers
    LinearAttentionSpec linear;
    /// The query projection also emits a sigmoid gate on the attention output (Qwen3-Next,
    /// Qwen3.5): h * d_h * d more weights per attention layer.
    bool attentionOutputGate = false;
    /// Approximations made when the model was read, shown wherever its figures are.
    std::vector<std::string> notes;

    /// The head dimension in use: explicit headDim, else hidden / heads.
    int effectiveHeadDim() const;
    /// Window of layer i (0 = full attention).
    int windowOfLayer(int layer) const;
    /// The mixer of layer i.
    LayerKind kindOfLayer(int layer) const;
    /// Layers whose KV cache grows with the context (softmax attention, windowed or chunked).
    int kvCacheLayers() const;
    /// Whether layer i has an MoE MLP (false for every layer of a dense model).
    bool isMoeLayer(int layer) const;
    /// Layers with an MoE MLP.
    int moeLayers() const;

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
    double lmHead = 0;    ///< the output projection V * d, a matmul even when tied
    double norms = 0;
};

/// N_total and N_active from the architecture (cost-model.md §4.1).
ParamCount countParams(const ModelSpec &model);

/// KV bytes per token summed over the layers that cache keys and values, before compression
/// (2 * h_kv * d_h * b_kv per layer, or (r + d_r) * b_kv for MLA; linear-attention layers none).
double kvBytesPerToken(const ModelSpec &model, double kvBytesPerElement);

/// Rescales the architecture to about `targetParams` parameters, keeping head_dim, KV heads, query
/// heads per KV head, the FFN/hidden ratio, vocab and the hidden/layers aspect ratio; layers and
/// hidden are derived. Experts keep their count and their width/hidden ratio.
ModelSpec rescaleModel(const ModelSpec &model, double targetParams);

} // namespace kvscope::model
