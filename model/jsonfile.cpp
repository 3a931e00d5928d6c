// SPDX-License-Identifier: GPL-3.0-or-later
// Safe JSON reading and atomic, deterministic writing (see jsonfile.h).
#include "jsonfile.h"

#include "filedescriptor.h"
#include "inputerror.h"
#include "jsonbuilder.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kvscope::model {

namespace {

using nlohmann::json;

std::string systemReason(int error)
{
    return std::strerror(error);
}

std::string mebibytes(std::uintmax_t bytes)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f MiB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

/// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence
/// (overlong forms, surrogates and code points above U+10FFFF count as ill-formed).
std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            // Most of any JSON file is ASCII: skip it eight bytes at a time.
            ++i;
            for (std::uint64_t word; i + 8 <= size; i += 8) {
                std::memcpy(&word, bytes + i, 8);
                if (word & 0x8080808080808080ull)
                    break;
            }
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF)
            length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // UTF-16 surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else
            return i;
        if (i + length > size)
            return i;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned char next = bytes[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max)
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

json parseJson(std::string_view text, const std::string &file)
{
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw InputError(file, "", "", "empty file: expected a JSON object");
    if (const auto bad = firstInvalidUtf8(text))
        throw InputError(file, "", "", "invalid UTF-8 at byte " + std::to_string(*bad));

    // The SAX builder refuses depth, size and duplicate keys as it goes (100,000 '[' stop at the
    // 65th) and appends each value once, so the time is linear in the text.
    JsonBuilder builder(file, kMaxJsonDepth, kMaxJsonValues);
    try {
        json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const json::exception &error) {
        throw InputError(file, "", "", "malformed JSON: " + withoutExceptionId(error.what()));
    }
    json document = builder.take();
    if (!document.is_object())
        throw InputError(file, "", "",
                         std::string("the top level must be a JSON object, not ") +
                             (document.is_array() ? "an array" : "a single value"));
    return document;
}

json readJsonFile(const std::string &path)
{
    if (path.empty())
        throw InputError("", "", "", "no file name given");

    // O_NONBLOCK: opening a named pipe nobody writes to would otherwise wait forever.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        throw InputError(path, "", "", "cannot open: " + systemReason(errno));
    FileDescriptor file(fd);

    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        throw InputError(path, "", "", "cannot read: " + systemReason(errno));
    if (S_ISDIR(info.st_mode))
        throw InputError(path, "", "", "is a folder, not a JSON file");
    // A pipe with a writer (`--model <(curl ...)`) is then waited for like any input.
    if (!S_ISREG(info.st_mode))
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    // Regular files announce their size: refuse a huge one before reading any of it. Pipes and
    // devices do not, so the read below stops one byte past the limit as well.
    if (S_ISREG(info.st_mode) && std::uintmax_t(info.st_size) > kMaxJsonFileBytes)
        throw InputError(path, "", std::to_string(info.st_size) + " bytes",
                         "larger than the " + mebibytes(kMaxJsonFileBytes) + " limit for JSON (" +
                             mebibytes(std::uintmax_t(info.st_size)) + ")");

    std::string text;
    if (S_ISREG(info.st_mode))
        text.reserve(std::size_t(info.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw InputError(path, "", "", "cannot read: " + systemReason(errno));
        }
        if (got == 0)
            break;
        text.append(buffer, std::size_t(got));
        if (text.size() > kMaxJsonFileBytes)
            throw InputError(path, "", "more than " + std::to_string(kMaxJsonFileBytes) + " bytes",
                             "larger than the " + mebibytes(kMaxJsonFileBytes) + " limit for JSON");
    }
    return parseJson(text, path);
}

std::string dumpJson(const json &document)
{
    // nlohmann's object type is a std::map, so keys come out sorted; replacing invalid UTF-8
    // keeps a stray byte in a name from turning a save into an exception.
    return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace kvscope::model
