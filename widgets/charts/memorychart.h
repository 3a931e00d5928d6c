// SPDX-License-Identifier: GPL-3.0-or-later
// Chart 1, HBM occupancy: along context, the weights, the KV caches of the users that fit, the
// reserve and the free remainder stacked against the HBM capacity; beside it a bar for the current
// setting with one segment per resident user (grouped when there are too many to read).
#pragma once

#include "chartwidget.h"
#include "memorycurves.h"

#include <array>

namespace kvscope::widgets {

class MemoryChart : public ChartWidget
{
    Q_OBJECT

public:
    enum Band
    {
        Weights,
        Reserved,
        ResidentKv,
        Free,
        Unusable,
        BandCount
    };

    explicit MemoryChart(QWidget *parent = nullptr);

    const model::MemoryCurves &data() const { return m_data; }
    /// The graph drawing the top edge of one stacked band.
    QCPGraph *band(Band band) const { return m_bands[std::size_t(band)]; }
    /// The "does not fit" message, empty while the weights fit.
    QString noFitMessage() const;
    /// The bar for the current setting, bottom to top, grouped to fit the bar's height.
    const std::vector<model::BarSegment> &bar() const { return m_bar; }
    /// Labels of the bar segments, bottom to top, as drawn (empty where a segment is too thin).
    QStringList barLabels() const;

    /// Width of the bar for the current setting, in logical pixels before the theme's font
    /// scale (160 by default; narrower where charts stand four abreast).
    void setBarWidth(int width);

protected:
    bool takeCurves(const model::ExplorerData &data) override;
    void restyle() override;
    void redraw() override;
    QString hoverText(int rect, double key, double value) const override;

private:
    /// Groups the resident users so each segment can carry a label at the bar's current height,
    /// and places the segments and their labels.
    void placeBar();
    /// Everything that follows the current context: the bar, its caption and the marker.
    void placeMarker() override;
    QString segmentName(const model::BarSegment &segment) const;
    /// A segment's label, longest first: "users 1–2 · 22.9 GiB", "users 1–2", "1–2".
    QStringList labelVariants(const model::BarSegment &segment) const;
    static int fittingLevel(const QStringList &variants, const QFontMetricsF &metrics,
                            double width);
    QColor segmentColor(const model::BarSegment &segment, int index) const;

    QCPAxisRect *m_main = nullptr;
    QCPAxisRect *m_barRect = nullptr;
    std::array<QCPGraph *, BandCount> m_bands{};
    QCPGraph *m_capacityKey =
        nullptr; ///< an empty graph standing for the capacity line in the legend
    QCPItemStraightLine *m_capacityLine = nullptr;
    QCPItemStraightLine *m_barCapacityLine = nullptr;
    QCPItemText *m_noFit = nullptr;
    QCPItemText *m_barCaption = nullptr;
    std::vector<QCPItemRect *> m_segments;
    std::vector<QCPItemText *> m_segmentLabels;

    model::MemoryCurves m_data;
    std::vector<model::BarSegment> m_bar;
    int m_gpus = 1;
    int m_barWidth = 160;
};

} // namespace kvscope::widgets
