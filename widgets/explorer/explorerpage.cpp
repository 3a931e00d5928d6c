// SPDX-License-Identifier: GPL-3.0-or-later
#include "explorerpage.h"

namespace kvscope::widgets {

void ExplorerPage::showData(const model::ExplorerData &data)
{
    m_data = data;
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
    m_dirty = false;
    ++m_refreshCount;
    refresh(m_data);
}

} // namespace kvscope::widgets
