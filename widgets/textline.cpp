#include "textline.h"

#include <QEvent>
#include <QPainter>

namespace kvscope::widgets {

TextLine::TextLine(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
}

void TextLine::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    update();
}

void TextLine::setMuted(bool muted)
{
    m_muted = muted;
    update();
}

QSize TextLine::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_text) + 4, fontMetrics().height() + 2};
}

QSize TextLine::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 2};
}

void TextLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        setFixedHeight(fontMetrics().height() + 2);
    QWidget::changeEvent(event);
}

void TextLine::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setPen(palette().color(m_muted ? QPalette::PlaceholderText : QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    const QString shown = metrics.elidedText(m_text, Qt::ElideRight, width());
    p.drawText(QPoint(0, 1 + metrics.ascent()), shown);
}

} // namespace kvscope::widgets
