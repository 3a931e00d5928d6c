// SPDX-License-Identifier: GPL-3.0-or-later
// The window speaks the user's language where kvscope has a translation: its own strings from
// the .qm files built into the binary, Qt's dialogs and shortcuts from Qt's own translations.
// The command line stays English: its output is read by scripts.
#pragma once

#include <QLocale>
#include <QString>

namespace kvscope::app {

/// Installs kvscope's and Qt's translators for `locale`'s UI languages (LANGUAGE, LC_MESSAGES,
/// LANG as the system reports them) on the running application. Returns the name of the
/// kvscope translation loaded ("kvscope_de"), or an empty string when English stays.
QString installTranslations(const QLocale &locale = QLocale());

/// Where kvscope's translations are built in.
inline constexpr const char *kTranslationsPath = ":/i18n";

} // namespace kvscope::app
