// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenarionotes.h"

#include "evaluate.h"
#include "tensorparallel.h"

namespace kvscope::model {

std::vector<std::string> scenarioNotes(const Scenario &scenario, ByteUnits units)
{
    return scenarioNotes(effectiveModel(scenario), scenario.deployment.gpus, units);
}

ScenarioEffects scenarioEffects(const ModelSpec &model, int gpus)
{
    ScenarioEffects e;
    e.layers = model.layers;
    for (int layer = 0; layer < model.layers; ++layer) {
        e.chunkedLayers += model.kindOfLayer(layer) == LayerKind::Chunked;
        e.linearLayers += model.kindOfLayer(layer) == LayerKind::Linear;
    }
    e.chunkTokens = model.attentionChunk;
    e.linearStateBytes = model.linear.stateBytes() * e.linearLayers;
    e.gpus = gpus;
    e.kvCopies = kvReplication(model, gpus);
    e.latent = model.mla.enabled();
    e.cachedKvHeads = cachedKvHeads(model);
    return e;
}

std::vector<std::string> scenarioNotes(const ModelSpec &model, int gpus, ByteUnits units)
{
    const ScenarioEffects e = scenarioEffects(model, gpus);
    std::vector<std::string> notes;
    const std::string ofLayers = " of " + std::to_string(e.layers) + " layers";
    if (e.kvCopies > 1)
        notes.push_back("KV heads replicated: " + std::to_string(e.gpus) + " GPUs share " +
                        (e.latent ? std::string("one MLA latent")
                                  : std::to_string(e.cachedKvHeads) + " KV heads") +
                        ", so each is held " + formatPlain(e.kvCopies) +
                        " times and KV per user is x" + formatPlain(e.kvCopies));
    if (e.chunkedLayers > 0)
        notes.push_back(std::to_string(e.chunkedLayers) + ofLayers + " attend within chunks of " +
                        formatInteger(e.chunkTokens) +
                        " tokens: a user holds up to one whole chunk of KV on each");
    if (e.linearLayers > 0)
        notes.push_back(std::to_string(e.linearLayers) + ofLayers +
                        " are linear attention: a constant state of " +
                        formatBytes(e.linearStateBytes, units) + " per user, no KV growth");
    notes.insert(notes.end(), model.notes.begin(), model.notes.end());
    return notes;
}

} // namespace kvscope::model
