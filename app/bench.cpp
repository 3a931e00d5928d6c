// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench.h"

#include "chartwidget.h"
#include "clioptions.h"
#include "compressionpage.h"
#include "controlpanel.h"
#include "fieldstyle.h"
#include "inputerror.h"
#include "mainwindow.h"
#include "parameterslider.h"
#include "planpage.h"
#include "plotwidget.h"
#include "theme.h"
#include "timelinechart.h"
#include "timelinepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace kvscope::app {

namespace {

/// Milliseconds since this process started, from the kernel's start time (10 ms resolution on
/// Linux); -1 where unavailable.
double msSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return -1;
    // Fields after the command name: state is field 3; starttime is field 22.
    std::size_t pos = close + 2;
    for (int field = 3; field < 22 && pos != std::string::npos; ++field)
        pos = text.find(' ', pos) + 1;
    const double startTicks = std::atof(text.c_str() + pos);
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double hz = double(sysconf(_SC_CLK_TCK));
    return (double(now.tv_sec) + now.tv_nsec * 1e-9 - startTicks / hz) * 1000.0;
}

/// CPU time of this thread in milliseconds: on a shared machine it shows what a step costs
/// without the time spent waiting for a core.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const std::size_t lo = std::size_t(rank);
    const std::size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

/// Runs the event loop until every chart has painted at least once more than `before`.
bool waitForPaint(const QList<widgets::ChartWidget *> &charts, const std::vector<int> &before)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    const auto done = [&] {
        for (int i = 0; i < charts.size(); ++i)
            if (charts[i]->plot()->paintCount() <= before[std::size_t(i)])
                return false;
        return true;
    };
    std::vector<QMetaObject::Connection> connections;
    for (widgets::ChartWidget *chart : charts)
        connections.push_back(QObject::connect(chart, &widgets::ChartWidget::painted, &loop, [&] {
            if (done())
                loop.quit();
        }));
    if (!done()) {
        timeout.start(5000);
        loop.exec();
    }
    for (const auto &c : connections)
        QObject::disconnect(c);
    return done();
}

std::vector<int> paintCounts(const QList<widgets::ChartWidget *> &charts)
{
    std::vector<int> counts;
    for (widgets::ChartWidget *chart : charts)
        counts.push_back(chart->plot()->paintCount());
    return counts;
}

/// A page of the window as the bench steps it: its tab, what to set before stepping, the charts
/// whose repaint ends a step and the sliders that drive it.
struct BenchPage
{
    std::string name;
    int tab = 0;
    std::function<void()> prepare = [] {
    };
    QList<widgets::ChartWidget *> charts;
    QList<QSlider *> sliders;
};

const std::string kPageNames[] = {"charts", "timeline", "compression", "plan"};

std::vector<BenchPage> benchPages(MainWindow &window)
{
    QList<QSlider *> primary;
    for (const QString &key : widgets::ControlPanel::primaryKeys())
        primary << window.controls()->slider(key)->slider();
    QTabWidget *tabs = window.pages();
    std::vector<BenchPage> pages;
    pages.push_back({kPageNames[0], 0, [] {}, window.charts(), primary}); // the first page
    // The timeline with a busy server: 300 users to lay out at every step.
    widgets::TimelinePage *timeline = window.timelinePage();
    pages.push_back({kPageNames[1],
                     tabs->indexOf(timeline),
                     [timeline] { timeline->usersSlider()->setValue(300); },
                     {timeline->chart()},
                     primary + QList<QSlider *>{timeline->usersSlider()->slider()}});
    // The compression what-if: its own four ratios, then the shared sliders.
    QList<QSlider *> compression;
    for (widgets::ParameterSlider *slider :
         window.compressionPage()->findChildren<widgets::ParameterSlider *>())
        compression << slider->slider();
    pages.push_back(
        {kPageNames[2], tabs->indexOf(window.compressionPage()), [] {}, {}, compression + primary});
    pages.push_back({kPageNames[3], tabs->indexOf(window.planPage()), [] {}, {}, primary});
    return pages;
}

/// One key step of `slider`, until `charts` have painted and the labels and tables have too (they
/// repaint on the posted update request). A function of its own so a profiler can collect just
/// the steps: valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*stepSlider*'.
[[gnu::noinline]] bool stepSlider(QSlider *slider, int direction,
                                  const QList<widgets::ChartWidget *> &charts)
{
    const std::vector<int> before = paintCounts(charts);
    slider->triggerAction(direction > 0 ? QAbstractSlider::SliderSingleStepAdd
                                        : QAbstractSlider::SliderSingleStepSub);
    if (!waitForPaint(charts, before))
        return false;
    QCoreApplication::processEvents();
    return true;
}

} // namespace

int runBench(const std::vector<std::string> &args, char *program)
{
    QElapsedTimer sinceEntry;
    sinceEntry.start();
    int steps = 240;
    int width = 1600;
    int height = 1000;
    bool json = false;
    std::string onlyPage; // every page when empty
    try {
        const CliOptions options(args, {{"json"}, {"steps", "size", "page"}, {}});
        json = options.has("json");
        onlyPage = options.value("page");
        if (!onlyPage.empty() && std::find(std::begin(kPageNames), std::end(kPageNames),
                                           onlyPage) == std::end(kPageNames))
            throw model::InputError("", "--page", onlyPage,
                                    "expected charts, timeline, compression or plan");
        const double stepCount = options.number("steps", steps);
        if (stepCount < 1 || stepCount > 100000 || stepCount != std::floor(stepCount))
            throw model::InputError("", "--steps", options.value("steps"),
                                    "must be a whole number from 1 to 100000");
        steps = int(stepCount);
        const std::string size = options.value("size", "1600x1000");
        char end = 0;
        if (std::sscanf(size.c_str(), "%5dx%5d%c", &width, &height, &end) != 2 || width < 320 ||
            height < 240)
            throw model::InputError("", "--size", size,
                                    "expected WIDTHxHEIGHT of at least 320x240, such as 1600x1000");
    } catch (const model::InputError &error) {
        std::cerr << "kvscope: " << error.what() << "\n";
        return 2;
    }

    qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    char *qtArgv[] = {program, nullptr};
    QApplication app(qtArgc, qtArgv);
    // QApplication sets the C library's locale from the environment; numbers kvscope writes with
    // it (CSV, captions) keep a decimal point. What people read is formatted by QLocale.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setStyle(widgets::createWindowStyle());
    widgets::initResources();
    // A fresh, temporary session: the bench starts from the paper's example and leaves the
    // user's settings alone.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    MainWindow window(settings);
    window.resize(width, height);
    const QList<widgets::ChartWidget *> charts = window.charts();
    const std::vector<int> none(std::size_t(charts.size()), 0);
    window.show();
    if (!waitForPaint(charts, none)) {
        std::cerr << "kvscope bench: the window never painted\n";
        return 1;
    }
    const double windowStartMs = double(sinceEntry.nsecsElapsed()) / 1e6;
    const double processStartMs = msSinceProcessStart();

    // Every page in turn with the sliders that drive it, one key step at a time, turning back at
    // either end; a step ends when the page's charts have painted and no event is left.
    std::vector<BenchPage> pages = benchPages(window);
    if (!onlyPage.empty())
        std::erase_if(pages, [&](const BenchPage &page) { return page.name != onlyPage; });
    const int perPage = (steps + int(pages.size()) - 1) / int(pages.size());
    std::vector<double> times;
    std::vector<double> cpuTimes;
    std::vector<std::pair<std::string, std::vector<double>>> timesByPage;
    QElapsedTimer timer;
    for (const BenchPage &page : pages) {
        window.pages()->setCurrentIndex(page.tab);
        page.prepare();
        QCoreApplication::processEvents();
        if (!waitForPaint(page.charts, none)) {
            std::cerr << "kvscope bench: the " << page.name << " page never painted\n";
            return 1;
        }
        std::vector<double> &pageTimes =
            timesByPage.emplace_back(page.name, std::vector<double>{}).second;
        const int perSlider = (perPage + int(page.sliders.size()) - 1) / int(page.sliders.size());
        for (QSlider *slider : page.sliders) {
            int direction = 1;
            for (int i = 0; i < perSlider && int(pageTimes.size()) < perPage; ++i) {
                if ((direction > 0 && slider->value() >= slider->maximum()) ||
                    (direction < 0 && slider->value() <= slider->minimum()))
                    direction = -direction;
                const double cpuStart = threadCpuMs();
                timer.start();
                if (!stepSlider(slider, direction, page.charts)) {
                    std::cerr << "kvscope bench: a chart of the " << page.name
                              << " page did not repaint after a step of "
                              << slider->objectName().toStdString() << "\n";
                    return 1;
                }
                pageTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
                times.push_back(pageTimes.back());
                cpuTimes.push_back(threadCpuMs() - cpuStart);
            }
        }
    }

    const double median = percentile(times, 0.5);
    const double p99 = percentile(times, 0.99);
    const double worst = *std::max_element(times.begin(), times.end());
    const double cpuMedian = percentile(cpuTimes, 0.5);
    const double cpuP99 = percentile(cpuTimes, 0.99);
    const double coldStart = processStartMs >= 0 ? processStartMs : windowStartMs;
    std::string byPageJson;
    std::string byPageText;
    for (const auto &[name, pageTimes] : timesByPage) {
        char entry[160];
        std::snprintf(entry, sizeof entry, "%s\"%s\": %.3f", byPageJson.empty() ? "" : ", ",
                      name.c_str(), percentile(pageTimes, 0.5));
        byPageJson += entry;
        std::snprintf(entry, sizeof entry, "    %-12s median %.2f ms, p99 %.2f ms\n",
                      (name + ":").c_str(), percentile(pageTimes, 0.5),
                      percentile(pageTimes, 0.99));
        byPageText += entry;
    }
    char buffer[1024];
    if (json) {
        std::snprintf(buffer, sizeof buffer,
                      "{\"cold_start_ms\": %.1f, \"height\": %d, \"platform\": \"offscreen\", "
                      "\"slider_step_ms_max\": %.3f, \"slider_step_ms_median\": %.3f, "
                      "\"slider_step_ms_median_by_page\": {%s}, "
                      "\"slider_step_ms_p99\": %.3f, \"slider_step_thread_cpu_ms_median\": %.3f, "
                      "\"slider_step_thread_cpu_ms_p99\": %.3f, \"steps\": %zu, \"width\": %d, "
                      "\"window_start_ms\": %.1f}\n",
                      coldStart, height, worst, median, byPageJson.c_str(), p99, cpuMedian, cpuP99,
                      times.size(), width, windowStartMs);
    } else {
        std::snprintf(buffer, sizeof buffer,
                      "kvscope bench, %dx%d offscreen\n"
                      "  slider steps:           %zu\n"
                      "  step to all painted:    median %.2f ms, p99 %.2f ms, max %.2f ms\n"
                      "%s"
                      "  GUI thread CPU a step:  median %.2f ms, p99 %.2f ms\n"
                      "  cold start to paint:    %.0f ms (process start), %.0f ms (window)\n",
                      width, height, times.size(), median, p99, worst, byPageText.c_str(),
                      cpuMedian, cpuP99, coldStart, windowStartMs);
    }
    std::fputs(buffer, stdout);
    return 0;
}

} // namespace kvscope::app
