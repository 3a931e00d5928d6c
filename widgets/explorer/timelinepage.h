// SPDX-License-Identifier: GPL-3.0-or-later
// The window's "Session timeline" page: the active-users slider (from the parameter table, so it
// agrees with `--users`) above the timeline chart. Edits leave by signal, as the control panel's.
#pragma once

#include "explorerpage.h"
#include "theme.h"

class QLabel;

namespace kvscope::widgets {

class ParameterSlider;
class TimelineChart;

class TimelinePage : public ExplorerPage
{
    Q_OBJECT

public:
    explicit TimelinePage(QWidget *parent = nullptr);

    ParameterSlider *usersSlider() const { return m_users; }
    /// Shows or hides the users slider and the note beside it: a tour sets the users itself, and
    /// on a small projector the chart needs their room beside the tour's caption.
    void setControlsShown(bool shown);
    TimelineChart *chart() const { return m_chart; }
    QString ceilingText() const;

    void setTheme(const kvscope::widgets::Theme &theme) override;
    void setByteUnits(kvscope::model::ByteUnits units) override;

protected:
    void refresh(const model::ExplorerData &data) override;

private:
    ParameterSlider *m_users = nullptr;
    QLabel *m_ceiling = nullptr;
    TimelineChart *m_chart = nullptr;
};

} // namespace kvscope::widgets
