// SPDX-License-Identifier: GPL-3.0-or-later
// An open POSIX file descriptor that closes itself: the readers and writers of files (jsonfile,
// filewrite) must not leak one on any of their error paths.
#pragma once

#include <unistd.h>

namespace kvscope::model {

class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    /// Closes now, reporting the error a deferred write may only show here (NFS, quotas).
    int close()
    {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result;
    }

private:
    int m_fd;
};

} // namespace kvscope::model
