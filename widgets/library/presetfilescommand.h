// SPDX-License-Identifier: GPL-3.0-or-later
// One undoable change to the user's preset files (save, rename, duplicate, import, delete): the
// exact bytes of every file it touched before and after, so undo and redo put the folder back
// byte for byte. The change itself is made before the command is pushed; its first redo does
// nothing.
#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace kvscope::widgets {

/// Each path's bytes, or nullopt where there was no file.
using PresetFileStates = std::map<std::string, std::optional<std::string>>;

/// The current states of `paths`; a file that cannot be read counts as absent.
PresetFileStates presetFileStates(const std::vector<std::string> &paths);

class PresetFilesCommand : public QUndoCommand
{
public:
    /// `done` runs after every undo and redo with an error message (empty on success).
    PresetFilesCommand(const QString &text, PresetFileStates before, PresetFileStates after,
                       std::function<void(const QString &error)> done);

    void undo() override;
    void redo() override;

private:
    void apply(const PresetFileStates &states);

    PresetFileStates m_before;
    PresetFileStates m_after;
    std::function<void(const QString &)> m_done;
    bool m_first = true;
};

} // namespace kvscope::widgets
