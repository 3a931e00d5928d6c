// A scenario: one model on one kind of hardware, deployed a particular way.
#pragma once

#include "dtype.h"
#include "hardwarespec.h"
#include "modelspec.h"

#include <string>

namespace kvscope::model {

/// How prefill attention FLOP are counted (cost-model.md §4.4).
enum class AttentionFlops
{
    Causal, ///< physical count over the keys each query may see
    Paper,  ///< N * n^2 / (12 d), what the paper's numbers imply
};

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

    /// Replaces the model and drops the parameter override made for the old one.
    void setModel(ModelSpec newModel);

    bool operator==(const Scenario &) const = default;
};

} // namespace kvscope::model
