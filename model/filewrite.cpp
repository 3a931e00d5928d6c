// SPDX-License-Identifier: GPL-3.0-or-later
// Atomic and exclusive file writing (see filewrite.h).
#include "filewrite.h"

#include "filedescriptor.h"
#include "inputerror.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kvscope::model {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTemporaryMark = ".tmp-";
constexpr std::size_t kTemporaryDigits = 16;
/// As many links as the kernel itself follows before it gives up with ELOOP.
constexpr int kMaxLinks = 40;

/// Throws for `path` with the system's reason; takes errno first, before building the message
/// can disturb it.
[[noreturn]] void fail(const std::string &path, int error, std::string_view what)
{
    throw InputError(path, "", "", std::string(what) + ": " + std::strerror(error));
}

fs::path folderOf(const fs::path &path)
{
    return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

/// Where writing `path` should land: the final target of a chain of symbolic links (which need
/// not exist yet), or `path` itself.
fs::path followLinks(const std::string &path)
{
    fs::path current(path);
    for (int hop = 0; hop < kMaxLinks; ++hop) {
        struct stat info = {};
        if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode))
            return current;
        std::error_code error;
        const fs::path next = fs::read_symlink(current, error);
        if (error)
            fail(path, error.value(), "cannot follow the symbolic link");
        current = next.is_absolute() ? next : folderOf(current) / next;
    }
    fail(path, ELOOP, "cannot follow the symbolic link");
}

void writeAll(int fd, const std::string &text, const std::string &path)
{
    const char *data = text.data();
    std::size_t left = text.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            fail(path, errno, "cannot write");
        }
        data += written;
        left -= std::size_t(written);
    }
}

/// A device, FIFO or socket takes the bytes as they come: there is no file to replace.
void writeDirectly(const std::string &path, const fs::path &target, const std::string &text)
{
    // O_NONBLOCK: opening a named pipe nobody reads would otherwise wait forever. Once open, the
    // writes may wait for a reader that is there.
    FileDescriptor file(::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK));
    if (file.get() < 0 && errno == ENXIO)
        throw InputError(path, "", "", "a named pipe that no process is reading");
    if (file.get() < 0)
        fail(path, errno, "cannot open for writing");
    ::fcntl(file.get(), F_SETFL, ::fcntl(file.get(), F_GETFL) & ~O_NONBLOCK);
    writeAll(file.get(), text, path);
    if (file.close() != 0)
        fail(path, errno, "cannot write");
}

/// Makes a rename or link in `folder` durable; a failure cannot be undone, so it is not reported.
void syncFolder(const fs::path &folder)
{
    FileDescriptor fd(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());
}

/// `text` in a new file of our own name beside `target` (so a rename or link stays within one
/// file system), flushed to disk; deleted again unless commit() is called.
class TemporaryFile
{
public:
    TemporaryFile(const std::string &path, const fs::path &target, const std::string &text)
        : m_path(path)
    {
        const fs::path folder = folderOf(target);
        std::random_device entropy;
        std::mt19937_64 random((std::uint64_t(entropy()) << 32) ^ entropy() ^
                               std::uint64_t(::getpid()));
        int fd = -1;
        for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
            char suffix[32];
            std::snprintf(suffix, sizeof suffix, "%.*s%0*llx", int(kTemporaryMark.size()),
                          kTemporaryMark.data(), int(kTemporaryDigits),
                          static_cast<unsigned long long>(random()));
            m_name = (folder / ("." + target.filename().string() + suffix)).string();
            fd = ::open(m_name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd < 0 && errno != EEXIST)
                fail(path, errno, "cannot create a temporary file in " + folder.string());
        }
        if (fd < 0)
            fail(path, EEXIST, "cannot create a temporary file in " + folder.string());
        m_created = true;
        // A constructor that throws runs no destructor: delete the file here on the way out.
        try {
            write(fd, target, text);
        } catch (...) {
            ::unlink(m_name.c_str());
            throw;
        }
    }
    ~TemporaryFile()
    {
        if (m_created)
            ::unlink(m_name.c_str());
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    const std::string &name() const { return m_name; }
    /// The file has been renamed into place: nothing left to delete.
    void commit() { m_created = false; }

private:
    void write(int fd, const fs::path &target, const std::string &text)
    {
        FileDescriptor file(fd);
        // Keep the permissions of a file being replaced; a new one gets 0666 minus the umask.
        struct stat existing = {};
        if (::stat(target.c_str(), &existing) == 0 && S_ISREG(existing.st_mode))
            ::fchmod(fd, existing.st_mode & 07777);
        writeAll(fd, text, m_path);
        if (::fsync(fd) != 0)
            fail(m_path, errno, "cannot flush to disk");
        if (file.close() != 0)
            fail(m_path, errno, "cannot write");
    }

    const std::string &m_path;
    std::string m_name;
    bool m_created = false;
};

} // namespace

void writeFileAtomically(const std::string &path, const std::string &text)
{
    if (path.empty())
        throw InputError("", "", "", "no output file name given");
    // stat() follows every link the way open() will, including /proc's (/dev/stdout ->
    // /proc/self/fd/1 -> "pipe:[...]", which names no file): a device or pipe is written as is.
    struct stat info = {};
    if (::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode) && !S_ISDIR(info.st_mode)) {
        writeDirectly(path, path, text);
        return;
    }
    const fs::path target = followLinks(path);
    TemporaryFile temporary(path, target, text);
    if (::rename(temporary.name().c_str(), target.c_str()) != 0)
        fail(path, errno, "cannot replace the file");
    temporary.commit();
    syncFolder(folderOf(target));
}

bool createFileExclusively(const std::string &path, const std::string &text)
{
    if (path.empty())
        throw InputError("", "", "", "no output file name given");
    const fs::path target(path);
    TemporaryFile temporary(path, target, text);
    // link(2) never replaces an existing name, unlike rename(2); the temporary name goes either
    // way. File systems without hard links get the same promise from RENAME_NOREPLACE.
    if (::link(temporary.name().c_str(), target.c_str()) != 0) {
        const int error = errno;
        if (error == EEXIST)
            return false;
        if (error != EPERM && error != EOPNOTSUPP && error != EMLINK)
            fail(path, error, "cannot create the file");
        if (::renameat2(AT_FDCWD, temporary.name().c_str(), AT_FDCWD, target.c_str(),
                        RENAME_NOREPLACE) != 0) {
            if (errno == EEXIST)
                return false;
            fail(path, errno, "cannot create the file");
        }
        temporary.commit();
    }
    syncFolder(folderOf(target));
    return true;
}

bool isTemporaryFileName(std::string_view name)
{
    const std::size_t tail = kTemporaryMark.size() + kTemporaryDigits;
    if (name.size() <= tail + 1 || name.front() != '.')
        return false;
    const std::string_view suffix = name.substr(name.size() - tail);
    if (suffix.substr(0, kTemporaryMark.size()) != kTemporaryMark)
        return false;
    for (const char c : suffix.substr(kTemporaryMark.size()))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

int removeStaleTemporaryFiles(const std::string &folder, std::chrono::seconds minimumAge)
{
    std::error_code error;
    int removed = 0;
    const std::time_t now = std::time(nullptr);
    for (const auto &entry : fs::directory_iterator(folder, error)) {
        const fs::path &path = entry.path();
        if (!isTemporaryFileName(path.filename().string()))
            continue;
        // lstat: a symbolic link with our name is left alone, and so is whatever it points to.
        struct stat info = {};
        if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
            continue;
        if (now - info.st_mtime <= minimumAge.count())
            continue;
        if (::unlink(path.c_str()) == 0)
            ++removed;
    }
    return removed;
}

} // namespace kvscope::model
