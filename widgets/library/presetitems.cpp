// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the preset library's tree items (see presetitems.h).
#include "presetitems.h"

#include "modelspec.h"
#include "modeltext.h"
#include "units.h"

#include <QObject>

namespace kvscope::widgets {

namespace {

QString shortTokens(double tokens)
{
    return q(model::formatTokens(tokens));
}

} // namespace

QString presetKindText(model::PresetKind kind)
{
    switch (kind) {
    case model::PresetKind::Model:
        return QObject::tr("model");
    case model::PresetKind::Hardware:
        return QObject::tr("hardware");
    case model::PresetKind::Scenario:
        return QObject::tr("scenario");
    }
    return {};
}

QString presetSummary(const model::Preset &preset)
{
    using model::ByteUnits;
    if (const auto *h = std::get_if<model::HardwareSpec>(&preset))
        return QObject::tr("%1 · %2 · %3 bf16 · ridge %4 FLOP/B")
            .arg(q(model::formatBytes(h->hbmBytes, ByteUnits::Binary)),
                 q(model::formatBandwidth(h->hbmBandwidth)), q(model::formatFlopRate(h->bf16Flops)),
                 QString::number(h->ridgePoint(), 'f', 0));
    if (const auto *m = std::get_if<model::ModelSpec>(&preset))
        return QObject::tr("%1 params · %2 layers · KV %3/token (bf16)")
            .arg(q(model::formatParams(model::countParams(*m).total)))
            .arg(m->layers)
            .arg(q(model::formatBytes(model::kvBytesPerToken(*m, 2), ByteUnits::Binary)));
    const auto &s = std::get<model::Scenario>(preset);
    return QObject::tr("%1 on %2 × %3 · %4 tokens")
        .arg(q(s.model.name))
        .arg(s.deployment.gpus)
        .arg(q(s.hardware.name), shortTokens(s.deployment.context));
}

} // namespace kvscope::widgets
