// The paper's attention-type and MoE questions for the current model: MHA, GQA, MQA and MLA side
// by side (KV per user, users that fit, decode per token, context switch; model::
// attentionVariants), and for a mixture of experts where the total parameter count matters
// (memory) and where the active one does (compute and bandwidth).
#pragma once

#include "attentionvariants.h"
#include "chartdata.h"
#include "theme.h"

#include <QWidget>

class QLabel;

namespace kvscope::widgets {

class LabelTable;

class AttentionVariantsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AttentionVariantsPanel(QWidget *parent = nullptr);

    const std::vector<model::AttentionVariant> &variants() const { return m_variants; }
    /// Row 0 is the header, rows 1-4 MHA, GQA, MQA, MLA.
    QString cellText(int row, int column) const;
    /// The parameters line: total against active for an MoE model, one count for a dense one.
    QString parametersText() const;

public slots:
    void showData(const kvscope::model::ExplorerData &data);
    void setByteUnits(kvscope::model::ByteUnits units);
    void setTheme(const kvscope::widgets::Theme &theme);

private:
    void redraw();

    LabelTable *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_parameters = nullptr;
    std::vector<model::AttentionVariant> m_variants;
    model::ExplorerData m_data;
    model::ByteUnits m_units = model::ByteUnits::Binary;
    Theme m_theme = makeTheme(false, false);
};

} // namespace kvscope::widgets
