// A page of the window that brings itself up to date only while it is shown: a hidden page costs
// a slider step a copy of the data, and catches up once when it is opened.
#pragma once

#include "chartdata.h"

#include <QWidget>

namespace kvscope::widgets {

class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Times the page was brought up to date (none while hidden).
    int refreshCount() const { return m_refreshCount; }

public slots:
    void showData(const kvscope::model::ExplorerData &data);

protected:
    /// Shows `data` in the page's views.
    virtual void refresh(const model::ExplorerData &data) = 0;
    void showEvent(QShowEvent *event) override;

private:
    void bringUpToDate();

    model::ExplorerData m_data;
    bool m_dirty = false;
    int m_refreshCount = 0;
};

} // namespace kvscope::widgets
