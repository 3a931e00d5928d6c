// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "costterms.h"
#include "evaluate.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace kvscope::model {

namespace {

/// Upper bound on U * ceil(m / q) when users are swapped: a smaller q is raised so the timeline
/// stays about 100,000 segments and ~20 ms at U = 1000, m = 1e6.
constexpr double kMaxQuanta = 16384;

struct UserState
{
    double generated = 0;  ///< decode steps done, g: the KV cache holds n + g tokens
    double sinceAdmit = 0; ///< steps decoded in the current stay in HBM
    bool prefilled = false;
    bool done = false;
    double waitingSince = 0;
    double firstStepSeconds = 0;
};

SessionResource resourceOf(Bound bound)
{
    return bound == Bound::Compute ? SessionResource::Compute : SessionResource::HbmBandwidth;
}

/// Appends a segment, extending the last one instead when it is the same decode batch carried on
/// without a break, so a row holds one segment per stretch rather than one per step.
void append(std::vector<SessionSegment> &row, const SessionSegment &segment)
{
    if (!row.empty()) {
        SessionSegment &last = row.back();
        if (segment.kind == SegmentKind::Decode && last.kind == SegmentKind::Decode &&
            last.user == segment.user && last.bound == segment.bound &&
            last.batch == segment.batch && last.end == segment.start) {
            last.end = segment.end;
            last.steps += segment.steps;
            return;
        }
    }
    row.push_back(segment);
}

Spread spreadOf(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    const double median =
        values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    return {values.front(), median, values.back()};
}

/// The schedule's state while it is built; one instance per scheduleSessions() call.
class Scheduler
{
public:
    Scheduler(const Scenario &scenario, const SessionOptions &options)
        : m_scenario(scenario), m_options(options), m_terms(scenario)
    {}

    SessionSchedule run();

private:
    struct DecodeTerms
    {
        bool known = false;
        double weightSeconds = 0;  ///< W_read(B) / (G BW mbu)
        double computeSeconds = 0; ///< B * 2 N_active / (G F mfu)
        double commSeconds = 0;    ///< all-reduces of one step
    };

    bool infeasible(std::string reason)
    {
        m_out.feasible = false;
        m_out.reason = std::move(reason);
        return false;
    }
    bool setUp();
    double kv(double generated) const
    {
        return m_terms.kvBytesPerUser(m_n + generated, m_scenario.deployment);
    }
    double kvSummed(double generated, double steps) const;
    const DecodeTerms &decodeTerms(int batch);
    double memorySeconds(const DecodeTerms &terms, double offset) const;
    void emit(int user, double seconds, SegmentKind kind, SessionResource bound);
    void prefill(int user);
    void decodeChunk();
    void admitNext();
    void swapOut(int user);
    void finishEvents();
    void summarise();

    const Scenario &m_scenario;
    const SessionOptions &m_options;
    CostTerms m_terms;
    SessionSchedule m_out;

    double m_n = 0;
    double m_m = 1;
    double m_byteRate = 0;
    double m_pcieRate = 0;
    std::vector<double> m_windows; ///< sliding-window spans, ascending: where KV(c) bends
    std::vector<DecodeTerms> m_decodeTerms;

    std::vector<UserState> m_state;
    std::vector<int> m_resident; ///< in order of admission
    std::deque<int> m_waiting;   ///< parked users, front admitted first
    double m_now = 0;
    double m_hostBytes = 0;
    int m_finished = 0;
};

bool Scheduler::setUp()
{
    const Deployment &d = m_scenario.deployment;
    const HardwareSpec &hw = m_scenario.hardware;
    const int users = d.users;
    m_out.userCount = std::max(users, 0);
    if (users < 1)
        return infeasible("No users to schedule.");
    if (!std::isfinite(d.context) || d.context < 0 || !std::isfinite(d.outputTokens))
        return infeasible("The context and the output length must be finite.");
    m_n = d.context;
    m_m = std::max(1.0, std::round(d.outputTokens));
    m_out.outputTokens = m_m;

    Deployment single = d;
    single.batch = 1;
    const Metrics base = m_terms.evaluate(single, hw);
    m_out.concurrency = base.concurrency;
    m_out.prefillSeconds = base.prefillSeconds;
    m_out.prefillBound = resourceOf(base.prefillBound);
    if (!base.fits)
        return infeasible("The weights (" + formatBytes(base.weightBytes, ByteUnits::Binary) +
                          ") do not fit in the usable HBM (" +
                          formatBytes(base.hbmBytes - base.reservedBytes, ByteUnits::Binary) +
                          "): no user can be served.");
    if (!(base.concurrency >= 1))
        return infeasible("One user's KV cache at " + formatTokens(m_n) + " tokens (" +
                          formatBytes(base.kvBytesPerUser, ByteUnits::Binary) +
                          ") does not fit in the " +
                          formatBytes(base.freeKvBytes, ByteUnits::Binary) +
                          " of HBM left beside the weights: concurrency is 0.");
    m_out.maxResident = base.concurrency >= users ? users : int(base.concurrency);

    m_byteRate = d.gpus * hw.hbmBandwidth * d.mbu;
    m_pcieRate = d.gpus * hw.pcieBandwidth;
    const double flopRate = d.gpus * peakFlops(hw, d.weightDtype) * d.mfu;
    if (!(m_byteRate > 0) || !(flopRate > 0) || !std::isfinite(m_out.prefillSeconds))
        return infeasible("The hardware needs HBM bandwidth and compute above zero.");
    const bool swaps = users > m_out.maxResident;
    if (swaps && !(m_pcieRate > 0))
        return infeasible("Users beyond the concurrency ceiling must be swapped, but the host "
                          "link (PCIe) has no bandwidth.");

    double quantum = m_options.quantum > 0 ? std::max(1.0, std::floor(m_options.quantum))
                                           : std::max(1.0, std::floor(m_m / 4));
    if (swaps) {
        const double smallest = std::ceil(users * m_m / kMaxQuanta);
        if (quantum < smallest) {
            m_out.note = "Quantum raised from " + formatPlain(quantum) + " to " +
                         formatPlain(smallest) + " steps to keep the timeline small.";
            quantum = smallest;
        }
    }
    m_out.quantum = quantum;

    const ModelSpec &model = m_terms.model();
    for (int layer = 0; layer < model.layers; ++layer)
        if (const int w = model.windowOfLayer(layer); w > 0)
            m_windows.push_back(w);
    std::sort(m_windows.begin(), m_windows.end());
    m_windows.erase(std::unique(m_windows.begin(), m_windows.end()), m_windows.end());
    m_decodeTerms.resize(std::size_t(m_out.maxResident) + 1);

    m_state.assign(std::size_t(users), UserState{});
    m_out.users.assign(std::size_t(users), SessionUser{});
    for (int u = 0; u < users; ++u) {
        if (u < m_out.maxResident)
            m_resident.push_back(u);
        else
            m_waiting.push_back(u);
    }
    return true;
}

double Scheduler::kvSummed(double generated, double steps) const
{
    // KV(c) is linear in c between the window spans where sliding-window layers stop growing, so
    // each linear piece of the steps sums exactly as its count times its midpoint value.
    const double c0 = m_n + generated;
    const auto piece = [&](double from, double to) {
        return (to - from) * kv(generated + (from + to - 1) / 2);
    };
    double sum = 0;
    double from = 0;
    for (const double w : m_windows) {
        const double past = std::floor(w - c0) + 1; // first step whose context exceeds w
        if (past <= from)
            continue;
        const double to = std::min(past, steps);
        sum += piece(from, to);
        from = to;
        if (from >= steps)
            return sum;
    }
    return from < steps ? sum + piece(from, steps) : sum;
}

const Scheduler::DecodeTerms &Scheduler::decodeTerms(int batch)
{
    DecodeTerms &terms = m_decodeTerms[std::size_t(batch)];
    if (!terms.known) {
        // One evaluate() per batch size gives W_read(B) (MoE experts touched) and the all-reduce
        // time of one step; outputTokens = 1 makes decodeCommSeconds a single step's.
        Deployment d = m_scenario.deployment;
        d.batch = batch;
        d.outputTokens = 1;
        const Metrics r = m_terms.evaluate(d, m_scenario.hardware);
        const double flopRate = d.gpus * peakFlops(m_scenario.hardware, d.weightDtype) * d.mfu;
        terms.weightSeconds = r.decodeWeightReadBytes / m_byteRate;
        terms.computeSeconds = batch * 2.0 * r.activeParams / flopRate;
        terms.commSeconds = r.decodeCommSeconds;
        terms.known = true;
    }
    return terms;
}

/// Memory time of the batch's step `offset` steps from now: weights plus each user's KV.
double Scheduler::memorySeconds(const DecodeTerms &terms, double offset) const
{
    double bytes = 0;
    for (const int u : m_resident)
        bytes += kv(m_state[std::size_t(u)].generated + offset);
    return terms.weightSeconds + bytes / m_byteRate;
}

void Scheduler::emit(int user, double seconds, SegmentKind kind, SessionResource bound)
{
    const SessionSegment segment{user, m_now, m_now + seconds, kind, bound, 1, 0};
    append(m_out.users[std::size_t(user)].segments, segment);
    append(m_out.server, segment);
    m_now += seconds;
}

void Scheduler::prefill(int user)
{
    emit(user, m_out.prefillSeconds, SegmentKind::Prefill, m_out.prefillBound);
    m_state[std::size_t(user)].prefilled = true;
}

void Scheduler::decodeChunk()
{
    const int batch = int(m_resident.size());
    const DecodeTerms &terms = decodeTerms(batch);

    // Steps until the next event: a user finishing, or a quantum ending while someone waits.
    double steps = std::numeric_limits<double>::infinity();
    for (const int u : m_resident) {
        const UserState &s = m_state[std::size_t(u)];
        steps = std::min(steps, m_m - s.generated);
        if (!m_waiting.empty())
            steps = std::min(steps, m_out.quantum - s.sinceAdmit);
    }

    // The memory time grows with every step and the compute time does not, so a chunk is
    // compute bound up to one crossing step and memory bound after it; stop the chunk there and
    // let the next one carry on memory bound.
    const double firstMemory = memorySeconds(terms, 0);
    const bool computeBound = firstMemory < terms.computeSeconds;
    double seconds = 0;
    if (computeBound) {
        double lo = 1;
        double hi = steps; // first step that is memory bound, or `steps` if none
        while (lo < hi) {
            const double mid = std::floor((lo + hi) / 2);
            if (memorySeconds(terms, mid) >= terms.computeSeconds)
                hi = mid;
            else
                lo = mid + 1;
        }
        steps = lo;
        seconds = steps * (terms.computeSeconds + terms.commSeconds);
    } else {
        double kvBytes = 0;
        for (const int u : m_resident)
            kvBytes += kvSummed(m_state[std::size_t(u)].generated, steps);
        seconds = steps * (terms.weightSeconds + terms.commSeconds) + kvBytes / m_byteRate;
    }
    const double firstStep =
        (computeBound ? terms.computeSeconds : firstMemory) + terms.commSeconds;
    const SessionResource bound =
        computeBound ? SessionResource::Compute : SessionResource::HbmBandwidth;

    const SessionSegment shared{batch > 1 ? -1 : m_resident.front(),
                                m_now,
                                m_now + seconds,
                                SegmentKind::Decode,
                                bound,
                                batch,
                                steps};
    append(m_out.server, shared);
    double residentBytes = 0;
    for (const int u : m_resident) {
        UserState &s = m_state[std::size_t(u)];
        SessionSegment own = shared;
        own.user = u;
        append(m_out.users[std::size_t(u)].segments, own);
        if (s.generated == 0) {
            m_out.users[std::size_t(u)].ttft = m_now + firstStep;
            s.firstStepSeconds = firstStep;
        }
        s.generated += steps;
        s.sinceAdmit += steps;
        residentBytes += kv(s.generated);
    }
    m_out.peakResidentKvBytes = std::max(m_out.peakResidentKvBytes, residentBytes);
    m_now += seconds;
}

void Scheduler::admitNext()
{
    const int user = m_waiting.front();
    m_waiting.pop_front();
    UserState &s = m_state[std::size_t(user)];
    SessionUser &row = m_out.users[std::size_t(user)];
    if (m_now > s.waitingSince) {
        append(row.segments, SessionSegment{user, s.waitingSince, m_now, SegmentKind::Waiting,
                                            SessionResource::HbmSize, 0, 0});
        row.waitingSeconds += m_now - s.waitingSince;
    }
    s.sinceAdmit = 0;
    m_resident.push_back(user);
    // A user parked earlier brings its KV cache back; a new one gets its prefill in the next
    // round instead.
    if (s.prefilled) {
        const double bytes = kv(s.generated);
        m_hostBytes -= bytes;
        emit(user, bytes / m_pcieRate, SegmentKind::SwapIn, SessionResource::Pcie);
        ++m_out.swapIns;
    }
}

void Scheduler::swapOut(int user)
{
    const double bytes = kv(m_state[std::size_t(user)].generated);
    emit(user, bytes / m_pcieRate, SegmentKind::SwapOut, SessionResource::Pcie);
    m_state[std::size_t(user)].waitingSince = m_now;
    m_hostBytes += bytes;
    m_out.peakHostBytes = std::max(m_out.peakHostBytes, m_hostBytes);
    ++m_out.users[std::size_t(user)].swapOuts;
    ++m_out.swapOuts;
}

void Scheduler::finishEvents()
{
    // Finished users leave first, so their slots go to waiting users without a swap-out; only
    // then do expired quanta swap, and only while someone still waits.
    std::vector<int> staying;
    int freed = 0;
    for (const int u : m_resident) {
        UserState &s = m_state[std::size_t(u)];
        if (s.generated >= m_m) {
            s.done = true;
            m_out.users[std::size_t(u)].finish = m_now;
            ++m_finished;
            ++freed;
        } else {
            staying.push_back(u);
        }
    }
    m_resident = std::move(staying);
    for (; freed > 0 && !m_waiting.empty(); --freed)
        admitNext();

    // Users swapped out in this round join the queue after it, so a slot freed now never goes
    // straight back to the user that just left it.
    std::vector<int> parked;
    const std::vector<int> before = m_resident;
    for (const int u : before) {
        UserState &s = m_state[std::size_t(u)];
        if (s.sinceAdmit < m_out.quantum)
            continue;
        if (m_waiting.empty()) {
            s.sinceAdmit = 0;
            continue;
        }
        m_resident.erase(std::find(m_resident.begin(), m_resident.end(), u));
        swapOut(u);
        parked.push_back(u);
        admitNext();
    }
    m_waiting.insert(m_waiting.end(), parked.begin(), parked.end());
}

void Scheduler::summarise()
{
    const int users = m_out.userCount;
    std::vector<double> ttfts;
    std::vector<double> tpots;
    double waiting = 0;
    for (int u = 0; u < users; ++u) {
        SessionUser &row = m_out.users[std::size_t(u)];
        row.tpot = m_m > 1 ? (row.finish - row.ttft) / (m_m - 1)
                           : m_state[std::size_t(u)].firstStepSeconds;
        ttfts.push_back(row.ttft);
        tpots.push_back(row.tpot);
        waiting += row.waitingSeconds;
        m_out.makespan = std::max(m_out.makespan, row.finish);
    }
    m_out.ttft = spreadOf(std::move(ttfts));
    m_out.tpot = spreadOf(std::move(tpots));
    for (const SessionSegment &segment : m_out.server) {
        if (segment.bound == SessionResource::Compute)
            m_out.computeSeconds += segment.seconds();
        else if (segment.bound == SessionResource::HbmBandwidth)
            m_out.bandwidthSeconds += segment.seconds();
        else
            m_out.pcieSeconds += segment.seconds();
    }
    const double span = m_out.makespan;
    if (span > 0) {
        m_out.sessionsPerHour = users / span * 3600;
        m_out.computeFraction = m_out.computeSeconds / span;
        m_out.bandwidthFraction = m_out.bandwidthSeconds / span;
        m_out.pcieFraction = m_out.pcieSeconds / span;
        m_out.waitingFraction = waiting / (users * span);
    }
    m_out.meanWaitingSeconds = waiting / users;
    m_out.hostFits = m_out.peakHostBytes <= m_scenario.deployment.hostMemoryBytes;
}

SessionSchedule Scheduler::run()
{
    if (!setUp())
        return m_out;
    const int users = m_out.userCount;
    // Every round finishes a user, ends a quantum, admits a user or passes the compute/memory
    // crossing, and each is bounded; the guard only turns a bug into a reason, never a hang.
    const double rounds = 8 * (kMaxQuanta + 4.0 * users) + 64;
    for (double round = 0; m_finished < users; ++round) {
        if (round > rounds) {
            infeasible("The schedule did not converge (internal error).");
            return m_out;
        }
        const auto pending = std::find_if(m_resident.begin(), m_resident.end(), [&](int u) {
            return !m_state[std::size_t(u)].prefilled;
        });
        if (pending != m_resident.end()) {
            prefill(*pending);
            continue;
        }
        decodeChunk();
        finishEvents();
    }
    summarise();
    if (!std::isfinite(m_out.makespan)) {
        infeasible("The schedule has no finite length.");
        return m_out;
    }
    m_out.feasible = true;
    return m_out;
}

} // namespace

SessionSchedule scheduleSessions(const Scenario &scenario, const SessionOptions &options)
{
    return Scheduler(scenario, options).run();
}

const char *segmentKindName(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Prefill:
        return "prefill";
    case SegmentKind::Decode:
        return "decode";
    case SegmentKind::SwapOut:
        return "swap-out";
    case SegmentKind::SwapIn:
        return "swap-in";
    case SegmentKind::Waiting:
        return "waiting";
    }
    return "?";
}

const char *sessionResourceName(SessionResource resource)
{
    switch (resource) {
    case SessionResource::Compute:
        return "compute";
    case SessionResource::HbmBandwidth:
        return "hbm-bandwidth";
    case SessionResource::Pcie:
        return "pcie";
    case SessionResource::HbmSize:
        return "hbm-size";
    }
    return "?";
}

} // namespace kvscope::model
