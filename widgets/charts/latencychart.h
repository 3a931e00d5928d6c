// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 2, latency: prefill time split into linear layers, attention and TP communication, and
// decode time per generated token split into weight read, KV read, compute-bound excess and
// communication, both along context, with the binding resource (compute or memory) labelled.
// Above the peak, the expected-in-practice band (shaded) and the published measurements of the
// scenario's model on its hardware.
#pragma once

#include "chartwidget.h"
#include "latencycurves.h"

#include <array>

class QCheckBox;

namespace kvscope::widgets {

class LatencyChart : public ChartWidget
{
    Q_OBJECT

public:
    enum Series
    {
        PrefillLinear,
        PrefillAttention,
        PrefillComm,
        DecodeWeights,
        DecodeKv,
        DecodeCompute,
        DecodeComm,
        SeriesCount
    };

    explicit LatencyChart(QWidget *parent = nullptr);

    const model::LatencyCurves &data() const { return m_data; }
    /// The graph drawing the top edge of one stacked band.
    QCPGraph *series(Series series) const { return m_series[std::size_t(series)]; }
    bool logScale() const;
    /// The band's lower and upper edges and the measured points on the prefill (0) or decode (1)
    /// plot.
    QCPGraph *bandLow(int plot) const { return m_bandLow[std::size_t(plot)]; }
    QCPGraph *bandHigh(int plot) const { return m_bandHigh[std::size_t(plot)]; }
    QCPGraph *measuredPoints(int plot) const { return m_measured[std::size_t(plot)]; }
    /// The note on the measurements: how many are drawn (in the legend), or that none match (in
    /// the tooltip, since the legend names only what is drawn).
    QString measuredNote() const;
    /// The published points drawn on the two plots.
    int measuredCount() const;
    /// The titles above the prefill and decode plots, which name the binding resource.
    QString prefillTitle() const;
    QString decodeTitle() const;

public slots:
    void setLogScale(bool on);

signals:
    void logScaleChanged(bool on);

protected:
    bool takeCurves(const model::ExplorerData &data) override;
    bool takeCurrent(const model::ExplorerData &data) override;
    void restyle() override;
    void redraw() override;
    QString hoverText(int rect, double key, double value) const override;

private:
    struct BoundMarker
    {
        QCPItemStraightLine *line = nullptr;
        QCPItemText *label = nullptr;
    };
    void placeBoundMarker(BoundMarker &marker, const std::vector<model::Bound> &bounds);
    /// The longest title variant that fits above each plot at its current width.
    void fitTitles();
    void placeMarker() override;

    QCheckBox *m_log = nullptr;
    QCPAxisRect *m_prefill = nullptr;
    QCPAxisRect *m_decode = nullptr;
    QCPTextElement *m_prefillTitle = nullptr;
    QCPTextElement *m_decodeTitle = nullptr;
    std::array<QCPGraph *, SeriesCount> m_series{};
    std::array<QCPGraph *, 2> m_bandLow{};
    std::array<QCPGraph *, 2> m_bandHigh{};
    std::array<QCPGraph *, 2> m_measured{};
    std::vector<const model::MeasuredPoint *> m_points;
    BoundMarker m_prefillBound;
    BoundMarker m_decodeBound;

    model::LatencyCurves m_data;
    model::Bound m_titlePrefillBound = model::Bound::Compute;
    model::Bound m_titleDecodeBound = model::Bound::Memory;
    double m_outputTokens = 1;
};

} // namespace kvscope::widgets
