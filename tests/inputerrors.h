// SPDX-License-Identifier: GPL-3.0-or-later
// The InputError a call throws, for the tests of every reader and writer that check what a bad
// input is told.
#pragma once

#include "inputerror.h"

#include <functional>
#include <optional>

namespace kvscope::model {

/// The InputError `call` throws, or nullopt when it returns normally.
inline std::optional<InputError> errorFrom(const std::function<void()> &call)
{
    try {
        call();
    } catch (const InputError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace kvscope::model
