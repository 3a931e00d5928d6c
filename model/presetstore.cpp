// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetstore.h"

#include "inputerror.h"
#include "jsonfile.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kvscope::model {

namespace fs = std::filesystem;

namespace {

constexpr const char *kExtension = ".json";
/// saveAsNew() gives up after "<id>-2" ... "<id>-1000": a folder that full is not a race.
constexpr int kMaxFreeIdTries = 1000;

/// Splits "<kind>-<id>.json" into its kind and id; nullopt for any other name.
std::optional<std::pair<PresetKind, std::string>> parseFileName(const std::string &name)
{
    if (name.size() <= 5 || name.compare(name.size() - 5, 5, kExtension) != 0)
        return std::nullopt;
    const std::string stem = name.substr(0, name.size() - 5);
    const auto dash = stem.find('-');
    if (dash == std::string::npos)
        return std::nullopt;
    const auto kind = parsePresetKind(stem.substr(0, dash));
    if (!kind || dash + 1 >= stem.size())
        return std::nullopt;
    return std::pair{*kind, stem.substr(dash + 1)};
}

std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "", "", std::string("cannot read: ") + std::strerror(errno));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// Throws unless `path` is a regular file of at most kMaxPresetFileBytes: the window lists the
/// folder while it opens, and a FIFO would block it and a huge file would hold it up.
void checkReadableInPlace(const std::string &path)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error)
        throw InputError(path, "", "", "cannot read: " + error.message());
    if (!fs::is_regular_file(status))
        throw InputError(path, "", "",
                         "not a regular file; presets are read from plain files only");
    const std::uintmax_t size = fs::file_size(path, error);
    if (error)
        throw InputError(path, "", "", "cannot read: " + error.message());
    if (size > kMaxPresetFileBytes)
        throw InputError(path, "", std::to_string(size) + " bytes",
                         "larger than the " + std::to_string(kMaxPresetFileBytes / 1024) +
                             " KiB limit for a preset file; not read");
}

} // namespace

PresetStore::PresetStore(std::string folder, PresetResolver resolver)
    : m_folder(std::move(folder)), m_resolver(std::move(resolver))
{
    // A scenario in the folder may name another file ("model": "/dev/stdin"): it gets the same
    // checks as the folder's own files.
    if (!m_resolver.readFile)
        m_resolver.readFile = [](const std::string &path) {
            checkReadableInPlace(path);
            return readJsonFile(path);
        };
}

std::vector<StoredPreset> PresetStore::list() const
{
    std::vector<StoredPreset> presets;
    std::error_code error;
    if (!fs::is_directory(m_folder, error))
        return presets;
    for (const auto &entry : fs::directory_iterator(m_folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= 5 || name.compare(name.size() - 5, 5, kExtension) != 0)
            continue;
        StoredPreset stored;
        stored.path = entry.path().string();
        if (const auto parsed = parseFileName(name)) {
            stored.kind = parsed->first;
            stored.id = parsed->second;
        } else {
            stored.id = name.substr(0, name.size() - 5);
        }
        try {
            checkReadableInPlace(stored.path);
            stored.preset = loadPresetFile(stored.path, m_resolver);
            stored.kind = presetKind(*stored.preset);
        } catch (const InputError &e) {
            stored.error = e.what();
        }
        presets.push_back(std::move(stored));
    }
    std::sort(presets.begin(), presets.end(),
              [](const StoredPreset &a, const StoredPreset &b) { return a.path < b.path; });
    return presets;
}

std::string PresetStore::pathFor(PresetKind kind, const std::string &id) const
{
    return (fs::path(m_folder) / (std::string(presetKindName(kind)) + "-" + id + kExtension))
        .string();
}

bool PresetStore::contains(PresetKind kind, const std::string &id) const
{
    std::error_code error;
    return fs::exists(pathFor(kind, id), error);
}

std::string PresetStore::save(const Preset &preset, bool replace)
{
    const std::string id = presetId(preset);
    if (id.empty() || id != idFromName(id))
        throw InputError("", "id", id,
                         "an id is lowercase letters, digits and '-', for example my-h100");
    const std::string path = pathFor(presetKind(preset), id);
    std::error_code error;
    if (fs::exists(path, error)) {
        try {
            (void)loadPresetFile(path, m_resolver);
        } catch (const InputError &) {
            throw InputError(path, "", "",
                             "a file that does not read is in the way; it is left untouched: "
                             "fix or move it, or save under another name");
        }
        if (!replace)
            throw InputError(path, "id", id, "a preset with this id exists already");
    }
    createFolder();
    if (replace) {
        savePresetFile(path, preset, m_resolver);
        return path;
    }
    // Created only if the name is still free: another kvscope saving the same new id at the
    // same moment makes this one fail instead of both reporting success over one file.
    if (!createFileExclusively(path, dumpJson(presetToJson(preset, m_resolver))))
        throw InputError(path, "id", id, "a preset with this id exists already");
    return path;
}

std::string PresetStore::saveAsNew(Preset &preset)
{
    const std::string id = presetId(preset);
    if (id.empty() || id != idFromName(id))
        throw InputError("", "id", id,
                         "an id is lowercase letters, digits and '-', for example my-h100");
    createFolder();
    for (int n = 1; n <= kMaxFreeIdTries; ++n) {
        const std::string candidate = n == 1 ? id : withSuffix(id, "-" + std::to_string(n));
        setPresetId(preset, candidate);
        const std::string path = pathFor(presetKind(preset), candidate);
        if (createFileExclusively(path, dumpJson(presetToJson(preset, m_resolver))))
            return path;
    }
    setPresetId(preset, id);
    throw InputError(pathFor(presetKind(preset), id), "id", id,
                     "no free id after " + std::to_string(kMaxFreeIdTries) + " tries");
}

void PresetStore::createFolder() const
{
    std::error_code error;
    fs::create_directories(m_folder, error);
    if (error)
        throw InputError(m_folder, "", "", "cannot create the presets folder: " + error.message());
}

RemovedPreset PresetStore::remove(PresetKind kind, const std::string &id)
{
    const std::string path = pathFor(kind, id);
    RemovedPreset removed{path, readBytes(path)};
    std::error_code error;
    fs::remove(path, error);
    if (error)
        throw InputError(path, "", "", "cannot delete: " + error.message());
    return removed;
}

void PresetStore::restore(const RemovedPreset &removed)
{
    std::error_code error;
    fs::create_directories(fs::path(removed.path).parent_path(), error);
    writeFileAtomically(removed.path, removed.bytes);
}

std::string PresetStore::rename(PresetKind kind, const std::string &id, const std::string &newId)
{
    if (newId == id)
        return pathFor(kind, id);
    if (contains(kind, newId))
        throw InputError(pathFor(kind, newId), "id", newId, "a preset with this id exists already");
    Preset preset = loadPresetFile(pathFor(kind, id), m_resolver);
    setPresetId(preset, newId);
    const std::string path = save(preset, false);
    remove(kind, id);
    return path;
}

int PresetStore::cleanStaleTemporaryFiles() const
{
    return removeStaleTemporaryFiles(m_folder);
}

std::string PresetStore::freeCopyId(PresetKind kind, const std::string &id) const
{
    std::string candidate = withSuffix(id, "-copy");
    for (int n = 2; contains(kind, candidate); ++n)
        candidate = withSuffix(id, "-copy-" + std::to_string(n));
    return candidate;
}

std::string withSuffix(const std::string &id, const std::string &suffix)
{
    // Cut the id, not the suffix, so a long id still gets a different one; a cut that ends in
    // '-' or '.' would not survive idFromName().
    std::string base = id.substr(0, kMaxIdLength - std::min(kMaxIdLength, suffix.size()));
    while (!base.empty() && (base.back() == '-' || base.back() == '.'))
        base.pop_back();
    return base + suffix;
}

std::string idFromName(const std::string &name)
{
    std::string id;
    bool dash = false;
    for (unsigned char c : name) {
        if (std::isalnum(c) && c < 128) {
            if (dash && !id.empty())
                id += '-';
            id += char(std::tolower(c));
            dash = false;
        } else if (c == '.' && !id.empty() && !dash && id.back() != '.') {
            id += '.'; // keeps version numbers such as llama-3.1-8b
        } else {
            dash = true;
        }
    }
    while (!id.empty() && id.back() == '.')
        id.pop_back();
    if (id.size() > kMaxIdLength)
        id.resize(kMaxIdLength);
    while (!id.empty() && (id.back() == '-' || id.back() == '.'))
        id.pop_back();
    return id.empty() ? "preset" : id;
}

std::string presetId(const Preset &preset)
{
    return std::visit([](const auto &p) { return p.id; }, preset);
}

std::string presetName(const Preset &preset)
{
    return std::visit([](const auto &p) { return p.name; }, preset);
}

void setPresetId(Preset &preset, const std::string &id)
{
    std::visit([&](auto &p) { p.id = id; }, preset);
}

void setPresetName(Preset &preset, const std::string &name)
{
    std::visit([&](auto &p) { p.name = name; }, preset);
}

} // namespace kvscope::model
