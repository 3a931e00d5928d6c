// SPDX-License-Identifier: GPL-3.0-or-later
// Times model::evaluate, evaluateFleet (the peak with the expected band and the cost), a
// 1,024-point context sweep and a plan search, and prints the medians as JSON.
// Budgets (architecture.md): evaluate <= 1 us, 1,024-point sweep <= 1 ms, plan search <= 1 ms.
#include "builtins.h"
#include "fleetmetrics.h"
#include "plan.h"
#include "sweep.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace kvscope::model;
using Clock = std::chrono::steady_clock;

namespace {

/// Median over `rounds` of the time of one call, each round timing `batch` calls together so the
/// clock's resolution does not dominate.
template <typename F> double medianSeconds(int rounds, int batch, F &&call)
{
    std::vector<double> samples;
    samples.reserve(std::size_t(rounds));
    for (int r = 0; r < rounds; ++r) {
        const auto start = Clock::now();
        for (int i = 0; i < batch; ++i)
            call(i);
        samples.push_back(std::chrono::duration<double>(Clock::now() - start).count() / batch);
    }
    std::nth_element(samples.begin(), samples.begin() + rounds / 2, samples.end());
    return samples[std::size_t(rounds / 2)];
}

volatile double g_sink = 0; // keeps the optimiser from dropping the work

} // namespace

int main()
{
    Scenario paper = paperExample();
    Scenario gemma = paperExample();
    gemma.setModel(*findBuiltinModel("gemma-2-9b"));
    Scenario deepseek = paperExample();
    deepseek.setModel(*findBuiltinModel("deepseek-v3"));
    deepseek.deployment.gpus = 8;
    deepseek.deployment.batch = 32;
    Scenario rescaled = paperExample();
    rescaled.deployment.paramsOverride = 0;
    rescaled.deployment.modelSize = 7e10;

    const auto timeEvaluate = [](Scenario s) {
        return medianSeconds(201, 2000, [&](int i) {
            s.deployment.context = 4000 + i;
            g_sink = g_sink + evaluate(s).decodeSeconds;
        });
    };
    const double evalPaper = timeEvaluate(paper);
    const double evalGemma = timeEvaluate(gemma);
    const double evalDeepseek = timeEvaluate(deepseek);
    const double evalRescaled = timeEvaluate(rescaled);

    const double fleetPaper = medianSeconds(201, 500, [&](int i) {
        Scenario s = paper;
        s.deployment.context = 4000 + i;
        g_sink = g_sink + evaluateFleet(s).expectedDecodePerTokenHigh;
    });
    Scenario llama70b = paperExample();
    llama70b.setModel(*findBuiltinModel("llama-3.1-70b"));
    llama70b.hardware = *findBuiltinHardware("h100-sxm5-80gb");
    llama70b.deployment.context = 100000;
    llama70b.deployment.attentionFlops = AttentionFlops::Causal;
    llama70b.deployment.tpCommunication = true;
    const double planLlama = medianSeconds(
        101, 5, [&](int) { g_sink = g_sink + planDeployment(llama70b, {.users = 20}).best->gpus; });
    const double planTargets = medianSeconds(101, 5, [&](int) {
        const Plan plan =
            planDeployment(llama70b, {.users = 200, .ttftSeconds = 20, .tpotSeconds = 0.05});
        g_sink = g_sink + (plan.best ? plan.best->gpus : 0);
    });

    const auto contexts = sweepValues(1000, 1e7, 1024, true, true);
    const double sweepPaper = medianSeconds(101, 10, [&](int) {
        g_sink = g_sink + sweep(paper, SweepAxis::Context, contexts).back().metrics.decodeSeconds;
    });
    const double sweepGemma = medianSeconds(101, 10, [&](int) {
        g_sink = g_sink + sweep(gemma, SweepAxis::Context, contexts).back().metrics.decodeSeconds;
    });

    std::printf("{\n"
                "  \"evaluate_us_median_paper_example\": %.3f,\n"
                "  \"evaluate_us_median_gemma2_sliding\": %.3f,\n"
                "  \"evaluate_us_median_deepseek_v3_batch32\": %.3f,\n"
                "  \"evaluate_us_median_model_size_rescale\": %.3f,\n"
                "  \"sweep_1024_ms_median_paper_example\": %.4f,\n"
                "  \"sweep_1024_ms_median_gemma2_sliding\": %.4f,\n"
                "  \"evaluate_fleet_us_median_paper_example\": %.3f,\n"
                "  \"plan_ms_median_llama70b_100k_20_users\": %.4f,\n"
                "  \"plan_ms_median_llama70b_100k_200_users_targets\": %.4f\n"
                "}\n",
                evalPaper * 1e6, evalGemma * 1e6, evalDeepseek * 1e6, evalRescaled * 1e6,
                sweepPaper * 1e3, sweepGemma * 1e3, fleetPaper * 1e6, planLlama * 1e3,
                planTargets * 1e3);
    return 0;
}
