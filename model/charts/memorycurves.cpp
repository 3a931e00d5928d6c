// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorycurves.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

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

MemoryCurves memoryCurves(const ExplorerData &data)
{
    const Scenario &s = data.scenario;
    MemoryCurves curves;
    curves.capacity = s.deployment.gpus * s.hardware.hbmBytes;
    curves.usable = data.current.hbmBytes;
    curves.fits = data.current.fits;
    for (const SweepPoint &p : data.sweep)
        curves.append(memorySample(p.x, p.metrics, curves.capacity));
    return curves;
}

std::vector<Series> memorySeries(const MemoryCurves &c)
{
    std::vector<Series> series{{"Weights", "B", c.context, c.weights}};
    if (anyPositive(c.reserved))
        series.push_back({"Reserved", "B", c.context, c.reserved});
    series.push_back({"KV cache of resident users", "B", c.context, c.residentKv});
    series.push_back({"Free", "B", c.context, c.free});
    if (anyPositive(c.unusable))
        series.push_back({"Held back (utilisation)", "B", c.context, c.unusable});
    series.push_back(
        {"HBM capacity", "B", c.context, std::vector<double>(c.context.size(), c.capacity)});
    return series;
}

} // namespace kvscope::model
