// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensorparallel.h"

#include <algorithm>

namespace kvscope::model {

int cachedKvHeads(const ModelSpec &model)
{
    if (model.mla.enabled())
        return 1;
    return std::max(1, model.kvHeads);
}

bool isValidTensorParallelDegree(const ModelSpec &model, int degree)
{
    if (degree < 1)
        return false;
    if (degree == 1)
        return true;
    if (model.heads <= 0 || model.heads % degree != 0)
        return false;
    const int kvHeads = cachedKvHeads(model);
    return kvHeads % degree == 0 || degree % kvHeads == 0;
}

std::vector<int> validTensorParallelDegrees(const ModelSpec &model, int maxDegree)
{
    std::vector<int> degrees{1};
    for (int degree = 2; degree <= maxDegree; ++degree)
        if (isValidTensorParallelDegree(model, degree))
            degrees.push_back(degree);
    return degrees;
}

int validDegreeAtMost(const ModelSpec &model, int degree)
{
    for (int candidate = degree; candidate > 1; --candidate)
        if (isValidTensorParallelDegree(model, candidate))
            return candidate;
    return 1;
}

std::string tensorParallelProblem(const ModelSpec &model, int degree, int maxDegree)
{
    if (isValidTensorParallelDegree(model, degree))
        return {};
    std::string valid;
    for (int d : validTensorParallelDegrees(model, maxDegree))
        valid += (valid.empty() ? "" : ", ") + std::to_string(d);
    std::string heads = std::to_string(model.heads) + " attention heads";
    if (!model.mla.enabled() && model.kvHeads != model.heads)
        heads += " and " + std::to_string(model.kvHeads) + " KV heads";
    return "a tensor-parallel group of " + std::to_string(degree) + " GPUs cannot split the " +
           heads + " of " + (model.name.empty() ? std::string("this model") : model.name) +
           " evenly; valid: " + valid;
}

double kvReplication(const ModelSpec &model, int degree)
{
    const int kvHeads = cachedKvHeads(model);
    return degree > kvHeads ? double(degree) / kvHeads : 1.0;
}

} // namespace kvscope::model
