// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "chartexport.h"
#include "clioptions.h"
#include "comparisonexport.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "tourdeck.h"
#include "units.h"

#include <QApplication>

#include <algorithm>
#include <cctype>
#include <clocale>
#include <functional>
#include <ostream>
#include <stdexcept>

namespace kvscope::app {

using model::InputError;

namespace {

CliOptions::Spec exportOptionSpec()
{
    CliOptions::Spec spec = scenarioOptionSpec();
    for (const char *name : {"chart", "out", "size", "scale", "theme", "bytes", "latency-scale"})
        spec.values.insert(name);
    spec.switches.insert("transparent");
    spec.switches.insert("no-caption");
    return spec;
}

QSize parseExportSize(const std::string &text)
{
    const auto x = text.find_first_of("xX");
    const auto digits = [](const std::string &s) {
        return !s.empty() && s.size() <= 6 &&
               std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(uchar(c)); });
    };
    const std::string w = x == std::string::npos ? "" : text.substr(0, x);
    const std::string h = x == std::string::npos ? "" : text.substr(x + 1);
    const std::string range = "each side from " + std::to_string(widgets::kMinExportSide) + " to " +
                              std::to_string(widgets::kMaxExportSide);
    if (!digits(w) || !digits(h))
        throw InputError("", "--size", text, "expected WIDTHxHEIGHT such as 1920x1080, " + range);
    const QSize size(std::stoi(w), std::stoi(h));
    for (int side : {size.width(), size.height()})
        if (side < widgets::kMinExportSide || side > widgets::kMaxExportSide)
            throw InputError("", "--size", text, "out of range: " + range);
    return size;
}

widgets::ExportOptions exportOptionsFromCli(const CliOptions &options)
{
    widgets::ExportOptions o;
    if (options.has("size"))
        o.size = parseExportSize(options.value("size"));
    o.scale = options.number("scale", 1);
    if (!(o.scale >= widgets::kMinExportScale && o.scale <= widgets::kMaxExportScale))
        throw InputError("", "--scale", options.value("scale"),
                         "out of range: from " + model::formatPlain(widgets::kMinExportScale) +
                             " to " + model::formatPlain(widgets::kMaxExportScale));

    const std::string theme = options.value("theme", "light");
    if (theme != "light" && theme != "dark")
        throw InputError("", "--theme", theme, "expected light or dark");
    o.theme = widgets::makeTheme(theme == "dark", false);
    const std::string bytes = options.value("bytes", "gib");
    if (bytes != "gb" && bytes != "gib")
        throw InputError("", "--bytes", bytes, "expected gb or gib");
    o.byteUnits = bytes == "gb" ? model::ByteUnits::Decimal : model::ByteUnits::Binary;
    const std::string latency = options.value("latency-scale", "log");
    if (latency != "log" && latency != "linear")
        throw InputError("", "--latency-scale", latency, "expected log or linear");
    o.latencyLogScale = latency == "log";
    o.transparent = options.has("transparent");
    o.caption = !options.has("no-caption");
    return o;
}

/// `--charts memory,latency`: the compare view's rows of charts, from the kinds it offers.
QList<const widgets::ChartKind *> comparedKinds(const CliOptions &options)
{
    std::vector<std::string_view> offered;
    for (const widgets::ChartKind &kind : widgets::chartKinds())
        if (kind.compared)
            offered.push_back(kind.id);
    const std::string list = options.value("charts", "memory,latency");
    QList<const widgets::ChartKind *> kinds;
    for (const QString &id : QString::fromStdString(list).split(QLatin1Char(','))) {
        const widgets::ChartKind *kind = widgets::findChartKind(id.trimmed());
        if (!kind || !kind->compared)
            throw InputError("", "--charts", list,
                             "expected a comma-separated list of " + model::wordList(offered));
        if (!kinds.contains(kind))
            kinds << kind;
    }
    return kinds;
}

QtMessageHandler g_previousHandler = nullptr;

/// Drops the offscreen platform's chatter about the never-shown window the charts are laid out in
/// and about a missing runtime folder, which would otherwise cost every export two lines of
/// stderr; every other message passes on.
void quietPlatformMessages(QtMsgType type, const QMessageLogContext &context,
                           const QString &message)
{
    if (type == QtWarningMsg &&
        (message.startsWith(QLatin1String("This plugin does not support")) ||
         message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"))))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// Runs `render` inside a QApplication, making one when the process has none.
int withWidgets(const std::function<void()> &render)
{
    if (QCoreApplication::instance()) {
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            throw std::runtime_error("export needs a QApplication, and this process has a "
                                     "QCoreApplication");
        render();
        return 0;
    }
    // No display is needed: the offscreen platform renders exactly what a screen would, and a
    // stale DISPLAY (an ended ssh session) cannot make the export fail.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_previousHandler = qInstallMessageHandler(quietPlatformMessages);
    static int argc = 1;
    static char name[] = "kvscope";
    static char *argv[] = {name, nullptr};
    QApplication app(argc, argv);
    // QApplication sets the C library's locale from the environment; numbers kvscope writes with
    // it (CSV, captions) keep a decimal point. What people read is formatted by QLocale.
    std::setlocale(LC_NUMERIC, "C");
    render();
    return 0;
}

} // namespace

int runExport(const std::vector<std::string> &args, std::ostream &)
{
    // Every input is checked before Qt starts: a typo fails fast and writes nothing.
    const CliOptions options(args, exportOptionSpec());
    const std::vector<std::string> ids = exportChartIds();
    if (!options.has("chart"))
        throw InputError("", "--chart", "",
                         "missing: " + model::wordList({ids.begin(), ids.end()}));
    const std::string id = options.value("chart");
    const auto chart = widgets::chartFromId(QString::fromStdString(id));
    if (!chart)
        throw InputError("", "--chart", id, "unknown chart; one of " + joined(ids, " "));
    if (!options.has("out"))
        throw InputError("", "--out", "", "missing: the file to write (.png, .svg, .pdf or .csv)");
    const std::string path = options.value("out");
    const auto format = widgets::formatFromPath(QString::fromStdString(path));
    if (!format)
        throw InputError("", "--out", path, "expected a .png, .svg, .pdf or .csv file");
    const widgets::ExportOptions exportOptions = exportOptionsFromCli(options);
    const QString sizeProblem =
        widgets::checkExportSize(exportOptions.size, exportOptions.scale, *format);
    if (!sizeProblem.isEmpty())
        throw InputError("", "--scale", options.value("scale", "1"), sizeProblem.toStdString());
    const model::Scenario scenario = scenarioFromOptions(options);
    return withWidgets([&] {
        widgets::exportChart(scenario, *chart, exportOptions, QString::fromStdString(path));
    });
}

int runTour(const std::vector<std::string> &args, std::ostream &)
{
    CliOptions::Spec spec;
    spec.values = {"tour", "out", "size", "theme", "bytes"};
    const CliOptions options(args, spec);
    if (!options.has("out"))
        throw InputError("", "--out", "",
                         "missing: a .pdf file, or a folder for one PNG per scene");
    const std::string path = options.value("out");
    const widgets::ExportOptions exportOptions = exportOptionsFromCli(options);
    const model::Tour tour =
        options.has("tour") ? model::readTourFile(options.value("tour")) : model::builtinTour();
    return withWidgets(
        [&] { widgets::exportTour(tour, exportOptions, QString::fromStdString(path)); });
}

std::vector<std::string> exportChartIds()
{
    std::vector<std::string> ids;
    for (widgets::ExportChart chart : widgets::exportCharts())
        ids.push_back(widgets::chartId(chart).toStdString());
    return ids;
}

std::string joined(const std::vector<std::string> &words, const std::string &separator)
{
    std::string text;
    for (const std::string &word : words)
        text += (text.empty() ? "" : separator) + word;
    return text;
}

std::vector<std::string> comparisonImageOptionNames()
{
    return {"size", "scale", "theme", "latency-scale", "charts"};
}

std::vector<std::string> comparisonImageSwitchNames()
{
    return {"transparent", "no-caption"};
}

void writeComparisonFigure(const std::vector<model::Scenario> &columns, const CliOptions &options,
                           const std::string &path)
{
    // Every option is checked before Qt starts, as export's are.
    const auto format =
        widgets::formatFromPath(QString::fromStdString(path), widgets::comparisonFormats());
    if (!format)
        throw InputError("", "--out", path, "expected a .png, .svg, .pdf, .csv or .md file");
    const QList<const widgets::ChartKind *> kinds = comparedKinds(options);
    widgets::ExportOptions exportOptions = exportOptionsFromCli(options);
    if (!options.has("size"))
        exportOptions.size = widgets::comparisonImageSize(int(kinds.size()));
    const QString sizeProblem =
        widgets::checkExportSize(exportOptions.size, exportOptions.scale, *format);
    if (!sizeProblem.isEmpty())
        throw InputError("", "--scale", options.value("scale", "1"), sizeProblem.toStdString());
    withWidgets([&] {
        widgets::exportComparison(columns, kinds, exportOptions, QString::fromStdString(path));
    });
}

} // namespace kvscope::app
