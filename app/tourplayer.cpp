// SPDX-License-Identifier: GPL-3.0-or-later
#include "tourplayer.h"

#include "explorer.h"
#include "metricsstrip.h"
#include "scenemotion.h"
#include "tourcaption.h"

#include <QEasingCurve>
#include <QShortcut>
#include <QTabWidget>
#include <QVariantAnimation>

namespace kvscope::app {

using namespace kvscope::widgets;

namespace {

int pageIndex(model::TourPage page)
{
    switch (page) {
    case model::TourPage::Charts:
        return 0;
    case model::TourPage::Timeline:
        return 1;
    case model::TourPage::Compression:
        return 2;
    case model::TourPage::Plan:
        return 3;
    }
    return 0;
}

} // namespace

TourPlayer::TourPlayer(const Parts &parts, QWidget *window) : QObject(window), m_parts(parts)
{
    m_motion = new QVariantAnimation(this);
    m_motion->setStartValue(0.0);
    m_motion->setEndValue(1.0);
    m_motion->setDuration(kMoveMilliseconds);
    m_motion->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_motion, &QVariantAnimation::valueChanged, this, [this](const QVariant &t) {
        if (m_playing)
            showScenario(model::sceneBetween(m_from, m_tour.scenes[std::size_t(m_scene)].scenario,
                                             t.toDouble()));
    });

    const auto addKeys = [this, window](const QList<QKeySequence> &keys,
                                        void (TourPlayer::*step)()) {
        for (const QKeySequence &key : keys) {
            auto *shortcut = new QShortcut(key, window);
            shortcut->setEnabled(false);
            connect(shortcut, &QShortcut::activated, this, step);
            m_keys << shortcut;
        }
    };
    addKeys(
        {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)},
        &TourPlayer::next);
    addKeys({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}, &TourPlayer::previous);
    addKeys({QKeySequence(Qt::Key_Escape)}, &TourPlayer::stop);
}

void TourPlayer::start(const model::Tour &tour)
{
    if (tour.scenes.empty())
        return;
    if (m_playing)
        stop();
    m_tour = tour;
    m_playing = true;
    m_pageBefore = m_parts.pages->currentIndex();
    m_shown = m_parts.explorer->data().scenario;
    QStringList titles, captions;
    for (const model::TourScene &scene : m_tour.scenes) {
        titles << QString::fromStdString(scene.title);
        captions << QString::fromStdString(scene.caption);
    }
    m_parts.caption->setScenes(titles, captions);
    m_parts.controls->setEnabled(false);
    for (QShortcut *key : m_keys)
        key->setEnabled(true);
    emit started();
    goTo(0, false);
    // Shown last: the window first makes room for it (sceneChanged), so it never grows.
    m_parts.caption->show();
}

void TourPlayer::next()
{
    if (m_playing && m_scene + 1 < int(m_tour.scenes.size()))
        goTo(m_scene + 1, true);
}

void TourPlayer::previous()
{
    if (m_playing && m_scene > 0)
        goTo(m_scene - 1, true);
}

void TourPlayer::stop()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_motion->stop();
    for (QShortcut *key : m_keys)
        key->setEnabled(false);
    m_parts.caption->hide();
    m_parts.metrics->setHighlighted(model::TourHighlight::None);
    m_parts.controls->setEnabled(true);
    m_parts.pages->setCurrentIndex(m_pageBefore);
    emit stopped();
}

void TourPlayer::goTo(int scene, bool move)
{
    m_scene = scene;
    const model::TourScene &target = m_tour.scenes[std::size_t(scene)];
    m_parts.pages->setCurrentIndex(pageIndex(target.page));
    m_parts.metrics->setHighlighted(target.highlight);
    m_parts.caption->setScene(scene);
    emit sceneChanged(scene);
    m_motion->stop();
    // A move starts from what is shown, so a key pressed during a move turns it smoothly.
    m_from = m_shown;
    if (move) {
        m_motion->start();
    } else {
        showScenario(target.scenario);
    }
}

void TourPlayer::showScenario(const model::Scenario &scenario)
{
    m_shown = scenario;
    m_parts.explorer->setScenario(scenario);
}

} // namespace kvscope::app
