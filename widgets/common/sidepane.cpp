// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidepane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QStyleOptionToolButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kvscope::widgets {

namespace {

/// A tool button whose text runs bottom to top, for the folded strip.
class VerticalButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        const QSize label = fontMetrics().size(Qt::TextSingleLine, text());
        return {fontMetrics().height() + 12, label.width() + 24};
    }
    QSize minimumSizeHint() const override { return {fontMetrics().height() + 12, 0}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QStyleOptionToolButton option;
        initStyleOption(&option);
        option.text.clear();
        style()->drawComplexControl(QStyle::CC_ToolButton, &option, &p, this);
        p.translate(0, height());
        p.rotate(-90);
        p.setPen(palette().color(QPalette::ButtonText));
        p.drawText(QRect(0, 0, height(), width()), Qt::AlignCenter, text());
    }
};

} // namespace

SidePane::SidePane(const QString &name, QWidget *content, QWidget *parent)
    : QWidget(parent), m_content(content)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_fold = new QToolButton;
    m_fold->setObjectName(QStringLiteral("sidePaneFold"));
    m_fold->setAutoRaise(true);
    m_fold->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 4, 0);
    top->addStretch(1);
    top->addWidget(m_fold);
    layout->addLayout(top);
    layout->addWidget(content, 1);
    m_unfold = new VerticalButton;
    m_unfold->setObjectName(QStringLiteral("sidePaneUnfold"));
    m_unfold->setAutoRaise(true);
    m_unfold->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    layout->addWidget(m_unfold, 1);
    m_fold->setText(tr("◀ Hide"));
    m_fold->setToolTip(tr("Fold this panel to a strip, so the charts take the width"));
    m_unfold->setText(tr("▶ %1").arg(name));
    m_unfold->setToolTip(tr("Unfold the panel"));
    connect(m_fold, &QToolButton::clicked, this, [this] { setFolded(true); });
    connect(m_unfold, &QToolButton::clicked, this, [this] { setFolded(false); });
    updateButtons();
}

int SidePane::stripWidth() const
{
    return m_unfold->sizeHint().width();
}

void SidePane::setFolded(bool folded)
{
    if (folded == m_folded)
        return;
    m_folded = folded;
    updateButtons();
    emit foldedChanged(folded);
}

void SidePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateButtons();
    QWidget::changeEvent(event);
}

void SidePane::updateButtons()
{
    m_fold->setVisible(!m_folded);
    m_content->setVisible(!m_folded);
    m_unfold->setVisible(m_folded);
    if (m_folded) {
        setMinimumWidth(stripWidth());
        setMaximumWidth(stripWidth());
    } else {
        setMinimumWidth(0);
        setMaximumWidth(QWIDGETSIZE_MAX);
    }
}

} // namespace kvscope::widgets
