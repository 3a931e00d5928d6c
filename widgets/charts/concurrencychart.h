// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 3, the concurrency ceiling: users whose KV caches fit beside the weights, along context,
// as step lines for the current GPU count (bold) and for 1, 2, 4 and 8 GPUs (faint), with the
// current setting marked.
#pragma once

#include "chartwidget.h"
#include "concurrencycurves.h"

namespace kvscope::widgets {

class ConcurrencyChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit ConcurrencyChart(QWidget *parent = nullptr);

    const std::vector<model::ConcurrencyCurve> &data() const { return m_data; }
    /// The step line of curve `index` (same order as data()).
    QCPGraph *curveGraph(int index) const;
    /// Where the current point is drawn (users clamped to the zero floor of the log axis).
    QPointF currentPoint() const;

protected:
    bool takeCurves(const model::ExplorerData &data) override;
    void restyle() override;
    void redraw() override;
    QString hoverText(int rect, double key, double value) const override;

private:
    QColor curveColor(const model::ConcurrencyCurve &curve) const;
    void placeMarker() override;

    QCPAxisRect *m_rect = nullptr;
    QList<QCPGraph *> m_graphs; ///< one per curve, created on demand
    CurrentPoint m_point;

    std::vector<model::ConcurrencyCurve> m_data;
};

} // namespace kvscope::widgets
