// SPDX-License-Identifier: GPL-3.0-or-later
// The band under the charts while a tour plays: the scene's number and title, its caption in
// large type, and the keys that move on. Its height is that of the tour's longest caption at the
// current width, so stepping from scene to scene never moves the charts.
#pragma once

#include "theme.h"

#include <QStringList>
#include <QWidget>

namespace kvscope::widgets {

class TourCaption : public QWidget
{
    Q_OBJECT

public:
    explicit TourCaption(QWidget *parent = nullptr);

    /// The tour's scenes, title and caption each; shows the first.
    void setScenes(const QStringList &titles, const QStringList &captions);
    void setScene(int index);
    int scene() const { return m_index; }
    QString title() const { return m_titles.value(m_index); }
    QString caption() const { return m_captions.value(m_index); }
    void setTheme(const Theme &theme);

    /// The band's height at `width`: that of the longest caption. The band sets it as its fixed
    /// height itself (not through height-for-width layout, which would make a full-screen window
    /// grow while it lays out).
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QFont titleFont() const;
    QFont captionFont() const;
    QString heading(int index) const;
    QString keysHint() const;
    /// The caption's height for `index` at `width`.
    int captionHeight(int index, int width) const;
    void fitHeight();

    QStringList m_titles;
    QStringList m_captions;
    int m_index = 0;
    Theme m_theme = makeTheme(false, false);
};

} // namespace kvscope::widgets
