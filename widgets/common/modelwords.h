// SPDX-License-Identifier: GPL-3.0-or-later
// The model's words for people, in their language: the model keeps English labels, help and
// names for the command line and files, and the window asks here instead. lupdate reads the
// English source texts from these tables; a test keeps the parameter table's equal to the model's.
#pragma once

#include "compression.h"
#include "metrics.h"
#include "parameters.h"
#include "scenarionotes.h"

#include <QString>

namespace kvscope::widgets {

/// "Context length", translated.
QString parameterLabel(const model::Parameter &param);

/// The one-sentence help, translated.
QString parameterHelp(const model::Parameter &param);

/// Whether the table has a row for `param` whose English equals the model's label and help.
bool hasWordsFor(const model::Parameter &param);

/// What is wrong with `value` for `param` (model::findValueProblem()), in the user's words
/// ("must be from 1 to 64 GPUs"); empty when the value is fine.
QString valueProblem(const model::Parameter &param, double value);

/// "18 users", "1 user", "0.06 users" with the locale's decimal separator.
QString usersText(double users);

/// A compression technique's button text ("GQA, 8 KV heads") and tooltip sentence, translated;
/// in English they equal the model's name and summary (a test keeps them so).
QString techniqueName(const model::CompressionTechnique &technique);
QString techniqueSummary(const model::CompressionTechnique &technique);

/// model::scenarioNotes() in the user's language: the modelled effects worded here, then the
/// model's import notes (which name config fields, and stay as the model wrote them).
QStringList scenarioNotesText(const model::ModelSpec &model, int gpus, model::ByteUnits units);

/// The hardware's name, marked "(modified)" where its figures are no longer the built-in preset's
/// of that name (model::differsFromBuiltin): "NVIDIA A100 SXM4 80GB (modified)" at 141 GiB.
QString hardwareName(const model::HardwareSpec &hardware);

/// "compute" or "memory": what bounds a prefill or a decode step.
QString boundWord(model::Bound bound);

} // namespace kvscope::widgets
