// SPDX-License-Identifier: GPL-3.0-or-later
// The window's "Compression & attention" page: the KV-compression what-if beside the distance
// from 4K (below it where the page is too narrow for both), and the attention-type and MoE
// comparison below. It evaluates only while shown: a
// hidden page costs a slider step nothing and catches up when it is opened (ExplorerPage).
#pragma once

#include "explorerpage.h"
#include "scenario.h"
#include "theme.h"

class QGridLayout;
class QScrollArea;

namespace kvscope::widgets {

class AttentionVariantsPanel;
class CompressionPanel;
class DistancePanel;

class CompressionPage : public ExplorerPage
{
    Q_OBJECT

public:
    explicit CompressionPage(QWidget *parent = nullptr);

    CompressionPanel *compression() const { return m_compression; }
    DistancePanel *distance() const { return m_distance; }
    AttentionVariantsPanel *attention() const { return m_attention; }
    /// True when the distance table stands below the what-if rather than beside it.
    bool stacked() const { return m_stacked; }

    void setTheme(const kvscope::widgets::Theme &theme) override;
    void setByteUnits(kvscope::model::ByteUnits units) override;

signals:
    void compressionPicked(const kvscope::model::KvCompression &ratios, const QString &name);

protected:
    void refresh(const model::ExplorerData &data) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    CompressionPanel *m_compression = nullptr;
    DistancePanel *m_distance = nullptr;
    AttentionVariantsPanel *m_attention = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr;
    bool m_stacked = false;

    /// Beside each other where both fit the page's width, else one above the other, so no table
    /// hides behind a horizontal scroll bar (a library dock open, presentation type).
    void arrange();
};

} // namespace kvscope::widgets
