// SPDX-License-Identifier: GPL-3.0-or-later
// The window's session timeline and compression pages, offscreen: they follow the sliders (the
// control panel's and their own), agree with the model, do nothing while hidden, and the one-click
// techniques set the ratios they name as one undoable step.
#include "attentionvariantspanel.h"
#include "builtins.h"
#include "compressionpage.h"
#include "compressionpanel.h"
#include "controlpanel.h"
#include "distancepanel.h"
#include "evaluate.h"
#include "mainwindow.h"
#include "parameterslider.h"
#include "plotwidget.h"
#include "scenariostore.h"
#include "segmentplottable.h"
#include "timelinechart.h"
#include "timelinepage.h"

#include "windowsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace kvscope;
using namespace kvscope::model;
using namespace kvscope::widgets;

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

class TestSessionPages : public QObject
{
    Q_OBJECT

private:
    WindowSession m_session;

    std::unique_ptr<app::MainWindow> openWindow() { return m_session.openWindow(); }

    static void type(ParameterSlider *slider, const QString &text)
    {
        QLineEdit *field = slider->field();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    static void moveSlider(ParameterSlider *slider, QAbstractSlider::SliderAction action)
    {
        slider->slider()->triggerAction(action);
    }

private slots:
    void init()
    {
        // Every test starts from an empty, temporary session.
        m_session.reset();
    }

    void hiddenPagesDoNoWork()
    {
        const auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->pages()->currentIndex(), 0);
        moveSlider(window->controls()->slider("context"), QAbstractSlider::SliderPageStepAdd);
        moveSlider(window->controls()->slider("gpus"), QAbstractSlider::SliderPageStepAdd);
        QCOMPARE(window->timelinePage()->chart()->scheduleCount(), 0);
        QCOMPARE(window->compressionPage()->refreshCount(), 0);
        // Opened, each catches up once with the current scenario.
        window->pages()->setCurrentWidget(window->timelinePage());
        QCOMPARE(window->timelinePage()->chart()->scheduleCount(), 1);
        QCOMPARE(window->timelinePage()->chart()->schedule(),
                 scheduleSessions(window->store()->scenario()));
        window->pages()->setCurrentWidget(window->compressionPage());
        QCOMPARE(window->compressionPage()->refreshCount(), 1);
    }

    void timelineFollowsTheSliders()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->pages()->setCurrentWidget(window->timelinePage());
        TimelinePage *page = window->timelinePage();
        const auto matches = [&] {
            return page->chart()->schedule() == scheduleSessions(window->store()->scenario());
        };
        QVERIFY(matches());
        QCOMPARE(page->usersSlider()->value(), 1.0);

        // Its own users slider: the same parameter as --users.
        moveSlider(page->usersSlider(), QAbstractSlider::SliderPageStepAdd);
        const int users = window->store()->scenario().deployment.users;
        QVERIFY(users > 1);
        QCOMPARE(page->usersSlider()->value(), double(users));
        QCOMPARE(page->chart()->schedule().userCount, users);
        QVERIFY(matches());
        QVERIFY(page->chart()->schedule().swapOuts > 0); // C = 1 at 50K

        // The control panel's context slider: fewer tokens, more users fit, fewer swaps.
        const int swapsBefore = page->chart()->schedule().swapOuts;
        type(window->controls()->slider("context"), "4K");
        QCOMPARE(window->store()->scenario().deployment.context, 4000.0);
        QVERIFY(matches());
        QVERIFY(page->chart()->schedule().swapOuts < swapsBefore);
        QVERIFY(page->ceilingText().contains("18 users"));

        // A typed user count, up to the table's 1,000.
        type(page->usersSlider(), "300");
        QCOMPARE(window->store()->scenario().deployment.users, 300);
        QVERIFY(matches());
    }

    void compressionTablesStackRatherThanHideBehindAScrollBar()
    {
        CompressionPage page;
        page.setTheme(makeTheme(false, false));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto scroll = page.findChild<QScrollArea *>();
        QVERIFY(scroll);
        // Wide: the distance from 4K beside the what-if; narrow (a library dock open, or
        // presentation type on a projector): below it, with no horizontal scroll bar for the page.
        page.resize(2400, 900);
        QApplication::processEvents();
        QVERIFY(!page.stacked());
        QCOMPARE(page.distance()->mapTo(&page, QPoint()).y(),
                 page.compression()->mapTo(&page, QPoint()).y());
        page.resize(760, 900);
        QApplication::processEvents();
        QVERIFY(page.stacked());
        QVERIFY(page.distance()->mapTo(&page, QPoint()).y() >
                page.compression()->mapTo(&page, QPoint()).y());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QVERIFY(page.distance()->width() <= scroll->viewport()->width());
    }

    void timelineMessageFitsThePlotWhenNoUserFits()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->resize(1100, 800);
        window->pages()->setCurrentWidget(window->timelinePage());
        window->store()->setParameter("context", 1e6);
        QApplication::processEvents();
        TimelineChart *chart = window->timelinePage()->chart();
        const QString message = chart->message();
        QVERIFY2(message.contains("does not fit"), qPrintable(message));
        // Whole, on lines no wider than the plot.
        QVERIFY(message.contains(u'\n'));
        const QFontMetrics metrics(chart->theme().font(12, true));
        for (const QString &line : message.split(u'\n'))
            QVERIFY2(metrics.horizontalAdvance(line) < chart->plot()->width(), qPrintable(line));
        // Nothing lost at either end.
        const QString joined = QString(message).replace(u'\n', u' ');
        QVERIFY2(joined.startsWith("Not schedulable: One user's KV cache at 1M tokens"),
                 qPrintable(joined));
        QVERIFY2(joined.endsWith("concurrency is 0."), qPrintable(joined));
    }

    void compressionFollowsTheSliders()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->pages()->setCurrentWidget(window->compressionPage());
        CompressionPage *page = window->compressionPage();
        const auto matches = [&] {
            const Scenario &s = window->store()->scenario();
            const DistanceFrom4K d = distanceFrom4K(s);
            return page->distance()->distance().rows == d.rows &&
                   page->attention()->variants() == attentionVariants(s);
        };
        QVERIFY(matches());

        // The page's own ratio slider sets the parameter the control panel has too.
        moveSlider(page->compression()->slider("kv-compression-token"),
                   QAbstractSlider::SliderPageStepAdd);
        const double token = window->store()->scenario().deployment.kvCompression.token;
        QVERIFY(token > 1);
        QCOMPARE(window->controls()->slider("kv-compression-token")->value(), token);
        QVERIFY(matches());
        QVERIFY(page->compression()->combinedText().contains(
            QString::fromStdString(formatRatio(token))));

        // The control panel's context slider moves the distance and the variants.
        moveSlider(window->controls()->slider("context"), QAbstractSlider::SliderPageStepAdd);
        QVERIFY(matches());
        QCOMPARE(page->distance()->distance().context,
                 window->store()->scenario().deployment.context);
        QVERIFY(page->distance()->noteText().contains("does not remove the quadratic prefill"));
    }

    void techniquesSetTheirRatiosAsOneStep()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->pages()->setCurrentWidget(window->compressionPage());
        CompressionPanel *panel = window->compressionPage()->compression();
        QUndoStack *undo = window->store()->undoStack();
        const int steps = undo->count();

        // Yi-34B has 8 KV heads of 128, bf16: MQA is head x8; MLA sets head 1, hidden 2048/576.
        QTest::mouseClick(panel->button("mqa"), Qt::LeftButton);
        QCOMPARE(window->store()->scenario().deployment.kvCompression, (KvCompression{1, 8, 1, 1}));
        QVERIFY(panel->button("mqa")->isChecked());
        QCOMPARE(panel->slider("kv-compression-head")->value(), 8.0);
        QTest::mouseClick(panel->button("kv4"), Qt::LeftButton);
        QCOMPARE(window->store()->scenario().deployment.kvCompression, (KvCompression{1, 8, 1, 4}));
        QCOMPARE(undo->count(), steps + 2);
        QTest::mouseClick(panel->button("mla"), Qt::LeftButton);
        QCOMPARE(window->store()->scenario().deployment.kvCompression,
                 (KvCompression{1, 1, 1, 2048 / 576.0}));
        QVERIFY(!panel->button("mqa")->isChecked());
        QTest::mouseClick(panel->button("window"), Qt::LeftButton); // 50K / 4K
        QCOMPARE(window->store()->scenario().deployment.kvCompression.token, 12.5);
        QCOMPARE(window->compressionPage()->distance()->distance().currentCompression,
                 12.5 * 2048 / 576.0);

        undo->undo();
        QCOMPARE(window->store()->scenario().deployment.kvCompression,
                 (KvCompression{1, 1, 1, 2048 / 576.0}));
        QTest::mouseClick(panel->button("none"), Qt::LeftButton);
        QCOMPARE(window->store()->scenario().deployment.kvCompression, KvCompression{});
        QVERIFY(panel->button("none")->isChecked());
        // A click that changes nothing leaves the buttons showing the state.
        QTest::mouseClick(panel->button("gqa"), Qt::LeftButton); // already 8 KV heads: head 1
        QCOMPARE(window->store()->scenario().deployment.kvCompression, KvCompression{});
        QVERIFY(panel->button("none")->isChecked());
    }

    void moeShowsTotalAndActive()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->pages()->setCurrentWidget(window->compressionPage());
        window->store()->setModel(*findBuiltinModel("mixtral-8x7b"));
        const Metrics m = evaluate(window->store()->scenario());
        const QString text = window->compressionPage()->attention()->noteText();
        QVERIFY2(text.contains(QString::fromStdString(formatParams(m.params))), qPrintable(text));
        QVERIFY(text.contains(QString::fromStdString(formatParams(m.activeParams))));
        QVERIFY(text.contains("Total → memory") && text.contains("Active → compute"));
        window->store()->setModel(*findBuiltinModel("llama-2-7b"));
        QVERIFY(window->compressionPage()->attention()->noteText().contains("Dense"));
        QCOMPARE(window->compressionPage()->attention()->cellText(1, 0),
                 QString("MHA (this model)"));
    }

    void stepTimeWithTheTimelineShown_data()
    {
        QTest::addColumn<int>("users");
        QTest::newRow("3 users") << 3;
        QTest::newRow("300 users") << 300;
    }
    void stepTimeWithTheTimelineShown()
    {
        QFETCH(int, users);
        // Not a budget check (bench does that for the charts page): what one context step costs
        // while the timeline is on screen, from the slider to the plot painted.
        const auto window = openWindow();
        QVERIFY(window);
        window->store()->setParameter("users", users);
        window->store()->setParameter("context", 4000);
        window->pages()->setCurrentWidget(window->timelinePage());
        TimelineChart *chart = window->timelinePage()->chart();
        QSlider *context = window->controls()->slider("context")->slider();
        std::vector<double> ms;
        std::vector<double> replots;
        std::vector<double> cpu;
        for (int i = 0; i < 40; ++i) {
            const int painted = chart->plot()->paintCount();
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            // Ten teaching steps up from 4K and ten back, twice.
            context->triggerAction(i % 20 < 10 ? QAbstractSlider::SliderSingleStepAdd
                                               : QAbstractSlider::SliderSingleStepSub);
            // Each event as it comes, so the time is the step's, not a polling interval's.
            while (chart->plot()->paintCount() == painted && timer.elapsed() < 2000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            QVERIFY(chart->plot()->paintCount() > painted);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
            replots.push_back(chart->plot()->replotTime());
        }
        std::sort(replots.begin(), replots.end());
        std::sort(cpu.begin(), cpu.end());
        std::sort(ms.begin(), ms.end());
        QCOMPARE(chart->schedule(), scheduleSessions(window->store()->scenario()));
        qInfo("context step with the %d-user timeline shown: median %.1f ms, max %.1f ms (GUI "
              "thread CPU median %.1f ms); the timeline's replot %.1f ms, its schedule %.2f ms, "
              "%zu boxes",
              users, ms[ms.size() / 2], ms.back(), cpu[cpu.size() / 2], replots[replots.size() / 2],
              chart->lastScheduleMilliseconds(), chart->segments()->boxes().size());
    }

    void pageShortcuts()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->activateWindow();
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->pages()->currentWidget(), window->timelinePage());
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->pages()->currentWidget(), window->compressionPage());
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window->pages()->currentIndex(), 0);
    }
};

QTEST_MAIN(TestSessionPages)
#include "tst_sessionpages.moc"
