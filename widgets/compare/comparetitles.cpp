// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparetitles.h"

#include "evaluate.h"
#include "modeltext.h"
#include "modelwords.h"
#include "parameters.h"
#include "parameterslider.h"

#include <QFontMetrics>
#include <QObject>

namespace kvscope::widgets {

namespace {

/// A parameter's value as its slider's field shows it: "50K", "8", "0.5".
QString sliderText(const model::Scenario &column, std::string_view key)
{
    const model::Parameter &param = model::parameter(key);
    return ParameterSlider::formatValue(param.get(column), param);
}

} // namespace

QString compareValueText(const model::Scenario &column, std::string_view key)
{
    const model::Deployment &d = column.deployment;
    if (key == "gpus")
        return d.gpus == 1 ? QObject::tr("1 GPU") : QObject::tr("%1 GPUs").arg(d.gpus);
    if (key == "replicas")
        return d.replicas == 1 ? QObject::tr("1 replica")
                               : QObject::tr("%1 replicas").arg(d.replicas);
    if (key == "context")
        return QObject::tr("%1 tokens").arg(sliderText(column, key));
    if (key == "output-tokens")
        return QObject::tr("%1 out").arg(sliderText(column, key));
    if (key == "batch")
        return QObject::tr("batch %1").arg(d.batch);
    if (key == "dtypes")
        return QStringLiteral("%1/%2").arg(q(model::dtypeName(d.weightDtype)),
                                           q(model::dtypeName(d.kvDtype)));
    if (key == "kv-compression")
        return d.kvCompression.combined() == 1
                   ? QObject::tr("KV uncompressed")
                   : QObject::tr("KV compressed ×%1")
                         .arg(q(model::formatPlain(d.kvCompression.combined())));
    if (key == "attention-flops")
        return QObject::tr("attention FLOP: %1")
            .arg(q(model::attentionFlopsName(d.attentionFlops)));
    if (key == "tp-comm")
        return d.tpCommunication ? QObject::tr("TP comm on") : QObject::tr("TP comm off");
    if (key == "size") {
        // Counted as the explorer's caption counts it.
        const double params = d.paramsOverride > 0
                                  ? d.paramsOverride
                                  : model::countParams(model::effectiveModel(column)).total;
        QString text = QObject::tr("%1 params").arg(q(model::formatParams(params)));
        if (d.paramsOverride > 0)
            text += QObject::tr(", recounted");
        else if (d.modelSize > 0)
            text += QObject::tr(", rescaled");
        return text;
    }
    const model::Parameter &param = model::parameter(key);
    const QString unit = ParameterSlider::unitText(param);
    const QString value = sliderText(column, key);
    return parameterLabel(param) + QLatin1Char(' ') +
           (unit.isEmpty() ? value : value + QLatin1Char(' ') + unit);
}

QStringList columnTitlePieces(const model::ColumnTitle &title, const model::Scenario &column)
{
    QStringList pieces{q(title.model), QObject::tr("on %1").arg(hardwareName(column.hardware))};
    for (std::string_view key : title.distinguishing)
        pieces << QStringLiteral("· ") + compareValueText(column, key);
    if (title.repeat > 0)
        pieces << QStringLiteral("(%1)").arg(title.repeat);
    return pieces;
}

QStringList compareColumnTitles(const std::vector<model::Scenario> &columns)
{
    const std::vector<model::ColumnTitle> parts = model::columnTitleParts(columns);
    QStringList titles;
    for (std::size_t c = 0; c < parts.size(); ++c)
        titles << columnTitlePieces(parts[c], columns[c]).join(QLatin1Char(' '));
    return titles;
}

QString columnDeployment(const model::Scenario &column)
{
    QStringList parts;
    for (std::string_view key : {"gpus", "replicas", "context", "output-tokens", "batch"})
        if (key != "replicas" || column.deployment.replicas != 1)
            parts << compareValueText(column, key);
    return parts.join(QStringLiteral(" · "));
}

QStringList fitPieces(const QStringList &pieces, const QFontMetrics &metrics, int width)
{
    const QString separator = QStringLiteral("· ");
    QStringList lines;
    for (const QString &piece : pieces) {
        const QString joined = lines.isEmpty() ? piece : lines.back() + QLatin1Char(' ') + piece;
        if (!lines.isEmpty() && metrics.horizontalAdvance(joined) <= width)
            lines.back() = joined;
        else // a line does not start with a separator
            lines << (piece.startsWith(separator) ? piece.mid(separator.size()) : piece);
    }
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, std::max(1, width));
    return lines;
}

} // namespace kvscope::widgets
