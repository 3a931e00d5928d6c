// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace kvscope::app {

namespace {

/// A translator owned by the application, so it lives as long as the strings it translates.
QTranslator *loadTranslator(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QString installTranslations(const QLocale &locale)
{
    const QTranslator *own =
        loadTranslator(locale, QStringLiteral("kvscope"), QLatin1String(kTranslationsPath));
    if (!own)
        return {}; // no kvscope translation: Qt's alone would give a window in two languages
    // Standard buttons, shortcuts and dialogs; present when Debian's qt6-translations-l10n is.
    loadTranslator(locale, QStringLiteral("qtbase"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return QFileInfo(own->filePath()).completeBaseName();
}

} // namespace kvscope::app
