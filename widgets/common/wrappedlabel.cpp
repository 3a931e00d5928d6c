// SPDX-License-Identifier: GPL-3.0-or-later
#include "wrappedlabel.h"

#include <algorithm>

namespace kvscope::widgets {

namespace {
/// Widths a label is asked about between two texts: a few per layout pass.
constexpr qsizetype kRememberedWidths = 16;
} // namespace

WrappedLabel::WrappedLabel(QWidget *parent) : WrappedLabel(QString(), parent) {}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

void WrappedLabel::checkKey() const
{
    const QMargins m = contentsMargins();
    const QString key = QStringLiteral("%1|%2|%3,%4,%5,%6|%7|%8")
                            .arg(font().key())
                            .arg(int(textFormat()))
                            .arg(m.left())
                            .arg(m.top())
                            .arg(m.right())
                            .arg(m.bottom())
                            .arg(indent())
                            .arg(text());
    if (key == m_key)
        return;
    m_key = key;
    m_heights.clear();
    m_minimum.reset();
    m_size.reset();
}

int WrappedLabel::heightForWidth(int width) const
{
    checkKey();
    if (const auto found = m_heights.constFind(width); found != m_heights.constEnd())
        return *found;
    if (m_heights.size() >= kRememberedWidths)
        m_heights.clear();
    return m_heights[width] = QLabel::heightForWidth(width);
}

QSize WrappedLabel::minimumSizeHint() const
{
    // QLabel works its minimum out by laying the text out at several widths; a wrapped text only
    // needs room for a short word across and a line down (its layout asks heightForWidth() for
    // the real height).
    checkKey();
    if (!m_minimum) {
        const QMargins m = contentsMargins();
        m_minimum = QSize(12 * fontMetrics().averageCharWidth() + m.left() + m.right(),
                          fontMetrics().lineSpacing() + m.top() + m.bottom());
    }
    return *m_minimum;
}

QSize WrappedLabel::sizeHint() const
{
    // QLabel also searches several widths for a pleasing shape; this one takes the width its
    // layout gives it and asks for the height of the text there.
    checkKey();
    if (!m_size || m_sizeWidth != width()) {
        m_sizeWidth = width();
        const int minimumWidth = minimumSizeHint().width();
        m_size = QSize(minimumWidth, heightForWidth(std::max(width(), minimumWidth)));
    }
    return *m_size;
}

} // namespace kvscope::widgets
