// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencycurves.h"

#include "costterms.h"
#include "expectedband.h"

#include <algorithm>

namespace kvscope::model {

LatencySample latencySample(double context, const Metrics &r, double outputTokens)
{
    const double m = std::max(1.0, outputTokens);
    const double busy = std::max(r.prefillComputeSeconds, r.prefillMemorySeconds);
    const double linearShare = r.prefillFlops > 0 ? r.prefillLinearFlops / r.prefillFlops : 1;
    LatencySample s;
    s.context = context;
    s.prefillLinear = busy * linearShare;
    s.prefillAttention = busy * (1 - linearShare);
    s.prefillComm = r.prefillCommSeconds;
    s.prefillBound = r.prefillBound;
    s.decodeWeights = r.decodeWeightSeconds / m;
    s.decodeKv = r.decodeKvSeconds / m;
    s.decodeCompute = r.decodeComputeSeconds / m;
    s.decodeComm = r.decodeCommSeconds / m;
    s.decodeBound = r.decodeBound;
    s.prefillExpectedLow = r.expectedPrefillLow;
    s.prefillExpectedHigh = r.expectedPrefillHigh;
    s.decodeExpectedLow = r.expectedDecodePerTokenLow;
    s.decodeExpectedHigh = r.expectedDecodePerTokenHigh;
    return s;
}

void LatencyCurves::append(const LatencySample &s)
{
    context.push_back(s.context);
    prefillLinear.push_back(s.prefillLinear);
    prefillAttention.push_back(s.prefillAttention);
    prefillComm.push_back(s.prefillComm);
    prefillBound.push_back(s.prefillBound);
    decodeWeights.push_back(s.decodeWeights);
    decodeKv.push_back(s.decodeKv);
    decodeCompute.push_back(s.decodeCompute);
    decodeComm.push_back(s.decodeComm);
    decodeBound.push_back(s.decodeBound);
    prefillExpectedLow.push_back(s.prefillExpectedLow);
    prefillExpectedHigh.push_back(s.prefillExpectedHigh);
    decodeExpectedLow.push_back(s.decodeExpectedLow);
    decodeExpectedHigh.push_back(s.decodeExpectedHigh);
}

LatencySample LatencyCurves::at(std::size_t i) const
{
    return {context[i],           prefillLinear[i],      prefillAttention[i],
            prefillComm[i],       prefillBound[i],       decodeWeights[i],
            decodeKv[i],          decodeCompute[i],      decodeComm[i],
            decodeBound[i],       prefillExpectedLow[i], prefillExpectedHigh[i],
            decodeExpectedLow[i], decodeExpectedHigh[i]};
}

LatencyCurves latencyCurves(const ExplorerData &data)
{
    const Scenario &scenario = data.scenario;
    const CostTerms terms(scenario);
    Deployment atContext = scenario.deployment;
    LatencyCurves curves;
    for (const SweepPoint &p : data.sweep) {
        LatencySample latency = latencySample(p.x, p.metrics, scenario.deployment.outputTokens);
        atContext.context = p.x;
        const ExpectedBand band = expectedBand(terms, atContext, scenario.hardware, p.metrics);
        latency.prefillExpectedLow = band.prefillLow;
        latency.prefillExpectedHigh = band.prefillHigh;
        latency.decodeExpectedLow = band.decodePerTokenLow;
        latency.decodeExpectedHigh = band.decodePerTokenHigh;
        curves.append(latency);
    }
    return curves;
}

std::vector<Series> latencySeries(const LatencyCurves &c)
{
    struct Part
    {
        const char *name;
        const std::vector<double> *values;
        bool always;
    };
    const Part prefill[] = {{"Linear layers", &c.prefillLinear, true},
                            {"Attention", &c.prefillAttention, false},
                            {"TP communication", &c.prefillComm, false}};
    const Part decode[] = {{"Weight read", &c.decodeWeights, true},
                           {"KV read", &c.decodeKv, false},
                           {"Compute beyond reads", &c.decodeCompute, false},
                           {"TP communication", &c.decodeComm, false}};
    std::vector<Series> series;
    // The two plots share part names (TP communication); the column says which plot.
    for (const Part &part : prefill)
        if (part.always || anyPositive(*part.values))
            series.push_back({std::string("Prefill: ") + part.name, "s", c.context, *part.values});
    for (const Part &part : decode)
        if (part.always || anyPositive(*part.values))
            series.push_back(
                {std::string("Decode per token: ") + part.name, "s", c.context, *part.values});
    return series;
}

} // namespace kvscope::model
