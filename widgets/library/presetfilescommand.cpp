// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetfilescommand.h"

#include "inputerror.h"
#include "jsonfile.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kvscope::widgets {

PresetFileStates presetFileStates(const std::vector<std::string> &paths)
{
    PresetFileStates states;
    for (const std::string &path : paths) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            states[path] = std::nullopt;
            continue;
        }
        std::ostringstream bytes;
        bytes << in.rdbuf();
        states[path] = bytes.str();
    }
    return states;
}

PresetFilesCommand::PresetFilesCommand(const QString &text, PresetFileStates before,
                                       PresetFileStates after,
                                       std::function<void(const QString &)> done)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_done(std::move(done))
{}

void PresetFilesCommand::undo()
{
    apply(m_before);
}

void PresetFilesCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    apply(m_after);
}

void PresetFilesCommand::apply(const PresetFileStates &states)
{
    QString error;
    for (const auto &[path, bytes] : states) {
        try {
            if (bytes) {
                model::writeFileAtomically(path, *bytes);
            } else {
                std::error_code failed;
                std::filesystem::remove(path, failed);
                if (failed)
                    throw model::InputError(path, "", "", "cannot delete: " + failed.message());
            }
        } catch (const model::InputError &e) {
            error = QString::fromUtf8(e.what());
        }
    }
    if (m_done)
        m_done(error);
}

} // namespace kvscope::widgets
