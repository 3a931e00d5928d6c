// SPDX-License-Identifier: GPL-3.0-or-later
// Properties over a grid of the whole parameter space, extremes included: every metric finite and
// non-negative; KV, prefill and switch time grow with context; concurrency never grows with
// context and never falls when GPUs or HBM are added.
#include "builtins.h"
#include "evaluate.h"
#include "parameters.h"
#include "units.h"

#include <QTest>

#include <array>

using namespace kvscope::model;

namespace {

constexpr std::array kContexts = {1.0, 1000.0, 4000.0, 50000.0, 131072.0, 1e6, 1e7};

std::vector<double> allValues(const Metrics &r)
{
    return {r.params,
            r.activeParams,
            r.kvBytesPerToken,
            r.kvBytesPerUser,
            r.weightBytes,
            r.hbmBytes,
            r.reservedBytes,
            r.freeKvBytes,
            r.shortfallBytes,
            r.concurrency,
            r.concurrencyExact,
            r.prefillFlops,
            r.prefillLinearFlops,
            r.prefillAttentionFlops,
            r.prefillComputeSeconds,
            r.prefillMemorySeconds,
            r.prefillCommSeconds,
            r.prefillSeconds,
            r.prefillActivationBytes,
            r.decodeSeconds,
            r.decodeSecondsPerToken,
            r.decodeWeightSeconds,
            r.decodeKvSeconds,
            r.decodeComputeSeconds,
            r.decodeCommSeconds,
            r.decodeTokensPerSecond,
            r.decodeWeightReadBytes,
            r.contextSwitchSeconds,
            r.hostParkedUsers};
}

/// Deployments at the corners of the parameter table and a few ordinary points between.
std::vector<Deployment> deployments()
{
    std::vector<Deployment> result;
    for (int gpus : {1, 8, 64})
        for (int batch : {1, 64, 4096})
            for (double output : {1.0, 250.0, 1e6})
                for (DType dtype : {DType::BF16, DType::FP8, DType::INT4})
                    for (bool comm : {false, true}) {
                        Deployment d;
                        d.gpus = gpus;
                        d.batch = batch;
                        d.outputTokens = output;
                        d.weightDtype = dtype;
                        d.kvDtype = dtype;
                        d.tpCommunication = comm;
                        d.attentionFlops = comm ? AttentionFlops::Causal : AttentionFlops::Paper;
                        d.mfu = batch == 64 ? 0.01 : 1;
                        d.mbu = gpus == 8 ? 0.01 : 1;
                        d.memoryUtilization = output == 1 ? 0.05 : 1;
                        d.reservedBytesPerGpu = batch == 4096 ? 512 * kGiB : 0;
                        d.kvCompression = {1, gpus == 64 ? 1e4 : 1, 1, 1};
                        result.push_back(d);
                    }
    return result;
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    void noNanInfinityOrNegative()
    {
        int checked = 0;
        for (const ModelSpec &model : builtinModels())
            for (const HardwareSpec &hardware : builtinHardware())
                for (const Deployment &deployment : deployments())
                    for (double context : {1.0, 1e7}) {
                        Scenario s{"", "", "", model, hardware, deployment};
                        s.deployment.context = context;
                        const Metrics r = evaluate(s);
                        for (double value : allValues(r)) {
                            if (!std::isfinite(value) || value < 0)
                                QFAIL(qPrintable(QString("%1 on %2 at %3 tokens: %4")
                                                     .arg(model.id.c_str(), hardware.id.c_str())
                                                     .arg(context)
                                                     .arg(value)));
                        }
                        ++checked;
                    }
        QVERIFY(checked > 10000);
    }

    void extremeModelSizesStayFinite()
    {
        for (double size : {parameter("model-size").min, 1e10, parameter("model-size").max})
            for (const ModelSpec &model : builtinModels()) {
                Scenario s = paperExample();
                s.setModel(model);
                s.deployment.modelSize = size;
                s.deployment.context = 1e7;
                for (double value : allValues(evaluate(s)))
                    QVERIFY2(std::isfinite(value) && value >= 0, model.id.c_str());
            }
    }

    void growthWithContext()
    {
        for (const ModelSpec &model : builtinModels())
            for (const Deployment &base : deployments()) {
                Scenario s{"", "", "", model, paperExample().hardware, base};
                Metrics previous;
                bool first = true;
                for (double context : kContexts) {
                    s.deployment.context = context;
                    const Metrics r = evaluate(s);
                    if (!first) {
                        QVERIFY(r.kvBytesPerUser >= previous.kvBytesPerUser);
                        QVERIFY(r.prefillSeconds >= previous.prefillSeconds);
                        QVERIFY(r.contextSwitchSeconds >= previous.contextSwitchSeconds);
                        // Closed-form sums split at different steps round differently.
                        QVERIFY2(r.decodeSeconds >= previous.decodeSeconds * (1 - 1e-12),
                                 qPrintable(QString("%1 at %2: %3 < %4 batch %5 gpus %6 out %7")
                                                .arg(model.id.c_str())
                                                .arg(context)
                                                .arg(r.decodeSeconds, 0, 'g', 17)
                                                .arg(previous.decodeSeconds, 0, 'g', 17)
                                                .arg(s.deployment.batch)
                                                .arg(s.deployment.gpus)
                                                .arg(s.deployment.outputTokens)));
                        QVERIFY(r.concurrency <= previous.concurrency);
                    }
                    previous = r;
                    first = false;
                }
            }
    }

    void moreGpusOrHbmNeverLowerConcurrency()
    {
        for (const ModelSpec &model : builtinModels())
            for (const HardwareSpec &hardware : builtinHardware())
                for (double context : kContexts) {
                    Scenario s = paperExample();
                    s.setModel(model);
                    s.hardware = hardware;
                    s.deployment.context = context;
                    s.deployment.reservedBytesPerGpu = 2 * kGiB;
                    double previous = -1;
                    for (int gpus : {1, 2, 3, 4, 8, 16, 64}) {
                        s.deployment.gpus = gpus;
                        const double users = evaluate(s).concurrency;
                        QVERIFY(users >= previous);
                        previous = users;
                    }
                    s.deployment.gpus = 1;
                    previous = -1;
                    for (double hbm : {8.0, 24.0, 80.0, 141.0, 192.0, 512.0}) {
                        s.hardware.hbmBytes = hbm * kGiB;
                        const double users = evaluate(s).concurrency;
                        QVERIFY(users >= previous);
                        previous = users;
                    }
                }
    }
};

QTEST_APPLESS_MAIN(TestProperties)
#include "tst_properties.moc"
