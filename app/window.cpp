// SPDX-License-Identifier: GPL-3.0-or-later
#include "window.h"

#include "fieldstyle.h"
#include "mainwindow.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

#include <clocale>

namespace kvscope::app {

void configureApplication(bool keepStyle)
{
    QApplication::setOrganizationName(QStringLiteral("kvscope"));
    QApplication::setApplicationName(QStringLiteral("kvscope"));
    QApplication::setApplicationDisplayName(QStringLiteral("kvscope"));
    QApplication::setApplicationVersion(QStringLiteral(KVSCOPE_VERSION));
    // Desktops match the window to its .desktop entry (icon, name in the task bar) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(KVSCOPE_APP_ID));
    // Fusion follows a forced light or dark palette faithfully on every platform; a style asked
    // for by -style or QT_STYLE_OVERRIDE is kept.
    if (!keepStyle && qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE"))
        QApplication::setStyle(widgets::createWindowStyle());
    widgets::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kvscope.svg")));
}

int runWindow(int argc, char **argv, bool styleGiven)
{
    QApplication app(argc, argv);
    // QApplication sets the C library's locale from the environment; numbers kvscope writes with
    // it (CSV, captions) keep a decimal point. What people read is formatted by QLocale.
    std::setlocale(LC_NUMERIC, "C");
    configureApplication(styleGiven);
    installTranslations();

    QSettings settings;
    MainWindow window(settings);
    window.show();
    return app.exec();
}

} // namespace kvscope::app
