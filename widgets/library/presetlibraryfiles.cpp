// SPDX-License-Identifier: GPL-3.0-or-later
// The preset library's changes to its folder: saving, renaming, duplicating, deleting, importing
// and exporting presets and saving edited hardware, each file change one command on the library's
// undo stack.
#include "presetlibrary.h"

#include "builtins.h"
#include "hardwareeditor.h"
#include "inputerror.h"
#include "modeltext.h"
#include "presetfilescommand.h"
#include "presetitems.h"
#include "scenariostore.h"

#include <QFileInfo>
#include <QPointer>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

namespace kvscope::widgets {

bool PresetLibrary::changeFiles(const QString &description, std::vector<std::string> paths,
                                const std::function<std::vector<std::string>()> &change)
{
    PresetFileStates before = presetFileStates(paths);
    try {
        // A file the change created without replacing anything did not exist before.
        for (const std::string &created : change()) {
            before[created] = std::nullopt;
            paths.push_back(created);
        }
    } catch (const model::InputError &error) {
        showMessage(QString::fromUtf8(error.what()), true);
        refresh();
        return false;
    }
    PresetFileStates after = presetFileStates(paths);
    QPointer<PresetLibrary> self(this);
    m_undo->push(new PresetFilesCommand(description, std::move(before), std::move(after),
                                        [self](const QString &error) {
                                            if (!self)
                                                return;
                                            self->refresh();
                                            if (!error.isEmpty())
                                                self->showMessage(error, true);
                                        }));
    refresh();
    showMessage(description, false);
    return true;
}

bool PresetLibrary::saveCurrent(model::PresetKind kind, const QString &name)
{
    const model::Scenario &current = m_scenarios->scenario();
    model::Preset preset = current;
    if (kind == model::PresetKind::Hardware)
        preset = current.hardware;
    else if (kind == model::PresetKind::Model)
        preset = current.model;
    model::setPresetName(preset, name.trimmed().toStdString());
    model::setPresetId(preset, model::idFromName(name.trimmed().toStdString()));
    return savePreset(preset, tr("Save %1 preset %2").arg(presetKindText(kind), name.trimmed()));
}

bool PresetLibrary::savePreset(model::Preset preset, const QString &description)
{
    model::setPresetId(preset, model::idFromName(model::presetId(preset)));
    const model::PresetKind kind = model::presetKind(preset);
    bool replace = false;
    if (m_store.contains(kind, model::presetId(preset))) {
        const std::string path = m_store.pathFor(kind, model::presetId(preset));
        const bool readable = std::any_of(m_user.begin(), m_user.end(), [&](const auto &s) {
            return s.path == path && s.preset.has_value();
        });
        // A file that does not read is never replaced: save beside it.
        const ClashAnswer answer = readable ? m_askClash(q(path)) : ClashAnswer::KeepBoth;
        if (answer == ClashAnswer::Cancel) {
            showMessage(tr("Not saved: %1 exists").arg(q(path)), false);
            return false;
        }
        replace = answer == ClashAnswer::Replace;
        if (!replace)
            model::setPresetId(preset, m_store.freeCopyId(kind, model::presetId(preset)));
    }
    const std::string wanted = model::presetId(preset);
    std::string path = m_store.pathFor(kind, wanted);
    bool saved = false;
    if (replace) {
        saved = changeFiles(description, {path}, [&] {
            m_store.save(preset, true);
            return std::vector<std::string>{};
        });
    } else {
        // Never over a file: if another kvscope took the id since it was checked, the next free
        // "<id>-2" is used, and the message says so.
        saved = changeFiles(description, {}, [&] {
            path = m_store.saveAsNew(preset);
            return std::vector<std::string>{path};
        });
    }
    if (saved) {
        select(kind, q(model::presetId(preset)), true);
        if (model::presetId(preset) == wanted)
            showMessage(tr("%1: %2").arg(description, q(path)), false);
        else
            showMessage(
                tr("%1: %2 was taken meanwhile, saved as %3").arg(description, q(wanted), q(path)),
                false);
    }
    return saved;
}

bool PresetLibrary::renameSelected(const QString &name)
{
    std::optional<model::Preset> preset = selectedPreset();
    if (!preset || !selectionIsUser() || name.trimmed().isEmpty())
        return false;
    const model::PresetKind kind = model::presetKind(*preset);
    const std::string oldPath = m_tree->currentItem()->data(0, PathRole).toString().toStdString();
    const std::string oldId = m_tree->currentItem()->data(0, IdRole).toString().toStdString();
    const std::string newId = model::idFromName(name.trimmed().toStdString());
    const std::string newPath = m_store.pathFor(kind, newId);
    if (newPath != oldPath && m_store.contains(kind, newId)) {
        showMessage(tr("Not renamed: %1 exists; pick another name").arg(q(newPath)), true);
        return false;
    }
    model::setPresetName(*preset, name.trimmed().toStdString());
    model::setPresetId(*preset, newId);
    const bool done =
        changeFiles(tr("Rename preset to %1").arg(name.trimmed()), {oldPath, newPath}, [&] {
            m_store.save(*preset, newPath == oldPath);
            if (newPath != oldPath)
                m_store.remove(kind, oldId);
            return std::vector<std::string>{};
        });
    if (done)
        select(kind, q(newId), true);
    return done;
}

bool PresetLibrary::duplicateSelected()
{
    std::optional<model::Preset> preset = selectedPreset();
    if (!preset)
        return false;
    const model::PresetKind kind = model::presetKind(*preset);
    model::setPresetId(*preset, m_store.freeCopyId(kind, model::presetId(*preset)));
    model::setPresetName(*preset, model::presetName(*preset) + " (copy)");
    return savePreset(*preset, tr("Duplicate as %1").arg(q(model::presetName(*preset))));
}

bool PresetLibrary::deleteSelected()
{
    const std::optional<model::Preset> preset = selectedPreset();
    if (!preset || !selectionIsUser())
        return false;
    const QTreeWidgetItem *item = m_tree->currentItem();
    const auto kind = model::PresetKind(item->data(0, KindRole).toInt());
    const std::string id = item->data(0, IdRole).toString().toStdString();
    const std::string path = item->data(0, PathRole).toString().toStdString();
    return changeFiles(tr("Delete preset %1").arg(q(model::presetName(*preset))), {path}, [&] {
        if (m_store.pathFor(kind, id) != path)
            throw model::InputError(path, "", "", "not a file of the presets folder");
        m_store.remove(kind, id);
        return std::vector<std::string>{};
    });
}

bool PresetLibrary::importFile(const QString &path)
{
    try {
        model::Preset preset = model::loadPresetFile(path.toStdString(), model::builtinResolver());
        return savePreset(preset, tr("Import %1").arg(QFileInfo(path).fileName()));
    } catch (const model::InputError &error) {
        showMessage(tr("Not imported: %1").arg(QString::fromUtf8(error.what())), true);
        return false;
    }
}

bool PresetLibrary::exportSelected(const QString &path)
{
    const std::optional<model::Preset> preset = selectedPreset();
    if (!preset)
        return false;
    try {
        model::savePresetFile(path.toStdString(), *preset, model::builtinResolver());
    } catch (const model::InputError &error) {
        showMessage(tr("Not exported: %1").arg(QString::fromUtf8(error.what())), true);
        return false;
    }
    showMessage(tr("Exported %1 to %2").arg(q(model::presetName(*preset)), path), false);
    return true;
}

void PresetLibrary::editHardware()
{
    model::HardwareSpec start = m_scenarios->scenario().hardware;
    const std::optional<model::Preset> preset = selectedPreset();
    if (preset && std::holds_alternative<model::HardwareSpec>(*preset))
        start = std::get<model::HardwareSpec>(*preset);
    if (!selectionIsUser())
        start.name += " (custom)";
    HardwareEditor editor(start, this);
    if (editor.exec() != QDialog::Accepted || !editor.valid())
        return;
    savePreset(editor.hardware(), tr("Save hardware %1").arg(q(editor.hardware().name)));
}

} // namespace kvscope::widgets
