// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window's menus, toolbar and keys: MainWindow::buildActions(), apart from the
// window's layout and behaviour in mainwindow.cpp.
#include "mainwindow.h"

#include "explorer.h"
#include "exportdialog.h"
#include "helpmenu.h"
#include "latencychart.h"
#include "presetfeatures.h"
#include "scenariostore.h"
#include "tourplayer.h"

#include <QActionGroup>
#include <QMenuBar>
#include <QShortcut>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

#include <array>

namespace kvscope::app {

using namespace kvscope::widgets;

void MainWindow::buildActions()
{
    QUndoStack *undo = m_store->undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    // Both conventions, whatever the platform's key bindings say.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redoAction->setShortcuts(redoKeys);
    auto *reset = new QAction(tr("&Paper's example"), this);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reset->setToolTip(tr("Reset to the paper's running example: 34B at 50K on one A100 80GB "
                         "(Ctrl+R, undoable)"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetToPaperExample);

    m_presentationAction = new QAction(tr("P&resentation mode"), this);
    m_presentationAction->setCheckable(true);
    // F5 as in slide software, plus the platform's full-screen keys (F11, Ctrl+Shift+F on KDE).
    QList<QKeySequence> presentationKeys{QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_F11)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen))
        if (!presentationKeys.contains(key))
            presentationKeys.append(key);
    m_presentationAction->setShortcuts(presentationKeys);
    m_presentationAction->setToolTip(
        tr("Full screen, larger type, thicker lines, full contrast (F5; Esc leaves)"));
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);
    // Escape leaves presentation mode; otherwise it stays with the focused control (a typed
    // field uses it to abandon its text).
    m_leavePresentation = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QShortcut::activated, this,
            [this] { setPresentationMode(false); });

    auto *tour = new QAction(tr("Guided &tour of the paper"), this);
    tour->setShortcut(QKeySequence(Qt::Key_F6));
    tour->setToolTip(tr("The paper's argument in nine scenes: → or PgDn next, ← or PgUp back, "
                        "Esc ends and brings your scenario back (F6)"));
    connect(tour, &QAction::triggered, this, &MainWindow::startBuiltinTour);
    auto *tourFile = new QAction(tr("Tour from &file…"), this);
    tourFile->setToolTip(tr("Play a tour written as a JSON file (docs/tours.md)"));
    connect(tourFile, &QAction::triggered, this, &MainWindow::openTourFile);

    m_controlsAction = new QAction(tr("&Control panel"), this);
    m_controlsAction->setCheckable(true);
    m_controlsAction->setChecked(true);
    m_controlsAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_controlsAction->setToolTip(tr("Show or fold the control panel beside the charts (F9)"));
    connect(m_controlsAction, &QAction::toggled, this,
            [this](bool shown) { setControlsFolded(!shown); });

    m_unitsGroup = new QActionGroup(this);
    QAction *gib = m_unitsGroup->addAction(tr("Bytes in Gi&B (2³⁰)"));
    QAction *gb = m_unitsGroup->addAction(tr("Bytes in &GB (10⁹)"));
    gib->setData(int(model::ByteUnits::Binary));
    gb->setData(int(model::ByteUnits::Decimal));
    for (QAction *a : m_unitsGroup->actions()) {
        a->setCheckable(true);
        a->setChecked(model::ByteUnits(a->data().toInt()) == m_preferences.byteUnits);
    }
    connect(m_unitsGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setByteUnits(model::ByteUnits(a->data().toInt())); });

    m_themeGroup = new QActionGroup(this);
    const std::array<std::pair<QString, ThemeMode>, 3> themes = {
        std::pair{tr("Follow the &system"), ThemeMode::System},
        std::pair{tr("&Light"), ThemeMode::Light}, std::pair{tr("&Dark"), ThemeMode::Dark}};
    for (const auto &[text, mode] : themes) {
        QAction *a = m_themeGroup->addAction(text);
        a->setCheckable(true);
        a->setData(int(mode));
        a->setChecked(mode == m_preferences.theme);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { setThemeMode(ThemeMode(a->data().toInt())); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *exporter = new ExportActions(
        m_settings,
        [this] {
            return ExportContext{m_store->scenario(), m_theme, m_preferences.byteUnits,
                                 m_latency->logScale()};
        },
        this);
    m_presets = new PresetFeatures(this, m_settings, PresetFeatures::defaultFolder());
    file->addAction(m_presets->importAction());
    file->addAction(exporter->exportAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAction);
    edit->addAction(redoAction);
    edit->addSeparator();
    edit->addAction(reset);
    edit->addSeparator();
    edit->addMenu(exporter->copyMenu());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_presentationAction);
    view->addAction(m_controlsAction);
    view->addSeparator();
    view->addActions({tour, tourFile});
    view->addSeparator();
    view->addActions(m_unitsGroup->actions());
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    themeMenu->addActions(m_themeGroup->actions());
    view->addSeparator();
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *page =
            view->addAction(m_pages->tabText(i), this, [this, i] { m_pages->setCurrentIndex(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        addAction(page);
    }
    view->addSeparator();
    view->addActions({m_presets->libraryAction(), m_presets->compareAction()});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    fillHelpMenu(help, this);

    QToolBar *bar = addToolBar(tr("Explorer"));
    m_toolBar = bar;
    bar->setObjectName("explorerToolBar");
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The toolbar's Undo and Redo keep their short names and say what they undo in a tooltip (the
    // Edit menu's name it): the toolbar does not shift each time the last edit changes.
    const auto addStackButton = [bar, undo](const QString &name, void (QUndoStack::*perform)(),
                                            void (QUndoStack::*canChanged)(bool),
                                            void (QUndoStack::*textChanged)(const QString &),
                                            bool can) {
        QAction *button = bar->addAction(name, undo, perform);
        button->setEnabled(can);
        connect(undo, canChanged, button, &QAction::setEnabled);
        connect(undo, textChanged, button, [button, name](const QString &text) {
            button->setToolTip(text.isEmpty() ? name : tr("%1: %2").arg(name, text));
        });
        return button;
    };
    addStackButton(tr("Undo"), &QUndoStack::undo, &QUndoStack::canUndoChanged,
                   &QUndoStack::undoTextChanged, undo->canUndo())
        ->setObjectName(QStringLiteral("toolBarUndo"));
    addStackButton(tr("Redo"), &QUndoStack::redo, &QUndoStack::canRedoChanged,
                   &QUndoStack::redoTextChanged, undo->canRedo())
        ->setObjectName(QStringLiteral("toolBarRedo"));
    bar->addAction(reset);
    bar->addSeparator();
    bar->addAction(m_presentationAction);
    bar->addSeparator();
    bar->addActions(m_unitsGroup->actions());
    // Every action's shortcut works in presentation mode too, when the menu bar is hidden.
    addActions({undoAction, redoAction, reset, m_presentationAction, m_controlsAction, tour, quit,
                exporter->exportAction()});
    addActions(exporter->copyMenu()->actions());
    addActions({m_presets->libraryAction(), m_presets->compareAction(), m_presets->importAction()});
    addActions(help->actions());
}

} // namespace kvscope::app
