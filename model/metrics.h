// SPDX-License-Identifier: GPL-3.0-or-later
// What evaluate() reports for one scenario, in SI units. Field names follow the stable keys of
// `kvscope eval --json` (architecture.md).
#pragma once

namespace kvscope::model {

enum class Bound
{
    Compute,
    Memory
};

struct Metrics
{
    double params = 0;          ///< N_total after any override
    double activeParams = 0;    ///< N_active after any override
    double kvBytesPerToken = 0; ///< full-attention figure, before compression
    double kvBytesPerUser = 0;  ///< at context n, windows, compression and replication applied
    double kvReplication = 1;   ///< copies of each KV head the GPU group holds (> 1 past h_kv GPUs)
    double stateBytesPerUser = 0; ///< linear-attention states, part of kvBytesPerUser
    double weightBytes = 0;       ///< N_total * b_w
    double hbmBytes = 0;          ///< usable HBM: G * capacity * u
    double reservedBytes = 0;     ///< G * reserved per GPU
    double freeKvBytes = 0;       ///< usable - reserved - weights, or 0 when that is negative
    double shortfallBytes = 0;    ///< how much more HBM the weights and reserve need; 0 if they fit
    bool fits = false;            ///< the weights and reserve fit in usable HBM
    double concurrency = 0;       ///< floor(concurrency_exact)
    double concurrencyExact = 0;

    double prefillFlops = 0; ///< linear + attention
    double prefillLinearFlops = 0;
    double prefillAttentionFlops = 0;
    double prefillComputeSeconds = 0; ///< FLOP / (G F mfu)
    double prefillMemorySeconds = 0;  ///< weights read once / (G BW mbu)
    double prefillCommSeconds = 0;
    double prefillSeconds = 0;
    Bound prefillBound = Bound::Compute;
    double prefillActivationBytes = 0;

    double decodeSeconds = 0;         ///< all m steps for the batch
    double decodeSecondsPerToken = 0; ///< decodeSeconds / m
    double decodeWeightSeconds = 0;   ///< share of decodeSeconds reading weights
    double decodeKvSeconds = 0;       ///< share reading KV caches
    double decodeComputeSeconds = 0;  ///< extra time of compute-bound steps beyond their reads
    double decodeCommSeconds = 0;
    double decodeTokensPerSecond = 0; ///< B * m / decodeSeconds
    Bound decodeBound = Bound::Memory;
    double decodeWeightReadBytes = 0; ///< W_read(B) per step

    double contextSwitchSeconds = 0; ///< 2 * KV per user / (G * PCIe)
    double hostParkedUsers = 0;      ///< host capacity / KV per user

    // Filled by evaluateFleet() (fleetmetrics.h), 0 after evaluate() alone.
    double expectedPrefillLow = 0; ///< the expected-in-practice band, seconds (§4.8)
    double expectedPrefillHigh = 0;
    double expectedDecodePerTokenLow = 0;
    double expectedDecodePerTokenHigh = 0;
    double fleetConcurrency = 0;           ///< replicas * concurrency
    double costPerHour = 0;                ///< USD, every GPU of every replica; 0 = no price
    double costPerMillionInputTokens = 0;  ///< USD (§4.10)
    double costPerMillionOutputTokens = 0; ///< USD at the full-load batch; 0 when none fits
};

const char *boundName(Bound bound);

} // namespace kvscope::model
