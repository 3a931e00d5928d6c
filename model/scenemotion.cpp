// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenemotion.h"

#include <algorithm>
#include <cmath>

namespace kvscope::model {

namespace {

double linear(double a, double b, double t)
{
    return a + (b - a) * t;
}

/// Evenly spaced on a logarithmic axis; linear where either end is not positive.
double geometric(double a, double b, double t)
{
    if (!(a > 0) || !(b > 0))
        return linear(a, b, t);
    return a * std::pow(b / a, t);
}

} // namespace

Scenario sceneBetween(const Scenario &from, const Scenario &to, double t)
{
    if (!(t < 1))
        return to;
    t = std::max(t, 0.0);
    Scenario s = from;
    Deployment &d = s.deployment;
    const Deployment &a = from.deployment;
    const Deployment &b = to.deployment;
    d.context = geometric(a.context, b.context, t);
    d.outputTokens = geometric(a.outputTokens, b.outputTokens, t);
    d.hostMemoryBytes = linear(a.hostMemoryBytes, b.hostMemoryBytes, t);
    d.kvCompression.layer = geometric(a.kvCompression.layer, b.kvCompression.layer, t);
    d.kvCompression.head = geometric(a.kvCompression.head, b.kvCompression.head, t);
    d.kvCompression.token = geometric(a.kvCompression.token, b.kvCompression.token, t);
    d.kvCompression.hidden = geometric(a.kvCompression.hidden, b.kvCompression.hidden, t);
    // HBM moves only along one part's sizes; another part is another datasheet.
    if (from.hardware.id == to.hardware.id)
        s.hardware.hbmBytes = linear(from.hardware.hbmBytes, to.hardware.hbmBytes, t);
    return s;
}

} // namespace kvscope::model
