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
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    auto *grid = new QGridLayout(content);
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
    grid->addWidget(line, 1, 0, 1, 2);
    grid->addWidget(m_attention, 2, 0, 1, 2);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 5);
    grid->setRowStretch(2, 1);

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

void CompressionPage::setTheme(const Theme &theme)
{
    m_compression->setTheme(theme);
    m_distance->setTheme(theme);
    m_attention->setTheme(theme);
}

void CompressionPage::setByteUnits(model::ByteUnits units)
{
    m_distance->setByteUnits(units);
    m_attention->setByteUnits(units);
}

} // namespace kvscope::widgets
