// SPDX-License-Identifier: GPL-3.0-or-later
// The KV-compression what-if: the four ratios of cost-model.md §4.2 (layer, head, token, hidden)
// as sliders built from the parameter table, one-click examples of known techniques derived from
// the current model (model::compressionTechniques), and the combined ratio.
#pragma once

#include "compressionview.h"
#include "theme.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QGridLayout;

namespace kvscope::widgets {

class ParameterSlider;

class CompressionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompressionPanel(QWidget *parent = nullptr);

    /// The parameter keys of the four axes, in the order layer, head, token, hidden.
    static QStringList axisKeys();
    ParameterSlider *slider(const QString &key) const;
    /// The button of a technique id ("gqa", "mqa", "mla", "kv8", "kv4", "cross-layer", "window")
    /// or "none".
    QPushButton *button(const QString &id) const;
    const std::vector<model::CompressionTechnique> &techniques() const { return m_techniques; }
    /// "×8 = 1 × 8 × 1 × 1 (layer × head × token × hidden)".
    QString combinedText() const;

public slots:
    void setValues(const kvscope::model::CurrentValues &values,
                   const kvscope::model::CompressionView &view);
    void setTheme(const kvscope::widgets::Theme &theme);

signals:
    void parameterEdited(const QString &key, double value, bool continuous);
    void editFinished();
    /// A technique was clicked: the four ratios it leaves, and its name for the undo history.
    void compressionPicked(const kvscope::model::KvCompression &ratios, const QString &name);
    void inputRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void alignLabels();
    void pick(int index);
    void updateChecks();

    QList<ParameterSlider *> m_sliders;
    QGridLayout *m_buttonGrid = nullptr;
    QList<QPushButton *> m_buttons; ///< one per technique, then "none"
    QLabel *m_combined = nullptr;
    std::vector<model::CompressionTechnique> m_techniques;
    model::KvCompression m_current;
};

} // namespace kvscope::widgets
