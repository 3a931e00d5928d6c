// SPDX-License-Identifier: GPL-3.0-or-later
#include "distancepanel.h"

#include "labeltable.h"
#include "modeltext.h"
#include "modelwords.h"

#include <QLabel>

#include <cmath>

namespace kvscope::widgets {

namespace {

constexpr int kDistanceColumns = 5;

QString metricText(model::DistanceMetric metric)
{
    switch (metric) {
    case model::DistanceMetric::KvCache:
        return QObject::tr("KV cache per user\n(HBM size)");
    case model::DistanceMetric::Prefill:
        return QObject::tr("Prefill, first token\n(compute)");
    case model::DistanceMetric::Decode:
        return QObject::tr("Decode per token\n(HBM bandwidth)");
    case model::DistanceMetric::Switch:
        return QObject::tr("Context switch\n(PCIe)");
    }
    return {};
}

QString neededText(double needed)
{
    if (std::isinf(needed))
        return QObject::tr("none closes it");
    if (needed <= 1.0005)
        return QObject::tr("none: at 4K cost");
    return QObject::tr("%1 more").arg(q(model::formatRatio(needed)));
}

} // namespace

DistancePanel::DistancePanel(QWidget *parent) : TablePanel(5, kDistanceColumns, 1, parent) {}

void DistancePanel::setValues(const model::CurrentValues &, const model::CompressionView &view)
{
    m_distance = view.distance;
    redraw();
}

void DistancePanel::restyle()
{
    for (int row = 1; row < table()->rowCount(); ++row)
        table()->cell(row, kDistanceColumns - 1)->setFont(theme().font(11.5, true));
}

void DistancePanel::redraw()
{
    const model::DistanceFrom4K &d = m_distance;
    title()->setText(tr("How far is %1 from 4K?").arg(q(model::formatTokens(d.context))));
    const QStringList header = {
        tr("Metric\n(bound by)"), tr("At %1").arg(q(model::formatTokens(d.context))),
        tr("At 4K,\nuncompressed"), tr("Times\nworse"), tr("KV compression\nstill needed")};
    table()->setRow(0, header);
    double prefillGap = 1;
    for (std::size_t i = 0; i < d.rows.size() && i < 4; ++i) {
        const model::DistanceRow &r = d.rows[i];
        const int row = int(i) + 1;
        const bool bytes = r.metric == model::DistanceMetric::KvCache;
        const auto value = [&](double v) {
            return bytes ? q(model::formatBytes(v, byteUnits(), 3)) : q(model::formatSeconds(v));
        };
        table()->setRow(row, {metricText(r.metric), value(r.current), value(r.reference),
                              q(model::formatRatio(r.gap)), neededText(r.neededCompression)});
        const bool closed = r.neededCompression <= 1.0005;
        QLabel *needed = table()->cell(row, kDistanceColumns - 1);
        QPalette pal = needed->palette();
        pal.setColor(
            QPalette::WindowText,
            closed ? theme().green
                   : (std::isinf(r.neededCompression) ? theme().vermillion : theme().foreground));
        needed->setPalette(pal);
        if (r.metric == model::DistanceMetric::Prefill)
            prefillGap = r.gap;
    }
    QString text =
        tr("Users that fit: <b>%1</b> at %2 (KV compressed %3) against <b>%4</b> at 4K.")
            .arg(usersText(d.concurrency), q(model::formatTokens(d.context)),
                 q(model::formatRatio(d.currentCompression)), usersText(d.referenceConcurrency));
    if (!d.rows.empty() && d.rows.front().neededCompression > 1.0005) {
        const double total = d.rows.front().neededCompression * d.currentCompression;
        text += QStringLiteral("<br>");
        text += tr("As small a KV cache as at 4K takes <b>%1</b> in all: %2 applied, %3 to go.")
                    .arg(q(model::formatRatio(total)), q(model::formatRatio(d.currentCompression)),
                         q(model::formatRatio(d.rows.front().neededCompression)));
    }
    text += QStringLiteral("<br>");
    text += tr("<b>Compressing the KV cache does not remove the quadratic prefill cost</b>: "
               "attention FLOP grow with n² whatever the four ratios, so prefill stays %1 of "
               "4K here.")
                .arg(q(model::formatRatio(prefillGap)));
    note()->setText(text);
}

} // namespace kvscope::widgets
