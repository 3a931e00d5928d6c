// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "units.h"

#include <array>
#include <cstddef>
#include <utility>

namespace kvscope::model {

namespace {

constexpr std::array<std::pair<AttentionFlops, std::string_view>, 3> kAttentionFlopsNames{{
    {AttentionFlops::Causal, "causal"},
    {AttentionFlops::Paper, "paper"},
    {AttentionFlops::Full, "full"},
}};

constexpr std::array<std::pair<bool, std::string_view>, 2> kTpCommunicationNames{{
    {true, "on"},
    {false, "off"},
}};

/// The words of a table joined for a message: "a, b or c".
template <typename Table> std::string tableWords(const Table &table)
{
    std::vector<std::string_view> words;
    for (const auto &entry : table)
        words.push_back(entry.second);
    return wordList(words);
}

} // namespace

std::string_view attentionFlopsName(AttentionFlops convention)
{
    for (const auto &[value, name] : kAttentionFlopsNames)
        if (value == convention)
            return name;
    return "causal";
}

std::optional<AttentionFlops> parseAttentionFlops(std::string_view name)
{
    for (const auto &[value, word] : kAttentionFlopsNames)
        if (word == name)
            return value;
    return std::nullopt;
}

std::string attentionFlopsNames()
{
    return tableWords(kAttentionFlopsNames);
}

std::string_view tpCommunicationName(bool on)
{
    for (const auto &[value, name] : kTpCommunicationNames)
        if (value == on)
            return name;
    return "on";
}

std::optional<bool> parseTpCommunication(std::string_view name)
{
    for (const auto &[value, word] : kTpCommunicationNames)
        if (word == name)
            return value;
    return std::nullopt;
}

std::string tpCommunicationNames()
{
    return tableWords(kTpCommunicationNames);
}

void Scenario::setModel(ModelSpec newModel)
{
    // A recount was made for the old model's parameter count; it means nothing for a new one.
    deployment.paramsOverride = 0;
    model = std::move(newModel);
    usePhysicalConventions();
}

void Scenario::setHardware(HardwareSpec newHardware)
{
    hardware = std::move(newHardware);
    usePhysicalConventions();
}

void Scenario::usePhysicalConventions()
{
    deployment.attentionFlops = AttentionFlops::Causal;
    deployment.tpCommunication = true;
}

bool Scenario::usesPaperConventions() const
{
    return deployment.attentionFlops == AttentionFlops::Paper && !deployment.tpCommunication;
}

} // namespace kvscope::model
