// SPDX-License-Identifier: GPL-3.0-or-later
#include "textline.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

namespace kvscope::widgets {

namespace {

const QString kSeparator = QStringLiteral("  ·  ");

/// Where to break `text` so that its head fits in `width`: after the last separator that fits,
/// else at the last space that fits; -1 when not even the first word fits.
qsizetype breakPoint(const QString &text, const QFontMetrics &metrics, int width)
{
    qsizetype best = -1;
    for (qsizetype at = text.indexOf(kSeparator); at > 0; at = text.indexOf(kSeparator, at + 1)) {
        if (metrics.horizontalAdvance(text.left(at)) > width)
            break;
        best = at;
    }
    if (best > 0)
        return best;
    for (qsizetype at = text.indexOf(u' '); at > 0; at = text.indexOf(u' ', at + 1)) {
        if (metrics.horizontalAdvance(text.left(at)) > width)
            break;
        best = at;
    }
    return best;
}

} // namespace

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
    fitHeight(Fit::KeepLines);
    update();
}

void TextLine::setMuted(bool muted)
{
    m_muted = muted;
    update();
}

void TextLine::setMaximumLines(int lines)
{
    m_maximumLines = std::max(1, lines);
    fitHeight(Fit::Afresh);
    update();
}

void TextLine::setHeightFixed(bool fixed)
{
    m_heightFixed = fixed;
    fitHeight(Fit::Afresh);
}

QStringList TextLine::shownLines() const
{
    const QFontMetrics metrics = fontMetrics();
    const int w = width();
    QStringList lines;
    QString rest = m_text;
    while (!rest.isEmpty()) {
        const bool last = lines.size() + 1 >= m_maximumLines;
        const qsizetype cut =
            metrics.horizontalAdvance(rest) <= w || last ? -1 : breakPoint(rest, metrics, w);
        if (cut < 0) {
            lines << metrics.elidedText(rest, Qt::ElideRight, w);
            break;
        }
        lines << rest.left(cut);
        rest = rest.mid(cut).trimmed();
        if (rest.startsWith(kSeparator.trimmed()))
            rest = rest.mid(kSeparator.trimmed().size()).trimmed();
    }
    return lines;
}

void TextLine::fitHeight(Fit fit)
{
    // A new text may take more lines but gives none back while the width and font stay: the
    // widgets below do not jump up and down (and the charts are not resized and redrawn whole)
    // as a slider steps through texts of one and two lines.
    const int needed =
        m_heightFixed ? m_maximumLines : int(std::max<qsizetype>(1, shownLines().size()));
    m_reservedLines = fit == Fit::Afresh ? needed : std::max(m_reservedLines, needed);
    const int height = m_reservedLines * fontMetrics().lineSpacing() + 2;
    if (height != this->height())
        setFixedHeight(height);
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
        fitHeight(Fit::Afresh);
    QWidget::changeEvent(event);
}

void TextLine::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Only a new width re-wraps; the height just set by fitHeight() comes back here too.
    if (event->size().width() != event->oldSize().width())
        fitHeight(Fit::Afresh);
}

void TextLine::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setPen(palette().color(m_muted ? QPalette::PlaceholderText : QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    int baseline = 1 + metrics.ascent();
    for (const QString &line : shownLines()) {
        p.drawText(QPoint(0, baseline), line);
        baseline += metrics.lineSpacing();
    }
}

} // namespace kvscope::widgets
