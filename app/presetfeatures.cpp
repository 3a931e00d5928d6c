// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetfeatures.h"

#include "compareview.h"
#include "mainwindow.h"
#include "presetlibrary.h"
#include "scenariostore.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>

namespace kvscope::app {

using namespace kvscope::widgets;

namespace {

/// The user's readable presets as compare-view choices (their files are what the columns load).
QList<CompareChoice> userChoices(const PresetLibrary &library)
{
    QList<CompareChoice> choices;
    for (const model::StoredPreset &stored : library.userPresets())
        if (stored.preset)
            choices << CompareChoice{QString::fromStdString(stored.path),
                                     QString::fromStdString(model::presetName(*stored.preset)),
                                     QObject::tr("My presets")};
    return choices;
}

} // namespace

QString PresetFeatures::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("presets"));
}

PresetFeatures::PresetFeatures(MainWindow *window, QSettings &settings, const QString &folder)
    : QObject(window), m_window(window), m_settings(settings)
{
    m_library = new PresetLibrary(folder, window->store());
    m_dock = new QDockWidget(tr("Presets"), window);
    m_dock->setObjectName("presetDock");
    m_dock->setWidget(m_library);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_library->acceptDropsOn(window);

    m_libraryAction = m_dock->toggleViewAction();
    m_libraryAction->setText(tr("Preset &library"));
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_libraryAction->setToolTip(tr("Built-in and saved presets: apply, save, import, export "
                                   "(Ctrl+L)"));

    m_compareAction = new QAction(tr("&Compare presets…"), this);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_compareAction->setToolTip(tr("2 to 4 scenarios or hardware side by side on the same axes "
                                   "(Ctrl+K)"));
    connect(m_compareAction, &QAction::triggered, this, [this] {
        CompareView *view = compareView();
        view->setBaseScenario(m_window->store()->scenario());
        view->show();
        view->raise();
        view->activateWindow();
    });

    m_importAction = new QAction(tr("&Import preset…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_importAction->setToolTip(tr("Import a kvscope preset or a Hugging Face config.json into "
                                  "your presets (Ctrl+O; or drop files on the window)"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        m_dock->show();
        m_library->promptImport();
    });
}

CompareView *PresetFeatures::compareView()
{
    if (m_compare)
        return m_compare;
    m_compare = new CompareView(m_settings, m_window->store()->scenario(),
                                CompareView::choicesFor(userChoices(*m_library)), m_window);
    m_compare->setWindowFlag(Qt::Window);
    m_compare->setTheme(m_window->theme());
    m_compare->setByteUnits(m_window->preferences().byteUnits);
    m_compare->resize(1600, 1000);
    connect(m_window, &MainWindow::themeChanged, m_compare, &CompareView::setTheme);
    connect(m_window, &MainWindow::byteUnitsChanged, m_compare, &CompareView::setByteUnits);
    connect(m_window->store(), &ScenarioStore::scenarioChanged, m_compare,
            [this](const model::Scenario &s) { m_compare->setBaseScenario(s); });
    connect(m_library, &PresetLibrary::presetsChanged, m_compare,
            [this] { m_compare->setChoices(CompareView::choicesFor(userChoices(*m_library))); });
    return m_compare;
}

} // namespace kvscope::app
