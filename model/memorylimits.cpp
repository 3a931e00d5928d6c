// SPDX-License-Identifier: GPL-3.0-or-later
// The reserve against the usable HBM (see memorylimits.h).
#include "memorylimits.h"

#include "inputerror.h"
#include "units.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

double usableHbmPerGpu(const Scenario &scenario)
{
    return scenario.hardware.hbmBytes * scenario.deployment.memoryUtilization;
}

double maxReserveBytesPerGpu(const Scenario &scenario)
{
    const double usableGiB = usableHbmPerGpu(scenario) / kGiB;
    return std::max(0.0, std::ceil(usableGiB) - 1) * kGiB;
}

void checkReserve(const Scenario &scenario, const std::string &file, const std::string &field)
{
    const double reserve = scenario.deployment.reservedBytesPerGpu;
    const double usable = usableHbmPerGpu(scenario);
    if (reserve < usable)
        return;
    const auto gib = [](double bytes) {
        return formatPlain(bytes / kGiB) + " GiB";
    };
    throw InputError(file, field, gib(reserve),
                     "the reserve per GPU must be below the HBM usable per GPU, u x HBM = " +
                         formatPlain(scenario.deployment.memoryUtilization) + " x " +
                         gib(scenario.hardware.hbmBytes) + " = " + gib(usable));
}

} // namespace kvscope::model
