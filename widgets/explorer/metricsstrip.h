// SPDX-License-Identifier: GPL-3.0-or-later
// The row of large numbers above the charts: KV per user, concurrency, prefill, decode per token
// and for m tokens, switch time and cost, each with its ratio to the same scenario at 4K and, in
// its tooltip, its formula with the current values substituted. A last row under the peak figures
// gives the expected-in-practice band. Below them, the conventions in force.
#pragma once

#include "explorerdata.h"
#include "theme.h"
#include "tour.h"
#include "units.h"

#include <QStaticText>
#include <QWidget>

#include <array>

class QLabel;

namespace kvscope::widgets {

/// A text laid out for drawing again only when its words or its font change: over a slider step
/// most of a tile's texts (the caption, the tag, often the detail) stay as they were.
class PreparedText
{
public:
    void set(const QString &text, const QFont &font);
    const QStaticText &text() const { return m_text; }

private:
    QStaticText m_text;
    QFont m_font;
};

/// One painted number: caption, value and ratio. Painting itself (rather than three labels)
/// keeps a slider step from relaying out the window.
class MetricTile : public QWidget
{
    Q_OBJECT

public:
    explicit MetricTile(QWidget *parent = nullptr);

    /// `captions` and `ratios` are variants, longest first ("Prefill peak (TTFT)", "Prefill"):
    /// the longest that fits the tile is drawn, so a narrow tile (presentation type on a small
    /// projector) shortens its words rather than cutting them. `tags` are variants of a short note
    /// for the last row ("compute bound", "compute"), drawn only where they fit.
    void setTexts(const QStringList &captions, const QString &value, const QStringList &ratios,
                  bool warning, const QStringList &tags = {});
    /// The last row, under the ratio ("18-30 s expected"), in variants longest first: the longest
    /// that fits is drawn, in a smaller type if even the shortest needs it. Empty for none. Takes
    /// effect with the next setTexts(), so a step lays the tile out once.
    void setDetail(const QStringList &variants);
    void setDetail(const QString &detail) { setDetail(QStringList{detail}); }
    QString detail() const { return m_detail.value(0); }
    /// The variant drawn at the tile's current width.
    QString shownDetail() const { return m_detailText.text().text(); }
    void setTheme(const Theme &theme);
    QString caption() const { return m_captions.value(0); }
    QString value() const { return m_value; }
    /// The value as drawn (laid out at the last change).
    QString shownValue() const { return m_valueText.text().text(); }
    QString ratio() const { return m_ratios.value(0); }
    /// The caption variant drawn at the tile's current width.
    QString shownCaption() const { return m_captionText.text().text(); }
    QString tag() const { return m_tags.value(0); }
    bool warning() const { return m_warning; }
    /// Outlined thick in blue: the number a tour scene points the room at.
    void setHighlighted(bool highlighted);
    bool highlighted() const { return m_highlighted; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Fits and lays out the texts once per change; painting then only draws prepared glyphs.
    void relayout();

    QStringList m_captions;
    QString m_value;
    QStringList m_ratios;
    QStringList m_tags;
    QStringList m_detail;
    bool m_detailChanged = false;
    bool m_warning = false;
    bool m_highlighted = false;
    Theme m_theme = makeTheme(false, false);
    PreparedText m_captionText;
    PreparedText m_valueText;
    PreparedText m_ratioText;
    PreparedText m_tagText;
    PreparedText m_detailText;
    QPointF m_detailAt;
    QFont m_detailFont;
    QFont m_smallFont;
    QFont m_valueFont;
    QPointF m_valueAt;
    QPointF m_ratioAt;
    QPointF m_tagAt;
};

class MetricsStrip : public QWidget
{
    Q_OBJECT

public:
    enum Metric
    {
        KvPerUser,
        Concurrency,
        Prefill,
        DecodePerToken,
        DecodeTotal,
        Switch,
        Cost,
        MetricCount
    };

    explicit MetricsStrip(QWidget *parent = nullptr);

    MetricTile *tile(Metric metric) const { return m_tiles[std::size_t(metric)]; }
    QString conventions() const;
    /// The scenario's notes (approximations made reading the model, replicated KV heads...), one
    /// line each; empty when there are none.
    QString notes() const;
    /// Outlines one tile (a tour scene's number), or none for MetricCount.
    void setHighlighted(Metric metric);
    /// Outlines the card a tour scene points at (none for TourHighlight::None).
    void setHighlighted(model::TourHighlight highlight);

public slots:
    void setValues(const kvscope::model::CurrentValues &values);
    void setTheme(const kvscope::widgets::Theme &theme);
    void setByteUnits(kvscope::model::ByteUnits units);

private:
    static QStringList costCaptions();
    void refresh();
    void refreshNotes();

    std::array<MetricTile *, MetricCount> m_tiles{};
    class TextLine *m_conventions = nullptr;
    class TextLine *m_notes = nullptr;
    model::CurrentValues m_values;
    bool m_hasValues = false;
    model::ByteUnits m_units = model::ByteUnits::Binary;
    // What the notes line was last built from.
    bool m_notesShown = false;
    model::ModelSpec m_notedModel;
    int m_notedGpus = 0;
    model::ByteUnits m_notedUnits = model::ByteUnits::Binary;
};

} // namespace kvscope::widgets
