// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpmenu.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>

namespace kvscope::app {

QString documentationUrl()
{
    return QStringLiteral(KVSCOPE_HOMEPAGE "#readme");
}

QString aboutText()
{
    return QApplication::translate(
               "kvscope::app::HelpMenu",
               "<h3>kvscope %1</h3>"
               "<p>Explore what it costs to serve long-context transformers: concurrency, "
               "prefill, decode and context switching, as a closed-form cost model you can "
               "drag.</p>"
               "<p>Built on Yao Fu, <i>Challenges in Deploying Long-Context Transformers: A "
               "Theoretical Peak Performance Analysis</i>, "
               "<a href=\"https://arxiv.org/abs/2405.08944\">arXiv:2405.08944</a>, 2024.</p>"
               "<p>Licence: GNU General Public License, version 3 or later "
               "(GPL-3.0-or-later). kvscope comes with ABSOLUTELY NO WARRANTY.</p>"
               "<p>Documentation: <a href=\"%2\">%2</a></p>")
        .arg(QStringLiteral(KVSCOPE_VERSION), QStringLiteral(KVSCOPE_HOMEPAGE));
}

void fillHelpMenu(QMenu *menu, QWidget *window)
{
    QAction *handbook =
        menu->addAction(QApplication::translate("kvscope::app::HelpMenu", "kvscope &Handbook"),
                        window, [] { QDesktopServices::openUrl(QUrl(documentationUrl())); });
    handbook->setShortcut(QKeySequence::HelpContents);
    handbook->setObjectName(QStringLiteral("helpHandbook"));
    menu->addSeparator();
    QAction *about = menu->addAction(
        QApplication::translate("kvscope::app::HelpMenu", "&About kvscope"), window, [window] {
            QMessageBox::about(window,
                               QApplication::translate("kvscope::app::HelpMenu", "About kvscope"),
                               aboutText());
        });
    about->setObjectName(QStringLiteral("helpAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt =
        menu->addAction(QApplication::translate("kvscope::app::HelpMenu", "About &Qt"), qApp,
                        &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace kvscope::app
