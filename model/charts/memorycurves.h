// SPDX-License-Identifier: GPL-3.0-or-later
// The HBM occupancy chart's data: what occupies HBM along context (weights, reserve, the
// resident users' KV cache, free and held-back memory, stacked), and the bar of the current
// setting, one segment per resident user.
#pragma once

#include "explorerdata.h"
#include "series.h"

#include <vector>

namespace kvscope::model {

/// One segment of the memory bar for the current setting, bottom to top.
struct BarSegment
{
    enum class Kind
    {
        Weights,
        Reserved,
        Users, ///< one resident user, or a group of consecutive ones
        Free,  ///< usable HBM left over: less than one more user's KV cache
        Unusable
    };
    Kind kind = Kind::Weights;
    int firstUser = 0; ///< 1-based, for Users
    int lastUser = 0;  ///< inclusive; equals firstUser for a single user
    double bottom = 0; ///< bytes
    double top = 0;    ///< bytes

    double bytes() const { return top - bottom; }
    bool operator==(const BarSegment &) const = default;
};

/// The memory bar: weights, reserve, one segment per resident user (or groups of
/// ceil(concurrency / maxUserSegments) users when there are more than that), free remainder and
/// the capacity held back by the utilisation fraction. `capacityBytes` is G * HBM per GPU. Where
/// the weights alone do not fit, the weights segment runs past the capacity and no user is shown.
std::vector<BarSegment> memoryBar(const Metrics &metrics, double capacityBytes,
                                  int maxUserSegments = 10);

/// What occupies HBM at one context, in bytes.
struct MemorySample
{
    double context = 0;
    double weights = 0;
    double reserved = 0;
    double residentKv = 0; ///< concurrency * KV per user
    double free = 0;       ///< usable - reserved - weights - resident KV, >= 0
    double unusable = 0;   ///< capacity * (1 - u) while the weights fit
    double users = 0;      ///< concurrency (0 when the weights do not fit)
    double kvPerUser = 0;
};

/// The memory chart's sample for one evaluation at `context`; `capacityBytes` is G * HBM per GPU.
MemorySample memorySample(double context, const Metrics &metrics, double capacityBytes);

/// What occupies HBM along context, bytes per sample.
struct MemoryCurves
{
    std::vector<double> context;
    std::vector<double> weights;
    std::vector<double> reserved;
    std::vector<double> residentKv; ///< concurrency(n) * KV per user(n)
    std::vector<double> free;       ///< usable - reserved - weights - resident KV, >= 0
    std::vector<double> unusable;   ///< capacity * (1 - u)
    std::vector<double> users;      ///< concurrency(n)
    std::vector<double> kvPerUser;  ///< KV per user(n)
    double capacity = 0;            ///< G * HBM per GPU
    double usable = 0;              ///< capacity * u
    bool fits = true;               ///< the weights fit in usable HBM

    void append(const MemorySample &sample);
    MemorySample at(std::size_t index) const;
    bool operator==(const MemoryCurves &) const = default;
};

/// The chart's curves along the explorer's sweep.
MemoryCurves memoryCurves(const ExplorerData &data);
/// What the chart plots, for the CSV: the bands it draws (reserve and held-back memory only when
/// there are any) and the capacity line.
std::vector<Series> memorySeries(const MemoryCurves &curves);

} // namespace kvscope::model
