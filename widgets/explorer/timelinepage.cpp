// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepage.h"

#include "modelwords.h"
#include "parameterslider.h"
#include "timelinechart.h"
#include "wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace kvscope::widgets {

namespace {
/// The slider spans a lecture's worth of users; typed values may go to the table's 1,000.
} // namespace

TimelinePage::TimelinePage(QWidget *parent) : ExplorerPage(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(10, 4, 10, 0);
    m_users = new ParameterSlider(model::parameter("users"), ParameterSlider::Style::Compact, this);
    m_users->setMinimumWidth(360);
    m_ceiling = new WrappedLabel(this);
    m_ceiling->setObjectName("ceiling");
    m_ceiling->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_users, 2);
    row->addSpacing(16);
    row->addWidget(m_ceiling, 3);
    layout->addLayout(row);
    m_chart = new TimelineChart(this);
    layout->addWidget(m_chart, 1);

    connect(m_users, &ParameterSlider::valueEdited, this, [this](double value, bool continuous) {
        emit parameterEdited(m_users->key(), value, continuous);
    });
    connect(m_users->slider(), &QSlider::sliderReleased, this, &TimelinePage::editFinished);
    connect(m_users, &ParameterSlider::inputRejected, this, &TimelinePage::inputRejected);
}

QString TimelinePage::ceilingText() const
{
    return m_ceiling->text();
}

void TimelinePage::refresh(const model::ExplorerData &data)
{
    m_users->setValue(data.scenario.deployment.users);
    const model::Metrics &m = data.current;
    m_ceiling->setText(
        m.concurrency >= 1
            ? tr("HBM holds %1 at %2 tokens: beyond that, users wait in host memory and take "
                 "turns, swapped over PCIe.")
                  .arg(usersText(m.concurrency), QString::fromStdString(model::formatTokens(
                                                     data.scenario.deployment.context)))
            : tr("Not even one KV cache fits in HBM at %1 tokens.")
                  .arg(QString::fromStdString(
                      model::formatTokens(data.scenario.deployment.context))));
    m_chart->setData(data);
}

void TimelinePage::setControlsShown(bool shown)
{
    m_users->setVisible(shown);
    m_ceiling->setVisible(shown);
}

void TimelinePage::setTheme(const Theme &theme)
{
    m_ceiling->setFont(theme.font(11));
    m_chart->setTheme(theme);
}

void TimelinePage::setByteUnits(model::ByteUnits units)
{
    m_chart->setByteUnits(units);
}

} // namespace kvscope::widgets
