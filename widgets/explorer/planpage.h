// SPDX-License-Identifier: GPL-3.0-or-later
// The window's "Plan" page: how many GPUs hold U users at the scenario's context and meet TTFT and
// TPOT targets at the expected band's high end (model/plan.h), as replicas x a tensor-parallel
// degree, with the cost. It answers on every scenario change while shown, like the charts, and
// remembers its targets in QSettings ("plan/...").
#pragma once

#include "explorerpage.h"
#include "plan.h"

class QDoubleSpinBox;
class QLabel;
class QSettings;
class QSpinBox;
class QTableWidget;

namespace kvscope::widgets {

class PlanPage : public ExplorerPage
{
    Q_OBJECT

public:
    explicit PlanPage(QSettings &settings, QWidget *parent = nullptr);

    QSpinBox *usersBox() const { return m_users; }
    QDoubleSpinBox *ttftBox() const { return m_ttft; }
    QDoubleSpinBox *tpotBox() const { return m_tpot; }
    QSpinBox *maxGpusBox() const { return m_maxGpus; }
    /// The answer as the page shows it ("16 GPUs: 2 × TP8 ...").
    QString answer() const;
    QTableWidget *options() const { return m_table; }
    const model::Plan &plan() const { return m_plan; }
    model::PlanRequest request() const;

    void setTheme(const kvscope::widgets::Theme &theme) override;
    void setByteUnits(kvscope::model::ByteUnits units) override;

protected:
    void refresh(const model::ExplorerData &data) override;

private:
    /// Plans again for the last scenario and the current targets.
    void replan();
    void saveTargets();

    QSettings &m_settings;
    QSpinBox *m_users = nullptr;
    QDoubleSpinBox *m_ttft = nullptr;
    QDoubleSpinBox *m_tpot = nullptr;
    QSpinBox *m_maxGpus = nullptr;
    QLabel *m_answer = nullptr;
    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
    model::Scenario m_scenario;
    bool m_hasScenario = false;
    model::Plan m_plan;
    Theme m_theme = makeTheme(false, false);
};

} // namespace kvscope::widgets
