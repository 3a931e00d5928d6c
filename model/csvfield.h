// SPDX-License-Identifier: GPL-3.0-or-later
// One field of a CSV row as RFC 4180 writes it, for every CSV kvscope produces.
#pragma once

#include <string>
#include <string_view>

namespace kvscope::model {

/// `text` as is, or in double quotes with its quotes doubled when it holds a comma, a quote or a
/// line break ("gpu,v2" -> "\"gpu,v2\"").
std::string csvField(std::string_view text);

} // namespace kvscope::model
