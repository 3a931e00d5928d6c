// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>

namespace kvscope::widgets {

namespace {

QColor mix(const QColor &a, const QColor &b, double keepA)
{
    return QColor::fromRgbF(float(a.redF() * keepA + b.redF() * (1 - keepA)),
                            float(a.greenF() * keepA + b.greenF() * (1 - keepA)),
                            float(a.blueF() * keepA + b.blueF() * (1 - keepA)));
}

} // namespace

QFont Theme::font(double points, bool bold) const
{
    QFont f = QApplication::font();
    f.setPointSizeF(points * fontScale);
    f.setBold(bold);
    return f;
}

QColor Theme::fill(const QColor &color) const
{
    return mix(color, background, fillStrength);
}

QColor Theme::faint(const QColor &color, double keep) const
{
    return mix(color, background, keep);
}

Theme makeTheme(bool dark, bool presentation)
{
    Theme t;
    t.dark = dark;
    t.presentation = presentation;
    t.orange = QColor(0xE6, 0x9F, 0x00);
    t.skyBlue = QColor(0x56, 0xB4, 0xE9);
    t.green = QColor(0x00, 0x9E, 0x73);
    t.yellow = QColor(0xF0, 0xE4, 0x42);
    t.vermillion = QColor(0xD5, 0x5E, 0x00);
    t.purple = QColor(0xCC, 0x79, 0xA7);
    t.grey = QColor(0x99, 0x99, 0x99);
    if (dark) {
        t.background = presentation ? QColor(0, 0, 0) : QColor(0x1b, 0x1d, 0x21);
        t.foreground = presentation ? QColor(255, 255, 255) : QColor(0xec, 0xec, 0xec);
        t.muted = presentation ? QColor(0xd0, 0xd0, 0xd0) : QColor(0xa9, 0xae, 0xb5);
        t.grid = QColor(0x44, 0x47, 0x4d);
        t.gridMinor = QColor(0x2b, 0x2e, 0x33);
        t.blue = QColor(0x3f, 0xa0, 0xe6); // the Okabe-Ito blue, lightened to read on black
        // ...and the sky blue lightened further, so the two stay apart (linear layers beside
        // weight read).
        t.skyBlue = QColor(0xa6, 0xdc, 0xf8);
        t.warning = QColor(0xff, 0x7a, 0x33);
        t.fillStrength = presentation ? 0.85 : 0.7;
    } else {
        t.background = QColor(255, 255, 255);
        t.foreground = presentation ? QColor(0, 0, 0) : QColor(0x1a, 0x1a, 0x1a);
        t.muted = presentation ? QColor(0x33, 0x33, 0x33) : QColor(0x55, 0x5b, 0x62);
        t.grid = presentation ? QColor(0xc4, 0xc4, 0xc4) : QColor(0xd9, 0xd9, 0xd9);
        t.gridMinor = QColor(0xee, 0xee, 0xee);
        t.blue = QColor(0x00, 0x72, 0xB2);
        t.warning = QColor(0xC0, 0x39, 0x00);
        t.fillStrength = presentation ? 0.85 : 0.72;
    }
    t.lineWidth = presentation ? 4.0 : 2.5;
    t.fontScale = presentation ? 1.5 : 1.0;
    return t;
}

QPalette themePalette(const Theme &theme)
{
    QPalette p;
    const QColor base = theme.dark ? theme.background.lighter(115) : QColor(255, 255, 255);
    const QColor window = theme.dark ? theme.background : QColor(0xf3, 0xf4, 0xf6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, theme.foreground);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, theme.foreground);
    p.setColor(QPalette::Button, theme.dark ? QColor(0x2a, 0x2d, 0x33) : QColor(0xe9, 0xeb, 0xee));
    p.setColor(QPalette::ButtonText, theme.foreground);
    p.setColor(QPalette::ToolTipBase,
               theme.dark ? QColor(0x2a, 0x2d, 0x33) : QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, theme.foreground);
    p.setColor(QPalette::PlaceholderText, theme.muted);
    p.setColor(QPalette::Highlight, theme.blue);
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, theme.blue);
    p.setColor(QPalette::Mid, theme.grid);
    p.setColor(QPalette::Dark, theme.dark ? QColor(0x10, 0x10, 0x10) : QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Light, theme.dark ? QColor(0x40, 0x44, 0x4a) : QColor(255, 255, 255));
    p.setColor(QPalette::Disabled, QPalette::Text, theme.muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, theme.muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, theme.muted);
    return p;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

} // namespace kvscope::widgets

// Q_INIT_RESOURCE must be used outside a namespace.
static void initKvscopeResources()
{
    Q_INIT_RESOURCE(kvscope);
}

void kvscope::widgets::initResources()
{
    initKvscopeResources();
}
