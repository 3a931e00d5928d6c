// SPDX-License-Identifier: GPL-3.0-or-later
// The window's export: a dialog that collects the options of one export (chart, format, size,
// scale, background, caption, theme, file) and remembers them, and the "Export..." and "Copy chart
// as image" actions. The same dialog exports a figure other than the explorer's charts (the
// comparison) when given an ExportFigure. Rendering is a pure function (chartexport's, the
// figure's); the dialog only collects options and reports errors (style.md habit 9).
#pragma once

#include "chartexport.h"

#include <QDialog>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSpinBox;

namespace kvscope::widgets {

/// What the window shows now: the scenario and the look the export may follow.
struct ExportContext
{
    model::Scenario scenario;
    Theme theme = makeTheme(false, false);
    model::ByteUnits byteUnits = model::ByteUnits::Binary;
    bool latencyLogScale = true;
};

/// A size the dialog offers: a logical size and the scale that gives the pixels it is named for.
struct SizePreset
{
    QString name;
    QSize size;
    double scale = 1;
    QString note; ///< what the preset is for: physical size, printed text size
};

/// Slide 1920 × 1080, 4K 3840 × 2160, paper single column (3.5 in) and double column (7.16 in)
/// at 300 dpi.
QList<SizePreset> sizePresets();

/// A figure the dialog exports instead of one of the explorer's charts (the comparison): there is
/// no chart to choose, and it has its own formats, size and remembered choices.
struct ExportFigure
{
    QString windowTitle;   ///< "Export comparison"
    QString settingsGroup; ///< where its choices are remembered, "compare/export"
    QString fileStem;      ///< the file name proposed, without extension: "kvscope-comparison"
    QList<ExportFormat> formats;
    QSize naturalSize;   ///< the size it is drawn at unless told otherwise, the first size offered
    QString captionText; ///< what the caption box says the caption names
    /// Renders with these options and writes `path` atomically; throws model::InputError naming
    /// the path or the option, leaving no file behind.
    std::function<void(const ExportOptions &options, const QString &path)> write;
};

enum class ExportThemeChoice
{
    Current, ///< the window's theme (light or dark, presentation or not)
    Light,   ///< for print
    Dark
};

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Starts from the choices remembered in `settings` ("export/..."), which must outlive the
    /// dialog.
    ExportDialog(QSettings &settings, ExportContext context, QWidget *parent = nullptr);
    /// Exports `figure`, starting from the choices remembered in its settings group. Of
    /// `context` only the look is used: the current theme, byte units and latency axis.
    ExportDialog(QSettings &settings, ExportContext context, ExportFigure figure,
                 QWidget *parent = nullptr);

    /// The chart chosen; the dashboard when the dialog exports a figure.
    ExportChart chart() const;
    ExportFormat format() const;
    ExportOptions options() const;
    QString path() const;
    ExportThemeChoice themeChoice() const;
    /// The last failure, empty after a success.
    QString errorText() const;

    void setChart(ExportChart chart);
    void setPath(const QString &path);
    /// The sizes offered, in order: a figure's natural size first, then sizePresets().
    QList<SizePreset> presets() const { return m_presets; }
    void setPreset(int index);
    void setCustomSize(QSize size, double scale);
    void setTransparent(bool on);
    void setCaption(bool on);
    void setThemeChoice(ExportThemeChoice choice);

    /// Exports with the current choices and remembers them. On failure the error is shown in the
    /// dialog, which stays open with every choice kept; returns false.
    bool exportNow();

    /// The options remembered in `settings` for `context` (what "Copy chart as image" uses).
    static ExportOptions rememberedOptions(QSettings &settings, const ExportContext &context);

public slots:
    void accept() override;

private:
    void build();
    /// The settings key of one choice: "export/width", "compare/export/width".
    QString key(const char *name) const;
    void load();
    void save() const;
    void browse();
    void syncFormatFromPath();
    void syncPathFromFormat();
    void syncPreset();
    void updateNote();

    QSettings &m_settings;
    ExportContext m_context;
    std::optional<ExportFigure> m_figure;
    QList<ExportFormat> m_formats;
    QList<SizePreset> m_presets;
    QComboBox *m_chart = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_transparent = nullptr;
    QCheckBox *m_caption = nullptr;
    QComboBox *m_theme = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
    bool m_syncing = false;
};

/// File > Export... and Edit > Copy chart as image, for a window that can say what it shows now.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(QSettings &settings, std::function<ExportContext()> context, QWidget *window);

    QAction *exportAction() const { return m_export; }
    /// One action per chart and the dashboard.
    QMenu *copyMenu() const { return m_copy; }

    /// What the window shows now, as an export dialog opened from it starts from.
    ExportContext context() const { return m_context(); }

    /// Puts the chart on the clipboard as an image, with the remembered export options.
    void copyChart(ExportChart chart);
    void openDialog();

private:
    QSettings &m_settings;
    std::function<ExportContext()> m_context;
    QWidget *m_window = nullptr;
    QAction *m_export = nullptr;
    QMenu *m_copy = nullptr;
};

} // namespace kvscope::widgets
