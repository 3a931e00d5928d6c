// SPDX-License-Identifier: GPL-3.0-or-later
// The slider scales: a parameter's range mapped onto a slider's integer positions, linearly or
// geometrically, with snap points, and the values a key press steps a slider through.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace kvscope::model {

/// The values arrow keys and PgUp/PgDn step a parameter's slider through, for a lecture: the
/// context in doublings, 1K 2K 4K ... 512K 1M 2M 4M 10M tokens; HBM per GPU in the sizes parts
/// are sold with, 24 40 48 80 96 128 141 192 256 288 GiB. Empty for a parameter stepped by
/// position. A drag snaps near them too.
std::span<const double> teachingSteps(std::string_view parameterKey);
/// The first of `steps` (ascending) beyond `current` in `direction` (+1 or -1); nullopt past the
/// last.
std::optional<double> nextStep(std::span<const double> steps, double current, int direction);

/// Maps a slider's integer positions 0..positions onto a parameter's range, linearly or
/// geometrically. Values are rounded to whole numbers for integer parameters and to three
/// significant digits otherwise, so a dragged value reads cleanly ("50.1K", "80.4 GiB"). Snap
/// points pull every position within `snapPositions` of them onto the exact point.
class SliderScale
{
public:
    SliderScale() = default;
    SliderScale(double min, double max, bool log, bool integer, int positions = 1000);

    double min() const { return m_min; }
    double max() const { return m_max; }
    int positions() const { return m_positions; }

    /// Snap points outside [min, max] are ignored.
    void setSnapPoints(std::vector<double> points, double snapPositions);
    const std::vector<double> &snapPoints() const { return m_snapPoints; }

    /// The (rounded, snapped) value at a position; positions are clamped to 0..positions.
    double valueAt(int position) const;
    /// The nearest position of a value; values outside the range give the end positions.
    int positionOf(double value) const;
    /// The first position from `position` onwards in `direction` (+1 or -1) whose value lies
    /// beyond `current` in that direction, or the end of the track: a key press always moves the
    /// value, even inside a snap zone or where integer rounding maps many positions to one value.
    int nextDistinctPosition(int position, double current, int direction) const;

private:
    double exactPosition(double value) const;
    double rawValueAt(int position) const;

    double m_min = 0;
    double m_max = 1;
    bool m_log = false;
    bool m_integer = false;
    int m_positions = 1000;
    std::vector<double> m_snapPoints;
    double m_snapPositions = 0;
};

} // namespace kvscope::model
