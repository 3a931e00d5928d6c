// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include "costterms.h"
#include "expectedband.h"
#include "tensorparallel.h"
#include "units.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

namespace {

int ceilDiv(long long a, long long b)
{
    return int((a + b - 1) / b);
}

/// Figures of one TP degree at one decode batch: peak and the band's high end.
struct Probe
{
    double ttftPeak = 0;
    double ttftHigh = 0;
    double tpotPeak = 0;
    double tpotHigh = 0;
};

class Planner
{
public:
    Planner(const Scenario &scenario, const PlanRequest &request)
        : m_terms(scenario), m_scenario(scenario), m_request(request)
    {}

    Probe probe(int tp, int batch) const
    {
        Deployment d = m_scenario.deployment;
        d.gpus = tp;
        d.batch = batch;
        d.replicas = 1;
        const Metrics peak = m_terms.evaluate(d, m_scenario.hardware);
        const ExpectedBand band = expectedBand(m_terms, d, m_scenario.hardware, peak);
        return {peak.prefillSeconds, band.prefillHigh, peak.decodeSecondsPerToken,
                band.decodePerTokenHigh};
    }

    bool meets(const Probe &p, bool expected) const
    {
        const double ttft = expected ? p.ttftHigh : p.ttftPeak;
        const double tpot = expected ? p.tpotHigh : p.tpotPeak;
        return (m_request.ttftSeconds <= 0 || ttft <= m_request.ttftSeconds) &&
               (m_request.tpotSeconds <= 0 || tpot <= m_request.tpotSeconds);
    }

    /// The fewest replicas of a TP-`tp` group holding `capacity` users each that meet the
    /// targets (at the band's high end, or at the peak); nullopt when none within maxGpus does.
    std::optional<PlanOption> fewestReplicas(int tp, double capacity, bool expected) const
    {
        const int users = m_request.users;
        // The decode batch per replica can be at most what the HBM holds and at most U; the
        // step time only grows with the batch, so the largest batch meeting the targets wins.
        int hi = int(std::min<double>(capacity, users));
        const Probe one = probe(tp, 1);
        if (!meets(one, expected))
            return std::nullopt;
        int lo = 1;
        while (lo < hi) {
            const int mid = lo + (hi - lo + 1) / 2;
            if (meets(probe(tp, mid), expected))
                lo = mid;
            else
                hi = mid - 1;
        }
        const int replicas = ceilDiv(users, lo);
        if (static_cast<long long>(replicas) * tp > m_request.maxGpus)
            return std::nullopt;
        PlanOption option;
        option.tp = tp;
        option.replicas = replicas;
        option.gpus = tp * replicas;
        option.usersPerReplica = ceilDiv(users, replicas);
        option.capacityPerReplica = capacity;
        const Probe at = probe(tp, option.usersPerReplica);
        option.ttftPeak = at.ttftPeak;
        option.ttftSeconds = at.ttftHigh;
        option.tpotPeak = at.tpotPeak;
        option.tpotSeconds = at.tpotHigh;
        const double price = m_scenario.hardware.gpuHourUsd;
        if (price > 0) {
            option.costPerHour = option.gpus * price;
            option.costPerMillionOutputTokens =
                option.gpus * price / 3600.0 * option.tpotSeconds / users * 1e6;
        }
        return option;
    }

    Plan run() const
    {
        Plan plan;
        if (m_request.users < 1) {
            plan.reason = "no users to serve";
            return plan;
        }
        const int maxTp = std::min(kPlanMaxTensorParallel, m_request.maxGpus);
        bool anyFits = false;
        bool anyHolds = false;
        bool reachable = false; // some group meets the targets with one user per replica
        for (int tp : validTensorParallelDegrees(m_terms.model(), maxTp)) {
            Deployment d = m_scenario.deployment;
            d.gpus = tp;
            d.batch = 1;
            const Metrics one = m_terms.evaluate(d, m_scenario.hardware);
            anyFits = anyFits || one.fits;
            if (one.concurrency < 1)
                continue;
            anyHolds = true;
            const auto peak = fewestReplicas(tp, one.concurrency, false);
            if (peak && (!plan.peakOnly || peak->gpus < plan.peakOnly->gpus))
                plan.peakOnly = peak;
            reachable = reachable || meets(probe(tp, 1), true);
            const auto expected = fewestReplicas(tp, one.concurrency, true);
            if (!expected)
                continue;
            if (!plan.best || expected->gpus < plan.best->gpus) {
                if (plan.best)
                    plan.alternatives.clear();
                plan.best = expected;
            } else if (expected->gpus == plan.best->gpus) {
                plan.alternatives.push_back(*expected);
            }
        }
        if (!plan.best) {
            const std::string limit = " within " + std::to_string(m_request.maxGpus) +
                                      " GPUs (TP up to " + std::to_string(maxTp) + ")";
            if (!anyFits)
                plan.reason = "the weights do not fit in any valid tensor-parallel group" + limit;
            else if (!anyHolds)
                plan.reason = "no group leaves room for one user's KV cache at " +
                              formatTokens(m_scenario.deployment.context) + " tokens" + limit;
            else if (!reachable)
                plan.reason = "no group meets the TTFT and TPOT targets at the band's high end, "
                              "even with one user per replica" +
                              limit;
            else
                plan.reason =
                    std::to_string(m_request.users) + " users need more GPUs than allowed" + limit;
        }
        return plan;
    }

private:
    CostTerms m_terms;
    const Scenario &m_scenario;
    PlanRequest m_request;
};

} // namespace

Plan planDeployment(const Scenario &scenario, const PlanRequest &request)
{
    return Planner(scenario, request).run();
}

} // namespace kvscope::model
