// SPDX-License-Identifier: GPL-3.0-or-later
// A side panel that folds to a slim strip: the control panel beside the charts, which a lecturer
// on a small projector folds away so the charts take the width. Folded, only a narrow button with
// the pane's name stays; clicking it (or the window's action) unfolds the pane at its old width.
#pragma once

#include <QWidget>

class QToolButton;

namespace kvscope::widgets {

class SidePane : public QWidget
{
    Q_OBJECT

public:
    SidePane(const QString &name, QWidget *content, QWidget *parent = nullptr);

    bool isFolded() const { return m_folded; }
    QWidget *content() const { return m_content; }
    /// The strip's width when folded.
    int stripWidth() const;

public slots:
    void setFolded(bool folded);

signals:
    void foldedChanged(bool folded);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Shows the pane or the strip, and the strip's width (it follows the font).
    void updateButtons();

    QWidget *m_content = nullptr;
    QToolButton *m_fold = nullptr;   ///< on the open pane's top edge
    QToolButton *m_unfold = nullptr; ///< the whole folded strip
    bool m_folded = false;
};

} // namespace kvscope::widgets
