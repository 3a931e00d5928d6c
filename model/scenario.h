// SPDX-License-Identifier: GPL-3.0-or-later
// A scenario: one model on one kind of hardware, deployed a particular way.
#pragma once

#include "dtype.h"
#include "hardwarespec.h"
#include "modelspec.h"

#include <optional>
#include <string>
#include <string_view>

namespace kvscope::model {

/// How prefill FLOP are counted (cost-model.md §4.4).
enum class AttentionFlops
{
    Causal, ///< physical: keys each query may see; no embedding matmul; LM head on the last token
    Paper,  ///< N * n^2 / (12 d) and 2 N n, what the paper's numbers imply
    Full,   ///< the full n x n square and the LM head on every token (llm-analysis, GenZ)
};

/// "causal", "paper" or "full": the word the command line, presets and the window use.
std::string_view attentionFlopsName(AttentionFlops convention);
/// The convention named `name`, or nullopt.
std::optional<AttentionFlops> parseAttentionFlops(std::string_view name);
/// "causal, paper or full", for messages.
std::string attentionFlopsNames();

/// "on" or "off": whether tensor parallelism pays its all-reduces (Deployment::tpCommunication),
/// as the command line and the window write it.
std::string_view tpCommunicationName(bool on);
/// true for "on", false for "off", nullopt for any other word.
std::optional<bool> parseTpCommunication(std::string_view name);
/// "on or off", for messages.
std::string tpCommunicationNames();

/// The four lossless KV compression axes (cost-model.md §4.2); each ratio is >= 1.
struct KvCompression
{
    double layer = 1;
    double head = 1;
    double token = 1;
    double hidden = 1;

    double combined() const { return layer * head * token * hidden; }
    bool operator==(const KvCompression &) const = default;
};

struct Deployment
{
    int gpus = 1;              ///< G, one tensor-parallel group
    double context = 50000;    ///< n, tokens held in the KV cache when decoding starts
    double outputTokens = 250; ///< m
    int batch = 1;             ///< B, users decoded together
    DType weightDtype = DType::BF16;
    DType kvDtype = DType::BF16;
    double memoryUtilization = 1; ///< u, fraction of HBM usable
    double reservedBytesPerGpu = 0;
    double mfu = 1;
    double mbu = 1;
    AttentionFlops attentionFlops = AttentionFlops::Causal;
    bool tpCommunication = true;
    KvCompression kvCompression;
    /// Recounts the model as this many parameters with its architecture kept (0 = derived).
    double paramsOverride = 0;
    /// Rescales the architecture to this many parameters (0 = as given).
    double modelSize = 0;
    double hostMemoryBytes = 1024.0 * (1ull << 30); ///< host DDR that parks offloaded KV caches
    int users = 1;                                  ///< U, active sessions for the session timeline
    int replicas =
        1; ///< data-parallel copies of the group: multiply capacity and cost, not latency

    bool operator==(const Deployment &) const = default;
};

struct Scenario
{
    std::string id;
    std::string name;
    std::string source;
    ModelSpec model;
    HardwareSpec hardware;
    Deployment deployment;

    /// Replaces the model, drops the parameter override made for the old one and returns to the
    /// physical conventions: the paper's belong to the paper's own scenarios.
    void setModel(ModelSpec newModel);
    /// Replaces the hardware and returns to the physical conventions.
    void setHardware(HardwareSpec newHardware);
    /// Causal FLOP and tensor-parallel communication on: what a real deployment pays.
    void usePhysicalConventions();
    /// True when the scenario counts as the paper does (paper FLOP, TP communication off).
    bool usesPaperConventions() const;

    bool operator==(const Scenario &) const = default;
};

} // namespace kvscope::model
