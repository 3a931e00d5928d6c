// SPDX-License-Identifier: GPL-3.0-or-later
// A line of secondary text (a slider's hint, the conventions line), painted and elided: setting
// new text repaints it without relaying out the window, which a word-wrapped QLabel would do on
// every slider step. It may wrap onto a few lines (at "  ·  " separators first); its height
// grows when a text needs more lines and shrinks only when the width or font changes, so it does
// not jump while a slider steps. The full text is its tooltip.
#pragma once

#include <QWidget>

namespace kvscope::widgets {

class TextLine : public QWidget
{
    Q_OBJECT

public:
    explicit TextLine(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    /// Uses the palette's placeholder colour (secondary text) instead of the window text colour.
    void setMuted(bool muted);
    /// Wraps onto at most `lines` lines (1, the default, elides instead); the last one is elided.
    void setMaximumLines(int lines);
    /// Keeps the height of `setMaximumLines()` lines whatever the text needs, so a new text never
    /// moves what is below (the conventions line).
    void setHeightFixed(bool fixed);
    /// The lines the text is drawn as at the current width.
    QStringList shownLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Fit
    {
        Afresh,   ///< as many lines as the text needs now
        KeepLines ///< at least the lines already reserved
    };
    void fitHeight(Fit fit);

    QString m_text;
    int m_maximumLines = 1;
    int m_reservedLines = 1;
    bool m_muted = false;
    bool m_heightFixed = false;
};

} // namespace kvscope::widgets
