// SPDX-License-Identifier: GPL-3.0-or-later
// A word-wrapped QLabel that is cheap to lay out. QLabel lays its text out afresh for every
// heightForWidth() query and at several widths for sizeHint() and minimumSizeHint(), and the
// window's layouts ask each wrapped label several times per slider step, on every page (a
// QStackedLayout asks the hidden pages too). This one takes the width its layout gives it, lays
// the text out once per width and answers from a cache until its text, font or margins change.
#pragma once

#include <QHash>
#include <QLabel>

#include <optional>

namespace kvscope::widgets {

class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    /// Forgets the answers when what they depend on has changed since they were given.
    void checkKey() const;

    mutable QString m_key;
    mutable QHash<int, int> m_heights;
    mutable std::optional<QSize> m_minimum;
    mutable std::optional<QSize> m_size;
    /// The width m_size was computed at.
    mutable int m_sizeWidth = -1;
};

} // namespace kvscope::widgets
