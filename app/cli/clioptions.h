// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line options: a strict parser of "--name value" pairs and the scenario they describe.
#pragma once

#include "scenario.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace kvscope::app {

/// The options of one subcommand, as written. Unknown options, missing values and repeated
/// single-valued options are rejected with an InputError naming the option.
class CliOptions
{
public:
    struct Spec
    {
        std::set<std::string> switches;   ///< options without a value ("json", "log")
        std::set<std::string> values;     ///< options with one value
        std::set<std::string> repeatable; ///< options that may appear many times ("scenario")
    };

    CliOptions(const std::vector<std::string> &args, const Spec &spec);

    bool has(const std::string &name) const;
    /// The value of a single-valued option, or `fallback` when absent.
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    /// Every value given for a repeatable option, in order.
    std::vector<std::string> values(const std::string &name) const;
    /// A number from the option, with K/M/G/B/T suffixes (K = 1e3) accepted; InputError otherwise.
    double number(const std::string &name, double fallback) const;

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_switches;
};

/// Parses "50000", "5e4", "50K", "34B", "1.5T": a finite number with an optional decimal suffix.
/// Throws InputError naming `field` and the text when it is not one.
double parseNumber(const std::string &text, const std::string &field);

/// The option names every scenario-taking subcommand accepts (architecture.md).
CliOptions::Spec scenarioOptionSpec();

/// Builds the scenario the options describe: --scenario (default: the paper's running example),
/// then --model and --hardware, then every other override.
model::Scenario scenarioFromOptions(const CliOptions &options);

/// Applies every scenario option but --scenario to `scenario`: --model and --hardware first, then
/// the value overrides.
void applyScenarioOverrides(model::Scenario &scenario, const CliOptions &options);

/// One line per scenario option for --help.
std::string scenarioOptionsHelp();

} // namespace kvscope::app
