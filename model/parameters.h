// SPDX-License-Identifier: GPL-3.0-or-later
// The parameter table: every tunable declared once, with its key, label, unit, range, default and
// scale. Command-line flags, preset validation and the sliders are all built from it.
#pragma once

#include "scenario.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kvscope::model {

enum class Unit
{
    Tokens,
    Users,
    Gpus,
    Params,
    GiB,    ///< shown as bytes; the value is in GiB
    GBps,   ///< 1e9 B/s
    TFlops, ///< 1e12 FLOP/s
    Microseconds,
    Fraction,   ///< 0..1
    Ratio,      ///< a compression ratio >= 1
    Count,      ///< layers, heads, widths
    UsdPerHour, ///< US dollars per GPU-hour
};

enum class Scale
{
    Linear,
    Log
};

/// Which value type a parameter lives in; `Deployment` ones are command-line flags too.
enum class Scope
{
    Deployment,
    Hardware,
    Model
};

struct Parameter
{
    std::string_view key;   ///< command-line flag without "--"; JSON key with '-' -> '_'
    std::string_view label; ///< short label for a slider or a table
    Unit unit;
    double min;
    double max;
    double defaultValue;
    Scale scale;
    bool integer;
    Scope scope;
    std::string_view help; ///< one sentence for tooltips and --help
    /// Reads and writes the value in the scenario, in the parameter's own unit (GiB, GB/s...).
    double (*get)(const Scenario &);
    void (*set)(Scenario &, double);
    /// A slider's track where it is narrower than the accepted range (a typed value may go
    /// beyond it): every slider of the parameter, in the window and the compare view, uses it.
    std::optional<double> trackMin = {};
    std::optional<double> trackMax = {};

    double sliderMin() const { return trackMin.value_or(min); }
    double sliderMax() const { return trackMax.value_or(max); }

    /// The JSON key: the flag with '-' replaced by '_'.
    std::string jsonKey() const;
    bool contains(double value) const { return value >= min && value <= max; }
};

/// Every parameter, in display order.
std::span<const Parameter> parameters();

/// The parameter with this key (flag form "hbm-gib" or JSON form "hbm_gib"); nullptr if none.
const Parameter *findParameter(std::string_view key);

/// The parameter with this key; throws std::logic_error when it does not exist (a programming
/// error, not bad input).
const Parameter &parameter(std::string_view key);

/// What is wrong with a value for a parameter, if anything.
enum class ValueProblem
{
    None,
    NotFinite,
    NotWhole,  ///< the parameter takes whole numbers
    OutOfRange ///< outside [min, max]
};

/// The first problem `value` has for `param`: the one test checkValue() and the window share.
ValueProblem findValueProblem(const Parameter &param, double value);

/// Throws InputError naming file, field and value when `value` is not finite, not an integer
/// where one is required, or outside the parameter's range.
void checkValue(const Parameter &param, double value, const std::string &file,
                const std::string &field);

/// Unit suffix for display ("tokens", "GiB", "GB/s", ...).
std::string_view unitSuffix(Unit unit);

} // namespace kvscope::model
