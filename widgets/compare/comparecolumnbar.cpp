// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecolumnbar.h"

#include "comparesetup.h"
#include "modelwords.h"
#include "parameters.h"
#include "parameterslider.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace kvscope::widgets {

namespace {

/// Marks the picker's item for a key that is none of the choices.
constexpr int kUnlistedRole = Qt::UserRole + 1;

} // namespace

CompareColumnBar::CompareColumnBar(int index, const QList<CompareChoice> &choices, QWidget *parent)
    : QWidget(parent), m_index(index)
{
    setObjectName(QStringLiteral("compareColumnBar%1").arg(index));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName("comparePicker");
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(12);
    m_picker->setToolTip(tr("The preset column %1 shows: a scenario, or hardware or a model put "
                            "into the explorer's scenario")
                             .arg(index + 1));
    m_picker->setAccessibleName(tr("Column %1 preset").arg(index + 1));
    row->addWidget(m_picker, 1);

    m_pin = new QToolButton(this);
    m_pin->setText(tr("Pin"));
    m_pin->setPopupMode(QToolButton::InstantPopup);
    m_pin->setToolTip(tr("Keep this column's own value of a shared control (context, GPUs, ...)"));
    auto *menu = new QMenu(m_pin);
    for (std::string_view key : model::sharedCompareKeys()) {
        const model::Parameter &param = model::parameter(key);
        QAction *action = menu->addAction(tr("Pin %1").arg(parameterLabel(param)));
        action->setCheckable(true);
        action->setData(QString::fromUtf8(key.data(), qsizetype(key.size())));
        connect(action, &QAction::toggled, this,
                [this, action](bool on) { emit pinToggled(action->data().toString(), on); });
    }
    m_pin->setMenu(menu);
    row->addWidget(m_pin);

    m_remove = new QToolButton(this);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove column %1 (a comparison keeps at least two)").arg(index + 1));
    m_remove->setAccessibleName(tr("Remove column %1").arg(index + 1));
    connect(m_remove, &QToolButton::clicked, this, &CompareColumnBar::removeRequested);
    row->addWidget(m_remove);
    layout->addLayout(row);
    m_pinnedLayout = new QVBoxLayout;
    m_pinnedLayout->setSpacing(0);
    layout->addLayout(m_pinnedLayout);

    setChoices(choices);
    connect(m_picker, &QComboBox::activated, this,
            [this](int i) { emit choicePicked(m_picker->itemData(i).toString()); });
}

QString CompareColumnBar::choice() const
{
    return m_picker->currentData().toString();
}

ParameterSlider *CompareColumnBar::pinnedSlider(const QString &key) const
{
    const auto it = m_sliders.find(key);
    return it == m_sliders.end() ? nullptr : it->second;
}

void CompareColumnBar::setChoices(const QList<CompareChoice> &choices)
{
    const QSignalBlocker block(m_picker);
    const QString current = choice();
    m_picker->clear();
    QString group;
    for (const CompareChoice &c : choices) {
        if (c.group != group) {
            // A group heading that cannot be picked.
            group = c.group;
            m_picker->addItem(group);
            auto *items = qobject_cast<QStandardItemModel *>(m_picker->model());
            QStandardItem *heading = items->item(m_picker->count() - 1);
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        m_picker->addItem(QStringLiteral("  ") + c.label, c.key);
        m_picker->setItemData(m_picker->count() - 1, c.key, Qt::ToolTipRole);
    }
    setChoice(current);
}

void CompareColumnBar::setChoice(const QString &key, const QString &label)
{
    const QSignalBlocker block(m_picker);
    if (!label.isEmpty() || key != m_unlistedKey) {
        m_unlistedKey = key;
        m_unlistedLabel = label;
    }
    // The unlisted entry, if any, is the last item and marked as such.
    const int last = m_picker->count() - 1;
    if (last >= 0 && m_picker->itemData(last, kUnlistedRole).toBool())
        m_picker->removeItem(last);
    int index = m_picker->findData(key);
    if (index < 0 && !key.isEmpty()) {
        m_picker->addItem(m_unlistedLabel.isEmpty() ? key : m_unlistedLabel, key);
        index = m_picker->count() - 1;
        m_picker->setItemData(index, key, Qt::ToolTipRole);
        m_picker->setItemData(index, true, kUnlistedRole);
    }
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

void CompareColumnBar::setPinned(const std::map<std::string, double> &pinned)
{
    for (QAction *action : m_pin->menu()->actions()) {
        const QSignalBlocker block(action);
        action->setChecked(pinned.count(action->data().toString().toStdString()) > 0);
    }
    for (auto it = m_sliders.begin(); it != m_sliders.end();) {
        if (!pinned.count(it->first.toStdString())) {
            delete it->second;
            it = m_sliders.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[key, value] : pinned) {
        const QString name = QString::fromStdString(key);
        ParameterSlider *&slider = m_sliders[name];
        if (!slider) {
            slider =
                new ParameterSlider(model::parameter(key), ParameterSlider::Style::Compact, this);
            slider->setToolTip(tr("Pinned: this column keeps its own value"));
            connect(slider, &ParameterSlider::valueEdited, this,
                    [this, name](double v) { emit pinnedEdited(name, v); });
            m_pinnedLayout->addWidget(slider);
        }
        slider->setValue(value);
    }
    m_pin->setText(pinned.empty() ? tr("Pin") : tr("Pinned %1").arg(pinned.size()));
}

void CompareColumnBar::setRemovable(bool on)
{
    m_remove->setEnabled(on);
}

} // namespace kvscope::widgets
