// SPDX-License-Identifier: GPL-3.0-or-later
// A page of the window beside the four charts (the session timeline, the compression what-if, the
// plan). It edits the scenario only by signal, as the control panel does, and brings itself up to
// date from the explorer only while shown: a hidden page costs a slider step nothing, and catches
// up once when it is opened.
#pragma once

#include "explorerdata.h"
#include "theme.h"
#include "units.h"

#include <QPointer>

#include <QWidget>

namespace kvscope::widgets {

class Explorer;

class ExplorerPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Times the page was brought up to date (none while hidden).
    int refreshCount() const { return m_refreshCount; }

    /// Shows what `explorer` evaluates, now and on every change.
    void follow(const Explorer *explorer);

public slots:
    virtual void setTheme(const kvscope::widgets::Theme &theme) = 0;
    virtual void setByteUnits(kvscope::model::ByteUnits units) = 0;

signals:
    /// A parameter-table value in the parameter's unit (`continuous` while a slider is dragged).
    void parameterEdited(const QString &key, double value, bool continuous);
    /// A slider drag ended.
    void editFinished();
    void inputRejected(const QString &message);

protected:
    /// Shows `data` in the page's views.
    virtual void refresh(const model::ExplorerData &data) = 0;
    void showEvent(QShowEvent *event) override;

private:
    void bringUpToDate();
    void explorerChanged();

    QPointer<const Explorer> m_explorer;
    bool m_dirty = false;
    int m_refreshCount = 0;
};

} // namespace kvscope::widgets
