// SPDX-License-Identifier: GPL-3.0-or-later
// The explorer window: wiring only. It connects the controls to the scenario store, evaluates each
// new scenario once (model::explorerData) and hands the values by signal to the metrics strip and
// the four charts (and, on their own pages, the session timeline and the compression what-if); it
// owns the menus, presentation mode, themes and the saved session.
#pragma once

#include "chartdata.h"
#include "sessionsettings.h"
#include "theme.h"

#include <QMainWindow>

class QActionGroup;
class QShortcut;
class QSettings;
class QSplitter;
class QTabWidget;

namespace kvscope::widgets {
class ChartWidget;
class CompressionPage;
class PlanPage;
class ConcurrencyChart;
class ControlPanel;
class LatencyChart;
class MemoryChart;
class MetricsStrip;
class ScenarioStore;
class SwitchingChart;
class TimelinePage;
} // namespace kvscope::widgets

namespace kvscope::app {

class PresetFeatures;

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
    widgets::MemoryChart *memoryChart() const { return m_memory; }
    widgets::LatencyChart *latencyChart() const { return m_latency; }
    widgets::ConcurrencyChart *concurrencyChart() const { return m_concurrency; }
    widgets::SwitchingChart *switchingChart() const { return m_switching; }
    QList<widgets::ChartWidget *> charts() const;
    /// The pages under the metrics strip: the four charts, the session timeline, compression.
    QTabWidget *pages() const { return m_pages; }
    widgets::TimelinePage *timelinePage() const { return m_timeline; }
    widgets::CompressionPage *compressionPage() const { return m_compressionPage; }
    widgets::PlanPage *planPage() const { return m_planPage; }
    const model::ExplorerData &data() const { return m_data; }
    const widgets::Preferences &preferences() const { return m_preferences; }
    bool presentationMode() const { return m_presentation; }
    /// The preset library dock and the compare window.
    PresetFeatures *presets() const { return m_presets; }
    const widgets::Theme &theme() const { return m_theme; }

    /// Writes the session (scenario, preferences, window layout) to the settings.
    void saveSettings();

public slots:
    void setPresentationMode(bool on);
    void setByteUnits(kvscope::model::ByteUnits units);
    void setThemeMode(kvscope::widgets::ThemeMode mode);
    void resetToPaperExample();

signals:
    /// Everything the window shows for the current scenario, computed once per change.
    void dataChanged(const kvscope::model::ExplorerData &data);
    void themeChanged(const kvscope::widgets::Theme &theme);
    void byteUnitsChanged(kvscope::model::ByteUnits units);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void showScenario(const model::Scenario &scenario);
    void applyTheme();
    /// The desktop's font size relative to the size the layout was drawn at.
    static double desktopFontScale();

    QSettings &m_settings;
    widgets::ScenarioStore *m_store = nullptr;
    widgets::ControlPanel *m_controls = nullptr;
    widgets::MetricsStrip *m_metrics = nullptr;
    widgets::MemoryChart *m_memory = nullptr;
    widgets::LatencyChart *m_latency = nullptr;
    widgets::ConcurrencyChart *m_concurrency = nullptr;
    widgets::SwitchingChart *m_switching = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_pages = nullptr;
    widgets::TimelinePage *m_timeline = nullptr;
    widgets::CompressionPage *m_compressionPage = nullptr;
    widgets::PlanPage *m_planPage = nullptr;
    QWidget *m_controlsScroll = nullptr;
    QAction *m_presentationAction = nullptr;
    QShortcut *m_leavePresentation = nullptr;
    QActionGroup *m_unitsGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    PresetFeatures *m_presets = nullptr;

    model::ExplorerData m_data;
    widgets::Preferences m_preferences;
    widgets::Theme m_theme;
    bool m_presentation = false;
    bool m_wasMaximized = false;
    bool m_applyingTheme = false;
};

} // namespace kvscope::app
