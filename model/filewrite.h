// Writing files so that nothing is ever half-written or lost: a regular file is replaced
// atomically through a temporary file beside it, and what is not a regular file (a link, a
// device) is never replaced by one.
#pragma once

#include <string>

namespace kvscope::model {

/// Writes `text` to `path` so readers see the old file or the new one, never a partial one: a
/// regular file (or a new one) is replaced through a temporary file in its folder, flushed to
/// disk and renamed over it. A symbolic link is followed and its target replaced, so the link
/// stays; a device or a FIFO (/dev/stdout, a pipe) is written directly, never replaced by a file.
/// Throws InputError naming the path and the reason; the temporary file is removed on failure.
void writeFileAtomically(const std::string &path, const std::string &text);

} // namespace kvscope::model
