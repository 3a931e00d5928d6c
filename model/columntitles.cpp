// SPDX-License-Identifier: GPL-3.0-or-later
#include "columntitles.h"

#include "builtins.h"
#include "evaluate.h"
#include "parameters.h"
#include "units.h"

#include <algorithm>

namespace kvscope::model {

namespace {

/// The keys a title may add, in the order it shows them: the deployment a reader varies while
/// comparing, the conventions the explorer's caption names, then the rest of the deployment.
std::vector<std::string_view> titleKeys()
{
    std::vector<std::string_view> keys = {
        "gpus",   "replicas",       "context",         "output-tokens", "batch",
        "dtypes", "kv-compression", "attention-flops", "tp-comm",       "size"};
    for (const Parameter &param : parameters()) {
        const bool folded = param.key == "params" || param.key == "model-size" ||
                            param.key.starts_with("kv-compression-");
        if (param.scope == Scope::Deployment && !folded &&
            std::find(keys.begin(), keys.end(), param.key) == keys.end())
            keys.push_back(param.key);
    }
    return keys;
}

std::string countWord(double count, const char *one, const char *many)
{
    return formatPlain(count) + " " + (count == 1 ? one : many);
}

std::string baseTitle(const ColumnTitle &title)
{
    return title.model + " on " + title.hardware;
}

} // namespace

std::string distinguishingText(const Scenario &column, std::string_view key)
{
    const Deployment &d = column.deployment;
    if (key == "gpus")
        return countWord(d.gpus, "GPU", "GPUs");
    if (key == "replicas")
        return countWord(d.replicas, "replica", "replicas");
    if (key == "context")
        return formatTokens(d.context) + " tokens";
    if (key == "output-tokens")
        return formatTokens(d.outputTokens) + " out";
    if (key == "batch")
        return "batch " + formatPlain(d.batch);
    if (key == "dtypes")
        return std::string(dtypeName(d.weightDtype)) + "/" + std::string(dtypeName(d.kvDtype));
    if (key == "kv-compression")
        return d.kvCompression.combined() == 1
                   ? std::string("KV uncompressed")
                   : "KV compressed ×" + formatPlain(d.kvCompression.combined());
    if (key == "attention-flops")
        return "attention FLOP: " + std::string(attentionFlopsName(d.attentionFlops));
    if (key == "tp-comm")
        return d.tpCommunication ? "TP comm on" : "TP comm off";
    if (key == "size") {
        // As the explorer's caption counts the model: recounted, rescaled or as built.
        const double params =
            d.paramsOverride > 0 ? d.paramsOverride : countParams(effectiveModel(column)).total;
        const char *how = d.paramsOverride > 0 ? ", recounted"
                          : d.modelSize > 0    ? ", rescaled"
                                               : "";
        return formatParams(params) + " params" + how;
    }
    // The rest of the deployment as its slider shows it: "MFU 0.5", "Host memory 512 GiB".
    const Parameter &param = parameter(key);
    const double value = param.get(column);
    const bool whole = param.unit == Unit::Users || param.unit == Unit::Gpus;
    const std::string_view unit = unitSuffix(param.unit);
    const bool bare = unit.empty() || param.unit == Unit::Fraction;
    std::string text(param.label);
    text += ' ';
    text += whole ? formatInteger(value) : formatPlain(roundSignificant(value, 4));
    if (!bare) {
        text += ' ';
        text += unit;
    }
    return text;
}

std::vector<ColumnTitle> columnTitleParts(std::span<const Scenario> columns)
{
    std::vector<ColumnTitle> titles;
    for (const Scenario &column : columns) {
        ColumnTitle title;
        title.model = column.model.name;
        title.hardware =
            column.hardware.name + (differsFromBuiltin(column.hardware) ? " (modified)" : "");
        titles.push_back(std::move(title));
    }
    // Columns that read the same get every value that differs among them.
    const std::vector<std::string_view> keys = titleKeys();
    for (std::size_t i = 0; i < titles.size(); ++i) {
        std::vector<std::size_t> group;
        for (std::size_t j = 0; j < titles.size(); ++j)
            if (baseTitle(titles[j]) == baseTitle(titles[i]))
                group.push_back(j);
        if (group.size() < 2)
            continue;
        for (std::string_view key : keys) {
            const std::string mine = distinguishingText(columns[i], key);
            const bool differs = std::any_of(group.begin(), group.end(), [&](std::size_t j) {
                return distinguishingText(columns[j], key) != mine;
            });
            if (differs)
                titles[i].distinguishing.push_back(key);
        }
    }
    // What still reads the same is the same column twice: number the repeats.
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < titles.size(); ++i)
        texts.push_back(columnTitleText(titles[i], columns[i]));
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const auto seen = std::count(texts.begin(), texts.begin() + std::ptrdiff_t(i), texts[i]);
        titles[i].repeat = seen > 0 ? int(seen) + 1 : 0;
    }
    return titles;
}

std::string columnTitleText(const ColumnTitle &title, const Scenario &column)
{
    std::string text = baseTitle(title);
    for (std::string_view key : title.distinguishing)
        text += " · " + distinguishingText(column, key);
    if (title.repeat > 0)
        text += " (" + std::to_string(title.repeat) + ")";
    return text;
}

std::vector<std::string> columnTitles(std::span<const Scenario> columns)
{
    const std::vector<ColumnTitle> parts = columnTitleParts(columns);
    std::vector<std::string> titles;
    for (std::size_t i = 0; i < parts.size(); ++i)
        titles.push_back(columnTitleText(parts[i], columns[i]));
    return titles;
}

} // namespace kvscope::model
