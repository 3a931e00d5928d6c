// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerpage.h"

#include "explorer.h"

namespace kvscope::widgets {

void ExplorerPage::follow(const Explorer *explorer)
{
    if (m_explorer)
        disconnect(m_explorer, nullptr, this, nullptr);
    m_explorer = explorer;
    connect(explorer, &Explorer::dataChanged, this, &ExplorerPage::explorerChanged);
    if (explorer->evaluationCount() > 0)
        explorerChanged();
}

void ExplorerPage::explorerChanged()
{
    m_dirty = true;
    if (isVisible())
        bringUpToDate();
}

void ExplorerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        bringUpToDate();
}

void ExplorerPage::bringUpToDate()
{
    if (!m_explorer)
        return;
    m_dirty = false;
    ++m_refreshCount;
    refresh(m_explorer->data());
}

} // namespace kvscope::widgets
