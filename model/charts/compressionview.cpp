// SPDX-License-Identifier: GPL-3.0-or-later
#include "compressionview.h"

namespace kvscope::model {

CompressionView compressionView(const CurrentValues &values)
{
    return {compressionTechniques(values.scenario), distanceFrom4K(values.scenario, values.current),
            attentionVariants(values.scenario)};
}

} // namespace kvscope::model
