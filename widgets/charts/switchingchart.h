// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 4, context switching: the time to move one user's KV cache out to host memory and the
// next one in over PCIe, along context, beside the time to recompute it (prefill), with the
// context beyond which host memory cannot park even one user's cache marked.
#pragma once

#include "chartwidget.h"
#include "switchingcurves.h"

namespace kvscope::widgets {

class SwitchingChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit SwitchingChart(QWidget *parent = nullptr);

    const model::SwitchingCurves &data() const { return m_data; }
    QCPGraph *switchGraph() const { return m_switch; }
    QCPGraph *prefillGraph() const { return m_prefill; }
    /// The host-memory limit label, empty when the limit lies beyond the axis.
    QString hostLimitText() const;

protected:
    bool takeCurves(const model::ExplorerData &data) override;
    void restyle() override;
    void redraw() override;
    QString hoverText(int rect, double key, double value) const override;

private:
    void placeMarker() override;

    QCPAxisRect *m_rect = nullptr;
    QCPGraph *m_switch = nullptr;
    QCPGraph *m_prefill = nullptr;
    QCPGraph *m_hostKey = nullptr; ///< legend entry for the shaded host-memory region
    CurrentPoint m_point;
    QCPItemRect *m_hostRegion = nullptr;
    QCPItemStraightLine *m_hostLine = nullptr;
    QString m_hostText;

    model::SwitchingCurves m_data;
    int m_gpus = 1;
    double m_pcie = 0;
};

} // namespace kvscope::widgets
