// SPDX-License-Identifier: GPL-3.0-or-later
// One formatter per unit. Labels, tooltips, axis ticks, CSV headers and the command line all go
// through these, so GB and GiB are never mixed silently.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kvscope::model {

/// Decimal (1 GB = 1e9 B) or binary (1 GiB = 2^30 B) byte prefixes.
enum class ByteUnits
{
    Decimal,
    Binary
};

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr double kGB = 1e9;

/// "11.44 GiB", "68.0 GB", "983 MB": prefix chosen by magnitude, `digits` significant digits.
std::string formatBytes(double bytes, ByteUnits units, int digits = 4);
/// The bytes in one fixed prefix, e.g. formatBytesIn(12.288e9, Binary, "GiB") = "11.44 GiB".
double bytesIn(double bytes, ByteUnits units, std::string_view prefix);
/// "GB" or "GiB": the axis unit for a value of about this size.
std::string_view bytesPrefixFor(double bytes, ByteUnits units);

/// "14.1 s", "33.8 ms", "12.0 us", "2.50 min", "1.20 h", "3.0 d".
std::string formatSeconds(double seconds, int digits = 3);
/// A range in the unit formatSeconds picks for `high`: "18-30 s", "21.4-35.2 ms".
std::string formatSecondsRange(double low, double high, int digits = 3);
/// US dollars: "$2.99", "$0.0412", "$1,234".
std::string formatUsd(double usd);
/// "2.78e14 FLOP" style counts: "278 TFLOP", "4.39 PFLOP".
std::string formatFlops(double flops, int digits = 3);
/// "312 TFLOP/s".
std::string formatFlopRate(double flopsPerSecond, int digits = 3);
/// "2.04 TB/s", "32.0 GB/s".
std::string formatBandwidth(double bytesPerSecond, int digits = 3);
/// Token counts with K = 1,000 as the paper uses: "50K", "4K", "1M", "131.1K", "250".
std::string formatTokens(double tokens);
/// "18 users", "1 user", "0 users"; fractional values keep two decimals ("1.46 users").
std::string formatUsers(double users);
/// "34B", "7.24B", "671B", "1.5T", "560M".
std::string formatParams(double params);
/// "x15.8", "x1.16", "x0.0625".
std::string formatRatio(double ratio);
/// Plain number for messages and files: shortest of %.10g.
std::string formatPlain(double value);
/// Thousands separators: "245,760".
std::string formatInteger(double value);

/// Words joined for a message: "a, b or c".
std::string wordList(const std::vector<std::string_view> &words);

/// `value` rounded to `digits` significant digits (0 stays 0).
double roundSignificant(double value, int digits);

/// A formatter's output without trailing zeros in its number: "20.00 GiB" -> "20 GiB",
/// "2.50 s" -> "2.5 s".
std::string trimZeros(const std::string &formatted);

} // namespace kvscope::model
