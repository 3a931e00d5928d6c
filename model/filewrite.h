// SPDX-License-Identifier: GPL-3.0-or-later
// Writing files so that nothing is ever half-written or lost: a regular file is replaced
// atomically through a temporary file beside it, what is not a regular file (a link, a device)
// is never replaced by one, a new file can be created without replacing one that appeared
// meanwhile, and the temporary files a killed writer left behind can be found and cleaned up.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace kvscope::model {

/// Writes `text` to `path` so readers see the old file or the new one, never a partial one: a
/// regular file (or a new one) is replaced through a temporary file in its folder, flushed to
/// disk and renamed over it. A symbolic link is followed and its target replaced, so the link
/// stays; a device or a FIFO (/dev/stdout, a pipe) is written directly, never replaced by a file.
/// Throws InputError naming the path and the reason; the temporary file is removed on failure.
void writeFileAtomically(const std::string &path, const std::string &text);

/// Creates `path` with `text`, atomically, unless something already has that name: returns
/// false then and leaves it alone, so of two writers racing for one name exactly one wins. Throws
/// InputError naming the path for any other failure.
bool createFileExclusively(const std::string &path, const std::string &text);

/// True for the names writeFileAtomically() and createFileExclusively() give their temporary
/// files: ".<name>.tmp-" followed by 16 lowercase hex digits.
bool isTemporaryFileName(std::string_view name);

/// Deletes the temporary files in `folder` (see isTemporaryFileName) that a killed writer left:
/// regular files only, symbolic links are not followed, and only those last modified more than
/// `minimumAge` ago, so a write in progress keeps its file. Returns how many were deleted;
/// failures are silent, as nothing depends on the cleanup.
int removeStaleTemporaryFiles(const std::string &folder,
                              std::chrono::seconds minimumAge = std::chrono::minutes(1));

} // namespace kvscope::model
