// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view: 2 to 4 presets side by side. Above the columns, the shared controls (context,
// GPUs, output tokens, batch) that apply to every column unless a column pins its own value, the
// chart rows to show and the export; below, the CompareGrid (charts on synchronised axes and
// the metrics table). The selection, pins, shared values and chart rows are remembered in
// QSettings ("compare/...").
#pragma once

#include "chartexport.h"
#include "comparecolumnbar.h"
#include "comparesetup.h"
#include "exportdialog.h"
#include "theme.h"

#include <QUndoStack>
#include <QWidget>

#include <map>
#include <vector>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSettings;

namespace kvscope::widgets {

class CompareGrid;
class ParameterSlider;

class CompareView : public QWidget
{
    Q_OBJECT

public:
    /// `settings` must outlive the view. Hardware and model columns are put into `base`.
    CompareView(QSettings &settings, model::Scenario base, QList<CompareChoice> choices,
                QWidget *parent = nullptr);
    /// Remembers the selection.
    ~CompareView() override;

    /// What the user chose: the columns, their pins and the shared values. Every change of it is
    /// one undoable step (Ctrl+Z in the compare window); the steps of one slider drag merge.
    struct Selection
    {
        QStringList keys;
        std::vector<std::map<std::string, double>> pins;
        std::map<std::string, double> shared;
        bool operator==(const Selection &) const = default;
    };
    Selection selection() const { return {m_keys, m_pins, m_shared}; }
    void restoreSelection(const Selection &selection);
    QUndoStack *undoStack() { return &m_undo; }

    CompareGrid *grid() const { return m_grid; }
    QStringList columnKeys() const { return m_keys; }
    /// The scenarios the columns show now, shared and pinned values applied.
    const std::vector<model::Scenario> &columnScenarios() const { return m_scenarios; }
    CompareColumnBar *columnBar(int column) const;
    ParameterSlider *sharedSlider(const QString &key) const;
    /// The toggle of the chart kind `kind` ("memory"), or nullptr.
    QCheckBox *chartToggle(const QString &kind) const;
    QPushButton *addColumnButton() const { return m_add; }
    /// The last problem (a preset file that no longer reads, a failed export); empty when none.
    QString errorText() const;

    /// The comparison as the export dialog exports it: as PNG, SVG, PDF, CSV or Markdown, at its
    /// natural size unless told otherwise, its choices remembered under "compare/export/"; it
    /// writes what the view shows when it is written.
    ExportFigure exportFigure() const;
    /// The view's look, which the dialog's "Current" theme, byte units and latency axis follow.
    ExportContext exportContext() const;
    /// Writes the comparison shown now to `path` (the same function as `kvscope compare --out`;
    /// the format from the extension); false with errorText() set on failure.
    bool exportTo(const QString &path, const ExportOptions &options);

    /// The scenario hardware and model columns are put into (the explorer's, as it changes).
    void setBaseScenario(const model::Scenario &base);

    /// The built-in presets, and the user's readable ones, as column choices.
    static QList<CompareChoice> choicesFor(const QList<CompareChoice> &userPresets);

public slots:
    /// Shows these columns (2 to 4 keys; others are ignored).
    void setColumns(const QStringList &keys);
    void setColumn(int column, const QString &key);
    void addColumn();
    void removeColumn(int column);
    /// A shared value in the parameter's unit, applied to every column that does not pin it.
    void setShared(const QString &key, double value);
    void setPinned(int column, const QString &key, std::optional<double> value);
    void setChoices(const QList<kvscope::widgets::CompareChoice> &choices);
    void setTheme(const kvscope::widgets::Theme &theme);
    void setByteUnits(kvscope::model::ByteUnits units);
    /// The export dialog (Ctrl+E) for the comparison shown.
    void openExportDialog();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    /// The preset a new column starts from.
    QString nextColumnKey() const;
    void rebuildBars();
    /// Shows each column's preset in its bar's picker.
    void showChoices();
    /// Pushes the change from `before` to the current selection as one undo step.
    void record(const QString &description, const Selection &before, int mergeId = -1);
    void refresh();
    void load();
    void save() const;
    void showError(const QString &message);
    QList<const ChartKind *> shownKinds() const;

    QSettings &m_settings;
    QUndoStack m_undo;
    model::Scenario m_base;
    QList<CompareChoice> m_choices;
    QStringList m_keys;
    std::vector<std::map<std::string, double>> m_pins;
    std::map<std::string, double> m_shared;
    std::vector<model::Scenario> m_scenarios;
    Theme m_theme = makeTheme(false, false);
    model::ByteUnits m_units = model::ByteUnits::Binary;

    QHBoxLayout *m_barsLayout = nullptr;
    QList<CompareColumnBar *> m_bars;
    std::map<QString, ParameterSlider *> m_sharedSliders;
    std::vector<std::pair<const ChartKind *, QCheckBox *>> m_chartToggles;
    QCheckBox *m_latencyLog = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_error = nullptr;
    CompareGrid *m_grid = nullptr;
};

} // namespace kvscope::widgets
