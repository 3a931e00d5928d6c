// One line of secondary text (a slider's hint, the conventions line), painted and elided: setting
// new text repaints it without relaying out the window, which a word-wrapped QLabel would do on
// every slider step. The full text is its tooltip.
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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    bool m_muted = false;
};

} // namespace kvscope::widgets
