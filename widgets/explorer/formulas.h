// SPDX-License-Identifier: GPL-3.0-or-later
// The formula behind each number of the metrics strip, with the current values substituted
// (cost-model.md §4), and the line naming the conventions in force. Plain text for tooltips.
#pragma once

#include "explorerdata.h"
#include "units.h"

#include <QString>

namespace kvscope::widgets {

QString kvPerUserFormula(const model::CurrentValues &data, model::ByteUnits units);
QString concurrencyFormula(const model::CurrentValues &data, model::ByteUnits units);
QString prefillFormula(const model::CurrentValues &data, model::ByteUnits units);
QString decodePerTokenFormula(const model::CurrentValues &data, model::ByteUnits units);
QString decodeTotalFormula(const model::CurrentValues &data, model::ByteUnits units);
QString switchFormula(const model::CurrentValues &data, model::ByteUnits units);
/// Cost per million input and output tokens at the hardware's GPU-hour price (§4.10).
QString costFormula(const model::CurrentValues &data);
/// How the expected-in-practice band is made, appended to the prefill and decode tooltips.
QString bandExplanation();

/// "K = 1,000 tokens · attention FLOP: paper · TP communication off · peak efficiency ·
/// 34B counted (paper's recount) · GiB": every convention the numbers depend on.
QString conventionsText(const model::Scenario &scenario, model::ByteUnits units);

} // namespace kvscope::widgets
