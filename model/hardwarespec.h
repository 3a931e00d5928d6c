// SPDX-License-Identifier: GPL-3.0-or-later
// One accelerator's datasheet figures, in SI units (cost-model.md §3).
#pragma once

#include <map>
#include <string>

namespace kvscope::model {

struct HardwareSpec
{
    std::string id;
    std::string name;
    std::string source;

    double hbmBytes = 0;              ///< capacity per GPU (presets store GiB)
    double hbmBandwidth = 0;          ///< B/s per GPU
    double bf16Flops = 0;             ///< dense bf16/fp16 FLOP/s
    double fp8Flops = 0;              ///< dense fp8 FLOP/s; 0 when the chip has no fp8 path
    double interconnectBandwidth = 0; ///< B/s per GPU, one direction; 0 when there is none
    double pcieBandwidth = 0;         ///< host link B/s per GPU, one direction
    double collectiveLatency = 0;     ///< seconds per all-reduce on the interconnect
    double gpuHourUsd = 0;            ///< on-demand list price of one GPU for one hour; 0 = unknown
    /// Where each figure comes from, by preset JSON key ("hbm_gbs" -> "NVIDIA A100 datasheet"),
    /// kept so that a preset saved again keeps its provenance.
    std::map<std::string, std::string> sources;

    /// Ridge point of the bf16 roofline, FLOP per byte.
    double ridgePoint() const { return hbmBandwidth > 0 ? bf16Flops / hbmBandwidth : 0; }

    bool operator==(const HardwareSpec &) const = default;
};

} // namespace kvscope::model
