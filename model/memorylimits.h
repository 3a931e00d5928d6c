// SPDX-License-Identifier: GPL-3.0-or-later
// The one rule that ties the memory settings together: the reserve a serving engine keeps on each
// GPU must leave some of the HBM it may use. A reserve at or above it would make "free for KV"
// negative, which no deployment can be.
#pragma once

#include "scenario.h"

#include <string>

namespace kvscope::model {

/// HBM the serving engine may use on one GPU: u x HBM, in bytes.
double usableHbmPerGpu(const Scenario &scenario);

/// The largest reserve per GPU the window offers: the whole GiB just below usableHbmPerGpu()
/// (7 GiB for 8 GiB usable, 0 below 1 GiB), in bytes.
double maxReserveBytesPerGpu(const Scenario &scenario);

/// Throws InputError naming `file`, `field`, the reserve and the usable HBM per GPU (with its
/// u and HBM) when the reserve per GPU is at or above the usable HBM per GPU.
void checkReserve(const Scenario &scenario, const std::string &file, const std::string &field);

} // namespace kvscope::model
