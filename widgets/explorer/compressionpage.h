// SPDX-License-Identifier: GPL-3.0-or-later
// The window's "Compression & attention" page: the KV-compression what-if beside the distance
// from 4K, and the attention-type and MoE comparison below. It evaluates only while shown: a
// hidden page costs a slider step nothing and catches up when it is opened (ExplorerPage).
#pragma once

#include "explorerpage.h"
#include "scenario.h"
#include "theme.h"

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

    void setTheme(const kvscope::widgets::Theme &theme) override;
    void setByteUnits(kvscope::model::ByteUnits units) override;

signals:
    void compressionPicked(const kvscope::model::KvCompression &ratios, const QString &name);

protected:
    void refresh(const model::ExplorerData &data) override;

private:
    CompressionPanel *m_compression = nullptr;
    DistancePanel *m_distance = nullptr;
    AttentionVariantsPanel *m_attention = nullptr;
};

} // namespace kvscope::widgets
