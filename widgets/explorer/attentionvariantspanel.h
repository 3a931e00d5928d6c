// SPDX-License-Identifier: GPL-3.0-or-later
// The paper's attention-type and MoE questions for the current model: MHA, GQA, MQA and MLA side
// by side (KV per user, users that fit, decode per token, context switch; model::
// attentionVariants), and for a mixture of experts where the total parameter count matters
// (memory) and where the active one does (compute and bandwidth).
#pragma once

#include "attentionvariants.h"
#include "tablepanel.h"

namespace kvscope::widgets {

class AttentionVariantsPanel : public TablePanel
{
    Q_OBJECT

public:
    explicit AttentionVariantsPanel(QWidget *parent = nullptr);

    /// Table rows 1-4: MHA, GQA, MQA, MLA. The note is the parameters line: total against active
    /// for an MoE model, one count for a dense one.
    const std::vector<model::AttentionVariant> &variants() const { return m_variants; }

    void setValues(const kvscope::model::CurrentValues &values,
                   const kvscope::model::CompressionView &view) override;

protected:
    void redraw() override;

private:
    std::vector<model::AttentionVariant> m_variants;
    model::CurrentValues m_data;
};

} // namespace kvscope::widgets
