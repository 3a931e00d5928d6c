// SPDX-License-Identifier: GPL-3.0-or-later
#include "compressionpage.h"

#include "attentionvariantspanel.h"
#include "compressionpanel.h"
#include "distancepanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kvscope::widgets {

CompressionPage::CompressionPage(QWidget *parent) : ExplorerPage(parent)
{
    // The page scrolls rather than widen the window when its tables outgrow a small screen.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    auto *grid = new QGridLayout(content);
    m_grid = grid;
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setSpacing(10);
    m_compression = new CompressionPanel(content);
    m_distance = new DistancePanel(content);
    m_attention = new AttentionVariantsPanel(content);
    auto *line = new QFrame(content);
    line->setFrameShape(QFrame::HLine);
    line->setForegroundRole(QPalette::Mid);
    grid->addWidget(m_compression, 0, 0);
    grid->addWidget(m_distance, 0, 1);
    grid->addWidget(line, 2, 0, 1, 2);
    // The attention table has a column per figure: where the page is narrower it scrolls by
    // itself, and the tables above keep the page's width.
    auto *attentionScroll = new QScrollArea(content);
    attentionScroll->setWidget(m_attention);
    attentionScroll->setWidgetResizable(true);
    attentionScroll->setFrameShape(QFrame::NoFrame);
    attentionScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    attentionScroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    attentionScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    grid->addWidget(attentionScroll, 3, 0, 1, 2);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 5);
    grid->setRowStretch(4, 1);

    connect(m_compression, &CompressionPanel::parameterEdited, this,
            &CompressionPage::parameterEdited);
    connect(m_compression, &CompressionPanel::editFinished, this, &CompressionPage::editFinished);
    connect(m_compression, &CompressionPanel::compressionPicked, this,
            &CompressionPage::compressionPicked);
    connect(m_compression, &CompressionPanel::inputRejected, this, &CompressionPage::inputRejected);
}

void CompressionPage::refresh(const model::ExplorerData &data)
{
    const model::CompressionView view = model::compressionView(data);
    m_compression->setValues(data, view);
    m_distance->setValues(data, view);
    m_attention->setValues(data, view);
}

void CompressionPage::resizeEvent(QResizeEvent *event)
{
    ExplorerPage::resizeEvent(event);
    arrange();
}

void CompressionPage::arrange()
{
    const int besideWidth = m_compression->minimumSizeHint().width() +
                            m_distance->minimumSizeHint().width() + m_grid->horizontalSpacing() +
                            m_grid->contentsMargins().left() + m_grid->contentsMargins().right();
    const bool stack = m_scroll->viewport()->width() < besideWidth;
    if (stack == m_stacked)
        return;
    m_stacked = stack;
    m_grid->removeWidget(m_distance);
    if (stack)
        m_grid->addWidget(m_distance, 1, 0, 1, 2);
    else
        m_grid->addWidget(m_distance, 0, 1);
    // Stacked, the what-if takes the whole width too.
    m_grid->removeWidget(m_compression);
    m_grid->addWidget(m_compression, 0, 0, 1, stack ? 2 : 1);
}

void CompressionPage::setTheme(const Theme &theme)
{
    m_compression->setTheme(theme);
    m_distance->setTheme(theme);
    m_attention->setTheme(theme);
    arrange();
}

void CompressionPage::setByteUnits(model::ByteUnits units)
{
    m_distance->setByteUnits(units);
    m_attention->setByteUnits(units);
}

} // namespace kvscope::widgets
