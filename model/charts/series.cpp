// SPDX-License-Identifier: GPL-3.0-or-later
#include "series.h"

#include "csvfield.h"
#include "units.h"

#include <algorithm>
#include <map>
#include <set>

namespace kvscope::model {

bool anyPositive(const std::vector<double> &values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return v > 0; });
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

std::string seriesCsv(const std::vector<Series> &series)
{
    std::set<double> xs;
    for (const Series &s : series)
        xs.insert(s.x.begin(), s.x.end());
    std::string csv = "context [tokens]";
    std::vector<std::map<double, double>> columns;
    for (const Series &s : series) {
        csv += ',' + csvField(s.name + " [" + s.unit + "]");
        std::map<double, double> values;
        for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i)
            values.emplace(s.x[i], s.y[i]);
        columns.push_back(std::move(values));
    }
    csv += '\n';
    for (double x : xs) {
        csv += formatPlain(x);
        for (const auto &values : columns) {
            csv += ',';
            if (const auto it = values.find(x); it != values.end())
                csv += formatPlain(it->second);
        }
        csv += '\n';
    }
    return csv;
}

} // namespace kvscope::model
