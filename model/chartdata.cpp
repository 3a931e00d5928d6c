// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include "costterms.h"
#include "evaluate.h"
#include "expectedband.h"
#include "fleetmetrics.h"
#include "sweep.h"
#include "tensorparallel.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace kvscope::model {

namespace {

constexpr std::array<double, 7> kContextSnaps{4e3, 8e3, 32e3, 128e3, 200e3, 1e6, 1e7};

/// Sorted, duplicate-free union of two sample lists restricted to [from, to].
std::vector<double> merged(std::vector<double> values, std::span<const double> extra, double from,
                           double to)
{
    for (double x : extra)
        if (x >= from && x <= to)
            values.push_back(x);
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

/// Linear interpolation of x where y reaches `target` between (x0, y0) and (x1, y1), y0 < y1.
double interpolateX(double x0, double y0, double x1, double y1, double target)
{
    return x0 + (target - y0) / (y1 - y0) * (x1 - x0);
}

/// Major and minor ticks at m * 10^k for multipliers in `major` (and 1..9 for minor) in [lo, hi].
void decadeTicks(double lo, double hi, std::span<const double> major, std::vector<double> &values,
                 std::vector<double> &minor, int minExponent)
{
    if (!(lo > 0) || !(hi > lo))
        return;
    const int first = std::max(minExponent, int(std::floor(std::log10(lo))) - 1);
    const int last = int(std::ceil(std::log10(hi))) + 1;
    for (int k = first; k <= last; ++k) {
        const double decade = std::pow(10.0, k);
        for (int m = 1; m <= 9; ++m) {
            const double v = m * decade;
            if (v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9))
                continue;
            if (std::find(major.begin(), major.end(), double(m)) != major.end())
                values.push_back(v);
            else
                minor.push_back(v);
        }
    }
}

} // namespace

std::span<const double> contextSnapPoints()
{
    return kContextSnaps;
}

double roundSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::floor(std::log10(std::fabs(value)));
    const double factor = std::pow(10.0, digits - 1 - magnitude);
    return std::round(value * factor) / factor;
}

// ---------------------------------------------------------------------------------------------
// SliderScale

SliderScale::SliderScale(double min, double max, bool log, bool integer, int positions)
    : m_min(min), m_max(max), m_log(log && min > 0), m_integer(integer),
      m_positions(std::max(1, positions))
{}

void SliderScale::setSnapPoints(std::vector<double> points, double snapPositions)
{
    std::erase_if(points, [this](double p) { return p < m_min || p > m_max; });
    m_snapPoints = std::move(points);
    m_snapPositions = snapPositions;
}

double SliderScale::exactPosition(double value) const
{
    if (m_max <= m_min)
        return 0;
    const double t = m_log ? std::log(value / m_min) / std::log(m_max / m_min)
                           : (value - m_min) / (m_max - m_min);
    return t * m_positions;
}

double SliderScale::rawValueAt(int position) const
{
    position = std::clamp(position, 0, m_positions);
    if (position == 0)
        return m_min;
    if (position == m_positions)
        return m_max;
    const double t = double(position) / m_positions;
    double value = m_log ? m_min * std::pow(m_max / m_min, t) : m_min + (m_max - m_min) * t;
    value = roundSignificant(value, 3);
    if (m_integer)
        value = std::round(value);
    return std::clamp(value, m_min, m_max);
}

double SliderScale::valueAt(int position) const
{
    position = std::clamp(position, 0, m_positions);
    double best = -1;
    double bestDistance = m_snapPositions;
    for (double point : m_snapPoints) {
        const double distance = std::fabs(exactPosition(point) - position);
        if (distance <= bestDistance) {
            best = point;
            bestDistance = distance;
        }
    }
    return best >= 0 ? best : rawValueAt(position);
}

int SliderScale::positionOf(double value) const
{
    if (!(value > m_min))
        return 0;
    if (value >= m_max)
        return m_positions;
    return std::clamp(int(std::lround(exactPosition(value))), 0, m_positions);
}

int SliderScale::nextDistinctPosition(int position, double current, int direction) const
{
    const int step = direction >= 0 ? 1 : -1;
    int p = std::clamp(position, 0, m_positions);
    while (p > 0 && p < m_positions) {
        const double value = valueAt(p);
        if (step > 0 ? value > current : value < current)
            return p;
        p += step;
    }
    return p;
}

// ---------------------------------------------------------------------------------------------
// Samples and curves

std::vector<double> contextSamples(double from, double to, int points,
                                   std::span<const double> extra)
{
    return merged(sweepValues(from, to, points, true, true), extra, from, to);
}

std::vector<double> kvKinks(const ModelSpec &model)
{
    std::vector<double> kinks;
    for (int w : model.layerWindows)
        if (w > 0 && std::find(kinks.begin(), kinks.end(), double(w)) == kinks.end())
            kinks.push_back(w);
    std::sort(kinks.begin(), kinks.end());
    return kinks;
}

std::vector<double> concurrencyStepSamples(std::span<const double> samples,
                                           std::span<const double> kvBytes, double freeBytes,
                                           int maxUsers)
{
    std::vector<double> steps;
    if (!(freeBytes > 0) || samples.size() != kvBytes.size())
        return steps;
    for (std::size_t i = 0; i + 1 < samples.size(); ++i) {
        const double kvA = kvBytes[i];
        const double kvB = kvBytes[i + 1];
        if (!(kvA > 0) || !(kvB > kvA))
            continue;
        const double usersA = std::floor(freeBytes / kvA);
        const double usersB = std::floor(freeBytes / kvB);
        for (double k = usersB + 1; k <= std::min(usersA, double(maxUsers)); ++k) {
            const double x = interpolateX(samples[i], kvA, samples[i + 1], kvB, freeBytes / k);
            for (double side : {1 - 1e-7, 1 + 1e-7})
                if (x * side > samples[i] && x * side < samples[i + 1])
                    steps.push_back(x * side);
        }
    }
    return steps;
}

std::vector<std::vector<double>> stackLayers(const std::vector<std::vector<double>> &layers)
{
    std::vector<std::vector<double>> tops;
    tops.reserve(layers.size());
    for (const auto &layer : layers) {
        std::vector<double> top = layer;
        if (!tops.empty())
            for (std::size_t i = 0; i < top.size() && i < tops.back().size(); ++i)
                top[i] += tops.back()[i];
        tops.push_back(std::move(top));
    }
    return tops;
}

std::vector<BarSegment> memoryBar(const Metrics &metrics, double capacityBytes, int maxUserSegments)
{
    using Kind = BarSegment::Kind;
    std::vector<BarSegment> bar;
    double y = 0;
    const auto push = [&](Kind kind, double bytes, int first = 0, int last = 0) {
        bar.push_back({kind, first, last, y, y + bytes});
        y += bytes;
    };
    push(Kind::Weights, metrics.weightBytes);
    if (metrics.reservedBytes > 0)
        push(Kind::Reserved, metrics.reservedBytes);
    if (!metrics.fits)
        return bar;
    const int users = int(metrics.concurrency);
    const int group =
        users <= maxUserSegments ? 1 : int(std::ceil(double(users) / std::max(1, maxUserSegments)));
    for (int first = 1; first <= users; first += group) {
        const int last = std::min(users, first + group - 1);
        push(Kind::Users, (last - first + 1) * metrics.kvBytesPerUser, first, last);
    }
    if (metrics.hbmBytes > y)
        push(Kind::Free, metrics.hbmBytes - y);
    if (capacityBytes > y)
        push(Kind::Unusable, capacityBytes - y);
    return bar;
}

MemorySample memorySample(double context, const Metrics &r, double capacityBytes)
{
    MemorySample s;
    s.context = context;
    s.weights = r.weightBytes;
    s.reserved = r.reservedBytes;
    s.users = r.fits ? r.concurrency : 0;
    s.kvPerUser = r.kvBytesPerUser;
    s.residentKv = s.users * r.kvBytesPerUser;
    s.free = std::max(0.0, r.freeKvBytes - s.residentKv);
    s.unusable = r.fits ? std::max(0.0, capacityBytes - r.hbmBytes) : 0.0;
    return s;
}

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

void MemoryCurves::append(const MemorySample &s)
{
    context.push_back(s.context);
    weights.push_back(s.weights);
    reserved.push_back(s.reserved);
    residentKv.push_back(s.residentKv);
    free.push_back(s.free);
    unusable.push_back(s.unusable);
    users.push_back(s.users);
    kvPerUser.push_back(s.kvPerUser);
}

MemorySample MemoryCurves::at(std::size_t i) const
{
    return {context[i], weights[i],  reserved[i], residentKv[i],
            free[i],    unusable[i], users[i],    kvPerUser[i]};
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

ExplorerData explorerData(const Scenario &scenario, int points)
{
    ExplorerData d;
    d.scenario = scenario;
    d.points = points;
    d.model = effectiveModel(scenario);
    d.current = evaluateFleet(scenario);
    d.measured = matchingMeasurements(scenario);
    Scenario reference = scenario;
    reference.deployment.context = kReferenceContext;
    d.reference = evaluate(reference);

    const double n = scenario.deployment.context;
    d.contextFrom = std::min(kChartContextFrom, n);
    d.contextTo = std::max(kChartContextTo, n);
    const std::vector<double> base =
        contextSamples(d.contextFrom, d.contextTo, points, kvKinks(d.model));
    std::vector<double> baseKv;
    baseKv.reserve(base.size());
    for (const SweepPoint &p : sweep(scenario, SweepAxis::Context, base))
        baseKv.push_back(p.metrics.kvBytesPerUser);
    const auto samplesFor = [&](double freeBytes) {
        return merged(base, concurrencyStepSamples(base, baseKv, freeBytes), d.contextFrom,
                      d.contextTo);
    };

    const std::vector<double> xs = samplesFor(d.current.freeKvBytes);
    const std::vector<SweepPoint> sampled = sweep(scenario, SweepAxis::Context, xs);

    const double capacity = scenario.deployment.gpus * scenario.hardware.hbmBytes;
    MemoryCurves &mem = d.memory;
    mem.capacity = capacity;
    mem.usable = d.current.hbmBytes;
    mem.fits = d.current.fits;
    LatencyCurves &lat = d.latency;
    SwitchingCurves &sw = d.switching;
    sw.hostMemoryBytes = scenario.deployment.hostMemoryBytes;
    const double m = scenario.deployment.outputTokens;
    const double replicas = std::max(1, scenario.deployment.replicas);
    const CostTerms terms(scenario);
    Deployment atContext = scenario.deployment;
    ConcurrencyCurve own{scenario.deployment.gpus, true, {}, {}};
    for (const SweepPoint &p : sampled) {
        const Metrics &r = p.metrics;
        mem.append(memorySample(p.x, r, capacity));
        LatencySample latency = latencySample(p.x, r, m);
        atContext.context = p.x;
        const ExpectedBand band = expectedBand(terms, atContext, scenario.hardware, r);
        latency.prefillExpectedLow = band.prefillLow;
        latency.prefillExpectedHigh = band.prefillHigh;
        latency.decodeExpectedLow = band.decodePerTokenLow;
        latency.decodeExpectedHigh = band.decodePerTokenHigh;
        lat.append(latency);

        own.context.push_back(p.x);
        own.users.push_back(replicas * r.concurrency);

        sw.context.push_back(p.x);
        sw.switchSeconds.push_back(r.contextSwitchSeconds);
        sw.prefillSeconds.push_back(r.prefillSeconds);
        sw.kvPerUser.push_back(r.kvBytesPerUser);
        sw.hostParkedUsers.push_back(r.hostParkedUsers);
    }

    // Where one user's KV cache outgrows the host memory that parks swapped-out users.
    for (std::size_t i = 0; i < base.size(); ++i) {
        if (baseKv[i] <= sw.hostMemoryBytes)
            continue;
        sw.hostLimitContext = i == 0 ? base[0]
                                     : interpolateX(base[i - 1], baseKv[i - 1], base[i], baseKv[i],
                                                    sw.hostMemoryBytes);
        break;
    }

    for (int gpus : kComparedGpuCounts) {
        if (gpus == scenario.deployment.gpus || !isValidTensorParallelDegree(scenario.model, gpus))
            continue;
        Scenario other = scenario;
        other.deployment.gpus = gpus;
        ConcurrencyCurve curve{gpus, false, {}, {}};
        for (const SweepPoint &p :
             sweep(other, SweepAxis::Context, samplesFor(evaluate(other).freeKvBytes))) {
            curve.context.push_back(p.x);
            curve.users.push_back(replicas * p.metrics.concurrency);
        }
        d.concurrency.push_back(std::move(curve));
    }
    d.concurrency.push_back(std::move(own));
    std::sort(d.concurrency.begin(), d.concurrency.end(),
              [](const ConcurrencyCurve &a, const ConcurrencyCurve &b) { return a.gpus < b.gpus; });
    return d;
}

ExplorerData explorerData(const Scenario &scenario, const ExplorerData &previous, int points)
{
    Scenario sameContext = scenario;
    sameContext.deployment.context = previous.scenario.deployment.context;
    const double n = scenario.deployment.context;
    const bool reusable = !previous.memory.context.empty() && sameContext == previous.scenario &&
                          previous.points == points &&
                          std::min(kChartContextFrom, n) == previous.contextFrom &&
                          std::max(kChartContextTo, n) == previous.contextTo;
    if (!reusable)
        return explorerData(scenario, points);
    ExplorerData d = previous;
    d.scenario = scenario;
    d.current = evaluateFleet(scenario);
    return d;
}

// ---------------------------------------------------------------------------------------------
// Ticks

std::vector<double> niceTicks(double lo, double hi, int target)
{
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {};
    if (!(hi > lo))
        return {lo};
    const double raw = (hi - lo) / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    std::vector<double> ticks;
    const double first = std::ceil(lo / step - 1e-9);
    for (double k = first; k * step <= hi + step * 1e-9; ++k)
        ticks.push_back(k * step == 0 ? 0.0 : k * step);
    return ticks;
}

std::string trimZeros(const std::string &formatted)
{
    std::size_t end = 0;
    while (end < formatted.size() && (std::isdigit(static_cast<unsigned char>(formatted[end])) ||
                                      formatted[end] == '.' || (end == 0 && formatted[end] == '-')))
        ++end;
    std::string number = formatted.substr(0, end);
    if (number.find('.') == std::string::npos)
        return formatted;
    while (!number.empty() && number.back() == '0')
        number.pop_back();
    if (!number.empty() && number.back() == '.')
        number.pop_back();
    return number + formatted.substr(end);
}

Ticks byteTicks(double lo, double hi, ByteUnits units, int target)
{
    Ticks ticks;
    const std::string_view prefix = bytesPrefixFor(std::max(std::fabs(lo), std::fabs(hi)), units);
    const double scale = 1 / bytesIn(1.0, units, prefix);
    for (double v : niceTicks(lo / scale, hi / scale, target)) {
        const double bytes = v * scale;
        ticks.values.push_back(bytes);
        ticks.labels.push_back(bytes == 0 ? "0" : trimZeros(formatBytes(bytes, units, 4)));
    }
    return ticks;
}

Ticks secondTicks(double lo, double hi, int target)
{
    const double top = std::max(std::fabs(lo), std::fabs(hi));
    double unit = 86400;
    for (auto [limit, scale] : {std::pair{1e-3, 1e-6}, std::pair{1.0, 1e-3}, std::pair{120.0, 1.0},
                                std::pair{7200.0, 60.0}, std::pair{172800.0, 3600.0}})
        if (top < limit * 0.9995) {
            unit = scale;
            break;
        }
    Ticks ticks;
    for (double v : niceTicks(lo / unit, hi / unit, target)) {
        const double seconds = v * unit;
        ticks.values.push_back(seconds);
        ticks.labels.push_back(seconds == 0 ? "0" : trimZeros(formatSeconds(seconds, 4)));
    }
    return ticks;
}

Ticks logSecondTicks(double lo, double hi, int maxTicks)
{
    // Readable times: decades below a minute, then minutes, hours and days people say aloud.
    std::vector<double> coarse;
    std::vector<double> fine;
    for (int k = -9; k <= 1; ++k) {
        const double decade = std::pow(10.0, k);
        coarse.push_back(decade);
        for (double m : {1.0, 2.0, 5.0})
            fine.push_back(m * decade);
    }
    // 1 min, 10 min, 1 h, 10 h, then 10 and 100 days (a day tick would crowd 10 h).
    for (double v : {60.0, 600.0, 3600.0, 36000.0, 864000.0, 8640000.0, 86400000.0})
        coarse.push_back(v);
    for (double v : {60.0, 120.0, 300.0, 600.0, 1200.0, 1800.0, 3600.0, 7200.0, 18000.0, 36000.0,
                     86400.0, 172800.0, 432000.0, 864000.0, 8640000.0, 86400000.0})
        fine.push_back(v);
    const auto inRange = [&](const std::vector<double> &ladder) {
        std::vector<double> values;
        for (double v : ladder)
            if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9))
                values.push_back(v);
        return values;
    };
    std::vector<double> values = inRange(coarse);
    if (values.size() < 3)
        values = inRange(fine);
    while (values.size() > std::size_t(std::max(2, maxTicks))) {
        std::vector<double> thinned;
        for (std::size_t i = 0; i < values.size(); i += 2)
            thinned.push_back(values[i]);
        values = std::move(thinned);
    }
    Ticks ticks;
    ticks.values = values;
    for (double v : values)
        ticks.labels.push_back(trimZeros(formatSeconds(v, 4)));
    std::vector<double> unused;
    decadeTicks(lo, hi, std::array{1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0}, ticks.minor,
                unused, -12);
    std::erase_if(ticks.minor, [&](double v) {
        return std::any_of(values.begin(), values.end(),
                           [v](double t) { return std::fabs(t - v) <= 1e-9 * t; });
    });
    return ticks;
}

Ticks logTokenTicks(double lo, double hi)
{
    Ticks ticks;
    decadeTicks(lo, hi, std::array{1.0}, ticks.values, ticks.minor, 0);
    if (ticks.values.size() < 2) {
        ticks.values.clear();
        ticks.minor.clear();
        decadeTicks(lo, hi, std::array{1.0, 2.0, 5.0}, ticks.values, ticks.minor, 0);
    }
    for (double v : ticks.values)
        ticks.labels.push_back(formatTokens(v));
    return ticks;
}

Ticks logUserTicks(double lo, double hi)
{
    Ticks ticks;
    decadeTicks(lo, hi, std::array{1.0}, ticks.values, ticks.minor, 0);
    if (ticks.values.size() < 3) {
        ticks.values.clear();
        ticks.minor.clear();
        decadeTicks(lo, hi, std::array{1.0, 2.0, 5.0}, ticks.values, ticks.minor, 0);
    }
    for (double v : ticks.values)
        ticks.labels.push_back(formatInteger(v));
    if (kZeroUsersFloor >= lo && kZeroUsersFloor <= hi) {
        ticks.values.insert(ticks.values.begin(), kZeroUsersFloor);
        ticks.labels.insert(ticks.labels.begin(), "0");
    }
    return ticks;
}

} // namespace kvscope::model
