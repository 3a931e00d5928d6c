// SPDX-License-Identifier: GPL-3.0-or-later
// A chart's plotted data as named series along context, and the CSV that holds them: each chart's
// model file says what it plots (memorySeries(), latencySeries(), ...), so the CSV is the model's
// numbers, never read back from a widget.
#pragma once

#include <string>
#include <vector>

namespace kvscope::model {

/// One plotted series: y over x (context, tokens), with the unit of y.
struct Series
{
    std::string name;
    std::string unit;
    std::vector<double> x;
    std::vector<double> y;
};

/// True when any value is above zero: whether a band or a series has anything to draw.
bool anyPositive(const std::vector<double> &values);

/// Running sums of `layers` (each the same length): the top edge of each band of a stacked area,
/// bottom layer first.
std::vector<std::vector<double>> stackLayers(const std::vector<std::vector<double>> &layers);

/// One row per context sample (the union over the series), a column per series, units in the
/// header ("Weights [B]"), an empty cell where a series has no sample.
std::string seriesCsv(const std::vector<Series> &series);

} // namespace kvscope::model
