// SPDX-License-Identifier: GPL-3.0-or-later
// What the compression page shows for the explorer's current values: the technique examples for
// this model, how far the context is from 4K, and the four attention types side by side. Made
// once per change while the page is shown, from the values the explorer evaluated already (the
// distance reuses the current metrics rather than evaluating the scenario again); each of the
// page's three tables takes its part.
#pragma once

#include "attentionvariants.h"
#include "compression.h"
#include "explorerdata.h"

#include <vector>

namespace kvscope::model {

struct CompressionView
{
    std::vector<CompressionTechnique> techniques;
    DistanceFrom4K distance;
    std::vector<AttentionVariant> variants; ///< MHA, GQA, MQA, MLA
};

CompressionView compressionView(const CurrentValues &values);

} // namespace kvscope::model
