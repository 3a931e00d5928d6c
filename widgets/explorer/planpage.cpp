// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpage.h"

#include "modeltext.h"
#include "modelwords.h"
#include "wrappedlabel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kvscope::widgets {

namespace {

constexpr const char *kUsersKey = "plan/users";
constexpr const char *kTtftKey = "plan/ttftSeconds";
constexpr const char *kTpotKey = "plan/tpotMilliseconds";
constexpr const char *kMaxGpusKey = "plan/maxGpus";

QString deployment(const model::PlanOption &o)
{
    return QObject::tr("%1 GPUs: %2 × TP%3").arg(o.gpus).arg(o.replicas).arg(o.tp);
}

} // namespace

PlanPage::PlanPage(QSettings &settings, QWidget *parent)
    : ExplorerPage(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_users = new QSpinBox(this);
    m_users->setObjectName("planUsers");
    m_users->setRange(1, 1000);
    m_users->setSuffix(tr(" users"));
    m_users->setToolTip(tr("Concurrent users to hold at the scenario's context (U)"));
    m_ttft = new QDoubleSpinBox(this);
    m_ttft->setObjectName("planTtft");
    m_ttft->setRange(0, 3600);
    m_ttft->setDecimals(2);
    m_ttft->setSingleStep(0.5);
    m_ttft->setSuffix(tr(" s"));
    m_ttft->setSpecialValueText(tr("no target"));
    m_ttft->setToolTip(tr("Time to first token every user must get, at the expected band's high "
                          "end (0 = no target)"));
    m_tpot = new QDoubleSpinBox(this);
    m_tpot->setObjectName("planTpot");
    m_tpot->setRange(0, 10000);
    m_tpot->setDecimals(1);
    m_tpot->setSingleStep(5);
    m_tpot->setSuffix(tr(" ms"));
    m_tpot->setSpecialValueText(tr("no target"));
    m_tpot->setToolTip(tr("Time per output token while every user decodes, at the expected "
                          "band's high end (0 = no target)"));
    m_maxGpus = new QSpinBox(this);
    m_maxGpus->setObjectName("planMaxGpus");
    m_maxGpus->setRange(1, 100000);
    m_maxGpus->setSuffix(tr(" GPUs"));
    m_maxGpus->setToolTip(tr("The largest deployment the plan may propose"));
    form->addRow(tr("&Users:"), m_users);
    form->addRow(tr("&TTFT target:"), m_ttft);
    form->addRow(tr("T&POT target:"), m_tpot);
    form->addRow(tr("&At most:"), m_maxGpus);
    layout->addLayout(form);

    m_answer = new WrappedLabel(this);
    m_answer->setObjectName("planAnswer");
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_answer);

    m_table = new QTableWidget(this);
    m_table->setObjectName("planOptions");
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels(
        {tr("Deployment"), tr("Users per replica"), tr("TTFT expected"), tr("TTFT peak"),
         tr("TPOT expected"), tr("TPOT peak"), tr("Per hour"), tr("Per M output tokens")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setToolTip(tr("The smallest deployment and the other tensor-parallel degrees that "
                           "need as many GPUs; 'peak' is the theoretical peak, 'expected' the "
                           "band's high end the targets are checked against"));
    layout->addWidget(m_table, 1);

    m_note = new WrappedLabel(this);
    m_note->setObjectName("planNote");
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("Each replica is one tensor-parallel group of the scenario's hardware; a "
                       "TP degree divides the query heads and divides or is a multiple of the KV "
                       "heads. The decode batch of a replica is its share of the users, at most "
                       "what its HBM holds. Cost: on-demand list price per GPU-hour from the "
                       "hardware preset."));
    layout->addWidget(m_note);

    m_users->setValue(settings.value(kUsersKey, 20).toInt());
    m_ttft->setValue(settings.value(kTtftKey, 0.0).toDouble());
    m_tpot->setValue(settings.value(kTpotKey, 0.0).toDouble());
    m_maxGpus->setValue(settings.value(kMaxGpusKey, 1024).toInt());
    for (QSpinBox *box : {m_users, m_maxGpus})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            replan();
            saveTargets();
        });
    for (QDoubleSpinBox *box : {m_ttft, m_tpot})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            replan();
            saveTargets();
        });
}

model::PlanRequest PlanPage::request() const
{
    return {.users = m_users->value(),
            .ttftSeconds = m_ttft->value(),
            .tpotSeconds = m_tpot->value() / 1000,
            .maxGpus = m_maxGpus->value()};
}

QString PlanPage::answer() const
{
    return m_answer->text();
}

void PlanPage::saveTargets()
{
    m_settings.setValue(kUsersKey, m_users->value());
    m_settings.setValue(kTtftKey, m_ttft->value());
    m_settings.setValue(kTpotKey, m_tpot->value());
    m_settings.setValue(kMaxGpusKey, m_maxGpus->value());
}

void PlanPage::refresh(const model::ExplorerData &data)
{
    m_scenario = data.scenario;
    m_hasScenario = true;
    replan();
}

void PlanPage::replan()
{
    if (!m_hasScenario)
        return;
    const model::PlanRequest req = request();
    m_plan = model::planDeployment(m_scenario, req);
    const QString what =
        tr("%1 at %2 tokens, %3 (%4) on %5")
            .arg(usersText(req.users), q(model::formatTokens(m_scenario.deployment.context)),
                 q(m_scenario.model.name),
                 q(std::string(model::dtypeName(m_scenario.deployment.weightDtype))),
                 q(m_scenario.hardware.name));
    const bool priced = m_scenario.hardware.gpuHourUsd > 0;
    if (!m_plan.best) {
        m_answer->setText(tr("<b>Nothing fits</b> for %1: %2.")
                              .arg(what.toHtmlEscaped(), q(m_plan.reason).toHtmlEscaped()));
        m_table->setRowCount(0);
        return;
    }
    const model::PlanOption &best = *m_plan.best;
    QString text = tr("<b>%1</b> hold %2.").arg(deployment(best), what.toHtmlEscaped());
    if (m_plan.peakOnly && m_plan.peakOnly->gpus != best.gpus)
        text += tr(" The theoretical peak alone would need %1.").arg(deployment(*m_plan.peakOnly));
    else
        text += tr(" The theoretical peak needs as many.");
    if (priced)
        text += tr(" %1 per hour.").arg(q(model::formatUsd(best.costPerHour)));
    m_answer->setText(text);

    std::vector<model::PlanOption> rows{best};
    rows.insert(rows.end(), m_plan.alternatives.begin(), m_plan.alternatives.end());
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const model::PlanOption &o = rows[std::size_t(r)];
        const QStringList cells = {
            deployment(o),
            tr("%1 of %2").arg(o.usersPerReplica).arg(usersText(o.capacityPerReplica)),
            seconds(o.ttftSeconds),
            seconds(o.ttftPeak),
            seconds(o.tpotSeconds),
            seconds(o.tpotPeak),
            priced ? q(model::formatUsd(o.costPerHour)) : tr("no price"),
            priced ? q(model::formatUsd(o.costPerMillionOutputTokens)) : tr("no price")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = m_table->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(r, c, item);
            }
            item->setText(cells[c]);
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                          : Qt::AlignRight | Qt::AlignVCenter);
        }
    }
}

void PlanPage::setTheme(const Theme &theme)
{
    m_theme = theme;
    m_answer->setFont(theme.font(13));
}

void PlanPage::setByteUnits(model::ByteUnits)
{
    // The plan shows no bytes.
}

} // namespace kvscope::widgets
