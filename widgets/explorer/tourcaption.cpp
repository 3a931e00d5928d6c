// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourcaption.h"

#include <QPainter>
#include <QResizeEvent>

#include <algorithm>

namespace kvscope::widgets {

namespace {
constexpr int kPadding = 10;
constexpr int kAccentLine = 4;
} // namespace

TourCaption::TourCaption(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tourCaption"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TourCaption::setScenes(const QStringList &titles, const QStringList &captions)
{
    m_titles = titles;
    m_captions = captions;
    m_index = 0;
    fitHeight();
    update();
}

void TourCaption::setScene(int index)
{
    m_index = std::clamp(index, 0, std::max(0, int(m_titles.size()) - 1));
    update();
}

void TourCaption::setTheme(const Theme &theme)
{
    m_theme = theme;
    fitHeight();
    update();
}

QFont TourCaption::titleFont() const
{
    return m_theme.font(14, true);
}

QFont TourCaption::captionFont() const
{
    return m_theme.font(13);
}

QString TourCaption::heading(int index) const
{
    return tr("%1 / %2   %3").arg(index + 1).arg(m_titles.size()).arg(m_titles.value(index));
}

QString TourCaption::keysHint() const
{
    return tr("→ PgDn: next · ← PgUp: back · Esc: end");
}

int TourCaption::captionHeight(int index, int width) const
{
    const QFontMetrics metrics(captionFont());
    return metrics
        .boundingRect(QRect(0, 0, std::max(1, width - 2 * kPadding), 1 << 20), Qt::TextWordWrap,
                      m_captions.value(index))
        .height();
}

int TourCaption::heightForWidth(int width) const
{
    // The longest caption of the tour, so the band keeps its height from scene to scene.
    int caption = 0;
    for (int i = 0; i < m_captions.size(); ++i)
        caption = std::max(caption, captionHeight(i, width));
    return kAccentLine + kPadding + QFontMetrics(titleFont()).height() + 4 + caption + kPadding;
}

QSize TourCaption::sizeHint() const
{
    return {800, heightForWidth(800)};
}

QSize TourCaption::minimumSizeHint() const
{
    return {200, heightForWidth(std::max(width(), 200))};
}

void TourCaption::fitHeight()
{
    // Before it is first shown the band has no width of its own yet: it will take its parent's,
    // and a height fitted to a narrower one would make the window grow when it appears.
    const int widthToFit = isVisible() || !parentWidget() ? width() : parentWidget()->width();
    const int height = heightForWidth(std::max(widthToFit, 200));
    if (height != this->height())
        setFixedHeight(height);
}

void TourCaption::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void TourCaption::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme &t = m_theme;
    p.fillRect(rect(), t.background);
    p.fillRect(QRect(0, 0, width(), kAccentLine), t.blue);
    const QRect inner = rect().adjusted(kPadding, kAccentLine + kPadding, -kPadding, -kPadding);
    const QFontMetrics title(titleFont());
    // The keys at the right of the title row, where there is room for them.
    const QFont hintFont = t.font(10.5);
    const int hintWidth = QFontMetrics(hintFont).horizontalAdvance(keysHint());
    const bool hintFits =
        title.horizontalAdvance(heading(m_index)) + hintWidth + 24 <= inner.width();
    if (hintFits) {
        p.setFont(hintFont);
        p.setPen(t.muted);
        p.drawText(QRect(inner.left(), inner.top(), inner.width(), title.height()),
                   Qt::AlignRight | Qt::AlignVCenter, keysHint());
    }
    p.setFont(titleFont());
    p.setPen(t.foreground);
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), title.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               title.elidedText(heading(m_index), Qt::ElideRight, inner.width()));
    p.setFont(captionFont());
    p.drawText(QRect(inner.left(), inner.top() + title.height() + 4, inner.width(),
                     inner.height() - title.height() - 4),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption());
}

} // namespace kvscope::widgets
