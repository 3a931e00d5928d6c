// The window's "Compression & attention" page: the KV-compression what-if beside the distance
// from 4K, and the attention-type and MoE comparison below. It evaluates only while shown: a
// hidden page costs a slider step nothing and catches up when it is opened.
#pragma once

#include "chartdata.h"
#include "scenario.h"
#include "theme.h"

#include <QWidget>

namespace kvscope::widgets {

class AttentionVariantsPanel;
class CompressionPanel;
class DistancePanel;

class CompressionPage : public QWidget
{
    Q_OBJECT

public:
    explicit CompressionPage(QWidget *parent = nullptr);

    CompressionPanel *compression() const { return m_compression; }
    DistancePanel *distance() const { return m_distance; }
    AttentionVariantsPanel *attention() const { return m_attention; }
    /// Times the panels were brought up to date (none while hidden).
    int refreshCount() const { return m_refreshCount; }

public slots:
    void showData(const kvscope::model::ExplorerData &data);
    void setTheme(const kvscope::widgets::Theme &theme);
    void setByteUnits(kvscope::model::ByteUnits units);

signals:
    void parameterEdited(const QString &key, double value, bool continuous);
    void editFinished();
    void compressionPicked(const kvscope::model::KvCompression &ratios, const QString &name);
    void inputRejected(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    CompressionPanel *m_compression = nullptr;
    DistancePanel *m_distance = nullptr;
    AttentionVariantsPanel *m_attention = nullptr;
    model::ExplorerData m_data;
    bool m_dirty = false;
    int m_refreshCount = 0;
};

} // namespace kvscope::widgets
