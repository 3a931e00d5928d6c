// SPDX-License-Identifier: GPL-3.0-or-later
#include "formulas.h"

#include "dtype.h"
#include "evaluate.h"
#include "modeltext.h"
#include "modelwords.h"

#include <QObject>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace kvscope::widgets {

namespace {

QString plain(double value)
{
    return q(model::formatPlain(model::roundSignificant(value, 4)));
}
QString integer(double value)
{
    return q(model::formatInteger(value));
}
QString dtypeBytes(model::DType type)
{
    const std::string_view name = model::dtypeName(type);
    return QStringLiteral("%1 B (%2)")
        .arg(plain(model::bytesPerElement(type)),
             QString::fromUtf8(name.data(), qsizetype(name.size())));
}
QString compression(const model::KvCompression &c)
{
    if (c.combined() == 1)
        return QStringLiteral("1");
    return QStringLiteral("(%1 × %2 × %3 × %4)")
        .arg(plain(c.layer), plain(c.head), plain(c.token), plain(c.hidden));
}

} // namespace

QString kvPerUserFormula(const model::CurrentValues &data, model::ByteUnits units)
{
    const model::ModelSpec &m = data.model;
    const model::Deployment &d = data.scenario.deployment;
    const QString n = integer(d.context);
    QStringList lines;
    lines << QObject::tr("KV cache per user: what one user's context occupies in HBM");
    int full = 0;
    int windowed = 0;
    int window = 0;
    for (int layer = 0; layer < m.layers; ++layer) {
        const int w = m.windowOfLayer(layer);
        (w > 0 ? windowed : full) += 1;
        if (w > 0)
            window = w;
    }
    const QString perToken = m.mla.enabled()
                                 ? QStringLiteral("(r + d_r) × b_kv = (%1 + %2) × %3")
                                       .arg(m.mla.kvLoraRank)
                                       .arg(m.mla.ropeDim)
                                       .arg(dtypeBytes(d.kvDtype))
                                 : QStringLiteral("2 × h_kv × d_h × b_kv = 2 × %1 × %2 × %3")
                                       .arg(m.kvHeads)
                                       .arg(m.effectiveHeadDim())
                                       .arg(dtypeBytes(d.kvDtype));
    lines << QObject::tr("per layer and token: %1").arg(perToken);
    if (windowed == 0) {
        lines << QObject::tr("= L × per layer × n / compression = %1 × per layer × %2 / %3")
                     .arg(m.layers)
                     .arg(n, compression(d.kvCompression));
    } else {
        lines << QObject::tr("= per layer × (L_full × n + L_window × min(n, w)) / compression")
              << QObject::tr("= per layer × (%1 × %2 + %3 × min(%2, %4)) / %5")
                     .arg(full)
                     .arg(n)
                     .arg(windowed)
                     .arg(integer(window))
                     .arg(compression(d.kvCompression));
    }
    lines << QObject::tr("= %1 (%2 per token before compression)")
                 .arg(bytes(data.current.kvBytesPerUser, units),
                      bytes(data.current.kvBytesPerToken, units));
    return lines.join('\n');
}

QString concurrencyFormula(const model::CurrentValues &data, model::ByteUnits units)
{
    const model::Metrics &r = data.current;
    const model::Deployment &d = data.scenario.deployment;
    QStringList lines;
    lines << QObject::tr("Concurrency: users whose KV caches fit beside the weights")
          << QObject::tr("= ⌊(G × HBM × u − G × reserve − N × b_w) / KV per user⌋")
          << QObject::tr("= ⌊(%1 × %2 × %3 − %1 × %4 − %5 × %6) / %7⌋")
                 .arg(d.gpus)
                 .arg(bytes(data.scenario.hardware.hbmBytes, units), plain(d.memoryUtilization),
                      bytes(d.reservedBytesPerGpu, units), q(model::formatParams(r.params)),
                      dtypeBytes(d.weightDtype), bytes(r.kvBytesPerUser, units));
    if (!r.fits) {
        lines << QObject::tr("The weights (%1) exceed the usable HBM left after the reserve (%2): "
                             "does not fit, 0 users")
                     .arg(bytes(r.weightBytes, units), bytes(r.hbmBytes - r.reservedBytes, units));
        return lines.join('\n');
    }
    lines << QObject::tr("= ⌊%1 / %2⌋ = ⌊%3⌋ = %4")
                 .arg(bytes(r.freeKvBytes, units), bytes(r.kvBytesPerUser, units),
                      plain(r.concurrencyExact), usersText(r.concurrency));
    return lines.join('\n');
}

QString prefillFormula(const model::CurrentValues &data, model::ByteUnits units)
{
    const model::Metrics &r = data.current;
    const model::Scenario &s = data.scenario;
    const model::Deployment &d = s.deployment;
    const double peak = model::peakFlops(s.hardware, d.weightDtype);
    QStringList lines;
    lines << QObject::tr(
                 "Prefill (time to first token), the roofline of compute and one weight read:")
          << QObject::tr("= max(FLOP / (G × F × mfu), N × b_w / (G × BW × mbu)) + t_comm");
    const QString attention =
        d.attentionFlops == model::AttentionFlops::Paper
            ? QObject::tr("attention N × n² / (12 d) = %1 × %2² / (12 × %3)")
                  .arg(q(model::formatParams(r.activeParams)), integer(d.context))
                  .arg(data.model.hidden)
        : d.attentionFlops == model::AttentionFlops::Full
            ? QObject::tr("attention over the full n × n square")
            : QObject::tr("causal attention over the keys each query sees");
    const QString linear =
        d.attentionFlops == model::AttentionFlops::Paper ? QObject::tr("2 × N_active × n")
        : d.attentionFlops == model::AttentionFlops::Full
            ? QObject::tr("2 × (N_active − embedding) × n")
            : QObject::tr("2 × (N_active − embedding − LM head) × n + 2 × LM head");
    lines << QObject::tr("FLOP = %1 + %2").arg(linear, attention)
          << QObject::tr("     = %1 + %2 = %3")
                 .arg(q(model::formatFlops(r.prefillLinearFlops)),
                      q(model::formatFlops(r.prefillAttentionFlops)),
                      q(model::formatFlops(r.prefillFlops)))
          << QObject::tr("= max(%1 / (%2 × %3 × %4), %5 / (%2 × %6 × %7)) + %8")
                 .arg(q(model::formatFlops(r.prefillFlops)))
                 .arg(d.gpus)
                 .arg(q(model::formatFlopRate(peak)), plain(d.mfu), bytes(r.weightBytes, units),
                      q(model::formatBandwidth(s.hardware.hbmBandwidth)), plain(d.mbu),
                      seconds(r.prefillCommSeconds))
          << QObject::tr("= max(%1, %2) + %3 = %4, %5 bound")
                 .arg(seconds(r.prefillComputeSeconds), seconds(r.prefillMemorySeconds),
                      seconds(r.prefillCommSeconds), seconds(r.prefillSeconds),
                      boundWord(r.prefillBound));
    return lines.join('\n');
}

QString decodePerTokenFormula(const model::CurrentValues &data, model::ByteUnits units)
{
    const model::Metrics &r = data.current;
    const model::Scenario &s = data.scenario;
    const model::Deployment &d = s.deployment;
    const double m = std::max(1.0, d.outputTokens);
    QStringList lines;
    lines << QObject::tr("Decode time per token: each step reads all weights and every user's KV "
                         "cache")
          << QObject::tr("t_step(c) = max((W_read + B × KV(c)) / (G × BW × mbu), "
                         "B × 2 × N_active / (G × F × mfu)) + t_comm")
          << QObject::tr("= (%1 + B × KV) / (%2 × %3 × %4) per step, B = %5, KV(%6) = %7")
                 .arg(bytes(r.decodeWeightReadBytes, units))
                 .arg(d.gpus)
                 .arg(q(model::formatBandwidth(s.hardware.hbmBandwidth)), plain(d.mbu))
                 .arg(d.batch)
                 .arg(q(model::formatTokens(d.context)), bytes(r.kvBytesPerUser, units))
          << QObject::tr("averaged over m = %1 steps: weight read %2 + KV read %3 + compute %4 + "
                         "communication %5")
                 .arg(integer(m), seconds(r.decodeWeightSeconds / m),
                      seconds(r.decodeKvSeconds / m), seconds(r.decodeComputeSeconds / m),
                      seconds(r.decodeCommSeconds / m))
          << QObject::tr("= %1 per token, %2 bound")
                 .arg(seconds(r.decodeSecondsPerToken), boundWord(r.decodeBound));
    return lines.join('\n');
}

QString decodeTotalFormula(const model::CurrentValues &data, model::ByteUnits)
{
    const model::Metrics &r = data.current;
    const model::Deployment &d = data.scenario.deployment;
    QStringList lines;
    lines
        << QObject::tr("Decoding m tokens: the sum of the steps as the context grows")
        << QObject::tr("= Σ t_step(n + j), j = 0 … m − 1, with n = %1, m = %2")
               .arg(integer(d.context), integer(d.outputTokens))
        << QObject::tr("= %1 steps × %2 = %3")
               .arg(integer(d.outputTokens), seconds(r.decodeSecondsPerToken),
                    seconds(r.decodeSeconds))
        << QObject::tr("throughput B × m / time = %1 tokens/s").arg(plain(r.decodeTokensPerSecond));
    return lines.join('\n');
}

QString switchFormula(const model::CurrentValues &data, model::ByteUnits units)
{
    const model::Metrics &r = data.current;
    const model::Scenario &s = data.scenario;
    QStringList lines;
    lines << QObject::tr("Context switch: one user's KV cache out to host memory, the next one in")
          << QObject::tr("= 2 × KV per user / (G × PCIe)")
          << QObject::tr("= 2 × %1 / (%2 × %3) = %4")
                 .arg(bytes(r.kvBytesPerUser, units))
                 .arg(s.deployment.gpus)
                 .arg(q(model::formatBandwidth(s.hardware.pcieBandwidth)),
                      seconds(r.contextSwitchSeconds))
          << QObject::tr("host memory %1 parks %2")
                 .arg(bytes(s.deployment.hostMemoryBytes, units),
                      usersText(std::floor(r.hostParkedUsers)));
    return lines.join('\n');
}

QString costFormula(const model::CurrentValues &data)
{
    const model::Metrics &r = data.current;
    const model::Scenario &s = data.scenario;
    const double price = s.hardware.gpuHourUsd;
    if (!(price > 0))
        return QObject::tr("No GPU-hour price for %1: set one in the hardware editor (Library) "
                           "or with --gpu-hour-usd.")
            .arg(q(s.hardware.name));
    const QString usd = q(model::formatUsd(price));
    QStringList lines;
    lines << QObject::tr("Cost at %1 per GPU-hour (on-demand list price; source in the hardware "
                         "preset)")
                 .arg(usd)
          << QObject::tr("input: G × price/s × prefill / n × 10⁶")
          << QObject::tr("= %1 × %2/3600 × %3 / %4 × 10⁶ = %5 per million input tokens")
                 .arg(s.deployment.gpus)
                 .arg(usd, seconds(r.prefillSeconds), q(model::formatInteger(s.deployment.context)),
                      q(model::formatUsd(r.costPerMillionInputTokens)))
          << QObject::tr("output at full load (C = %1, the users the HBM holds):")
                 .arg(usersText(r.concurrency))
          << QObject::tr("G × price/s × decode step at batch C / C × 10⁶ = %1 per million")
                 .arg(r.concurrency >= 1 ? q(model::formatUsd(r.costPerMillionOutputTokens))
                                         : QObject::tr("none (not one user fits)"))
          << QObject::tr("deployment: %1 GPUs × %2 replicas × %3 = %4 per hour")
                 .arg(s.deployment.gpus)
                 .arg(std::max(1, s.deployment.replicas))
                 .arg(usd, q(model::formatUsd(r.costPerHour)));
    return lines.join('\n');
}

QString bandExplanation()
{
    return QObject::tr("\n\nExpected in practice: the peak with a tuned engine's efficiency "
                       "(compute 0.85 / (1 + FLOP-per-byte / 2500), less for fp8 and MoE; HBM "
                       "bandwidth 50-85%; TP links 50-80% with slower collectives) plus fixed "
                       "per-request and per-layer overheads, calibrated on published "
                       "measurements (docs/calibration.md). Never faster than the peak, at most "
                       "2× wide.");
}

QString conventionsText(const model::Scenario &scenario, model::ByteUnits units)
{
    const model::Deployment &d = scenario.deployment;
    QStringList parts;
    parts << QObject::tr("K = 1,000 tokens");
    parts << (d.attentionFlops == model::AttentionFlops::Paper
                  ? QObject::tr("attention FLOP: paper, N·n²/(12d)")
              : d.attentionFlops == model::AttentionFlops::Full
                  ? QObject::tr("attention FLOP: full n×n square")
                  : QObject::tr("attention FLOP: causal count"));
    parts << (d.tpCommunication ? QObject::tr("TP communication on")
                                : QObject::tr("TP communication off"));
    parts << (d.mfu == 1 && d.mbu == 1
                  ? QObject::tr("theoretical peak (mfu 1, mbu 1)")
                  : QObject::tr("mfu %1, mbu %2").arg(plain(d.mfu), plain(d.mbu)));
    if (d.paramsOverride > 0)
        parts << QObject::tr("counted as %1 params").arg(q(model::formatParams(d.paramsOverride)));
    else if (d.modelSize > 0)
        parts << QObject::tr("architecture rescaled to the model size");
    const std::string_view w = model::dtypeName(d.weightDtype);
    const std::string_view kv = model::dtypeName(d.kvDtype);
    parts << QObject::tr("weights %1, KV %2")
                 .arg(QString::fromUtf8(w.data(), qsizetype(w.size())),
                      QString::fromUtf8(kv.data(), qsizetype(kv.size())));
    if (d.kvCompression.combined() != 1)
        parts << QObject::tr("KV compressed ×%1").arg(plain(d.kvCompression.combined()));
    parts << (units == model::ByteUnits::Binary ? QObject::tr("bytes in GiB (2³⁰)")
                                                : QObject::tr("bytes in GB (10⁹)"));
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace kvscope::widgets
