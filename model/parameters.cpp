// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameters.h"

#include "inputerror.h"
#include "units.h"

#include <array>
#include <cmath>
#include <stdexcept>

namespace kvscope::model {

namespace {

// Accessors in the parameter's own unit. Captureless lambdas convert to the table's function
// pointers, so each row carries its own getter and setter.
#define KV_DEPLOY(field)                                                                           \
    [](const Scenario &s) -> double { return s.deployment.field; }, [](Scenario &s, double v) {    \
        s.deployment.field = decltype(s.deployment.field)(v);                                      \
    }
#define KV_MODEL(field)                                                                            \
    [](const Scenario &s) -> double { return s.model.field; }, [](Scenario &s, double v) {         \
        s.model.field = decltype(s.model.field)(v);                                                \
    }
#define KV_SCALED(object, field, factor)                                                           \
    [](const Scenario &s) -> double { return s.object.field / (factor); },                         \
        [](Scenario &s, double v) {                                                                \
            s.object.field = v * (factor);                                                         \
        }

using enum Unit;
using enum Scale;
using enum Scope;

const std::array kParameters = {
    // Deployment: the sliders and command-line flags.
    Parameter{"context", "Context length", Tokens, 1, 1e7, 50000, Log, true, Deployment,
              "Tokens held in each user's KV cache when decoding starts (n).", KV_DEPLOY(context),
              1e3, 1e7},
    Parameter{"output-tokens", "Output tokens", Tokens, 1, 1e6, 250, Log, true, Deployment,
              "Tokens generated per request (m).", KV_DEPLOY(outputTokens)},
    Parameter{"batch", "Batch", Users, 1, 4096, 1, Log, true, Deployment,
              "Users decoded together in one step (B).", KV_DEPLOY(batch)},
    Parameter{"gpus", "GPUs", Gpus, 1, 64, 1, Log, true, Deployment,
              "GPUs in one tensor-parallel group (G).", KV_DEPLOY(gpus)},
    Parameter{"hbm-gib", "HBM per GPU", GiB, 8, 512, 80, Log, false, Hardware,
              "High-bandwidth memory capacity of each GPU.", KV_SCALED(hardware, hbmBytes, kGiB)},
    Parameter{"params", "Parameters (recount)", Params, 1e6, 1e13, 0, Log, false, Deployment,
              "Counts the model as this many parameters, architecture kept (0 = derived).",
              KV_DEPLOY(paramsOverride)},
    Parameter{"model-size", "Model size", Params, 5e8, 2e12, 0, Log, false, Deployment,
              "Rescales the architecture to this many parameters (0 = as given).",
              KV_DEPLOY(modelSize)},
    Parameter{"memory-utilization", "Memory utilisation", Fraction, 0.05, 1, 1, Linear, false,
              Deployment, "Fraction of HBM the serving engine may use (u).",
              KV_DEPLOY(memoryUtilization)},
    Parameter{"reserved-gib",
              "Reserved per GPU",
              GiB,
              0,
              512,
              0,
              Linear,
              false,
              Deployment,
              "HBM per GPU held back for the runtime, activations and fragmentation.",
              KV_SCALED(deployment, reservedBytesPerGpu, kGiB),
              {},
              64.0},
    Parameter{"mfu", "MFU", Fraction, 0.01, 1, 1, Linear, false, Deployment,
              "Model FLOP utilisation: fraction of peak compute reached (1 = theoretical peak).",
              KV_DEPLOY(mfu)},
    Parameter{"mbu", "MBU", Fraction, 0.01, 1, 1, Linear, false, Deployment,
              "Memory bandwidth utilisation: fraction of peak HBM bandwidth reached.",
              KV_DEPLOY(mbu)},
    Parameter{"kv-compression-layer",
              "KV compression: layer",
              Ratio,
              1,
              1e4,
              1,
              Log,
              false,
              Deployment,
              "KV cache shrink from sharing or dropping layers.",
              KV_DEPLOY(kvCompression.layer),
              {},
              1000.0},
    Parameter{"kv-compression-head",
              "KV compression: head",
              Ratio,
              1,
              1e4,
              1,
              Log,
              false,
              Deployment,
              "KV cache shrink from fewer KV heads (GQA, MQA).",
              KV_DEPLOY(kvCompression.head),
              {},
              1000.0},
    Parameter{"kv-compression-token",
              "KV compression: token",
              Ratio,
              1,
              1e4,
              1,
              Log,
              false,
              Deployment,
              "KV cache shrink from keeping fewer tokens (windows, eviction).",
              KV_DEPLOY(kvCompression.token),
              {},
              1000.0},
    Parameter{"kv-compression-hidden",
              "KV compression: hidden",
              Ratio,
              1,
              1e4,
              1,
              Log,
              false,
              Deployment,
              "KV cache shrink from fewer bits or a smaller latent per token.",
              KV_DEPLOY(kvCompression.hidden),
              {},
              1000.0},
    Parameter{"host-memory-gib", "Host memory", GiB, 1, 1048576, 1024, Log, false, Deployment,
              "Host DDR of the server that parks offloaded KV caches.",
              KV_SCALED(deployment, hostMemoryBytes, kGiB)},
    Parameter{"replicas",
              "Replicas",
              Count,
              1,
              1024,
              1,
              Log,
              true,
              Deployment,
              "Data-parallel copies of the tensor-parallel group; capacity and cost multiply.",
              KV_DEPLOY(replicas),
              {},
              64.0},
    Parameter{"users",
              "Active users",
              Users,
              1,
              1000,
              1,
              Log,
              true,
              Deployment,
              "Sessions sharing the server in the session timeline (U).",
              KV_DEPLOY(users),
              {},
              500.0},

    // Hardware preset fields.
    Parameter{"hbm-gbs", "HBM bandwidth", GBps, 1, 1e5, 2039, Log, false, Hardware,
              "Peak HBM bandwidth per GPU.", KV_SCALED(hardware, hbmBandwidth, 1e9)},
    Parameter{"bf16-tflops", "bf16 compute", TFlops, 0.1, 1e5, 312, Log, false, Hardware,
              "Dense bf16 peak per GPU, no sparsity.", KV_SCALED(hardware, bf16Flops, 1e12)},
    Parameter{"fp8-tflops", "fp8 compute", TFlops, 0, 1e5, 0, Log, false, Hardware,
              "Dense fp8 peak per GPU (0 = no fp8 path; bf16 is used).",
              KV_SCALED(hardware, fp8Flops, 1e12)},
    Parameter{"interconnect-gbs", "Interconnect", GBps, 0, 1e5, 300, Log, false, Hardware,
              "GPU-to-GPU bandwidth per GPU, one direction (0 = none: PCIe carries TP traffic).",
              KV_SCALED(hardware, interconnectBandwidth, 1e9)},
    Parameter{"pcie-gbs", "PCIe", GBps, 0.1, 1e4, 32, Log, false, Hardware,
              "Host link bandwidth per GPU, one direction.",
              KV_SCALED(hardware, pcieBandwidth, 1e9)},
    Parameter{"collective-latency-us", "All-reduce latency", Microseconds, 0, 1e5, 10, Log, false,
              Hardware, "Fixed cost of one all-reduce on the interconnect.",
              KV_SCALED(hardware, collectiveLatency, 1e-6)},
    Parameter{"gpu-hour-usd",
              "GPU-hour price",
              UsdPerHour,
              0,
              1000,
              0,
              Linear,
              false,
              Hardware,
              "On-demand price of one GPU for one hour, US dollars (0 = unknown: no cost shown).",
              KV_SCALED(hardware, gpuHourUsd, 1),
              {},
              20.0},

    // Model preset fields.
    Parameter{"layers", "Layers", Count, 1, 1000, 32, Linear, true, Model,
              "Transformer layers (L).", KV_MODEL(layers)},
    Parameter{"hidden", "Hidden size", Count, 1, 1e6, 4096, Log, true, Model, "Model width (d).",
              KV_MODEL(hidden)},
    Parameter{"heads", "Query heads", Count, 1, 1e4, 32, Log, true, Model,
              "Attention query heads (h).", KV_MODEL(heads)},
    Parameter{"kv-heads", "KV heads", Count, 1, 1e4, 8, Log, true, Model,
              "Key/value heads (h_kv): h for MHA, 1 for MQA.", KV_MODEL(kvHeads)},
    Parameter{"head-dim", "Head dim", Count, 0, 1e4, 0, Log, true, Model,
              "Per-head width (d_h); 0 means hidden / heads.", KV_MODEL(headDim)},
    Parameter{"ffn", "FFN width", Count, 1, 1e7, 14336, Log, true, Model,
              "MLP intermediate width (f).", KV_MODEL(ffn)},
    Parameter{"vocab", "Vocabulary", Count, 1, 1e7, 32000, Log, true, Model,
              "Tokens in the vocabulary (V).", KV_MODEL(vocab)},
    Parameter{"experts", "Routed experts", Count, 0, 1e5, 0, Log, true, Model,
              "Experts per MoE layer (E; 0 = dense).", KV_MODEL(moe.experts)},
    Parameter{"active-experts", "Active experts", Count, 0, 1e5, 0, Log, true, Model,
              "Routed experts chosen per token (k).", KV_MODEL(moe.active)},
    Parameter{"shared-experts", "Shared experts", Count, 0, 1e5, 0, Log, true, Model,
              "Experts every token uses (S).", KV_MODEL(moe.shared)},
    Parameter{"expert-width", "Expert FFN width", Count, 0, 1e7, 0, Log, true, Model,
              "MLP width of one expert (f_e).", KV_MODEL(moe.expertWidth)},
    Parameter{"first-dense-layers", "Leading dense layers", Count, 0, 1000, 0, Linear, true, Model,
              "MoE models: leading layers with a dense MLP.", KV_MODEL(moe.firstDenseLayers)},
    Parameter{"moe-layer-step", "MoE layer step", Count, 0, 1000, 0, Linear, true, Model,
              "MoE models: every k-th layer is an MoE layer, the rest dense (0 or 1 = every).",
              KV_MODEL(moe.layerStep)},
    Parameter{"kv-lora-rank", "MLA latent width", Count, 0, 1e5, 0, Log, true, Model,
              "MLA: cached latent width r (0 = ordinary attention).", KV_MODEL(mla.kvLoraRank)},
    Parameter{"q-lora-rank", "MLA query rank", Count, 0, 1e5, 0, Log, true, Model,
              "MLA: low-rank query width (0 = full rank).", KV_MODEL(mla.qLoraRank)},
    Parameter{"qk-rope-head-dim", "MLA rope dim", Count, 0, 1e4, 0, Log, true, Model,
              "MLA: decoupled rotary key width d_r (cached).", KV_MODEL(mla.ropeDim)},
    Parameter{"qk-nope-head-dim", "MLA nope dim", Count, 0, 1e4, 0, Log, true, Model,
              "MLA: per-head key width without rotary embedding.", KV_MODEL(mla.nopeDim)},
    Parameter{"v-head-dim", "MLA value dim", Count, 0, 1e4, 0, Log, true, Model,
              "MLA: per-head value width.", KV_MODEL(mla.vDim)},
    Parameter{"sliding-window", "Sliding window", Tokens, 1, 1e8, 4096, Log, true, Model,
              "Tokens a sliding-window layer attends to (w).",
              [](const Scenario &s) -> double {
                  for (int w : s.model.layerWindows)
                      if (w > 0)
                          return w;
                  return 0;
              },
              [](Scenario &s, double v) {
                  for (int &w : s.model.layerWindows)
                      if (w > 0)
                          w = int(v);
              }},
    Parameter{"attention-chunk", "Attention chunk", Tokens, 0, 1e8, 0, Log, true, Model,
              "Tokens per chunk of chunked-attention layers (Llama 4; 0 = none).",
              KV_MODEL(attentionChunk)},
    Parameter{"linear-key-heads", "Linear key heads", Count, 0, 1e4, 0, Log, true, Model,
              "Linear-attention layers: key heads.", KV_MODEL(linear.keyHeads)},
    Parameter{"linear-value-heads", "Linear value heads", Count, 0, 1e4, 0, Log, true, Model,
              "Linear-attention layers: value heads (h_v).", KV_MODEL(linear.valueHeads)},
    Parameter{"linear-key-head-dim", "Linear key dim", Count, 0, 1e4, 0, Log, true, Model,
              "Linear-attention layers: per-head key width (d_k).", KV_MODEL(linear.keyHeadDim)},
    Parameter{"linear-value-head-dim", "Linear value dim", Count, 0, 1e4, 0, Log, true, Model,
              "Linear-attention layers: per-head value width (d_v).",
              KV_MODEL(linear.valueHeadDim)},
    Parameter{"linear-conv-kernel", "Linear conv kernel", Count, 0, 1e3, 0, Linear, true, Model,
              "Linear-attention layers: short convolution width.", KV_MODEL(linear.convKernel)},
    Parameter{"linear-state-bytes", "Linear state bytes", Count, 1, 8, 2, Linear, true, Model,
              "Linear-attention layers: bytes per recurrent-state element (2 bf16, 4 fp32).",
              KV_MODEL(linear.recurrentStateBytes)},
    Parameter{"max-context", "Trained context", Tokens, 0, 1e9, 0, Log, true, Model,
              "Context the model was trained for (0 = unknown).", KV_MODEL(maxContext)},
};

#undef KV_DEPLOY
#undef KV_MODEL
#undef KV_SCALED

std::string normalised(std::string_view key)
{
    std::string flag(key);
    for (char &c : flag)
        if (c == '_')
            c = '-';
    return flag;
}

} // namespace

std::string Parameter::jsonKey() const
{
    std::string json(key);
    for (char &c : json)
        if (c == '-')
            c = '_';
    return json;
}

std::span<const Parameter> parameters()
{
    return kParameters;
}

const Parameter *findParameter(std::string_view key)
{
    const std::string flag = normalised(key);
    for (const auto &param : kParameters)
        if (param.key == flag)
            return &param;
    return nullptr;
}

const Parameter &parameter(std::string_view key)
{
    if (const Parameter *param = findParameter(key))
        return *param;
    throw std::logic_error("no parameter named " + std::string(key));
}

ValueProblem findValueProblem(const Parameter &param, double value)
{
    if (!std::isfinite(value))
        return ValueProblem::NotFinite;
    if (param.integer && value != std::floor(value))
        return ValueProblem::NotWhole;
    if (!param.contains(value))
        return ValueProblem::OutOfRange;
    return ValueProblem::None;
}

void checkValue(const Parameter &param, double value, const std::string &file,
                const std::string &field)
{
    const std::string written = formatPlain(value);
    switch (findValueProblem(param, value)) {
    case ValueProblem::None:
        return;
    case ValueProblem::NotFinite:
        throw InputError(file, field, written, "not a finite number");
    case ValueProblem::NotWhole:
        throw InputError(file, field, written, "must be a whole number");
    case ValueProblem::OutOfRange:
        throw InputError(file, field, written,
                         "out of range: must be from " + formatPlain(param.min) + " to " +
                             formatPlain(param.max) + (param.unit == Unit::Count ? "" : " ") +
                             std::string(unitSuffix(param.unit)));
    }
}

std::string_view unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::Tokens:
        return "tokens";
    case Unit::Users:
        return "users";
    case Unit::Gpus:
        return "GPUs";
    case Unit::Params:
        return "parameters";
    case Unit::GiB:
        return "GiB";
    case Unit::GBps:
        return "GB/s";
    case Unit::TFlops:
        return "TFLOP/s";
    case Unit::Microseconds:
        return "us";
    case Unit::Fraction:
        return "(fraction)";
    case Unit::Ratio:
        return "x";
    case Unit::Count:
        return "";
    case Unit::UsdPerHour:
        return "USD/GPU-hour";
    }
    return "";
}

} // namespace kvscope::model
