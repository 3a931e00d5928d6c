// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace kvscope::model {

namespace {

struct Prefix
{
    const char *name;
    double scale;
};

constexpr std::array<Prefix, 6> kDecimal{
    {{"B", 1}, {"kB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12}, {"PB", 1e15}}};
constexpr std::array<Prefix, 6> kBinary{{{"B", 1},
                                         {"KiB", 1024.0},
                                         {"MiB", 1024.0 * 1024},
                                         {"GiB", kGiB},
                                         {"TiB", kGiB * 1024},
                                         {"PiB", kGiB * 1024 * 1024}}};
constexpr std::array<Prefix, 7> kSi{
    {{"", 1}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"P", 1e15}, {"E", 1e18}}};

/// `digits` significant digits without exponent, e.g. (14.06, 3) -> "14.1", (0.9155, 4) ->
/// "0.9155".
std::string significant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", value);
        return buf;
    }
    const int magnitude = int(std::floor(std::log10(std::fabs(value))));
    int decimals = std::max(0, digits - 1 - magnitude);
    // Rounding can carry into a new digit (99.96 -> 100.0); drop the extra decimal then.
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    const double rounded = std::atof(buf);
    if (decimals > 0 && std::floor(std::log10(std::fabs(rounded))) > magnitude) {
        --decimals;
        std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    }
    return buf;
}

template <std::size_t N> const Prefix &pick(const std::array<Prefix, N> &prefixes, double value)
{
    const double magnitude = std::fabs(value);
    const Prefix *chosen = &prefixes[0];
    for (const auto &prefix : prefixes)
        if (magnitude >= prefix.scale * 0.9995)
            chosen = &prefix;
    return *chosen;
}

template <std::size_t N>
std::string withPrefix(const std::array<Prefix, N> &prefixes, double value, int digits,
                       const char *suffix)
{
    const Prefix &prefix = pick(prefixes, value);
    return significant(value / prefix.scale, digits) + " " + prefix.name + suffix;
}

/// "34.0" -> "34", "7.240" -> "7.24": decimals that say nothing are dropped.
std::string withoutTrailingZeros(std::string text)
{
    if (text.find('.') == std::string::npos)
        return text;
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.')
        text.pop_back();
    return text;
}

} // namespace

std::string formatBytes(double bytes, ByteUnits units, int digits)
{
    return units == ByteUnits::Binary ? withPrefix(kBinary, bytes, digits, "")
                                      : withPrefix(kDecimal, bytes, digits, "");
}

double bytesIn(double bytes, ByteUnits units, std::string_view prefix)
{
    const auto lookup = [&](const auto &prefixes) {
        for (const auto &p : prefixes)
            if (prefix == p.name)
                return bytes / p.scale;
        return bytes;
    };
    return units == ByteUnits::Binary ? lookup(kBinary) : lookup(kDecimal);
}

std::string_view bytesPrefixFor(double bytes, ByteUnits units)
{
    return units == ByteUnits::Binary ? pick(kBinary, bytes).name : pick(kDecimal, bytes).name;
}

namespace {
/// The unit formatSeconds shows a time of this size in: seconds per unit and its name.
std::pair<double, const char *> secondsUnit(double magnitude)
{
    if (magnitude < 1e-6 * 0.9995)
        return {1e-9, "ns"};
    if (magnitude < 1e-3 * 0.9995)
        return {1e-6, "us"};
    if (magnitude < 0.9995)
        return {1e-3, "ms"};
    if (magnitude < 120)
        return {1, "s"};
    if (magnitude < 2 * 3600)
        return {60, "min"};
    if (magnitude < 2 * 86400)
        return {3600, "h"};
    return {86400, "d"};
}
} // namespace

std::string formatSeconds(double seconds, int digits)
{
    if (seconds == 0)
        return "0 s";
    const auto [scale, name] = secondsUnit(std::fabs(seconds));
    return significant(seconds / scale, digits) + " " + name;
}

std::string formatSecondsRange(double low, double high, int digits)
{
    // Both ends in high's unit: "18-30 s", not "18 s-30 s" or "900 ms-1.2 s".
    const auto [scale, name] = secondsUnit(std::fabs(high));
    return significant(low / scale, digits) + "-" + significant(high / scale, digits) + " " + name;
}

std::string formatUsd(double usd)
{
    if (std::fabs(usd) >= 1000)
        return "$" + formatInteger(std::round(usd));
    return "$" + significant(usd, 3);
}

std::string formatFlops(double flops, int digits)
{
    return withPrefix(kSi, flops, digits, "FLOP");
}

std::string formatFlopRate(double flopsPerSecond, int digits)
{
    return withPrefix(kSi, flopsPerSecond, digits, "FLOP/s");
}

std::string formatBandwidth(double bytesPerSecond, int digits)
{
    return withPrefix(kDecimal, bytesPerSecond, digits, "/s");
}

std::string formatTokens(double tokens)
{
    const double magnitude = std::fabs(tokens);
    // Whole numbers print bare ("50K"); others keep up to one decimal beyond 3 digits.
    const auto compact = [](double value, const char *suffix) {
        return withoutTrailingZeros(significant(value, value >= 100 ? 4 : 3)) + suffix;
    };
    if (magnitude >= 1e9 * 0.99995)
        return compact(tokens / 1e9, "G");
    if (magnitude >= 1e6 * 0.99995)
        return compact(tokens / 1e6, "M");
    if (magnitude >= 1e3)
        return compact(tokens / 1e3, "K");
    return formatPlain(std::round(tokens));
}

std::string formatUsers(double users)
{
    std::string number;
    if (users == std::floor(users))
        number = formatInteger(users);
    else {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", users);
        number = buf;
    }
    return number + (users == 1 ? " user" : " users");
}

std::string formatParams(double params)
{
    const double magnitude = std::fabs(params);
    const auto compact = [](double value, const char *suffix) {
        return withoutTrailingZeros(significant(value, 3)) + suffix;
    };
    if (magnitude >= 1e12 * 0.9995)
        return compact(params / 1e12, "T");
    if (magnitude >= 1e9 * 0.9995)
        return compact(params / 1e9, "B");
    if (magnitude >= 1e6 * 0.9995)
        return compact(params / 1e6, "M");
    if (magnitude >= 1e3)
        return compact(params / 1e3, "K");
    return formatPlain(params);
}

std::string formatRatio(double ratio)
{
    return "x" + significant(ratio, 3);
}

std::string formatPlain(double value)
{
    // %.15g, but never in the process's locale: CSV, the command line and file names need a
    // decimal point even where Qt has set LC_NUMERIC to a decimal comma.
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 15);
    return std::string(buf, result.ptr);
}

std::string formatInteger(double value)
{
    if (!std::isfinite(value) || std::fabs(value) >= 1e18)
        return formatPlain(value);
    long long whole = std::llround(value);
    const bool negative = whole < 0;
    std::string digits = std::to_string(negative ? -whole : whole);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return negative ? "-" + grouped : grouped;
}

double roundSignificant(double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return value;
    const double magnitude = std::floor(std::log10(std::fabs(value)));
    const double factor = std::pow(10.0, digits - 1 - magnitude);
    return std::round(value * factor) / factor;
}

std::string trimZeros(const std::string &formatted)
{
    std::size_t end = 0;
    while (end < formatted.size() && (std::isdigit(static_cast<unsigned char>(formatted[end])) ||
                                      formatted[end] == '.' || (end == 0 && formatted[end] == '-')))
        ++end;
    std::string number = formatted.substr(0, end);
    if (number.find('.') == std::string::npos)
        return formatted;
    while (!number.empty() && number.back() == '0')
        number.pop_back();
    if (!number.empty() && number.back() == '.')
        number.pop_back();
    return number + formatted.substr(end);
}

std::string wordList(const std::vector<std::string_view> &words)
{
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += i + 1 == words.size() ? " or " : ", ";
        text += words[i];
    }
    return text;
}

} // namespace kvscope::model
