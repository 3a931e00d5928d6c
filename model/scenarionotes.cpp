// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarionotes.h"

#include "evaluate.h"
#include "tensorparallel.h"

namespace kvscope::model {

std::vector<std::string> scenarioNotes(const Scenario &scenario, ByteUnits units)
{
    return scenarioNotes(effectiveModel(scenario), scenario.deployment.gpus, units);
}

std::vector<std::string> scenarioNotes(const ModelSpec &model, int gpus, ByteUnits units)
{
    std::vector<std::string> notes;
    int chunked = 0;
    int linear = 0;
    for (int layer = 0; layer < model.layers; ++layer) {
        chunked += model.kindOfLayer(layer) == LayerKind::Chunked;
        linear += model.kindOfLayer(layer) == LayerKind::Linear;
    }
    const std::string ofLayers = " of " + std::to_string(model.layers) + " layers";
    if (chunked > 0)
        notes.push_back(std::to_string(chunked) + ofLayers + " attend within chunks of " +
                        formatInteger(model.attentionChunk) +
                        " tokens: a user holds up to one whole chunk of KV on each");
    if (linear > 0)
        notes.push_back(
            std::to_string(linear) + ofLayers + " are linear attention: a constant state of " +
            formatBytes(model.linear.stateBytes() * linear, units) + " per user, no KV growth");
    const double copies = kvReplication(model, gpus);
    if (copies > 1)
        notes.insert(notes.begin(), "KV heads replicated: " + std::to_string(gpus) +
                                        " GPUs share " +
                                        (model.mla.enabled()
                                             ? std::string("one MLA latent")
                                             : std::to_string(cachedKvHeads(model)) + " KV heads") +
                                        ", so each is held " + formatPlain(copies) +
                                        " times and KV per user is x" + formatPlain(copies));
    notes.insert(notes.end(), model.notes.begin(), model.notes.end());
    return notes;
}

} // namespace kvscope::model
