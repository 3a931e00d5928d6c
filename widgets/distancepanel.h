// "How far from 4K": each of the paper's four metrics at the current context against the same
// model at 4K without compression, how many times worse it is, and the KV compression still
// needed to close each gap (model::distanceFrom4K). It says plainly that no KV compression closes
// the prefill gap: attention FLOP stay quadratic in the context.
#pragma once

#include "chartdata.h"
#include "compression.h"
#include "theme.h"

#include <QWidget>

class QLabel;

namespace kvscope::widgets {

class LabelTable;

class DistancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit DistancePanel(QWidget *parent = nullptr);

    const model::DistanceFrom4K &distance() const { return m_distance; }
    /// The text of a cell: row 0 is the header, rows 1-4 the metrics; columns metric, now, at 4K,
    /// gap, still needed.
    QString cellText(int row, int column) const;
    /// The line under the table (concurrency, and the prefill warning).
    QString noteText() const;

public slots:
    void showData(const kvscope::model::ExplorerData &data);
    void setByteUnits(kvscope::model::ByteUnits units);
    void setTheme(const kvscope::widgets::Theme &theme);

private:
    void redraw();

    LabelTable *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    model::DistanceFrom4K m_distance;
    model::ByteUnits m_units = model::ByteUnits::Binary;
    Theme m_theme = makeTheme(false, false);
};

} // namespace kvscope::widgets
