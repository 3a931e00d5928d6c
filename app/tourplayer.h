// SPDX-License-Identifier: GPL-3.0-or-later
// Plays a guided tour in the window: each scene's scenario goes to the Explorer (not to the
// undoable store, so a tour leaves no edits behind), the charts glide to it over 400 ms, the page
// it names comes forward, its number is outlined and its caption shown under the charts. Arrow
// keys, PgUp/PgDn (a presentation clicker) and Space step; Escape ends the tour, and the window
// then shows its own scenario again.
#pragma once

#include "tour.h"

#include <QList>
#include <QObject>

class QShortcut;
class QTabWidget;
class QVariantAnimation;
class QWidget;

namespace kvscope::widgets {
class Explorer;
class MetricsStrip;
class TourCaption;
} // namespace kvscope::widgets

namespace kvscope::app {

class TourPlayer : public QObject
{
    Q_OBJECT

public:
    /// What a tour drives in the window.
    struct Parts
    {
        widgets::Explorer *explorer = nullptr;
        QTabWidget *pages = nullptr;
        widgets::MetricsStrip *metrics = nullptr;
        widgets::TourCaption *caption = nullptr;
        QWidget *controls = nullptr; ///< disabled while a tour plays: the scene sets the values
    };

    /// The keys are shortcuts of `window`, live only while a tour plays.
    TourPlayer(const Parts &parts, QWidget *window);

    bool isPlaying() const { return m_playing; }
    const model::Tour &tour() const { return m_tour; }
    /// The scene shown (or being moved to), from 0.
    int scene() const { return m_scene; }
    /// The scenario the charts show now, part of the way between scenes during a move.
    const model::Scenario &shown() const { return m_shown; }
    /// The length of a move between scenes.
    static constexpr int kMoveMilliseconds = 400;

public slots:
    /// Starts `tour` at its first scene (without a move: the tour opens on it).
    void start(const kvscope::model::Tour &tour);
    void next();
    void previous();
    void stop();

signals:
    void started();
    /// The tour ended: the window shows its own scenario again.
    void stopped();
    void sceneChanged(int scene);

private:
    void goTo(int scene, bool move);
    void showScenario(const model::Scenario &scenario);

    Parts m_parts;
    QVariantAnimation *m_motion = nullptr;
    QList<QShortcut *> m_keys;
    model::Tour m_tour;
    model::Scenario m_from;
    model::Scenario m_shown;
    int m_scene = 0;
    int m_pageBefore = 0;
    bool m_playing = false;
};

} // namespace kvscope::app
