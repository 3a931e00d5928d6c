// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a citizen of the desktop: every control named for assistive technology, sliders
// announcing their value with its unit, typed numbers following the locale, the desktop's font
// size, the Help menu and the standard keys.
#include "controlpanel.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "parameters.h"
#include "parameterslider.h"
#include "window.h"

#include "windowsession.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cmath>
#include <limits>

using namespace kvscope;
using namespace kvscope::widgets;

namespace {

QString accessibleText(QWidget *widget, QAccessible::Text text)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(text) : QString();
}

QString describe(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return QStringLiteral("%1 \"%2\" in %3 \"%4\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             parent ? QString::fromLatin1(parent->metaObject()->className()) : QString(),
             parent ? parent->objectName() : QString());
}

/// Qt's own helper widgets (a spin box's editor, a toolbar's overflow arrow, a line edit's clear
/// button, a table's corner): Qt's accessibility describes them through their owner.
bool isQtInternal(const QWidget *widget)
{
    static const QStringList helpers = {QStringLiteral("QTableCornerButton"),
                                        QStringLiteral("QLineEditIconButton"),
                                        QStringLiteral("QToolBarExtension")};
    return widget->objectName().startsWith(QLatin1String("qt_")) ||
           helpers.contains(QString::fromLatin1(widget->metaObject()->className()));
}

/// Restores the default locale when a test changes it.
struct LocaleGuard
{
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(QLocale::c()); }
};

QAction *findAction(QWidget *window, const QString &objectName)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    WindowSession m_session;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void init() { m_session.reset(); }

    void everyControlHasAnAccessibleName()
    {
        const auto window = m_session.openWindow();
        QVERIFY(window);
        // Every page once, as a user would: some pages name their controls from the model when
        // they are first shown.
        for (int page = 0; page < window->pages()->count(); ++page) {
            window->pages()->setCurrentIndex(page);
            QCoreApplication::processEvents();
        }
        window->pages()->setCurrentIndex(0);
        QStringList unnamed;
        int sliders = 0;
        int checkBoxes = 0;
        const auto check = [&](QWidget *widget) {
            if (isQtInternal(widget))
                return;
            if (accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(widget);
        };
        for (QSlider *slider : window->findChildren<QSlider *>()) {
            ++sliders;
            check(slider);
        }
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            checkBoxes += button->isCheckable();
            check(button);
        }
        for (QLineEdit *field : window->findChildren<QLineEdit *>())
            if (!qobject_cast<QComboBox *>(field->parentWidget())) // a combo's editor is its own
                check(field);
        for (QComboBox *combo : window->findChildren<QComboBox *>())
            check(combo);
        for (QAbstractSpinBox *spinBox : window->findChildren<QAbstractSpinBox *>())
            check(spinBox);
        QVERIFY2(sliders >= 19, qPrintable(QString::number(sliders)));
        QVERIFY2(checkBoxes >= 8, qPrintable(QString::number(checkBoxes)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void slidersAnnounceTheirValueWithItsUnit()
    {
        const auto window = m_session.openWindow();
        QVERIFY(window);
        const auto context = window->findChild<ParameterSlider *>(QStringLiteral("context"));
        QVERIFY(context);
        QCOMPARE(accessibleText(context->slider(), QAccessible::Name), context->label()->text());
        QCOMPARE(accessibleText(context->slider(), QAccessible::Value),
                 QStringLiteral("50K tokens"));
        QCOMPARE(accessibleText(context->field(), QAccessible::Name), context->label()->text());

        QTest::keyClick(context->slider(), Qt::Key_End);
        QCOMPARE(accessibleText(context->slider(), QAccessible::Value),
                 context->valueWithUnit(context->value()));
        QVERIFY(accessibleText(context->slider(), QAccessible::Value).endsWith(" tokens"));

        const auto hbm = window->findChild<ParameterSlider *>(QStringLiteral("hbm-gib"));
        QVERIFY(hbm);
        QCOMPARE(accessibleText(hbm->slider(), QAccessible::Value), QStringLiteral("80 GiB"));
        // The value interface still moves the slider by position, as assistive tools expect.
        QAccessibleValueInterface *value =
            QAccessible::queryAccessibleInterface(hbm->slider())->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->maximumValue().toInt(), hbm->slider()->maximum());
    }

    void typedNumbersFollowTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("expected"); // NaN: refused
        const double refused = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("German decimal comma") << "de_DE"
                                              << "params"
                                              << "34,5B" << 34.5e9;
        QTest::newRow("German thousands") << "de_DE"
                                          << "context"
                                          << "50.000" << 50000.0;
        QTest::newRow("German point is no decimal") << "de_DE"
                                                    << "memory-utilization"
                                                    << "0.6" << refused;
        QTest::newRow("German fraction") << "de_DE"
                                         << "memory-utilization"
                                         << "0,6" << 0.6;
        QTest::newRow("English thousands") << "en_US"
                                           << "context"
                                           << "50,000" << 50000.0;
        QTest::newRow("English comma is no decimal") << "en_US"
                                                     << "context"
                                                     << "12,5K" << refused;
        QTest::newRow("English decimal") << "en_US"
                                         << "context"
                                         << "12.5K" << 12500.0;
        QTest::newRow("French spaces") << "fr_FR"
                                       << "context"
                                       << "50 000" << 50000.0;
        QTest::newRow("French decimal") << "fr_FR"
                                        << "params"
                                        << "1,5T" << 1.5e12;
    }

    void typedNumbersFollowTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(double, expected);
        const LocaleGuard guard{QLocale(locale)};
        const auto parsed = ParameterSlider::parseTyped(typed, model::parameter(key.toStdString()));
        if (std::isnan(expected)) {
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, expected);
        }
    }

    void fieldsShowTheLocalesDecimalSeparator()
    {
        const LocaleGuard guard{QLocale(QStringLiteral("de_DE"))};
        const auto &utilization = model::parameter("memory-utilization");
        QCOMPARE(ParameterSlider::formatValue(0.6, utilization), QStringLiteral("0,6"));
        QCOMPARE(ParameterSlider::formatValue(50500, model::parameter("context")),
                 QStringLiteral("50,5K"));
        // What the field shows, it reads back.
        QCOMPARE(ParameterSlider::parseTyped(QStringLiteral("50,5K"), model::parameter("context")),
                 50500.0);
    }

    void aRefusedDecimalSaysWhichSeparatorToUse()
    {
        const LocaleGuard guard{QLocale(QStringLiteral("de_DE"))};
        const auto window = m_session.openWindow();
        QVERIFY(window);
        const auto utilization =
            window->findChild<ParameterSlider *>(QStringLiteral("memory-utilization"));
        QVERIFY(utilization);
        const double before = utilization->value();
        utilization->field()->setFocus();
        utilization->field()->selectAll();
        QTest::keyClicks(utilization->field(), QStringLiteral("0.7"));
        QTest::keyClick(utilization->field(), Qt::Key_Return);
        QVERIFY(utilization->inputInvalid());
        QCOMPARE(utilization->value(), before);
        QVERIFY2(utilization->field()->toolTip().contains(QStringLiteral("\",\"")),
                 qPrintable(utilization->field()->toolTip()));
    }

    void typeFollowsTheDesktopFontSize()
    {
        const QFont desktop = QApplication::font();
        QFont large = desktop;
        large.setPointSizeF(14);
        QApplication::setFont(large);
        const auto window = m_session.openWindow();
        QApplication::setFont(desktop);
        QVERIFY(window);
        QCOMPARE(window->font().pointSizeF(), 14.0);
        QCOMPARE(window->theme().fontScale, 14.0 / 10.5);
    }

    void helpMenuHasTheHandbookAndAbout()
    {
        const auto window = m_session.openWindow();
        QVERIFY(window);
        QAction *handbook = findAction(window.get(), QStringLiteral("helpHandbook"));
        QVERIFY(handbook);
        QVERIFY(handbook->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
        QVERIFY(findAction(window.get(), QStringLiteral("helpAbout")));
        QStringList menus;
        for (QAction *menu : window->menuBar()->actions())
            menus << menu->text();
        QCOMPARE(menus.last(), QStringLiteral("&Help"));

        const QString about = app::aboutText();
        QVERIFY(about.contains(QStringLiteral("kvscope " KVSCOPE_TEST_VERSION)));
        QVERIFY(about.contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(about.contains(QStringLiteral("arxiv.org/abs/2405.08944")));
        QVERIFY(about.contains(app::documentationUrl().section(QLatin1Char('#'), 0, 0)));
    }

    void menuMnemonicsAreNotTakenByTheControls()
    {
        // Alt+letter opens a menu; a control panel label with the same letter would take it.
        const auto window = m_session.openWindow();
        QVERIFY(window);
        const auto mnemonic = [](const QString &text) {
            const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
            return at < 0 ? QChar() : text[at + 1].toLower();
        };
        QString menus;
        for (QAction *menu : window->menuBar()->actions())
            menus += mnemonic(menu->text());
        QCOMPARE(menus.size(), window->menuBar()->actions().size());
        QStringList clashes;
        for (QLabel *label : window->controls()->findChildren<QLabel *>())
            if (label->buddy() && menus.contains(mnemonic(label->text())))
                clashes << label->text();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(' ')));
    }

    void presentationModeTakesTheFullScreenKeys()
    {
        const auto window = m_session.openWindow();
        QVERIFY(window);
        QAction *presentation = nullptr;
        for (QAction *action : window->actions())
            if (action->shortcuts().contains(QKeySequence(Qt::Key_F5)))
                presentation = action;
        QVERIFY(presentation);
        for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen))
            QVERIFY2(presentation->shortcuts().contains(key), qPrintable(key.toString()));
        QVERIFY(presentation->shortcuts().contains(QKeySequence(Qt::Key_F11)));
    }

    void theApplicationNamesItsDesktopFileAndVersion()
    {
        app::configureApplication();
        QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral(KVSCOPE_TEST_APP_ID));
        QCOMPARE(QApplication::applicationVersion(), QStringLiteral(KVSCOPE_TEST_VERSION));
        QCOMPARE(QApplication::applicationName(), QStringLiteral("kvscope"));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
