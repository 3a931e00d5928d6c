// SPDX-License-Identifier: GPL-3.0-or-later
// The session schedule of cost-model.md §4.9: U users sharing one tensor-parallel group under the
// concurrency ceiling C, laid out as a deterministic timeline (docs/session-schedule.md).
#pragma once

#include "scenario.h"

#include <string>
#include <vector>

namespace kvscope::model {

enum class SegmentKind
{
    Prefill,
    Decode,
    SwapOut, ///< KV cache to host over PCIe
    SwapIn,  ///< KV cache back from host over PCIe
    Waiting, ///< parked outside HBM until a slot frees
};

/// The resource that sets a segment's duration.
enum class SessionResource
{
    Compute,
    HbmBandwidth,
    Pcie,
    HbmSize, ///< waiting: no HBM left for this user's KV cache
};

/// One stretch of time, in seconds from the moment every user arrives.
struct SessionSegment
{
    int user = -1; ///< -1 for a server decode segment shared by several users
    double start = 0;
    double end = 0;
    SegmentKind kind = SegmentKind::Waiting;
    SessionResource bound = SessionResource::HbmSize;
    int batch = 0;    ///< decode: users decoded together; 1 for a prefill or a swap; 0 waiting
    double steps = 0; ///< decode steps (output tokens per user) this segment covers

    double seconds() const { return end - start; }
    bool operator==(const SessionSegment &) const = default;
};

/// One user's row of the timeline and the latencies it saw.
struct SessionUser
{
    std::vector<SessionSegment> segments; ///< in time order, never overlapping
    double ttft = 0;           ///< time to first token: end of the user's first decode step
    double tpot = 0;           ///< (finish - ttft) / (m - 1); the one step's length when m = 1
    double finish = 0;         ///< end of the user's last decode step
    double waitingSeconds = 0; ///< time parked outside HBM
    int swapOuts = 0;

    bool operator==(const SessionUser &) const = default;
};

/// Minimum, median (mean of the middle two for an even count) and maximum over users.
struct Spread
{
    double min = 0;
    double median = 0;
    double max = 0;

    bool operator==(const Spread &) const = default;
};

struct SessionOptions
{
    /// Round-robin quantum q in decode steps; 0 means max(1, floor(m / 4)).
    double quantum = 0;
};

struct SessionSchedule
{
    bool feasible = false;
    std::string reason; ///< why the schedule is infeasible; empty when feasible
    std::string note; ///< a convention the schedule had to apply (quantum raised...); may be empty

    int userCount = 0;         ///< U
    double concurrency = 0;    ///< C from evaluate(), the HBM-size ceiling on resident users
    int maxResident = 0;       ///< min(C, U): users resident at once ("slots" is a Qt macro)
    double outputTokens = 0;   ///< m, rounded to a whole number of steps, at least 1
    double quantum = 0;        ///< q actually used, in decode steps
    double prefillSeconds = 0; ///< one user's prefill
    SessionResource prefillBound = SessionResource::Compute;

    std::vector<SessionUser> users;     ///< index = arrival order
    std::vector<SessionSegment> server; ///< what the group does, one thing at a time, no gaps
    double makespan = 0;                ///< finish of the last user
    double sessionsPerHour = 0;         ///< U / makespan * 3600
    Spread ttft;                        ///< seconds
    Spread tpot;                        ///< seconds per output token
    int swapOuts = 0;                   ///< SwapOut segments over all users
    int swapIns = 0;                    ///< SwapIn segments over all users

    /// Server time by the resource bounding it; the three sum to the makespan.
    double computeSeconds = 0;
    double bandwidthSeconds = 0;
    double pcieSeconds = 0;
    double computeFraction = 0; ///< computeSeconds / makespan
    double bandwidthFraction = 0;
    double pcieFraction = 0;
    /// Parked user-time over all user-time: sum of waiting / (U * makespan).
    double waitingFraction = 0;
    double meanWaitingSeconds = 0; ///< sum of waiting / U

    /// Largest KV held in HBM at once by resident users, at their grown contexts; C is counted at
    /// context n (§4.3), so this may exceed freeKvBytes when m is large beside n.
    double peakResidentKvBytes = 0;
    double peakHostBytes = 0; ///< largest KV parked in host memory at once
    bool hostFits = true;     ///< peakHostBytes <= deployment.hostMemoryBytes

    bool operator==(const SessionSchedule &) const = default;
};

/// The deterministic schedule of §4.9 for U = deployment.users sessions of a prefill of
/// n = deployment.context tokens and m = deployment.outputTokens decode steps: prefills first in
/// arrival order, decode batched over resident users (step time as §4.5 at each user's own
/// context), round-robin swaps of 2 KV / (G PCIe) per exchange when U > C. Seconds throughout.
SessionSchedule scheduleSessions(const Scenario &scenario, const SessionOptions &options = {});

/// "prefill", "decode", "swap-out", "swap-in", "waiting".
const char *segmentKindName(SegmentKind kind);
/// "compute", "hbm-bandwidth", "pcie", "hbm-size".
const char *sessionResourceName(SessionResource resource);

} // namespace kvscope::model
