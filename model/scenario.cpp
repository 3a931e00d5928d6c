// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include "wordtable.h"

namespace kvscope::model {

namespace {

constexpr WordTable<AttentionFlops, 3> kAttentionFlopsNames{{
    {AttentionFlops::Causal, "causal"},
    {AttentionFlops::Paper, "paper"},
    {AttentionFlops::Full, "full"},
}};

constexpr WordTable<bool, 2> kTpCommunicationNames{{
    {true, "on"},
    {false, "off"},
}};

} // namespace

std::string_view attentionFlopsName(AttentionFlops convention)
{
    return wordOf(kAttentionFlopsNames, convention, "causal");
}

std::optional<AttentionFlops> parseAttentionFlops(std::string_view name)
{
    return valueOf(kAttentionFlopsNames, name);
}

std::string attentionFlopsNames()
{
    return tableWords(kAttentionFlopsNames);
}

std::string_view tpCommunicationName(bool on)
{
    return wordOf(kTpCommunicationNames, on, "on");
}

std::optional<bool> parseTpCommunication(std::string_view name)
{
    return valueOf(kTpCommunicationNames, name);
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
