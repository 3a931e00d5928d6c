// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu: the documentation (F1), the About dialog (version, licence, the paper it is
// built on) and Qt's own About box.
#pragma once

#include <QString>

class QMenu;
class QWidget;

namespace kvscope::app {

/// The About dialog's text: name, version, what it does, the paper's citation, the licence and
/// where the documentation lives (rich text with links).
QString aboutText();

/// Where "Help > kvscope Handbook" goes: the README and docs/ of the project's home page.
QString documentationUrl();

/// Fills `menu` with the help actions; `window` parents the About dialog.
void fillHelpMenu(QMenu *menu, QWidget *window);

} // namespace kvscope::app
