// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelwords.h"

#include "builtins.h"
#include "modeltext.h"
#include "units.h"

#include "parameterslider.h"

#include <QCoreApplication>

namespace kvscope::widgets {

namespace {

struct Words
{
    const char *key;
    const char *label;
    const char *help;
};

// The model's parameter table (model/parameters.cpp) in the same order, English as there.
// clang-format off
const Words kWords[] = {
    {"context", QT_TRANSLATE_NOOP("Parameter", "Context length"),
     QT_TRANSLATE_NOOP("Parameter", "Tokens held in each user's KV cache when decoding starts (n).")},
    {"output-tokens", QT_TRANSLATE_NOOP("Parameter", "Output tokens"),
     QT_TRANSLATE_NOOP("Parameter", "Tokens generated per request (m).")},
    {"batch", QT_TRANSLATE_NOOP("Parameter", "Batch"),
     QT_TRANSLATE_NOOP("Parameter", "Users decoded together in one step (B).")},
    {"gpus", QT_TRANSLATE_NOOP("Parameter", "GPUs"),
     QT_TRANSLATE_NOOP("Parameter", "GPUs in one tensor-parallel group (G).")},
    {"hbm-gib", QT_TRANSLATE_NOOP("Parameter", "HBM per GPU"),
     QT_TRANSLATE_NOOP("Parameter", "High-bandwidth memory capacity of each GPU.")},
    {"params", QT_TRANSLATE_NOOP("Parameter", "Parameters (recount)"),
     QT_TRANSLATE_NOOP("Parameter", "Counts the model as this many parameters, architecture kept (0 = derived).")},
    {"model-size", QT_TRANSLATE_NOOP("Parameter", "Model size"),
     QT_TRANSLATE_NOOP("Parameter", "Rescales the architecture to this many parameters (0 = as given).")},
    {"memory-utilization", QT_TRANSLATE_NOOP("Parameter", "Memory utilisation"),
     QT_TRANSLATE_NOOP("Parameter", "Fraction of HBM the serving engine may use (u).")},
    {"reserved-gib", QT_TRANSLATE_NOOP("Parameter", "Reserved per GPU"),
     QT_TRANSLATE_NOOP("Parameter", "HBM per GPU held back for the runtime, activations and fragmentation.")},
    {"mfu", QT_TRANSLATE_NOOP("Parameter", "MFU"),
     QT_TRANSLATE_NOOP("Parameter", "Model FLOP utilisation: fraction of peak compute reached (1 = theoretical peak).")},
    {"mbu", QT_TRANSLATE_NOOP("Parameter", "MBU"),
     QT_TRANSLATE_NOOP("Parameter", "Memory bandwidth utilisation: fraction of peak HBM bandwidth reached.")},
    {"kv-compression-layer", QT_TRANSLATE_NOOP("Parameter", "KV compression: layer"),
     QT_TRANSLATE_NOOP("Parameter", "KV cache shrink from sharing or dropping layers.")},
    {"kv-compression-head", QT_TRANSLATE_NOOP("Parameter", "KV compression: head"),
     QT_TRANSLATE_NOOP("Parameter", "KV cache shrink from fewer KV heads (GQA, MQA).")},
    {"kv-compression-token", QT_TRANSLATE_NOOP("Parameter", "KV compression: token"),
     QT_TRANSLATE_NOOP("Parameter", "KV cache shrink from keeping fewer tokens (windows, eviction).")},
    {"kv-compression-hidden", QT_TRANSLATE_NOOP("Parameter", "KV compression: hidden"),
     QT_TRANSLATE_NOOP("Parameter", "KV cache shrink from fewer bits or a smaller latent per token.")},
    {"host-memory-gib", QT_TRANSLATE_NOOP("Parameter", "Host memory"),
     QT_TRANSLATE_NOOP("Parameter", "Host DDR of the server that parks offloaded KV caches.")},
    {"replicas", QT_TRANSLATE_NOOP("Parameter", "Replicas"),
     QT_TRANSLATE_NOOP("Parameter", "Data-parallel copies of the tensor-parallel group; capacity and cost multiply.")},
    {"users", QT_TRANSLATE_NOOP("Parameter", "Active users"),
     QT_TRANSLATE_NOOP("Parameter", "Sessions sharing the server in the session timeline (U).")},
    {"hbm-gbs", QT_TRANSLATE_NOOP("Parameter", "HBM bandwidth"),
     QT_TRANSLATE_NOOP("Parameter", "Peak HBM bandwidth per GPU.")},
    {"bf16-tflops", QT_TRANSLATE_NOOP("Parameter", "bf16 compute"),
     QT_TRANSLATE_NOOP("Parameter", "Dense bf16 peak per GPU, no sparsity.")},
    {"fp8-tflops", QT_TRANSLATE_NOOP("Parameter", "fp8 compute"),
     QT_TRANSLATE_NOOP("Parameter", "Dense fp8 peak per GPU (0 = no fp8 path; bf16 is used).")},
    {"interconnect-gbs", QT_TRANSLATE_NOOP("Parameter", "Interconnect"),
     QT_TRANSLATE_NOOP("Parameter", "GPU-to-GPU bandwidth per GPU, one direction (0 = none: PCIe carries TP traffic).")},
    {"pcie-gbs", QT_TRANSLATE_NOOP("Parameter", "PCIe"),
     QT_TRANSLATE_NOOP("Parameter", "Host link bandwidth per GPU, one direction.")},
    {"collective-latency-us", QT_TRANSLATE_NOOP("Parameter", "All-reduce latency"),
     QT_TRANSLATE_NOOP("Parameter", "Fixed cost of one all-reduce on the interconnect.")},
    {"gpu-hour-usd", QT_TRANSLATE_NOOP("Parameter", "GPU-hour price"),
     QT_TRANSLATE_NOOP("Parameter", "On-demand price of one GPU for one hour, US dollars (0 = unknown: no cost shown).")},
    {"layers", QT_TRANSLATE_NOOP("Parameter", "Layers"),
     QT_TRANSLATE_NOOP("Parameter", "Transformer layers (L).")},
    {"hidden", QT_TRANSLATE_NOOP("Parameter", "Hidden size"),
     QT_TRANSLATE_NOOP("Parameter", "Model width (d).")},
    {"heads", QT_TRANSLATE_NOOP("Parameter", "Query heads"),
     QT_TRANSLATE_NOOP("Parameter", "Attention query heads (h).")},
    {"kv-heads", QT_TRANSLATE_NOOP("Parameter", "KV heads"),
     QT_TRANSLATE_NOOP("Parameter", "Key/value heads (h_kv): h for MHA, 1 for MQA.")},
    {"head-dim", QT_TRANSLATE_NOOP("Parameter", "Head dim"),
     QT_TRANSLATE_NOOP("Parameter", "Per-head width (d_h); 0 means hidden / heads.")},
    {"ffn", QT_TRANSLATE_NOOP("Parameter", "FFN width"),
     QT_TRANSLATE_NOOP("Parameter", "MLP intermediate width (f).")},
    {"vocab", QT_TRANSLATE_NOOP("Parameter", "Vocabulary"),
     QT_TRANSLATE_NOOP("Parameter", "Tokens in the vocabulary (V).")},
    {"experts", QT_TRANSLATE_NOOP("Parameter", "Routed experts"),
     QT_TRANSLATE_NOOP("Parameter", "Experts per MoE layer (E; 0 = dense).")},
    {"active-experts", QT_TRANSLATE_NOOP("Parameter", "Active experts"),
     QT_TRANSLATE_NOOP("Parameter", "Routed experts chosen per token (k).")},
    {"shared-experts", QT_TRANSLATE_NOOP("Parameter", "Shared experts"),
     QT_TRANSLATE_NOOP("Parameter", "Experts every token uses (S).")},
    {"expert-width", QT_TRANSLATE_NOOP("Parameter", "Expert FFN width"),
     QT_TRANSLATE_NOOP("Parameter", "MLP width of one expert (f_e).")},
    {"first-dense-layers", QT_TRANSLATE_NOOP("Parameter", "Leading dense layers"),
     QT_TRANSLATE_NOOP("Parameter", "MoE models: leading layers with a dense MLP.")},
    {"moe-layer-step", QT_TRANSLATE_NOOP("Parameter", "MoE layer step"),
     QT_TRANSLATE_NOOP("Parameter", "MoE models: every k-th layer is an MoE layer, the rest dense (0 or 1 = every).")},
    {"kv-lora-rank", QT_TRANSLATE_NOOP("Parameter", "MLA latent width"),
     QT_TRANSLATE_NOOP("Parameter", "MLA: cached latent width r (0 = ordinary attention).")},
    {"q-lora-rank", QT_TRANSLATE_NOOP("Parameter", "MLA query rank"),
     QT_TRANSLATE_NOOP("Parameter", "MLA: low-rank query width (0 = full rank).")},
    {"qk-rope-head-dim", QT_TRANSLATE_NOOP("Parameter", "MLA rope dim"),
     QT_TRANSLATE_NOOP("Parameter", "MLA: decoupled rotary key width d_r (cached).")},
    {"qk-nope-head-dim", QT_TRANSLATE_NOOP("Parameter", "MLA nope dim"),
     QT_TRANSLATE_NOOP("Parameter", "MLA: per-head key width without rotary embedding.")},
    {"v-head-dim", QT_TRANSLATE_NOOP("Parameter", "MLA value dim"),
     QT_TRANSLATE_NOOP("Parameter", "MLA: per-head value width.")},
    {"sliding-window", QT_TRANSLATE_NOOP("Parameter", "Sliding window"),
     QT_TRANSLATE_NOOP("Parameter", "Tokens a sliding-window layer attends to (w).")},
    {"attention-chunk", QT_TRANSLATE_NOOP("Parameter", "Attention chunk"),
     QT_TRANSLATE_NOOP("Parameter", "Tokens per chunk of chunked-attention layers (Llama 4; 0 = none).")},
    {"linear-key-heads", QT_TRANSLATE_NOOP("Parameter", "Linear key heads"),
     QT_TRANSLATE_NOOP("Parameter", "Linear-attention layers: key heads.")},
    {"linear-value-heads", QT_TRANSLATE_NOOP("Parameter", "Linear value heads"),
     QT_TRANSLATE_NOOP("Parameter", "Linear-attention layers: value heads (h_v).")},
    {"linear-key-head-dim", QT_TRANSLATE_NOOP("Parameter", "Linear key dim"),
     QT_TRANSLATE_NOOP("Parameter", "Linear-attention layers: per-head key width (d_k).")},
    {"linear-value-head-dim", QT_TRANSLATE_NOOP("Parameter", "Linear value dim"),
     QT_TRANSLATE_NOOP("Parameter", "Linear-attention layers: per-head value width (d_v).")},
    {"linear-conv-kernel", QT_TRANSLATE_NOOP("Parameter", "Linear conv kernel"),
     QT_TRANSLATE_NOOP("Parameter", "Linear-attention layers: short convolution width.")},
    {"linear-state-bytes", QT_TRANSLATE_NOOP("Parameter", "Linear state bytes"),
     QT_TRANSLATE_NOOP("Parameter", "Linear-attention layers: bytes per recurrent-state element (2 bf16, 4 fp32).")},
    {"max-context", QT_TRANSLATE_NOOP("Parameter", "Trained context"),
     QT_TRANSLATE_NOOP("Parameter", "Context the model was trained for (0 = unknown).")},
};
// clang-format on

const Words *wordsFor(const model::Parameter &param)
{
    for (const Words &words : kWords)
        if (param.key == words.key)
            return &words;
    return nullptr;
}

QString translated(const char *english, std::string_view fallback)
{
    if (english)
        return QCoreApplication::translate("Parameter", english);
    return QString::fromUtf8(fallback.data(), qsizetype(fallback.size()));
}

} // namespace

QString parameterLabel(const model::Parameter &param)
{
    const Words *words = wordsFor(param);
    return translated(words ? words->label : nullptr, param.label);
}

QString parameterHelp(const model::Parameter &param)
{
    const Words *words = wordsFor(param);
    return translated(words ? words->help : nullptr, param.help);
}

bool hasWordsFor(const model::Parameter &param)
{
    const Words *words = wordsFor(param);
    return words && param.label == words->label && param.help == words->help;
}

QString valueProblem(const model::Parameter &param, double value)
{
    switch (model::findValueProblem(param, value)) {
    case model::ValueProblem::None:
        return {};
    case model::ValueProblem::NotFinite:
        return QCoreApplication::translate("Parameter", "not a finite number");
    case model::ValueProblem::NotWhole:
        return QCoreApplication::translate("Parameter", "must be a whole number");
    case model::ValueProblem::OutOfRange:
        return QCoreApplication::translate("Parameter", "must be from %1 to %2 %3")
            .arg(ParameterSlider::formatValue(param.min, param),
                 ParameterSlider::formatValue(param.max, param), ParameterSlider::unitText(param))
            .trimmed();
    }
    return {};
}

QString usersText(double users)
{
    // The model's number ("18", "0.06") without its English word.
    std::string text = model::formatUsers(users);
    text.erase(text.find(' '));
    const QString number = localizedNumber(QString::fromStdString(text));
    return users == 1 ? QCoreApplication::translate("Users", "%1 user").arg(number)
                      : QCoreApplication::translate("Users", "%1 users").arg(number);
}

namespace {

/// The technique's quoted numbers with the locale's decimal separator, "" past the end.
QString quoted(const model::CompressionTechnique &t, std::size_t index)
{
    return index < t.quoted.size() ? localizedNumber(QString::fromStdString(t.quoted[index]))
                                   : QString();
}

} // namespace

QString techniqueName(const model::CompressionTechnique &t)
{
    const std::string &id = t.id;
    if (id == "gqa")
        return QCoreApplication::translate("CompressionTechnique", "GQA, %1 KV heads")
            .arg(quoted(t, 0));
    if (id == "mqa")
        return QCoreApplication::translate("CompressionTechnique", "MQA, 1 KV head");
    if (id == "mla")
        return QCoreApplication::translate("CompressionTechnique", "MLA latent %1 + %2")
            .arg(quoted(t, 0), quoted(t, 1));
    if (id == "kv8")
        return QCoreApplication::translate("CompressionTechnique", "8-bit KV cache");
    if (id == "kv4")
        return QCoreApplication::translate("CompressionTechnique", "4-bit KV cache");
    if (id == "cross-layer")
        return QCoreApplication::translate("CompressionTechnique", "Cross-layer pairs");
    if (id == "window")
        return QCoreApplication::translate("CompressionTechnique", "%1-token window")
            .arg(quoted(t, 0));
    return QString::fromStdString(t.name);
}

QString techniqueSummary(const model::CompressionTechnique &t)
{
    const std::string &id = t.id;
    if ((id == "gqa" || id == "mqa") && t.latentModel)
        return QCoreApplication::translate(
            "CompressionTechnique",
            "The model caches a latent, not heads: no head sharing to add.");
    if (id == "gqa")
        return QCoreApplication::translate("CompressionTechnique",
                                           "Query heads share %1 key/value heads: %2 / %1.")
            .arg(quoted(t, 0), quoted(t, 1));
    if (id == "mqa")
        return QCoreApplication::translate("CompressionTechnique",
                                           "All query heads share one key/value head: %1 / 1.")
            .arg(quoted(t, 0));
    if (id == "mla")
        return t.latentModel ? QCoreApplication::translate("CompressionTechnique",
                                                           "The model already caches a latent.")
                             : QCoreApplication::translate(
                                   "CompressionTechnique",
                                   "One latent of 4 d_h plus a rotary key of d_h / 2 per token and "
                                   "layer instead of 2 × h_kv × d_h values.");
    if (id == "kv8")
        return QCoreApplication::translate("CompressionTechnique",
                                           "One byte per element instead of %1.")
            .arg(quoted(t, 0));
    if (id == "kv4")
        return QCoreApplication::translate("CompressionTechnique",
                                           "Half a byte per element instead of %1.")
            .arg(quoted(t, 0));
    if (id == "cross-layer")
        return QCoreApplication::translate(
            "CompressionTechnique",
            "Each pair of adjacent layers shares one KV cache (CLA-2, YOCO-like).");
    if (id == "window")
        return QCoreApplication::translate(
                   "CompressionTechnique",
                   "Keep only the last %1 tokens (lossy): n / %1 at the current context, fixed as "
                   "the context moves.")
            .arg(quoted(t, 0));
    return QString::fromStdString(t.summary);
}

QStringList scenarioNotesText(const model::ModelSpec &model, int gpus, model::ByteUnits units)
{
    const model::ScenarioEffects e = model::scenarioEffects(model, gpus);
    QStringList notes;
    if (e.kvCopies > 1) {
        const QString copies =
            localizedNumber(QString::fromStdString(model::formatPlain(e.kvCopies)));
        const QString shared =
            e.latent
                ? QCoreApplication::translate("ScenarioNotes", "one MLA latent")
                : QCoreApplication::translate("ScenarioNotes", "%1 KV heads").arg(e.cachedKvHeads);
        notes << QCoreApplication::translate("ScenarioNotes",
                                             "KV heads replicated: %1 GPUs share %2, so each is "
                                             "held %3 times and KV per user is x%3")
                     .arg(e.gpus)
                     .arg(shared, copies);
    }
    if (e.chunkedLayers > 0)
        notes << QCoreApplication::translate("ScenarioNotes",
                                             "%1 of %2 layers attend within chunks of %3 tokens: a "
                                             "user holds up to one whole chunk of KV on each")
                     .arg(e.chunkedLayers)
                     .arg(e.layers)
                     .arg(QString::fromStdString(model::formatInteger(e.chunkTokens)));
    if (e.linearLayers > 0)
        notes << QCoreApplication::translate("ScenarioNotes",
                                             "%1 of %2 layers are linear attention: a constant "
                                             "state of %3 per user, no KV growth")
                     .arg(e.linearLayers)
                     .arg(e.layers)
                     .arg(bytes(e.linearStateBytes, units));
    for (const std::string &note : model.notes)
        notes << QString::fromStdString(note);
    return notes;
}

QString boundWord(model::Bound bound)
{
    return bound == model::Bound::Compute ? QCoreApplication::translate("Bound", "compute")
                                          : QCoreApplication::translate("Bound", "memory");
}

QString hardwareName(const model::HardwareSpec &hardware)
{
    const QString name = QString::fromStdString(hardware.name);
    return model::differsFromBuiltin(hardware) ? QObject::tr("%1 (modified)").arg(name) : name;
}

} // namespace kvscope::widgets
