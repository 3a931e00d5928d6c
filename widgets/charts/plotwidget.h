// SPDX-License-Identifier: GPL-3.0-or-later
// A QCustomPlot that reports each paint, so the benchmark and the tests can tell when a replot
// has reached the screen, and an axis ticker that shows ticks computed in the model.
#pragma once

#include "ticks.h"

#include <qcustomplot.h>

namespace kvscope::widgets {

class PlotWidget : public QCustomPlot
{
    Q_OBJECT

public:
    explicit PlotWidget(QWidget *parent = nullptr);

    int paintCount() const { return m_paintCount; }

signals:
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
    /// Small, so a long legend or title never widens the window: the chart fits its legend to
    /// the width it gets instead. The height leaves four charts room on a 1024x768 projector in
    /// presentation type.
    QSize minimumSizeHint() const override { return {240, 140}; }
    /// The same for every chart, so the grid gives the four charts equal shares.
    QSize sizeHint() const override { return {520, 360}; }

private:
    int m_paintCount = 0;
};

/// Shows the ticks and labels of a model::Ticks (see ticks.h), so axis labels go through the
/// unit formatters. When the axis is too short for all of them, every other labelled tick is
/// dropped until the labels no longer crowd (measured at draw time, after the layout).
class LabelTicker : public QCPAxisTicker
{
public:
    explicit LabelTicker(QCPAxis *axis) : m_axis(axis) {}

    void setTicks(model::Ticks ticks);
    const model::Ticks &ticks() const { return m_ticks; }
    /// The ticks drawn at the last replot.
    const QVector<double> &shownTicks() const { return m_shown; }

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QVector<double> createSubTickVector(int subTickCount, const QVector<double> &ticks) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;

private:
    bool crowded(const QVector<double> &ticks) const;
    QString labelOf(double tick) const;

    QCPAxis *m_axis;
    model::Ticks m_ticks;
    QVector<double> m_shown;
};

} // namespace kvscope::widgets
