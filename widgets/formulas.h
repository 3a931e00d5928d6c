// The formula behind each number of the metrics strip, with the current values substituted
// (cost-model.md §4), and the line naming the conventions in force. Plain text for tooltips.
#pragma once

#include "chartdata.h"

#include <QString>

namespace kvscope::widgets {

QString kvPerUserFormula(const model::ExplorerData &data, model::ByteUnits units);
QString concurrencyFormula(const model::ExplorerData &data, model::ByteUnits units);
QString prefillFormula(const model::ExplorerData &data, model::ByteUnits units);
QString decodePerTokenFormula(const model::ExplorerData &data, model::ByteUnits units);
QString decodeTotalFormula(const model::ExplorerData &data, model::ByteUnits units);
QString switchFormula(const model::ExplorerData &data, model::ByteUnits units);

/// "K = 1,000 tokens · attention FLOP: paper · TP communication off · peak efficiency ·
/// 34B counted (paper's recount) · GiB": every convention the numbers depend on.
QString conventionsText(const model::Scenario &scenario, model::ByteUnits units);

} // namespace kvscope::widgets
