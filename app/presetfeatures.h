// SPDX-License-Identifier: GPL-3.0-or-later
// The preset library (a dock) and the compare window, attached to the explorer window: their
// menu actions, the drop target for preset files, and the signals that keep them in step with
// the explorer (its scenario, theme and byte units). The main window only adds the actions.
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QSettings;

namespace kvscope::widgets {
class CompareView;
class PresetLibrary;
} // namespace kvscope::widgets

namespace kvscope::app {

class MainWindow;

class PresetFeatures : public QObject
{
    Q_OBJECT

public:
    /// User presets live in `folder` (the app-data folder's "presets" by default).
    PresetFeatures(MainWindow *window, QSettings &settings, const QString &folder);

    /// "<app data>/presets".
    static QString defaultFolder();

    widgets::PresetLibrary *library() const { return m_library; }
    QDockWidget *libraryDock() const { return m_dock; }
    /// The compare window, made on first use.
    widgets::CompareView *compareView();

    QAction *libraryAction() const { return m_libraryAction; }
    QAction *compareAction() const { return m_compareAction; }
    QAction *importAction() const { return m_importAction; }

private:
    MainWindow *m_window = nullptr;
    QSettings &m_settings;
    widgets::PresetLibrary *m_library = nullptr;
    QDockWidget *m_dock = nullptr;
    widgets::CompareView *m_compare = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace kvscope::app
