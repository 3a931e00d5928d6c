// SPDX-License-Identifier: GPL-3.0-or-later
// Which tensor-parallel degrees a model can be split over, and what the split costs in KV memory
// (cost-model.md §4.3, as vLLM shards attention).
#pragma once

#include "modelspec.h"

#include <string>
#include <vector>

namespace kvscope::model {

/// KV heads as the cache holds them: h_kv, or 1 for MLA's single shared latent.
int cachedKvHeads(const ModelSpec &model);

/// A degree t is valid when it divides the query heads h and either divides the cached KV heads
/// or is a multiple of them (then each KV head is replicated t / h_kv times).
bool isValidTensorParallelDegree(const ModelSpec &model, int degree);

/// The valid degrees from 1 up to maxDegree, ascending. Never empty: 1 is always valid.
std::vector<int> validTensorParallelDegrees(const ModelSpec &model, int maxDegree);

/// The largest valid degree not above `degree` (at least 1): where a GPU count lands when the
/// model changes under it.
int validDegreeAtMost(const ModelSpec &model, int degree);

/// Why `degree` cannot split `model`, naming the heads and the valid degrees up to maxDegree;
/// empty when it can.
std::string tensorParallelProblem(const ModelSpec &model, int degree, int maxDegree);

/// How many copies of each KV head a group of `degree` GPUs holds: degree / h_kv when the degree
/// exceeds the cached KV heads, else 1. Multiplies the KV bytes a user holds across the group.
double kvReplication(const ModelSpec &model, int degree);

} // namespace kvscope::model
