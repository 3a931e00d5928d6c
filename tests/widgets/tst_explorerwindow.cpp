// SPDX-License-Identifier: GPL-3.0-or-later
// The whole explorer window, offscreen, with a temporary settings file: the first start, the
// primary sliders against every chart, keyboard control, undo/redo, typed values, the saved
// session, presentation mode and the coalesced replots.
#include "builtins.h"
#include "chartwidget.h"
#include "collapsiblesection.h"
#include "comparegrid.h"
#include "compareview.h"
#include "concurrencychart.h"
#include "controlpanel.h"
#include "evaluate.h"
#include "explorer.h"
#include "latencychart.h"
#include "mainwindow.h"
#include "memorychart.h"
#include "metricsstrip.h"
#include "parameterslider.h"
#include "plotwidget.h"
#include "presetfeatures.h"
#include "presetlibrary.h"
#include "scenarios.h"
#include "scenariostore.h"
#include "sidepane.h"
#include "switchingchart.h"
#include "tour.h"
#include "tourcaption.h"
#include "tourplayer.h"

#include "windowsession.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace kvscope;
using namespace kvscope::model;
using namespace kvscope::widgets;
using kvscope::app::TourPlayer;

namespace {

/// Counts the resize events of the widgets it filters.
struct ResizeCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Resize;
        return false;
    }
};

template <typename Graph> std::vector<std::pair<double, double>> points(const Graph *graph)
{
    std::vector<std::pair<double, double>> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.emplace_back(it->key, it->value);
    return out;
}

/// Every chart and the metrics strip hold what the model computes for the store's scenario.
void verifyViewsMatchTheModel(const app::MainWindow &window)
{
    const Scenario s = window.store()->scenario();
    const Metrics now = evaluate(s);

    for (const auto &[x, top] :
         points(window.chart<MemoryChart>()->band(MemoryChart::ResidentKv))) {
        const Metrics r = evaluate(withContext(s, x));
        QVERIFY(nearlyEqual(top, r.weightBytes + r.reservedBytes +
                                     (r.fits ? r.concurrency * r.kvBytesPerUser : 0)));
    }
    for (const auto &[x, top] :
         points(window.chart<LatencyChart>()->series(LatencyChart::PrefillComm)))
        QVERIFY(nearlyEqual(top, evaluate(withContext(s, x)).prefillSeconds));
    for (const auto &[x, top] :
         points(window.chart<LatencyChart>()->series(LatencyChart::DecodeComm)))
        QVERIFY(nearlyEqual(top, evaluate(withContext(s, x)).decodeSecondsPerToken));
    const auto &curves = window.chart<ConcurrencyChart>()->data();
    for (int c = 0; c < int(curves.size()); ++c) {
        Scenario g = s;
        g.deployment.gpus = curves[std::size_t(c)].gpus;
        for (const auto &[x, users] : points(window.chart<ConcurrencyChart>()->curveGraph(c)))
            QCOMPARE(users, std::max(evaluate(withContext(g, x)).concurrency, kZeroUsersFloor));
    }
    QVERIFY(std::any_of(curves.begin(), curves.end(), [&](const ConcurrencyCurve &c) {
        return c.current && c.gpus == s.deployment.gpus;
    }));
    for (const auto &[x, seconds] : points(window.chart<SwitchingChart>()->switchGraph()))
        QCOMPARE(seconds, evaluate(withContext(s, x)).contextSwitchSeconds);
    for (ChartWidget *chart : window.charts())
        QCOMPARE(chart->markedContext(), s.deployment.context);

    const MetricsStrip *m = window.metrics();
    const auto units = window.preferences().byteUnits;
    QCOMPARE(m->tile(MetricsStrip::KvPerUser)->value(),
             QString::fromStdString(formatBytes(now.kvBytesPerUser, units, 4)));
    QCOMPARE(m->tile(MetricsStrip::Prefill)->value(),
             QString::fromStdString(formatSeconds(now.prefillSeconds)));
    QCOMPARE(m->tile(MetricsStrip::DecodePerToken)->value(),
             QString::fromStdString(formatSeconds(now.decodeSecondsPerToken)));
    QCOMPARE(m->tile(MetricsStrip::Switch)->value(),
             now.hostParkedUsers >= 1
                 ? QString::fromStdString(formatSeconds(now.contextSwitchSeconds))
                 : QString("no room"));
}

/// The screens a lecture may be projected on, smallest first, as a "screen" column.
void addProjectorScreens()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

} // namespace

class TestExplorerWindow : public QObject
{
    Q_OBJECT

private:
    WindowSession m_session;

    std::unique_ptr<app::MainWindow> openWindow() { return m_session.openWindow(); }

private slots:
    void initTestCase()
    {
        // The preset library lists the test-mode app-data folder, never the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        // Every test starts from an empty, temporary session.
        m_session.reset();
    }

    void libraryAndCompareOpenFromTheWindow()
    {
        const auto window = openWindow();
        QVERIFY(window);
        app::PresetFeatures *presets = window->presets();
        QCOMPARE(presets->libraryAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(presets->compareAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(window->actions().contains(presets->compareAction()));
        presets->libraryAction()->trigger();
        QVERIFY(presets->libraryDock()->isVisible());
        QVERIFY(window->acceptDrops());

        // Applying a library preset is one step of the window's own undo history.
        QVERIFY(presets->library()->select(model::PresetKind::Hardware, "h200-sxm-141gb", false));
        QVERIFY(presets->library()->applySelected());
        QCOMPARE(window->store()->scenario().hardware.id, std::string("h200-sxm-141gb"));

        presets->compareAction()->trigger();
        widgets::CompareView *view = presets->compareView();
        QVERIFY(view->isVisible());
        view->setColumns({"a100-sxm4-80gb", "llama-3.1-8b"});
        // A model column is put into the explorer's scenario, and follows it.
        QCOMPARE(view->grid()->columnData(1).scenario.hardware.id, std::string("h200-sxm-141gb"));
        window->store()->undoStack()->undo();
        QCOMPARE(view->grid()->columnData(1).scenario.hardware.id, std::string("a100-sxm4-80gb"));
    }

    void firstStartShowsThePaperExample()
    {
        const auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->store()->scenario(), paperExample());
        ControlPanel *c = window->controls();
        QCOMPARE(c->slider("context")->value(), 50000.0);
        QCOMPARE(c->slider("model-size")->value(), 34e9);
        QCOMPARE(c->slider("gpus")->value(), 1.0);
        QCOMPARE(c->slider("hbm-gib")->value(), 80.0);
        QCOMPARE(window->metrics()->tile(MetricsStrip::Concurrency)->value(), QString("1 user"));
        QCOMPARE(window->metrics()->tile(MetricsStrip::KvPerUser)->value(), QString("11.44 GiB"));
        QCOMPARE(window->metrics()->tile(MetricsStrip::Prefill)->ratio(), QString("x15.8 vs 4K"));
        QVERIFY(window->metrics()->conventions().contains("attention FLOP: paper"));
        verifyViewsMatchTheModel(*window);
    }

    void primarySlidersMoveTheScenarioAndEveryChart_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("direction");
        for (const char *key : {"model-size", "context", "gpus", "hbm-gib"}) {
            QTest::addRow("%s page up", key)
                << QString(key) << int(QAbstractSlider::SliderPageStepAdd) << 1;
            QTest::addRow("%s step down", key)
                << QString(key) << int(QAbstractSlider::SliderSingleStepSub) << -1;
        }
    }
    void primarySlidersMoveTheScenarioAndEveryChart()
    {
        QFETCH(QString, key);
        QFETCH(int, action);
        QFETCH(int, direction);
        const auto window = openWindow();
        QVERIFY(window);
        ParameterSlider *slider = window->controls()->slider(key);
        if (slider->value() <= slider->scale().min())
            window->store()->setParameter(key, 8); // one GPU is the bottom of its slider
        const double before = slider->value();
        slider->slider()->triggerAction(QAbstractSlider::SliderAction(action));
        const double after = slider->value();
        QVERIFY(direction > 0 ? after > before : after < before);
        const Scenario &s = window->store()->scenario();
        if (key == "model-size")
            QVERIFY(nearlyEqual(evaluate(s).params, after, 0.01));
        else
            QCOMPARE(parameter(key.toStdString()).get(s), after);
        verifyViewsMatchTheModel(*window);
    }

    void keyboardMovesSlidersAndTabMovesFocus()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSlider *context = window->controls()->slider("context")->slider();
        context->setFocus();
        QTest::keyClick(context, Qt::Key_PageUp);
        const double up = window->store()->scenario().deployment.context;
        QVERIFY(up > 50000);
        QTest::keyClick(context, Qt::Key_Left);
        QVERIFY(window->store()->scenario().deployment.context < up);
        QTest::keyClick(context, Qt::Key_End);
        QCOMPARE(window->store()->scenario().deployment.context, 1e7);
        verifyViewsMatchTheModel(*window);

        // Tab goes from the slider to its typed field, then to the next slider.
        QTest::keyClick(context, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->controls()->slider("context")->field());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window->controls()->slider("gpus")->slider());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(window->store()->scenario().deployment.gpus, 2);
    }

    void undoRedoRestoresValues()
    {
        const auto window = openWindow();
        QVERIFY(window);
        ControlPanel *c = window->controls();
        c->slider("context")->slider()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        c->slider("gpus")->slider()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        const Scenario edited = window->store()->scenario();
        QCOMPARE(edited.deployment.gpus, 2);
        QVERIFY(edited.deployment.context > 50000);

        // Ctrl+Z and Ctrl+Shift+Z reach the store through the window's actions.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        c->slider("gpus")->slider()->setFocus();
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->store()->scenario().deployment.gpus, 1);
        QCOMPARE(c->slider("gpus")->value(), 1.0);
        window->store()->undoStack()->undo();
        QCOMPARE(window->store()->scenario(), paperExample());
        QCOMPARE(c->slider("context")->value(), 50000.0);
        verifyViewsMatchTheModel(*window);
        window->store()->undoStack()->redo();
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->store()->scenario(), edited);
        verifyViewsMatchTheModel(*window);
    }

    void typedValuesAreValidated()
    {
        const auto window = openWindow();
        QVERIFY(window);
        QLineEdit *field = window->controls()->slider("context")->field();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, "128K");
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window->store()->scenario().deployment.context, 128000.0);
        verifyViewsMatchTheModel(*window);

        field->selectAll();
        QTest::keyClicks(field, "20M");
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window->store()->scenario().deployment.context, 128000.0);
        QVERIFY(window->controls()->slider("context")->inputInvalid());
        QVERIFY2(window->statusBar()->currentMessage().contains("must be from 1 to 10M tokens"),
                 qPrintable(window->statusBar()->currentMessage()));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!window->controls()->slider("context")->inputInvalid());
        QCOMPARE(field->text(), QString("128K"));
    }

    void resetToThePaperExampleIsUndoable()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->store()->setParameter("gpus", 8);
        window->store()->setModel(*findBuiltinModel("llama-3.1-70b"));
        window->resetToPaperExample();
        QCOMPARE(window->store()->scenario(), paperExample());
        window->store()->undoStack()->undo();
        QCOMPARE(window->store()->scenario().model.id, std::string("llama-3.1-70b"));
        verifyViewsMatchTheModel(*window);
    }

    void toolBarUndoKeepsItsName()
    {
        const auto window = openWindow();
        QVERIFY(window);
        auto *undo = window->findChild<QAction *>(QStringLiteral("toolBarUndo"));
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled());
        window->store()->setParameter("context", 128000);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY2(undo->toolTip().contains(QStringLiteral("Context length")),
                 qPrintable(undo->toolTip()));
        undo->trigger();
        QCOMPARE(window->store()->scenario().deployment.context, 50000.0);
    }

    void steppingBackDoesNotResizeTheCharts()
    {
        // The GPUs slider brings notes and legend rows in and out; once they have been seen, the
        // way back and forth again resizes no chart (each resize redraws a chart whole).
        const auto window = openWindow();
        QVERIFY(window);
        QSlider *gpus = window->controls()->slider("gpus")->slider();
        const auto sweep = [&] {
            for (int i = 0; i < 12; ++i) {
                gpus->triggerAction(QAbstractSlider::SliderSingleStepAdd);
                QCoreApplication::processEvents();
            }
            for (int i = 0; i < 12; ++i) {
                gpus->triggerAction(QAbstractSlider::SliderSingleStepSub);
                QCoreApplication::processEvents();
            }
        };
        sweep();
        QCOMPARE(window->store()->scenario().deployment.gpus, 1);
        ResizeCounter resizes;
        for (ChartWidget *chart : window->charts())
            chart->plot()->installEventFilter(&resizes);
        sweep();
        QCOMPARE(resizes.count, 0);
    }

    void settingsRoundTrip()
    {
        Scenario saved;
        QStringList expanded;
        {
            const auto window = openWindow();
            QVERIFY(window);
            window->store()->setParameter("context", 128000);
            window->store()->setParameter("gpus", 4);
            window->store()->setOption("kv-dtype", "fp8");
            window->store()->setHardware(*findBuiltinHardware("h200-sxm-141gb"));
            window->setByteUnits(ByteUnits::Decimal);
            window->setThemeMode(ThemeMode::Dark);
            window->chart<LatencyChart>()->setLogScale(false);
            window->controls()->sections().at(1)->setExpanded(true);
            window->resize(1400, 900);
            saved = window->store()->scenario();
            for (CollapsibleSection *s : window->controls()->sections())
                if (s->isExpanded())
                    expanded << s->objectName();
            window->close();
        }
        const auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->store()->scenario().deployment, saved.deployment);
        QCOMPARE(window->store()->scenario().hardware.id, saved.hardware.id);
        QCOMPARE(window->preferences().byteUnits, ByteUnits::Decimal);
        QCOMPARE(window->preferences().theme, ThemeMode::Dark);
        QVERIFY(window->theme().dark);
        QVERIFY(!window->chart<LatencyChart>()->logScale());
        QStringList now;
        for (CollapsibleSection *s : window->controls()->sections())
            if (s->isExpanded())
                now << s->objectName();
        QCOMPARE(now, expanded);
        QCOMPARE(window->metrics()->tile(MetricsStrip::KvPerUser)->value(),
                 QString::fromStdString(
                     formatBytes(evaluate(saved).kvBytesPerUser, ByteUnits::Decimal, 4)));
        window->setThemeMode(ThemeMode::System);
    }

    void presentationModeIsFullScreenLargeAndBold()
    {
        const auto window = openWindow();
        QVERIFY(window);
        const double font = window->font().pointSizeF();
        const double line = window->chart<SwitchingChart>()->switchGraph()->pen().widthF();
        window->setPresentationMode(true);
        QVERIFY(window->presentationMode());
        QVERIFY(window->windowState() & Qt::WindowFullScreen);
        QVERIFY(window->theme().presentation);
        QVERIFY(window->font().pointSizeF() > font);
        QVERIFY(window->chart<SwitchingChart>()->switchGraph()->pen().widthF() > line);
        window->setPresentationMode(false);
        QVERIFY(!(window->windowState() & Qt::WindowFullScreen));
        QCOMPARE(window->font().pointSizeF(), font);
    }

    void escapeAbandonsAFieldEditBeforeLeavingPresentationMode()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->setPresentationMode(true);
        window->controlsPane()->setFolded(false);
        QLineEdit *field = window->controls()->slider("context")->field();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, "12");
        // The first Escape abandons the typed text and stays in presentation mode.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(window->presentationMode());
        QCOMPARE(field->text(), QString("50K"));
        // The next one leaves.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!window->presentationMode());
    }

    void theTourStepsThroughThePaperAndRestoresTheScenario()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->store()->setParameter("gpus", 2);
        const Scenario own = window->store()->scenario();
        const int undoDepth = window->store()->undoStack()->count();
        TourPlayer *tour = window->tourPlayer();
        const Tour &paper = builtinTour();

        window->startBuiltinTour();
        QVERIFY(tour->isPlaying());
        QVERIFY(window->tourCaption()->isVisible());
        QVERIFY(!window->controlsPane()->isEnabled());
        // The first scene opens as it is, without a move.
        QCOMPARE(window->explorer()->data().scenario, paper.scenes[0].scenario);
        QVERIFY(window->metrics()->tile(MetricsStrip::KvPerUser)->highlighted());
        QCOMPARE(window->tourCaption()->title(), QString::fromStdString(paper.scenes[0].title));

        // Right moves to scene 2 over 400 ms: part way, the context is between the two scenes'.
        QTest::keyClick(window.get(), Qt::Key_Right);
        QCOMPARE(tour->scene(), 1);
        QTest::qWait(TourPlayer::kMoveMilliseconds / 2);
        const double between = window->explorer()->data().scenario.deployment.context;
        QVERIFY2(between > paper.scenes[0].scenario.deployment.context &&
                     between < paper.scenes[1].scenario.deployment.context,
                 qPrintable(QString::number(between)));
        QTRY_COMPARE(window->explorer()->data().scenario, paper.scenes[1].scenario);
        QCOMPARE(window->metrics()->tile(MetricsStrip::Concurrency)->value(), QString("1 user"));
        QVERIFY(window->metrics()->tile(MetricsStrip::Concurrency)->highlighted());
        QVERIFY(!window->metrics()->tile(MetricsStrip::KvPerUser)->highlighted());

        // A clicker's PgDn steps on; each scene brings its page forward.
        for (std::size_t i = 2; i < paper.scenes.size(); ++i) {
            QTest::keyClick(window.get(), Qt::Key_PageDown);
            QCOMPARE(tour->scene(), int(i));
            QCOMPARE(window->pages()->currentIndex(), int(paper.scenes[i].page));
            QCOMPARE(window->tourCaption()->caption(),
                     QString::fromStdString(paper.scenes[i].caption));
        }
        QTRY_COMPARE(window->explorer()->data().scenario, paper.scenes.back().scenario);
        // Past the last scene nothing moves; PgUp goes back.
        QTest::keyClick(window.get(), Qt::Key_PageDown);
        QCOMPARE(tour->scene(), int(paper.scenes.size()) - 1);
        QTest::keyClick(window.get(), Qt::Key_PageUp);
        QCOMPARE(tour->scene(), int(paper.scenes.size()) - 2);

        // Escape ends the tour: the window's own scenario again, and no edit left behind.
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(!tour->isPlaying());
        QVERIFY(!window->tourCaption()->isVisible());
        QVERIFY(window->controlsPane()->isEnabled());
        QCOMPARE(window->explorer()->data().scenario, own);
        QCOMPARE(window->store()->scenario(), own);
        QCOMPARE(window->store()->undoStack()->count(), undoDepth);
        for (ChartWidget *chart : window->charts())
            QVERIFY(chart->isVisible());
        for (int i = 0; i < MetricsStrip::MetricCount; ++i)
            QVERIFY(!window->metrics()->tile(MetricsStrip::Metric(i))->highlighted());
    }

    void anEditEndsTheTourAndIsEvaluatedOnce()
    {
        const auto window = openWindow();
        QVERIFY(window);
        window->startBuiltinTour();
        QVERIFY(window->tourPlayer()->isPlaying());
        const int evaluations = window->explorer()->evaluationCount();
        window->store()->setParameter("gpus", 2);
        QVERIFY(!window->tourPlayer()->isPlaying());
        QCOMPARE(window->explorer()->data().scenario, window->store()->scenario());
        QCOMPARE(window->explorer()->data().scenario.deployment.gpus, 2);
        QCOMPARE(window->explorer()->evaluationCount(), evaluations + 1);
    }

    void theTourFitsTheScreen_data() { addProjectorScreens(); }

    void theTourFitsTheScreen()
    {
        QFETCH(QSize, screen);
        const auto window = openWindow();
        QVERIFY(window);
        window->setPresentationMode(true);
        window->showNormal();
        window->controlsPane()->setFolded(screen.width() < 1400);
        window->resize(screen);
        QApplication::processEvents();
        window->startBuiltinTour();
        const Tour &paper = builtinTour();
        for (std::size_t i = 0; i < paper.scenes.size(); ++i) {
            QApplication::processEvents();
            // The window keeps the screen's size, the caption its text, each shown chart its
            // readable plot.
            QCOMPARE(window->size(), screen);
            const TourCaption *caption = window->tourCaption();
            QVERIFY(caption->height() >= caption->heightForWidth(caption->width()));
            QVERIFY(window->rect().contains(
                QRect(caption->mapTo(window.get(), QPoint()), caption->size())));
            if (paper.scenes[i].page == TourPage::Charts) {
                int shown = 0;
                for (ChartWidget *chart : window->charts())
                    if (chart->isVisible()) {
                        ++shown;
                        QVERIFY(chart->plot()->height() >= 140);
                    }
                QVERIFY(shown >= 2);
            }
            window->tourPlayer()->next();
        }
        // A screen with room keeps all four charts beside the caption.
        if (screen.height() >= 1080)
            for (ChartWidget *chart : window->charts())
                QVERIFY(chart->isVisible() || window->pages()->currentIndex() != 0);
    }

    void presentationModeFitsTheSmallestProjector_data() { addProjectorScreens(); }

    void presentationModeFitsTheSmallestProjector()
    {
        QFETCH(QSize, screen);
        const auto window = openWindow();
        QVERIFY(window);
        const double normalPoints = window->font().pointSizeF();
        window->setPresentationMode(true);
        // The offscreen platform's screen is smaller than a projector: the window takes the
        // projector's size as a full-screen window would.
        window->showNormal();
        window->controlsPane()->setFolded(screen.width() < 1400);
        window->resize(screen);
        QApplication::processEvents();
        QVERIFY(window->theme().presentation);
        QVERIFY(!window->menuBar()->isVisible());
        // No minimum above the screen: the window is exactly the screen.
        QCOMPARE(window->size(), screen);
        // Every chart keeps a plot a room can read, and its legend inside it.
        for (ChartWidget *chart : window->charts()) {
            const QString name = chart->metaObject()->className();
            QVERIFY2(chart->plot()->height() >= 140, qPrintable(name));
            QVERIFY2(chart->plot()->width() >= 240, qPrintable(name));
            const QRect inWindow(chart->mapTo(window.get(), QPoint()), chart->size());
            QVERIFY2(window->rect().contains(inWindow), qPrintable(name));
            for (QWidget *child : chart->findChildren<QWidget *>())
                if (child->isVisibleTo(chart))
                    QVERIFY2(
                        chart->rect().contains(QRect(child->mapTo(chart, QPoint()), child->size())),
                        qPrintable(name + " " + child->metaObject()->className()));
        }
        // All type, the control panel's values included, at 1.5 times the normal size.
        QCOMPARE(window->font().pointSizeF(), 1.5 * normalPoints);
        QCOMPARE(window->controls()->font().pointSizeF(), 1.5 * normalPoints);
    }

    void replotsAreCoalescedPerEventLoopTurn_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("full");
        // A context step moves only the marker layer; the other sliders change the curves.
        QTest::newRow("context: marker only") << "context" << false;
        QTest::newRow("gpus: full replot") << "gpus" << true;
        QTest::newRow("hbm: full replot") << "hbm-gib" << true;
    }
    void replotsAreCoalescedPerEventLoopTurn()
    {
        QFETCH(QString, key);
        QFETCH(bool, full);
        const auto window = openWindow();
        QVERIFY(window);
        QTest::qWait(50);
        std::vector<int> replots;
        std::vector<int> fullReplots;
        for (ChartWidget *chart : window->charts()) {
            replots.push_back(chart->replotCount());
            fullReplots.push_back(chart->fullReplotCount());
        }
        QSlider *slider = window->controls()->slider(key)->slider();
        for (int i = 0; i < 5; ++i)
            slider->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        QTest::qWait(100);
        for (int i = 0; i < window->charts().size(); ++i) {
            QCOMPARE(window->charts()[i]->replotCount(), replots[std::size_t(i)] + 1);
            QCOMPARE(window->charts()[i]->fullReplotCount(),
                     fullReplots[std::size_t(i)] + (full ? 1 : 0));
        }
        verifyViewsMatchTheModel(*window);
    }
};

QTEST_MAIN(TestExplorerWindow)
#include "tst_explorerwindow.moc"
