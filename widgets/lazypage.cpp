#include "lazypage.h"

namespace kvscope::widgets {

void LazyPage::showData(const model::ExplorerData &data)
{
    m_data = data;
    m_dirty = true;
    if (isVisible())
        bringUpToDate();
}

void LazyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        bringUpToDate();
}

void LazyPage::bringUpToDate()
{
    m_dirty = false;
    ++m_refreshCount;
    refresh(m_data);
}

} // namespace kvscope::widgets
