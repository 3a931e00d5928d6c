// SPDX-License-Identifier: GPL-3.0-or-later
#include "switchingcurves.h"

namespace kvscope::model {

SwitchingCurves switchingCurves(const ExplorerData &data)
{
    SwitchingCurves curves;
    curves.hostMemoryBytes = data.scenario.deployment.hostMemoryBytes;
    for (const SweepPoint &p : data.sweep) {
        const Metrics &r = p.metrics;
        curves.context.push_back(p.x);
        curves.switchSeconds.push_back(r.contextSwitchSeconds);
        curves.prefillSeconds.push_back(r.prefillSeconds);
        curves.kvPerUser.push_back(r.kvBytesPerUser);
        curves.hostParkedUsers.push_back(r.hostParkedUsers);
    }
    // Where one user's KV cache outgrows the host memory that parks swapped-out users.
    curves.hostLimitContext = data.contextWhereKvExceeds(curves.hostMemoryBytes);
    return curves;
}

std::vector<Series> switchingSeries(const SwitchingCurves &c)
{
    return {{"Swap out + in over PCIe", "s", c.context, c.switchSeconds},
            {"Recompute instead (prefill)", "s", c.context, c.prefillSeconds}};
}

} // namespace kvscope::model
