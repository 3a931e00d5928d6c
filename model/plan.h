// SPDX-License-Identifier: GPL-3.0-or-later
// The smallest deployment that serves U concurrent users at the scenario's context: replicas of
// one tensor-parallel group, meeting TTFT and TPOT targets at the expected band's high end
// (cost-model.md §4.11).
#pragma once

#include "scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace kvscope::model {

struct PlanRequest
{
    int users = 1;          ///< U, sessions held at once
    double ttftSeconds = 0; ///< target time to first token; 0 = none
    double tpotSeconds = 0; ///< target time per output token; 0 = none
    int maxGpus = 1024;     ///< the largest deployment considered
};

/// Largest tensor-parallel degree considered: the GPUs slider's range.
inline constexpr int kPlanMaxTensorParallel = 64;

struct PlanOption
{
    int tp = 0;                    ///< GPUs in one group (a valid tensor-parallel degree)
    int replicas = 0;              ///< data-parallel copies of the group
    int gpus = 0;                  ///< tp * replicas
    int usersPerReplica = 0;       ///< ceil(U / replicas), the decode batch of each group
    double capacityPerReplica = 0; ///< the users one group's HBM holds (its concurrency)
    double ttftPeak = 0;           ///< seconds
    double ttftSeconds = 0;        ///< the band's high end, seconds
    double tpotPeak = 0;
    double tpotSeconds = 0; ///< the band's high end at usersPerReplica
    double costPerHour = 0; ///< USD for every GPU; 0 when the hardware has no price
    /// USD per million output tokens while the U users decode: gpus * price/s * tpot / U * 1e6
    /// at the band's high end.
    double costPerMillionOutputTokens = 0;
};

struct Plan
{
    /// The smallest deployment meeting the targets at the band's high end, with the other TP
    /// degrees that need as many GPUs.
    std::optional<PlanOption> best;
    std::vector<PlanOption> alternatives;
    /// What the theoretical peak alone would ask for (always <= best's GPUs).
    std::optional<PlanOption> peakOnly;
    /// Why nothing fits, when best is empty: one sentence per reason.
    std::string reason;
};

/// Searches every valid TP degree up to kPlanMaxTensorParallel and, for each, the fewest replicas
/// whose batch meets the TPOT target; evaluate() and the band give every figure.
Plan planDeployment(const Scenario &scenario, const PlanRequest &request);

} // namespace kvscope::model
