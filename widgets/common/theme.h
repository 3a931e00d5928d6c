// SPDX-License-Identifier: GPL-3.0-or-later
// Colours, type sizes and line widths for the explorer: light and dark, each with a presentation
// variant (larger type, thicker lines, full contrast) for the back of a lecture room. The series
// colours are the Okabe-Ito palette, which stays distinguishable for colour-blind viewers.
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace kvscope::widgets {

enum class ThemeMode
{
    System, ///< follow the desktop's light or dark palette
    Light,
    Dark
};

struct Theme
{
    bool dark = false;
    bool presentation = false;

    QColor background;
    QColor foreground;
    QColor muted; ///< secondary text
    QColor grid;
    QColor gridMinor;
    QColor warning;

    // Okabe-Ito, adjusted for the background (the dark blue is lightened on dark backgrounds).
    QColor blue;
    QColor skyBlue;
    QColor orange;
    QColor green;
    QColor vermillion;
    QColor purple;
    QColor yellow;
    QColor grey;

    double lineWidth = 2.5;  ///< main series
    double fontScale = 1.0;  ///< multiplies every point size
    double fillStrength = 0; ///< how much of a series colour an area fill keeps (0..1)

    /// The UI font at `points` (before fontScale), optionally bold.
    QFont font(double points, bool bold = false) const;
    /// An opaque area fill: `color` mixed with the background (opaque fills draw fast).
    QColor fill(const QColor &color) const;
    /// `color` faded towards the background, for secondary lines.
    QColor faint(const QColor &color, double keep = 0.45) const;
};

Theme makeTheme(bool dark, bool presentation);

/// A Fusion palette matching the theme, for forcing light or dark regardless of the desktop.
QPalette themePalette(const Theme &theme);

/// True when a palette looks dark (its window colour is darker than its text).
bool isDarkPalette(const QPalette &palette);

/// Registers the compiled-in resources (icons) of the widgets library; call once per process.
void initResources();

} // namespace kvscope::widgets
