// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "builtins.h"
#include "chartkinds.h"
#include "collapsiblesection.h"
#include "compressionpage.h"
#include "controlpanel.h"
#include "explorer.h"
#include "exportdialog.h"
#include "helpmenu.h"
#include "inputerror.h"
#include "latencychart.h"
#include "metricsstrip.h"
#include "modelwords.h"
#include "parameterslider.h"
#include "planpage.h"
#include "presetfeatures.h"
#include "scenariostore.h"
#include "sidepane.h"
#include "timelinepage.h"
#include "tourcaption.h"
#include "tourplayer.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace kvscope::app {

using namespace kvscope::widgets;

namespace {

/// The point size the window's layout and charts were drawn at.
constexpr double kDesignPointSize = 10.5;
constexpr double kMinDesktopPointSize = 9.0;

constexpr auto kGeometryKey = "window/geometry";
constexpr auto kStateKey = "window/state";
constexpr auto kSplitterKey = "window/splitter";
constexpr auto kSectionsKey = "window/expandedSections";
constexpr auto kControlsFoldedKey = "window/controlsFolded";
constexpr auto kPresentationControlsFoldedKey = "window/presentationControlsFolded";
/// Below this screen width presentation mode starts with the control panel folded: at 1.5x type
/// the panel would take a third of the width the charts need.
constexpr int kRoomyPresentationWidth = 1400;
} // namespace

MainWindow::MainWindow(QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setObjectName("kvscopeMainWindow");
    m_preferences = loadPreferences(settings);
    const model::Scenario initial =
        loadScenario(settings, model::builtinResolver()).value_or(model::paperExample());
    m_store = new ScenarioStore(initial, this);

    m_controls = new ControlPanel(model::builtinModels(), model::builtinHardware());
    auto *scroll = new QScrollArea;
    m_controlsScroll = scroll;
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(300);

    m_metrics = new MetricsStrip;
    m_explorer = new Explorer(this);
    auto *right = new QWidget;
    auto *grid = new QGridLayout(right);
    m_chartGrid = grid;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (const ChartKind *kind : chartPageKinds()) {
        ChartWidget *chart = kind->create();
        grid->addWidget(chart, kind->row, kind->column);
        m_charts << chart;
        m_explorer->addChart(chart);
    }
    for (int i = 0; i < grid->rowCount(); ++i)
        grid->setRowStretch(i, 1);
    for (int i = 0; i < grid->columnCount(); ++i)
        grid->setColumnStretch(i, 1);
    m_latency = chart<LatencyChart>();

    // The session timeline and the compression what-if get pages of their own beside the charts.
    m_timeline = new TimelinePage;
    m_compressionPage = new CompressionPage;
    m_pages = new QTabWidget;
    m_pages->setDocumentMode(true);
    m_pages->addTab(right, tr("Charts"));
    m_pages->addTab(m_timeline, tr("Session timeline"));
    m_pages->addTab(m_compressionPage, tr("Compression && attention"));
    // How many GPUs the scenario's users need, at the expected band's high end.
    m_planPage = new PlanPage(m_settings);
    m_pages->addTab(m_planPage, tr("Plan"));
    m_pages->setTabToolTip(3, tr("The fewest GPUs that hold the users and meet the TTFT and TPOT "
                                 "targets (Ctrl+4)"));

    m_controlsPane = new SidePane(tr("Controls"), scroll);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_controlsPane);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({370, 1230});
    // The numbers span the whole width: they are what the back of the room reads first.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_metrics);
    centralLayout->addWidget(m_splitter, 1);
    m_tourCaption = new TourCaption(central);
    centralLayout->addWidget(m_tourCaption);
    m_tourCaption->hide();
    setCentralWidget(central);
    m_tour = new TourPlayer({m_explorer, m_pages, m_metrics, m_tourCaption, m_controlsPane}, this);
    connect(this, &MainWindow::themeChanged, m_tourCaption, &TourCaption::setTheme);
    connect(m_tour, &TourPlayer::sceneChanged, this, &MainWindow::fitTourLayout);
    connect(m_tour, &TourPlayer::stopped, this, &MainWindow::fitTourLayout);
    // A tour's Escape ends the tour; presentation mode's waits until it has. An ended tour gives
    // the window its own scenario back.
    connect(m_tour, &TourPlayer::started, this, [this] { m_leavePresentation->setEnabled(false); });
    connect(m_tour, &TourPlayer::stopped, this, [this] {
        m_leavePresentation->setEnabled(m_presentation);
        showScenario(m_store->scenario());
    });

    // Values flow one way: controls -> store -> one evaluation -> every view.
    connect(m_controls, &ControlPanel::parameterEdited, m_store, &ScenarioStore::setParameter);
    connect(m_controls, &ControlPanel::editFinished, m_store, &ScenarioStore::endContinuousEdit);
    connect(m_controls, &ControlPanel::optionPicked, m_store, &ScenarioStore::setOption);
    connect(m_controls, &ControlPanel::modelPicked, this, [this](const QString &id) {
        if (const model::ModelSpec *spec = model::findBuiltinModel(id.toStdString()))
            m_store->setModel(*spec);
    });
    connect(m_controls, &ControlPanel::hardwarePicked, this, [this](const QString &id) {
        if (const model::HardwareSpec *spec = model::findBuiltinHardware(id.toStdString()))
            m_store->setHardware(*spec);
    });
    connect(m_controls, &ControlPanel::inputRejected, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_store, &ScenarioStore::scenarioChanged, this, &MainWindow::showScenario);

    connect(m_explorer, &Explorer::valuesChanged, m_controls, &ControlPanel::setValues);
    connect(m_explorer, &Explorer::valuesChanged, m_metrics, &MetricsStrip::setValues);
    connect(this, &MainWindow::byteUnitsChanged, m_controls, &ControlPanel::setByteUnits);
    connect(this, &MainWindow::byteUnitsChanged, m_metrics, &MetricsStrip::setByteUnits);
    connect(this, &MainWindow::themeChanged, m_metrics, &MetricsStrip::setTheme);
    for (ChartWidget *chart : charts()) {
        connect(this, &MainWindow::byteUnitsChanged, chart, &ChartWidget::setByteUnits);
        connect(this, &MainWindow::themeChanged, chart, &ChartWidget::setTheme);
    }
    for (ExplorerPage *page :
         std::initializer_list<ExplorerPage *>{m_timeline, m_compressionPage, m_planPage}) {
        connect(page, &ExplorerPage::parameterEdited, m_store, &ScenarioStore::setParameter);
        connect(page, &ExplorerPage::editFinished, m_store, &ScenarioStore::endContinuousEdit);
        connect(page, &ExplorerPage::inputRejected, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        page->follow(m_explorer);
        connect(this, &MainWindow::themeChanged, page, &ExplorerPage::setTheme);
        connect(this, &MainWindow::byteUnitsChanged, page, &ExplorerPage::setByteUnits);
    }
    connect(m_compressionPage, &CompressionPage::compressionPicked, m_store,
            &ScenarioStore::setKvCompression);
    m_latency->setLogScale(m_preferences.latencyLogScale);
    connect(m_latency, &LatencyChart::logScaleChanged, this,
            [this](bool on) { m_preferences.latencyLogScale = on; });

    buildActions();
    auto *keys = new QLabel(tr("Tab: next control · ←/→ PgUp/PgDn: move slider · F5: "
                               "presentation · Ctrl+1-4: pages · Ctrl+Z: undo"));
    keys->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addPermanentWidget(keys);

    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        QSize size(1600, 1000);
        if (const QScreen *screen = QApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size());
        resize(size);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const QStringList expanded = settings.value(kSectionsKey).toStringList();
    if (settings.contains(kSectionsKey))
        for (CollapsibleSection *section : m_controls->sections())
            section->setExpanded(expanded.contains(section->objectName()));

    connect(m_controlsPane, &SidePane::foldedChanged, this, &MainWindow::setControlsFolded);
    setControlsFolded(settings.value(kControlsFoldedKey, false).toBool());

    applyTheme();
    emit byteUnitsChanged(m_preferences.byteUnits);
    showScenario(m_store->scenario());
}

MainWindow::~MainWindow() = default;

const model::ExplorerData &MainWindow::data() const
{
    return m_explorer->data();
}

void MainWindow::showScenario(const model::Scenario &scenario)
{
    // An edit (an undo, say) ends a tour, and the ended tour shows the store's scenario, this one:
    // evaluated once, not once for the stop and once more here.
    if (m_tour->isPlaying()) {
        m_tour->stop();
        return;
    }
    m_explorer->setScenario(scenario);
    const QString title =
        tr("%1 on %2 — kvscope")
            .arg(QString::fromStdString(scenario.model.name), hardwareName(scenario.hardware));
    if (windowTitle() != title)
        setWindowTitle(title);
}

void MainWindow::resetToPaperExample()
{
    m_store->setScenario(model::paperExample(), tr("Reset to the paper's example"));
}

void MainWindow::fitTourLayout()
{
    const auto rowOf = [this](ChartWidget *chart) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        m_chartGrid->getItemPosition(m_chartGrid->indexOf(chart), &row, &column, &rowSpan,
                                     &columnSpan);
        return row;
    };
    int onlyRow = -1;
    if (m_tour->isPlaying()) {
        // The four charts' least height, row by row, against what the caption leaves.
        QMap<int, int> rowMinimum;
        for (ChartWidget *chart : std::as_const(m_charts))
            rowMinimum[rowOf(chart)] =
                std::max(rowMinimum[rowOf(chart)], chart->minimumSizeHint().height());
        int grid = 0;
        for (int height : std::as_const(rowMinimum))
            grid += height + 4;
        const int room = centralWidget()->height() - m_metrics->height() -
                         m_tourCaption->heightForWidth(centralWidget()->width()) -
                         m_pages->tabBar()->sizeHint().height() - 12;
        if (grid > room) {
            // The scene's chart: the one its number is read from.
            static const std::map<model::TourHighlight, QString> kChartOf = {
                {model::TourHighlight::KvCache, QStringLiteral("memory")},
                {model::TourHighlight::Concurrency, QStringLiteral("concurrency")},
                {model::TourHighlight::Prefill, QStringLiteral("latency")},
                {model::TourHighlight::DecodePerToken, QStringLiteral("latency")},
                {model::TourHighlight::Decode, QStringLiteral("latency")},
                {model::TourHighlight::ContextSwitch, QStringLiteral("switching")}};
            const auto highlight = m_tour->tour().scenes[std::size_t(m_tour->scene())].highlight;
            const auto chart = kChartOf.find(highlight);
            const ChartKind *kind =
                chart == kChartOf.end() ? nullptr : findChartKind(chart->second);
            onlyRow = kind ? kind->row : 0;
        }
    }
    const bool controlsShown = !m_tour->isPlaying();
    bool changed = m_timeline->usersSlider()->isHidden() == controlsShown;
    m_timeline->setControlsShown(controlsShown);
    for (ChartWidget *chart : std::as_const(m_charts)) {
        const bool shown = onlyRow < 0 || rowOf(chart) == onlyRow;
        changed = changed || shown == chart->isHidden();
        chart->setVisible(shown);
    }
    if (!changed)
        return;
    // A hidden row gives its share of the height to the one shown.
    for (int row = 0; row < m_chartGrid->rowCount(); ++row)
        m_chartGrid->setRowStretch(row, onlyRow < 0 || row == onlyRow ? 1 : 0);
    // The layouts above the grid keep its old minimum until posted requests reach them; told now,
    // before the caption appears, the window is never asked for the old minimum plus the caption
    // (a full-screen window that grows stops being full screen).
    for (QWidget *w = m_charts.front()->parentWidget(); w && w != this; w = w->parentWidget())
        w->updateGeometry();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_tour->isPlaying())
        fitTourLayout();
}

void MainWindow::startBuiltinTour()
{
    m_tour->start(model::builtinTour());
}

void MainWindow::openTourFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Play a tour"), QString(),
                                                      tr("Tours (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        m_tour->start(model::readTourFile(path.toStdString()));
    } catch (const model::InputError &error) {
        QMessageBox::warning(this, tr("Tour not played"), QString::fromStdString(error.what()));
    }
}

void MainWindow::setByteUnits(model::ByteUnits units)
{
    m_preferences.byteUnits = units;
    for (QAction *a : m_unitsGroup->actions())
        a->setChecked(model::ByteUnits(a->data().toInt()) == units);
    emit byteUnitsChanged(units);
}

void MainWindow::setThemeMode(ThemeMode mode)
{
    m_preferences.theme = mode;
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(ThemeMode(a->data().toInt()) == mode);
    applyTheme();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    {
        const QSignalBlocker block(m_presentationAction);
        m_presentationAction->setChecked(on);
    }
    if (on) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    menuBar()->setVisible(!on);
    // As in slide software the room sees only the figures: the toolbar's actions keep their keys
    // (Ctrl+Z, Ctrl+R, F5, F9), and the key hints and messages are the lecturer's.
    m_toolBar->setVisible(!on);
    statusBar()->setVisible(!on);
    m_leavePresentation->setEnabled(on && !m_tour->isPlaying());
    bool foldedDefault = false;
    if (on)
        if (const QScreen *screen = this->screen())
            foldedDefault = screen->geometry().width() < kRoomyPresentationWidth;
    setControlsFolded(m_settings.value(controlsFoldedKey(), foldedDefault).toBool());
    applyTheme();
}

QString MainWindow::controlsFoldedKey() const
{
    return QString::fromLatin1(m_presentation ? kPresentationControlsFoldedKey
                                              : kControlsFoldedKey);
}

void MainWindow::setControlsFolded(bool folded)
{
    m_settings.setValue(controlsFoldedKey(), folded);
    {
        const QSignalBlocker block(m_controlsAction);
        m_controlsAction->setChecked(!folded);
    }
    if (folded == m_controlsPane->isFolded())
        return;
    if (folded)
        m_unfoldedSizes = m_splitter->sizes();
    {
        const QSignalBlocker block(m_controlsPane);
        m_controlsPane->setFolded(folded);
    }
    // The splitter keeps a folded pane's old share unless told.
    if (folded) {
        const int total = m_unfoldedSizes.value(0) + m_unfoldedSizes.value(1);
        m_splitter->setSizes({m_controlsPane->stripWidth(), total - m_controlsPane->stripWidth()});
    } else if (!m_unfoldedSizes.isEmpty()) {
        m_splitter->setSizes(m_unfoldedSizes);
    }
    // Folding hands the panel's keyboard focus to the charts' page rather than to nothing.
    if (folded && m_controlsPane->isAncestorOf(QApplication::focusWidget()))
        m_pages->setFocus();
}

void MainWindow::applyTheme()
{
    m_applyingTheme = true;
    bool dark = m_preferences.theme == ThemeMode::Dark;
    if (m_preferences.theme == ThemeMode::System) {
        // Back to the desktop's palette to see whether it is dark.
        QApplication::setPalette(QPalette());
        dark = isDarkPalette(QApplication::palette());
    }
    m_theme = makeTheme(dark, m_presentation);
    // Type follows the desktop's font size: the layout was drawn at 10.5 pt, and a desktop set to
    // 13 pt gets everything 13/10.5 as large (exports keep their own fixed sizes).
    m_theme.fontScale *= desktopFontScale();
    QApplication::setPalette(themePalette(m_theme));
    QFont font = QApplication::font();
    font.setPointSizeF(kDesignPointSize * m_theme.fontScale);
    setFont(font);
    // The controls grow with the rest: the room reads the values the lecturer sets. The panel
    // widens with its type, so a compact row keeps its label, slider, field and unit.
    m_controlsScroll->setFont(font);
    m_controlsScroll->setMinimumWidth(
        std::max(300, m_controls->minimumSizeHint().width() +
                          m_controlsScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent)));
    m_applyingTheme = false;
    emit themeChanged(m_theme);
}

double MainWindow::desktopFontScale()
{
    // QApplication::font() is the desktop's: the window sets its own font, never the
    // application's. Below 9 pt the charts' smallest labels become unreadable.
    const double points = QApplication::font().pointSizeF();
    return points > 0 ? std::max(points, kMinDesktopPointSize) / kDesignPointSize : 1.0;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ThemeChange && !m_applyingTheme &&
        m_preferences.theme == ThemeMode::System)
        applyTheme();
    QMainWindow::changeEvent(event);
}

void MainWindow::saveSettings()
{
    saveScenario(m_settings, m_store->scenario(), model::builtinResolver());
    savePreferences(m_settings, m_preferences);
    // Presentation mode's full screen, hidden toolbar and a folded panel's strip are not the
    // layout to come back to: the last normal one stays saved.
    if (!m_presentation) {
        m_settings.setValue(kGeometryKey, saveGeometry());
        m_settings.setValue(kStateKey, saveState());
    }
    if (!m_controlsPane->isFolded())
        m_settings.setValue(kSplitterKey, m_splitter->saveState());
    QStringList expanded;
    for (CollapsibleSection *section : m_controls->sections())
        if (section->isExpanded())
            expanded << section->objectName();
    m_settings.setValue(kSectionsKey, expanded);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace kvscope::app
