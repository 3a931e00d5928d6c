// SPDX-License-Identifier: GPL-3.0-or-later
// What the window tests share: a fresh, temporary session for every test, and the window opened on
// it at the benchmark's 1600 x 1000, shown (offscreen) and exposed.
#pragma once

#include "mainwindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace kvscope {

class WindowSession
{
public:
    /// Forgets the last session: the next window starts from the paper's example.
    void reset()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<QSettings>(m_dir->filePath("kvscope.ini"), QSettings::IniFormat);
    }

    QSettings &settings() { return *m_settings; }

    /// nullptr when the window was never exposed.
    std::unique_ptr<app::MainWindow> openWindow()
    {
        auto window = std::make_unique<app::MainWindow>(*m_settings);
        window->resize(1600, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kvscope
