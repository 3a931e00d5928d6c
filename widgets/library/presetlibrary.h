// SPDX-License-Identifier: GPL-3.0-or-later
// The preset library: the built-in presets (read-only, grouped into scenarios, hardware and
// models) and the user's own presets in one tree. Applying a preset changes the explorer's
// scenario through the undoable store; saving the current scenario, hardware or model, renaming,
// duplicating, deleting, importing (kvscope JSON or a Hugging Face config.json, by dialog or by
// dropping files on the window) and editing custom hardware change the files in the store's
// folder, each as one command on the library's own undo stack, so undoing a slider move never
// touches a file. A new preset never replaces a file, not even one another kvscope wrote a moment
// ago. A file that does not read is listed with its error and never overwritten or deleted.
#pragma once

#include "presetstore.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QAction;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace kvscope::widgets {

class ScenarioStore;

class PresetLibrary : public QWidget
{
    Q_OBJECT

public:
    /// What to do when a saved preset's id is taken.
    enum class ClashAnswer
    {
        Replace,
        KeepBoth, ///< save under the first free "<id>-copy" id
        Cancel
    };

    /// User presets live in `folder` (stale temporary files of killed saves are deleted from it);
    /// edits of the scenario go through `scenarios`; file changes go onto undoStack().
    PresetLibrary(const QString &folder, ScenarioStore *scenarios, QWidget *parent = nullptr);

    const model::PresetStore &store() const { return m_store; }
    /// The user's preset files as last listed (readable or not).
    const std::vector<model::StoredPreset> &userPresets() const { return m_user; }
    /// False while the folder is first read, off the GUI thread: the window never waits for it.
    bool folderRead() const { return m_folderRead; }
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    /// The history of file changes, apart from the scenario's.
    QUndoStack *undoStack() const { return m_undo; }
    /// The last message shown (an error names the file, field and value); empty when none.
    QString message() const;

    /// Replaces the question asked when a name is taken (the tests answer it).
    void setClashHandler(std::function<ClashAnswer(const QString &path)> handler);
    /// Replaces the name prompt (the tests answer it); nullopt cancels.
    void setNamePrompt(
        std::function<std::optional<QString>(const QString &title, const QString &start)> prompt);

    /// Makes `window` accept preset files dropped on it and import them.
    void acceptDropsOn(QWidget *window);

    // Selection: the tree's current item, as kind and id; whether it is a user preset.
    std::optional<model::Preset> selectedPreset() const;
    bool selectionIsUser() const;
    /// Selects the preset of this kind and id (user presets first); false when not listed.
    bool select(model::PresetKind kind, const QString &id, bool user);

public slots:
    /// Re-reads the folder and rebuilds the tree, keeping the selection.
    void refresh();

private:
    /// The first reading of the folder, on a pool thread; the tree shows the built-ins and
    /// "Reading…" until it arrives.
    void readFolderInBackground();
    /// Rebuilds the tree from `user` and the built-ins, keeping the selection.
    void showPresets(std::vector<model::StoredPreset> user);

public slots:
    /// Applies the selected preset to the explorer (one undoable step).
    bool applySelected();
    /// Saves the explorer's scenario, hardware or model as a user preset named `name`.
    bool saveCurrent(kvscope::model::PresetKind kind, const QString &name);
    /// Saves any preset into the folder, asking before replacing one with the same id; a new
    /// preset whose id another process takes meanwhile is saved under the next free id.
    bool savePreset(kvscope::model::Preset preset, const QString &description);
    bool renameSelected(const QString &name);
    bool duplicateSelected();
    bool deleteSelected();
    /// Imports a kvscope preset file or a Hugging Face config.json.
    bool importFile(const QString &path);
    bool exportSelected(const QString &path);
    /// Opens the hardware editor on the selected hardware (or the explorer's) and saves the
    /// result as a user preset.
    void editHardware();

    // The dialogs the buttons open; each ends in one of the slots above.
    void promptSave(kvscope::model::PresetKind kind);
    void promptRename();
    void promptImport();
    void promptExport();

signals:
    /// The user presets changed on disk (the compare view lists them).
    void presetsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Runs `change` on the files at `paths` and pushes it as one undoable command; `change`
    /// returns the files it created where nothing was (undo deletes them).
    bool changeFiles(const QString &description, std::vector<std::string> paths,
                     const std::function<std::vector<std::string>()> &change);
    void showMessage(const QString &text, bool error);
    void updateButtons();
    QTreeWidgetItem *addGroup(const QString &title);
    void addItem(QTreeWidgetItem *group, const model::Preset &preset, bool user,
                 const QString &path);
    std::optional<model::Preset> presetAt(const QTreeWidgetItem *item) const;

    model::PresetStore m_store;
    ScenarioStore *m_scenarios = nullptr;
    QUndoStack *m_undo = nullptr;
    std::vector<model::StoredPreset> m_user;
    bool m_folderRead = false;
    std::function<ClashAnswer(const QString &)> m_askClash;
    std::function<std::optional<QString>(const QString &, const QString &)> m_askName;

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    /// Apply, rename, duplicate, delete, export, edit hardware: enabled by the selection.
    QList<QAction *> m_actions;
};

} // namespace kvscope::widgets
