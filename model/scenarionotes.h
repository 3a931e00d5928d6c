// SPDX-License-Identifier: GPL-3.0-or-later
// What a reader of kvscope's figures should know about how they were reached for one scenario:
// approximations made when the model was read, and how its layers and GPU group change the
// count. The window, `eval` and `eval --json` show the same list.
#pragma once

#include "scenario.h"
#include "units.h"

#include <string>
#include <vector>

namespace kvscope::model {

/// The modelled effects that depart from plain attention, as numbers, for a display to word.
struct ScenarioEffects
{
    int layers = 0;
    int chunkedLayers = 0; ///< attend within chunks of `chunkTokens`
    double chunkTokens = 0;
    int linearLayers = 0;        ///< linear attention: a constant state per user
    double linearStateBytes = 0; ///< of all linear layers, per user
    int gpus = 1;
    double kvCopies = 1; ///< > 1: KV heads replicated across the GPU group
    bool latent = false; ///< the cache is one MLA latent, not KV heads
    int cachedKvHeads = 0;
};

/// The effects of `model` on a group of `gpus`.
ScenarioEffects scenarioEffects(const ModelSpec &model, int gpus);

/// One line per modelled effect that departs from plain attention (KV heads replicated across a
/// group of `gpus` first, then chunked and linear-attention layers), then the model's own notes
/// from its import, for the model as evaluated (effectiveModel()). A one-line display shows the
/// effects that change the numbers most first.
std::vector<std::string> scenarioNotes(const ModelSpec &model, int gpus, ByteUnits units);
/// The notes of the scenario's effective model on its GPU group.
std::vector<std::string> scenarioNotes(const Scenario &scenario, ByteUnits units);

} // namespace kvscope::model
