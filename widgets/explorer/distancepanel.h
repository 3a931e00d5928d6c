// SPDX-License-Identifier: GPL-3.0-or-later
// "How far from 4K": each of the paper's four metrics at the current context against the same
// model at 4K without compression, how many times worse it is, and the KV compression still
// needed to close each gap (model::distanceFrom4K). It says plainly that no KV compression closes
// the prefill gap: attention FLOP stay quadratic in the context.
#pragma once

#include "compression.h"
#include "tablepanel.h"

namespace kvscope::widgets {

class DistancePanel : public TablePanel
{
    Q_OBJECT

public:
    explicit DistancePanel(QWidget *parent = nullptr);

    /// Table rows 1-4: KV cache, prefill, decode, switch; columns metric, now, at 4K, gap, still
    /// needed. The note: users that fit, the compression in all, and the prefill warning.
    const model::DistanceFrom4K &distance() const { return m_distance; }

    void setValues(const kvscope::model::CurrentValues &values,
                   const kvscope::model::CompressionView &view) override;

protected:
    void redraw() override;
    void restyle() override;

private:
    model::DistanceFrom4K m_distance;
};

} // namespace kvscope::widgets
