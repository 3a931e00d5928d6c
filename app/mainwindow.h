// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window: wiring only. It connects the controls to the scenario store and the store
// to the Explorer, which evaluates each new scenario once and hands the values to the metrics
// strip, the control panel, the charts of the chart page (one per row of the table of chart kinds
// placed there) and the pages beside them; it owns the menus, presentation mode, themes and the
// saved session.
#pragma once

#include "explorerdata.h"
#include "sessionsettings.h"
#include "theme.h"
#include "units.h"

#include <QMainWindow>

class QActionGroup;
class QShortcut;
class QSettings;
class QSplitter;
class QToolBar;
class QTabWidget;

namespace kvscope::widgets {
class ChartWidget;
class CompressionPage;
class ControlPanel;
class Explorer;
class LatencyChart;
class MetricsStrip;
class PlanPage;
class SidePane;
class ScenarioStore;
class TimelinePage;
class TourCaption;
} // namespace kvscope::widgets

namespace kvscope::app {

class PresetFeatures;
class TourPlayer;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Restores the last session from `settings` (the paper's example the first time) and saves
    /// it there on close. `settings` must outlive the window.
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    widgets::ScenarioStore *store() const { return m_store; }
    widgets::ControlPanel *controls() const { return m_controls; }
    widgets::MetricsStrip *metrics() const { return m_metrics; }
    /// The charts of the chart page, row by row.
    const QList<widgets::ChartWidget *> &charts() const { return m_charts; }
    /// The chart page's chart of class `Chart`, or nullptr.
    template <typename Chart> Chart *chart() const
    {
        for (widgets::ChartWidget *chart : m_charts)
            if (auto *typed = qobject_cast<Chart *>(chart))
                return typed;
        return nullptr;
    }
    /// The pages under the metrics strip: the four charts, the session timeline, compression.
    QTabWidget *pages() const { return m_pages; }
    widgets::TimelinePage *timelinePage() const { return m_timeline; }
    widgets::CompressionPage *compressionPage() const { return m_compressionPage; }
    widgets::PlanPage *planPage() const { return m_planPage; }
    const model::ExplorerData &data() const;
    widgets::Explorer *explorer() const { return m_explorer; }
    const widgets::Preferences &preferences() const { return m_preferences; }
    bool presentationMode() const { return m_presentation; }
    /// The preset library dock and the compare window.
    PresetFeatures *presets() const { return m_presets; }
    const widgets::Theme &theme() const { return m_theme; }
    /// The guided tour (View > Guided tour, F6) and its caption under the charts.
    TourPlayer *tourPlayer() const { return m_tour; }
    widgets::TourCaption *tourCaption() const { return m_tourCaption; }
    /// The control panel's pane, which folds to a strip (View > Control panel, F9).
    widgets::SidePane *controlsPane() const { return m_controlsPane; }

    /// Writes the session (scenario, preferences, window layout) to the settings.
    void saveSettings();

public slots:
    void setPresentationMode(bool on);
    void setByteUnits(kvscope::model::ByteUnits units);
    void setThemeMode(kvscope::widgets::ThemeMode mode);
    void resetToPaperExample();
    /// Plays the paper's tour (F6).
    void startBuiltinTour();
    /// Asks for a tour file and plays it; a bad file is named with its field in a message.
    void openTourFile();

signals:
    void themeChanged(const kvscope::widgets::Theme &theme);
    void byteUnitsChanged(kvscope::model::ByteUnits units);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void showScenario(const model::Scenario &scenario);
    void applyTheme();
    /// Folds or unfolds the control panel, remembered separately for presentation mode.
    void setControlsFolded(bool folded);
    /// The settings key of the control panel's fold in the current mode.
    QString controlsFoldedKey() const;
    /// During a tour, shows the row of charts the scene points at alone when the caption leaves
    /// the four charts too little room (a 1024x768 projector), all four otherwise, and hides the
    /// timeline page's users control (the scene sets the users).
    void fitTourLayout();
    /// The desktop's font size relative to the size the layout was drawn at.
    static double desktopFontScale();

    QSettings &m_settings;
    widgets::ScenarioStore *m_store = nullptr;
    widgets::ControlPanel *m_controls = nullptr;
    widgets::MetricsStrip *m_metrics = nullptr;
    widgets::Explorer *m_explorer = nullptr;
    QList<widgets::ChartWidget *> m_charts;
    class QGridLayout *m_chartGrid = nullptr;
    widgets::LatencyChart *m_latency = nullptr; ///< the chart page's, for its "Log scale" choice
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_pages = nullptr;
    widgets::TimelinePage *m_timeline = nullptr;
    widgets::CompressionPage *m_compressionPage = nullptr;
    widgets::PlanPage *m_planPage = nullptr;
    QWidget *m_controlsScroll = nullptr;
    widgets::SidePane *m_controlsPane = nullptr;
    QAction *m_controlsAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<int> m_unfoldedSizes; ///< the splitter's sizes before the panel was folded
    QAction *m_presentationAction = nullptr;
    QShortcut *m_leavePresentation = nullptr;
    QActionGroup *m_unitsGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    PresetFeatures *m_presets = nullptr;
    TourPlayer *m_tour = nullptr;
    widgets::TourCaption *m_tourCaption = nullptr;

    widgets::Preferences m_preferences;
    widgets::Theme m_theme;
    bool m_presentation = false;
    bool m_wasMaximized = false;
    bool m_applyingTheme = false;
};

} // namespace kvscope::app
