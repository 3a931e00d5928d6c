// SPDX-License-Identifier: GPL-3.0-or-later
#include "attentionvariantspanel.h"

#include "labeltable.h"
#include "modeltext.h"
#include "modelwords.h"
#include "wrappedlabel.h"

#include <QLabel>

namespace kvscope::widgets {

namespace {

constexpr int kVariantColumns = 7;
constexpr int kVariantRows = 5;

} // namespace

AttentionVariantsPanel::AttentionVariantsPanel(QWidget *parent)
    : TablePanel(kVariantRows, kVariantColumns, 2, parent)
{
    auto *held =
        new WrappedLabel(tr("Each variant is the model's own layers and head width with only "
                            "the attention changed; the weights are held at its parameter "
                            "count, so the rows differ by the KV cache alone."),
                         this);
    held->setForegroundRole(QPalette::PlaceholderText);
    addAboveNote(held);
}

void AttentionVariantsPanel::setValues(const model::CurrentValues &values,
                                       const model::CompressionView &view)
{
    m_data = values;
    m_variants = view.variants;
    redraw();
}

void AttentionVariantsPanel::redraw()
{
    const model::Deployment &d = m_data.scenario.deployment;
    title()->setText(tr("Attention type: %1 at %2")
                         .arg(q(m_data.model.name), q(model::formatTokens(d.context))));
    const QStringList header = {tr("Attention"),     tr("Cached per layer"), tr("KV per token"),
                                tr("KV per user"),   tr("Users that fit"),   tr("Decode per token"),
                                tr("Context switch")};
    table()->setRow(0, header);
    for (std::size_t i = 0; i < m_variants.size() && int(i) + 1 < kVariantRows; ++i) {
        const model::AttentionVariant &v = m_variants[i];
        const int row = int(i) + 1;
        const QStringList texts = {QString::fromLatin1(model::attentionKindName(v.kind)) +
                                       (v.own ? tr(" (this model)") : QString()),
                                   q(v.shape),
                                   q(model::formatBytes(v.kvBytesPerToken, byteUnits(), 3)),
                                   q(model::formatBytes(v.kvBytesPerUser, byteUnits(), 3)),
                                   usersText(v.concurrency),
                                   q(model::formatSeconds(v.decodeSecondsPerToken)),
                                   q(model::formatSeconds(v.contextSwitchSeconds))};
        table()->setRow(row, texts);
        table()->setRowBold(row, v.own);
    }

    const model::Metrics &m = m_data.current;
    const model::ModelSpec &spec = m_data.model;
    if (!spec.moe.enabled()) {
        note()->setText(tr("<b>Dense model</b>: all %1 parameters are active, so one count "
                           "sets the weights in HBM (memory), the prefill FLOP (compute) "
                           "and the bytes each decode step reads (bandwidth).")
                            .arg(q(model::formatParams(m.params))));
        return;
    }
    note()->setText(
        tr("<b>Mixture of experts</b> (%1 routed experts, %2 active, %3 shared): <b>%4</b> "
           "parameters in total, <b>%5</b> active per token.<br>"
           "<b>Total → memory</b>: all experts sit in HBM, %6 of weights, which sets what is left "
           "for KV caches and so the users that fit (%7).<br>"
           "<b>Active → compute and bandwidth</b>: prefill does 2 × %5 FLOP per token; a decode "
           "step at batch %8 reads %9 of weights (the experts its users touch), not %6.")
            .arg(spec.moe.experts)
            .arg(spec.moe.active)
            .arg(spec.moe.shared)
            .arg(q(model::formatParams(m.params)), q(model::formatParams(m.activeParams)),
                 q(model::formatBytes(m.weightBytes, byteUnits(), 3)), usersText(m.concurrency))
            .arg(d.batch)
            .arg(q(model::formatBytes(m.decodeWeightReadBytes, byteUnits(), 3))));
}

} // namespace kvscope::widgets
