// SPDX-License-Identifier: GPL-3.0-or-later
// The window's style: Fusion, which follows a forced light or dark palette faithfully on every
// platform, with one change. Fusion draws a text field's frame a shade darker than the window,
// which vanishes on a dark or black one (presentation mode); here the frame takes the palette's
// secondary-text colour when the palette is dark.
#pragma once

class QStyle;

namespace kvscope::widgets {

/// A new Fusion-based style for QApplication::setStyle() (which takes ownership).
QStyle *createWindowStyle();

} // namespace kvscope::widgets
