// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <array>
#include <utility>

namespace kvscope::model {

namespace {

constexpr std::array<std::pair<AttentionFlops, std::string_view>, 3> kAttentionFlopsNames{{
    {AttentionFlops::Causal, "causal"},
    {AttentionFlops::Paper, "paper"},
    {AttentionFlops::Full, "full"},
}};

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
    return "causal, paper or full";
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
