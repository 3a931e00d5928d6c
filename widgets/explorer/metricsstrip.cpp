// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsstrip.h"

#include "formulas.h"
#include "modeltext.h"
#include "modelwords.h"
#include "scenarionotes.h"
#include "textline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

namespace kvscope::widgets {

namespace {

/// "x15.8 vs 4K" and "x15.8", or a dash when the reference is zero.
QStringList ratioText(double value, double reference)
{
    const QString reference4K = q(model::formatTokens(model::kReferenceContext));
    if (!(reference > 0) || !std::isfinite(value / reference))
        return {QObject::tr("— vs %1").arg(reference4K), QStringLiteral("—")};
    const QString ratio = q(model::formatRatio(value / reference));
    return {QObject::tr("%1 vs %2").arg(ratio, reference4K), ratio};
}

/// The longest of `variants` (longest first) that fits `width`, else the last one elided.
QString longestFitting(const QStringList &variants, const QFontMetricsF &metrics, double width)
{
    for (const QString &variant : variants)
        if (metrics.horizontalAdvance(variant) <= width)
            return variant;
    return metrics.elidedText(variants.value(variants.size() - 1), Qt::ElideRight, width);
}

} // namespace

void PreparedText::set(const QString &text, const QFont &font)
{
    if (text == m_text.text() && font == m_font)
        return;
    m_text.setText(text);
    m_text.setTextFormat(Qt::PlainText);
    m_text.prepare(QTransform(), font);
    m_font = font;
}

MetricTile::MetricTile(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MetricTile::setTexts(const QStringList &captions, const QString &value,
                          const QStringList &ratios, bool warning, const QStringList &tags)
{
    if (captions == m_captions && value == m_value && ratios == m_ratios && warning == m_warning &&
        tags == m_tags && !m_detailChanged)
        return;
    m_detailChanged = false;
    m_captions = captions;
    m_value = value;
    m_ratios = ratios;
    m_warning = warning;
    m_tags = tags;
    relayout();
    update();
}

void MetricTile::setDetail(const QStringList &variants)
{
    if (variants == m_detail)
        return;
    m_detail = variants;
    m_detailChanged = true;
}

void MetricTile::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

void MetricTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void MetricTile::relayout()
{
    const QRectF inner = QRectF(rect().adjusted(2, 2, -3, -3)).adjusted(10, 5, -10, -5);
    m_smallFont = m_theme.font(10.5);
    m_valueFont = m_theme.font(22, true);
    const QFontMetricsF small(m_smallFont);
    // The number shrinks rather than being cut off in a narrow tile.
    while (m_valueFont.pointSizeF() > 11 &&
           QFontMetricsF(m_valueFont).horizontalAdvance(m_value) > inner.width())
        m_valueFont.setPointSizeF(m_valueFont.pointSizeF() - 1);
    const QFontMetricsF value(m_valueFont);
    const double valueHeight = QFontMetricsF(m_theme.font(22, true)).height();

    m_captionText.set(longestFitting(m_captions, small, inner.width()), m_smallFont);
    m_valueText.set(m_value, m_valueFont);
    const QString ratio = longestFitting(m_ratios, small, inner.width());
    m_ratioText.set(ratio, m_smallFont);
    // The tag takes the right of the last row, in its longest form that fits.
    const double free = inner.width() - small.horizontalAdvance(ratio) - 12;
    QString tag;
    for (const QString &candidate : m_tags)
        if (small.horizontalAdvance(candidate) <= free) {
            tag = candidate;
            break;
        }
    m_tagText.set(tag, m_smallFont);
    // The detail: the longest variant that fits, else the shortest in a smaller type.
    m_detailFont = m_smallFont;
    QString detail = m_detail.isEmpty() ? QString() : m_detail.back();
    for (const QString &candidate : m_detail)
        if (small.horizontalAdvance(candidate) <= inner.width()) {
            detail = candidate;
            break;
        }
    while (m_detailFont.pointSizeF() > 8 &&
           QFontMetricsF(m_detailFont).horizontalAdvance(detail) > inner.width())
        m_detailFont.setPointSizeF(m_detailFont.pointSizeF() - 0.5);
    m_detailText.set(detail, m_detailFont);

    const double captionHeight = small.height();
    m_valueAt =
        QPointF(inner.left(), inner.top() + captionHeight + (valueHeight - value.height()) / 2);
    m_ratioAt = QPointF(inner.left(), inner.top() + captionHeight + valueHeight);
    m_tagAt = QPointF(inner.right() - small.horizontalAdvance(tag), m_ratioAt.y());
    m_detailAt = QPointF(inner.left(), m_ratioAt.y() + captionHeight);
}

void MetricTile::setTheme(const Theme &theme)
{
    m_theme = theme;
    const int height = int(2 * QFontMetricsF(theme.font(10.5)).height() +
                           QFontMetricsF(theme.font(22, true)).height() +
                           QFontMetricsF(theme.font(10.5)).height() + 18);
    setFixedHeight(height);
    // Not scaled with the type: seven tiles fit 1024 px in presentation mode, where the words
    // take their short forms.
    setMinimumWidth(120);
    relayout();
    update();
}

void MetricTile::paintEvent(QPaintEvent *)
{
    // Plain rectangles and prepared text: no antialiased shapes and no text layout while painting.
    QPainter p(this);
    const Theme &t = m_theme;
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QRect box = rect().adjusted(2, 2, -3, -3);
    p.fillRect(box, t.background);
    p.setPen(QPen(m_warning ? t.warning : t.grid, m_warning ? 2 : 1));
    p.drawRect(box);
    if (m_highlighted) {
        // Thick, in blue (warnings are orange), inside the box so the layout does not move.
        const int width = t.presentation ? 5 : 4;
        p.setPen(QPen(t.blue, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p.drawRect(QRectF(box).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0));
    }
    const QPointF captionAt = QRectF(box).adjusted(10, 5, -10, -5).topLeft();
    p.setFont(m_smallFont);
    p.setPen(t.muted);
    p.drawStaticText(captionAt, m_captionText.text());
    p.drawStaticText(m_ratioAt, m_ratioText.text());
    p.drawStaticText(m_tagAt, m_tagText.text());
    p.setPen(t.foreground);
    p.setFont(m_detailFont);
    p.drawStaticText(m_detailAt, m_detailText.text());
    p.setFont(m_valueFont);
    p.setPen(m_warning ? t.warning : t.foreground);
    p.drawStaticText(m_valueAt, m_valueText.text());
}

MetricsStrip::MetricsStrip(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (std::size_t i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i] = new MetricTile(this);
        row->addWidget(m_tiles[i], 1);
    }
    const std::array<const char *, MetricCount> names = {
        "kvPerUser", "concurrency", "prefill", "decodePerToken", "decodeTotal", "switch", "cost"};
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setObjectName(QString::fromLatin1(names[i]));
    layout->addLayout(row);
    m_conventions = new TextLine(this);
    m_conventions->setObjectName("conventions");
    m_conventions->setMaximumLines(2);
    m_conventions->setHeightFixed(true);
    layout->addWidget(m_conventions);
    m_notes = new TextLine(this);
    m_notes->setObjectName("notes");
    // One line, so a model with notes takes no more room than one without, beyond a line; the
    // tooltip lists every note in full.
    m_notes->setMaximumLines(1);
    m_notes->hide();
    layout->addWidget(m_notes);
    setTheme(makeTheme(false, false));
}

QString MetricsStrip::conventions() const
{
    return m_conventions->text();
}

void MetricsStrip::setHighlighted(Metric metric)
{
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setHighlighted(int(i) == int(metric));
}

void MetricsStrip::setHighlighted(model::TourHighlight highlight)
{
    using model::TourHighlight;
    switch (highlight) {
    case TourHighlight::None:
        return setHighlighted(MetricCount);
    case TourHighlight::KvCache:
        return setHighlighted(KvPerUser);
    case TourHighlight::Concurrency:
        return setHighlighted(Concurrency);
    case TourHighlight::Prefill:
        return setHighlighted(Prefill);
    case TourHighlight::DecodePerToken:
        return setHighlighted(DecodePerToken);
    case TourHighlight::Decode:
        return setHighlighted(DecodeTotal);
    case TourHighlight::ContextSwitch:
        return setHighlighted(Switch);
    case TourHighlight::Cost:
        return setHighlighted(Cost);
    }
}

QString MetricsStrip::notes() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

void MetricsStrip::setTheme(const Theme &theme)
{
    for (MetricTile *tile : m_tiles)
        tile->setTheme(theme);
    m_conventions->setFont(theme.font(10.5));
    m_notes->setFont(theme.font(10.5));
}

void MetricsStrip::setByteUnits(model::ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    refresh();
}

void MetricsStrip::setValues(const model::CurrentValues &values)
{
    m_values = values;
    m_hasValues = true;
    refresh();
}

QStringList MetricsStrip::costCaptions()
{
    return {tr("Cost per M output"), tr("Cost/M output"), tr("$/M out")};
}

void MetricsStrip::refresh()
{
    if (!m_hasValues)
        return;
    const model::Metrics &r = m_values.current;
    const model::Metrics &ref = m_values.reference;
    const auto &u = m_units;
    const auto seconds = [](double s) {
        return q(model::formatSeconds(s));
    };
    const QString m = q(model::formatTokens(m_values.scenario.deployment.outputTokens));

    const auto range = [](double low, double high) {
        const QString band = q(model::formatSecondsRange(low, high, 2));
        return QStringList{tr("%1 expected").arg(band)};
    };
    tile(Prefill)->setDetail(range(r.expectedPrefillLow, r.expectedPrefillHigh));
    tile(DecodePerToken)
        ->setDetail(range(r.expectedDecodePerTokenLow, r.expectedDecodePerTokenHigh));
    const int replicas = std::max(1, m_values.scenario.deployment.replicas);
    tile(Concurrency)
        ->setDetail(replicas > 1
                        ? tr("%1 with %2 replicas").arg(usersText(r.fleetConcurrency)).arg(replicas)
                        : QString());
    tile(DecodeTotal)
        ->setDetail(
            range(r.expectedDecodePerTokenLow * m_values.scenario.deployment.outputTokens,
                  r.expectedDecodePerTokenHigh * m_values.scenario.deployment.outputTokens));
    tile(KvPerUser)->setTexts({tr("KV cache per user"), tr("KV per user"), tr("KV/user")},
                              q(model::formatBytes(r.kvBytesPerUser, u, 4)),
                              ratioText(r.kvBytesPerUser, ref.kvBytesPerUser), false);
    tile(Concurrency)
        ->setTexts({tr("Concurrency"), tr("Users")},
                   r.fits ? usersText(r.concurrency) : tr("does not fit"),
                   ratioText(r.concurrency, ref.concurrency), !r.fits || r.concurrency < 1);
    const auto bound = [](model::Bound b) {
        const QString name = boundWord(b);
        return QStringList{tr("%1 bound").arg(name), name};
    };
    tile(Prefill)->setTexts(
        {tr("Prefill peak (TTFT)"), tr("Prefill (TTFT)"), tr("Prefill")}, seconds(r.prefillSeconds),
        ratioText(r.prefillSeconds, ref.prefillSeconds), false, bound(r.prefillBound));
    tile(DecodePerToken)
        ->setTexts({tr("Decode/token peak"), tr("Decode/token"), tr("Per token")},
                   seconds(r.decodeSecondsPerToken),
                   ratioText(r.decodeSecondsPerToken, ref.decodeSecondsPerToken), false,
                   bound(r.decodeBound));
    tile(DecodeTotal)
        ->setTexts({tr("Decode %1 tokens").arg(m), tr("Decode %1").arg(m)},
                   seconds(r.decodeSeconds), ratioText(r.decodeSeconds, ref.decodeSeconds), false,
                   {tr("%1 tok/s")
                        .arg(QString::fromStdString(model::formatPlain(
                            model::roundSignificant(r.decodeTokensPerSecond, 3))))});
    // A swap needs somewhere to go: where host memory cannot park one user's cache, there is no
    // switch to time.
    const bool parks = r.hostParkedUsers >= 1;
    tile(Switch)->setDetail(
        parks ? QStringList()
              : QStringList{tr("host memory %1 < one user's %2")
                                .arg(localizedNumber(q(model::trimZeros(model::formatBytes(
                                         m_values.scenario.deployment.hostMemoryBytes, u, 3)))),
                                     bytes(r.kvBytesPerUser, u)),
                            tr("host memory too small")});
    tile(Switch)->setTexts({tr("Context switch"), tr("Switch")},
                           parks ? seconds(r.contextSwitchSeconds) : tr("no room"),
                           ratioText(r.contextSwitchSeconds, ref.contextSwitchSeconds), !parks,
                           {tr("over PCIe"), tr("PCIe")});

    const bool priced = m_values.scenario.hardware.gpuHourUsd > 0;
    if (priced) {
        const QString output =
            r.concurrency >= 1 ? q(model::formatUsd(r.costPerMillionOutputTokens)) : tr("none fit");
        const int gpus = m_values.scenario.deployment.gpus * replicas;
        const QString perHour = q(model::formatUsd(r.costPerHour));
        tile(Cost)->setDetail({gpus == 1 ? tr("%1/h, 1 GPU").arg(perHour)
                                         : tr("%1/h, %2 GPUs").arg(perHour).arg(gpus),
                               tr("%1/h").arg(perHour)});
        const QString input = q(model::formatUsd(r.costPerMillionInputTokens));
        tile(Cost)->setTexts(costCaptions(), output,
                             {tr("%1 per M input").arg(input), tr("%1/M in").arg(input)},
                             r.concurrency < 1, {tr("peak")});
    } else {
        tile(Cost)->setDetail(tr("price (Cost section)"));
        tile(Cost)->setTexts(costCaptions(), tr("no price"), {tr("set a GPU-hour")}, false, {});
    }

    // Tooltips are built when the data changes; they are cheap strings.
    tile(KvPerUser)->setToolTip(kvPerUserFormula(m_values, u));
    tile(Concurrency)->setToolTip(concurrencyFormula(m_values, u));
    tile(DecodeTotal)->setToolTip(decodeTotalFormula(m_values, u));
    tile(Switch)->setToolTip(switchFormula(m_values, u));
    tile(Cost)->setToolTip(costFormula(m_values));
    const QString band = bandExplanation();
    tile(Prefill)->setToolTip(prefillFormula(m_values, u) + band);
    tile(DecodePerToken)->setToolTip(decodePerTokenFormula(m_values, u) + band);

    m_conventions->setText(tr("Conventions: %1").arg(conventionsText(m_values.scenario, u)));
    refreshNotes();
}

void MetricsStrip::refreshNotes()
{
    // The notes follow the model, the GPU count and the units only: a slider step over anything
    // else leaves them as they are.
    const int gpus = m_values.scenario.deployment.gpus;
    if (m_notesShown && m_notedGpus == gpus && m_notedUnits == m_units &&
        m_notedModel == m_values.model)
        return;
    m_notesShown = true;
    m_notedGpus = gpus;
    m_notedUnits = m_units;
    m_notedModel = m_values.model;
    const QStringList notes = scenarioNotesText(m_values.model, gpus, m_units);
    m_notes->setVisible(!notes.isEmpty());
    if (!notes.isEmpty()) {
        // Once a note has been shown its line keeps its room: stepping the GPUs in and out of a
        // note does not resize (and redraw whole) every chart below.
        QSizePolicy policy = m_notes->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        m_notes->setSizePolicy(policy);
        m_notes->setText(
            tr("Notes (%1): %2").arg(notes.size()).arg(notes.join(QStringLiteral("  ·  "))));
        m_notes->setToolTip(notes.join(QLatin1Char('\n')));
    }
}

} // namespace kvscope::widgets
