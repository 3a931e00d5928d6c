// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own presets: one JSON file per preset in a folder (the platform's app-data folder in
// the window). Files are written atomically and deterministically; a file that cannot be read is
// listed with its error and never overwritten or deleted.
#pragma once

#include "presetio.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kvscope::model {

/// Preset files larger than this are listed as broken without being read: a preset is a few
/// kilobytes, and reading the folder must not hold up the window.
constexpr std::uintmax_t kMaxPresetFileBytes = 1024 * 1024;
/// Ids are cut to this many characters (file names stay well below the system's limit).
constexpr std::size_t kMaxIdLength = 80;

/// One file of the store: its preset when it reads, else the error that says why not.
struct StoredPreset
{
    std::string path;
    PresetKind kind = PresetKind::Scenario; ///< from the file name when the file does not read
    std::string id;                         ///< from the file name: "<kind>-<id>.json"
    std::optional<Preset> preset;
    std::string error; ///< empty when the preset read
};

/// What a removal leaves behind so it can be undone: the file's exact bytes.
struct RemovedPreset
{
    std::string path;
    std::string bytes;
};

class PresetStore
{
public:
    /// `folder` need not exist yet; it is created on the first save.
    PresetStore(std::string folder, PresetResolver resolver);

    const std::string &folder() const { return m_folder; }

    /// Every "*.json" file of the folder, sorted by file name. Unreadable files are included with
    /// their error, and so are files that are not regular or exceed kMaxPresetFileBytes, unread
    /// (and scenarios naming such a file); nothing is modified.
    std::vector<StoredPreset> list() const;

    /// "<folder>/<kind>-<id>.json".
    std::string pathFor(PresetKind kind, const std::string &id) const;
    bool contains(PresetKind kind, const std::string &id) const;

    /// Writes the preset under its id. When a preset with this id exists, throws InputError
    /// unless `replace`; a file in the way that does not read is never replaced. Without
    /// `replace` the file is created only if its name is still free when it is written, so two
    /// savers of one new id cannot both succeed. A folder that cannot be written throws
    /// InputError naming it; nothing in memory is lost.
    std::string save(const Preset &preset, bool replace);

    /// Saves the preset as a new file, never replacing one: under its id if free, else the first
    /// free "<id>-2", "<id>-3", ... at the moment of writing. Sets the preset's id to the one
    /// used and returns the path.
    std::string saveAsNew(Preset &preset);

    /// Deletes the preset's file and returns its bytes so restore() can undo the deletion.
    RemovedPreset remove(PresetKind kind, const std::string &id);
    /// Puts a removed file back exactly as it was.
    void restore(const RemovedPreset &removed);

    /// Saves the preset under `newId` (name unchanged) and removes the old file. Throws when
    /// `newId` is taken.
    std::string rename(PresetKind kind, const std::string &id, const std::string &newId);

    /// Deletes the temporary files killed saves left in the folder more than a minute ago (see
    /// removeStaleTemporaryFiles()); returns how many.
    int cleanStaleTemporaryFiles() const;

    /// The first free id of the form "<id>-copy", "<id>-copy-2", ..., cut to kMaxIdLength.
    std::string freeCopyId(PresetKind kind, const std::string &id) const;

private:
    void createFolder() const;

    std::string m_folder;
    PresetResolver m_resolver;
};

/// An id made from any display name: lowercase ASCII letters and digits, other runs of
/// characters become one '-'; at most kMaxIdLength characters; non-empty ("preset" when nothing
/// is left). Unicode names keep their full text in the preset's "name".
std::string idFromName(const std::string &name);

/// `id` followed by `suffix` ("-copy", "-2"), the id cut so the whole stays within kMaxIdLength
/// and is still a valid id.
std::string withSuffix(const std::string &id, const std::string &suffix);

/// The id and display name of any preset, and setting them.
std::string presetId(const Preset &preset);
std::string presetName(const Preset &preset);
void setPresetId(Preset &preset, const std::string &id);
void setPresetName(Preset &preset, const std::string &name);

} // namespace kvscope::model
