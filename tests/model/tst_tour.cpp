// SPDX-License-Identifier: GPL-3.0-or-later
// Guided tours: the built-in tour of the paper loads with its scenes in order, and every number
// its captions state is what the model computes for that scene; a user's tour file reads from
// disk; every kind of bad input is refused with an error naming the file and the field.
#include "builtins.h"
#include "evaluate.h"
#include "inputerror.h"
#include "inputerrors.h"
#include "jsonfile.h"
#include "scenarios.h"
#include "session.h"
#include "tour.h"
#include "units.h"

#include <nlohmann/json.hpp>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <string>

using namespace kvscope::model;
using nlohmann::json;

Q_DECLARE_METATYPE(TourPage)
Q_DECLARE_METATYPE(TourHighlight)

namespace {

json validTour()
{
    return json::parse(R"({"kind": "tour", "schema_version": 1, "id": "t", "name": "T",
        "source": "test", "scenes": [
        {"title": "Baseline", "caption": "At 4K.", "page": "charts", "highlight": "none",
         "scenario": "fu2024-34b-4k"},
        {"title": "Longer", "caption": "At 50K.", "page": "timeline", "highlight": "concurrency",
         "scenario": "fu2024-34b-4k", "deployment": {"context": 50000}}]})");
}

/// validTour() with `patch` merged into its second scene (RFC 7386: a null removes the key).
json withScene(const char *patch)
{
    json tour = validTour();
    tour["scenes"][1].merge_patch(json::parse(patch));
    return tour;
}

/// validTour() with `patch` merged in at the top level.
json withTour(const char *patch)
{
    json tour = validTour();
    tour.merge_patch(json::parse(patch));
    return tour;
}

bool writeText(const QString &path, const std::string &text)
{
    QFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(text);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const TourScene &scene(int number)
{
    return builtinTour().scenes.at(std::size_t(number - 1));
}

Metrics metricsOf(int number)
{
    return evaluate(scene(number).scenario);
}

std::string bytes(double value)
{
    return formatBytes(value, ByteUnits::Binary);
}

/// What a caption states, as the window's formatters write it, computed from its scene's
/// scenario: the figures of the metric cards, the 4K reference and the session schedule.
const std::map<std::string, std::function<std::string(int)>> &quantities()
{
    static const std::map<std::string, std::function<std::string(int)>> table{
        {"kv per user",
         [](int n) {
             return bytes(metricsOf(n).kvBytesPerUser);
         }},
        {"weights",
         [](int n) {
             return bytes(metricsOf(n).weightBytes);
         }},
        {"free for kv",
         [](int n) {
             return bytes(metricsOf(n).freeKvBytes);
         }},
        {"hbm",
         [](int n) {
             return trimZeros(bytes(metricsOf(n).hbmBytes));
         }},
        {"users",
         [](int n) {
             return formatUsers(metricsOf(n).concurrency);
         }},
        {"prefill",
         [](int n) {
             return formatSeconds(metricsOf(n).prefillSeconds);
         }},
        {"prefill flop",
         [](int n) {
             return formatFlops(metricsOf(n).prefillFlops);
         }},
        {"decode",
         [](int n) {
             return formatSeconds(metricsOf(n).decodeSeconds);
         }},
        {"decode per token",
         [](int n) {
             return formatSeconds(metricsOf(n).decodeSecondsPerToken);
         }},
        {"switch",
         [](int n) {
             return formatSeconds(metricsOf(n).contextSwitchSeconds);
         }},
        {"prefill over 4K",
         [](int n) {
             return formatRatio(metricsOf(n).prefillSeconds / metricsOf(1).prefillSeconds);
         }},
        {"decode over 4K",
         [](int n) {
             return formatRatio(metricsOf(n).decodeSeconds / metricsOf(1).decodeSeconds);
         }},
        {"compression",
         [](int n) {
             return formatRatio(scene(n).scenario.deployment.kvCompression.combined());
         }},
        {"ttft min",
         [](int n) {
             return formatSeconds(scheduleSessions(scene(n).scenario).ttft.min);
         }},
        {"ttft median",
         [](int n) {
             return formatSeconds(scheduleSessions(scene(n).scenario).ttft.median);
         }},
        {"ttft max",
         [](int n) {
             return formatSeconds(scheduleSessions(scene(n).scenario).ttft.max);
         }},
        {"swaps",
         [](int n) {
             const SessionSchedule s = scheduleSessions(scene(n).scenario);
             return std::to_string(s.swapOuts + s.swapIns);
         }},
        {"makespan",
         [](int n) {
             return formatSeconds(scheduleSessions(scene(n).scenario).makespan);
         }},
        {"sessions per hour",
         [](int n) {
             const double perHour = scheduleSessions(scene(n).scenario).sessionsPerHour;
             return formatPlain(std::round(perHour * 10) / 10);
         }},
    };
    return table;
}

} // namespace

class TestTour : public QObject
{
    Q_OBJECT

private slots:
    void builtinTourIsThePapers()
    {
        const Tour &tour = builtinTour();
        QCOMPARE(tour.id, std::string("fu2024"));
        QVERIFY(!tour.name.empty());
        QVERIFY(QString::fromStdString(tour.source).contains("arXiv 2405.08944"));
        QCOMPARE(tour.scenes.size(), std::size_t(9));
        for (std::size_t i = 0; i < tour.scenes.size(); ++i) {
            const TourScene &s = tour.scenes[i];
            QVERIFY(!s.title.empty());
            QVERIFY(!s.caption.empty() && s.caption.size() <= kMaxTourCaptionChars);
            // Every scene is the paper's model and hardware with the paper's conventions.
            QCOMPARE(s.scenario.model.id, std::string("yi-34b-200k"));
            QCOMPARE(s.scenario.hardware.id, std::string("a100-sxm4-80gb"));
            QVERIFY(s.scenario.usesPaperConventions());
            QCOMPARE(s.scenario.deployment.paramsOverride, 34e9);
            QCOMPARE(s.scenario.id, "fu2024-" + std::to_string(i + 1));
            QCOMPARE(s.scenario.name, s.title);
        }
    }

    void builtinScenesInOrder_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<TourPage>("page");
        QTest::addColumn<TourHighlight>("highlight");
        QTest::addColumn<double>("context");
        QTest::addColumn<int>("gpus");
        QTest::addColumn<int>("users");
        QTest::addColumn<double>("compression");
        const auto row = [](int number, const char *name, TourPage page, TourHighlight highlight,
                            double context, int gpus = 1, int users = 1, double compression = 1) {
            QTest::addRow("%d %s", number, name)
                << number << page << highlight << context << gpus << users << compression;
        };
        row(1, "4K baseline", TourPage::Charts, TourHighlight::KvCache, 4000);
        row(2, "50K concurrency", TourPage::Charts, TourHighlight::Concurrency, 50000);
        row(3, "50K prefill", TourPage::Charts, TourHighlight::Prefill, 50000);
        row(4, "50K decode", TourPage::Charts, TourHighlight::Decode, 50000);
        row(5, "50K context switch", TourPage::Charts, TourHighlight::ContextSwitch, 50000);
        row(6, "session timeline", TourPage::Timeline, TourHighlight::None, 50000, 1, 4);
        row(7, "1M", TourPage::Charts, TourHighlight::KvCache, 1e6);
        row(8, "compression", TourPage::Compression, TourHighlight::Concurrency, 1e6, 1, 1, 250);
        row(9, "8 GPUs", TourPage::Charts, TourHighlight::Concurrency, 50000, 8);
    }

    void builtinScenesInOrder()
    {
        QFETCH(int, number);
        QFETCH(TourPage, page);
        QFETCH(TourHighlight, highlight);
        QFETCH(double, context);
        QFETCH(int, gpus);
        QFETCH(int, users);
        QFETCH(double, compression);
        const TourScene &s = scene(number);
        QCOMPARE(s.page, page);
        QCOMPARE(s.highlight, highlight);
        QCOMPARE(s.scenario.deployment.context, context);
        QCOMPARE(s.scenario.deployment.gpus, gpus);
        QCOMPARE(s.scenario.deployment.users, users);
        QVERIFY(nearlyEqual(s.scenario.deployment.kvCompression.combined(), compression));
    }

    void firstSceneIsTheFourKScenario()
    {
        Scenario expected = *findBuiltinScenario("fu2024-34b-4k");
        Scenario first = scene(1).scenario;
        first.id = expected.id;
        first.name = expected.name;
        first.source = expected.source;
        QVERIFY(first == expected);
        // A deployment override changes its keys only: scene 2 is the paper's 50K example.
        Scenario second = scene(2).scenario;
        const Scenario paper = paperExample();
        second.id = paper.id;
        second.name = paper.name;
        second.source = paper.source;
        QVERIFY(second == paper);
    }

    void headlineNumbers()
    {
        // The paper's argument, as numbers rather than text.
        QCOMPARE(metricsOf(1).concurrency, 18.0);
        QCOMPARE(metricsOf(2).concurrency, 1.0);
        QVERIFY(std::fabs(metricsOf(1).prefillSeconds - 0.892) < 0.001);
        QVERIFY(std::fabs(metricsOf(3).prefillSeconds - 14.1) < 0.05);
        QVERIFY(std::fabs(metricsOf(1).decodeSeconds - 8.46) < 0.01);
        QVERIFY(std::fabs(metricsOf(4).decodeSeconds - 9.85) < 0.01);
        QVERIFY(metricsOf(5).contextSwitchSeconds > 10 * metricsOf(1).contextSwitchSeconds);
        QCOMPARE(metricsOf(7).concurrency, 0.0);
        // x250 brings 1M back to 4K's cache and users, not to its prefill.
        QVERIFY(nearlyEqual(metricsOf(8).kvBytesPerUser, metricsOf(1).kvBytesPerUser));
        QCOMPARE(metricsOf(8).concurrency, 18.0);
        QVERIFY(nearlyEqual(metricsOf(8).prefillSeconds, metricsOf(7).prefillSeconds));
        QCOMPARE(metricsOf(9).concurrency, 50.0);
        const SessionSchedule timeline = scheduleSessions(scene(6).scenario);
        QVERIFY(timeline.feasible);
        QCOMPARE(timeline.maxResident, 1);
        QVERIFY(timeline.swapOuts > 0);
    }

    void captionsStateTheModelsNumbers_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("text");
        const auto row = [](int number, const char *quantity, const char *text) {
            QTest::addRow("%d %s", number, quantity) << number << quantity << text;
        };
        row(1, "weights", "63.33 GiB");
        row(1, "free for kv", "16.67 GiB");
        row(1, "kv per user", "937.5 MiB");
        row(1, "users", "18 users");
        row(1, "prefill", "892 ms");
        row(1, "decode", "8.46 s");
        row(2, "kv per user", "11.44 GiB");
        row(2, "free for kv", "16.67 GiB");
        row(2, "users", "1 user");
        row(3, "prefill flop", "4.39 PFLOP");
        row(3, "prefill", "14.1 s");
        row(3, "prefill over 4K", "x15.8");
        row(4, "weights", "63.33 GiB");
        row(4, "decode", "9.85 s");
        row(4, "decode over 4K", "x1.16");
        row(4, "decode per token", "39.4 ms");
        row(5, "kv per user", "11.44 GiB");
        row(5, "switch", "768 ms");
        row(6, "ttft min", "14.1 s");
        row(6, "ttft median", "39.4 s");
        row(6, "ttft max", "64.8 s");
        row(6, "swaps", "32");
        row(6, "makespan", "108 s");
        row(6, "sessions per hour", "133.4");
        row(7, "kv per user", "228.9 GiB");
        row(7, "users", "0 users");
        row(7, "prefill", "24.7 min");
        row(7, "decode per token", "154 ms");
        row(8, "compression", "x250");
        row(8, "kv per user", "937.5 MiB");
        row(8, "users", "18 users");
        row(8, "decode per token", "33.8 ms");
        row(8, "prefill", "24.7 min");
        row(9, "hbm", "640 GiB");
        row(9, "free for kv", "576.7 GiB");
        row(9, "users", "50 users");
        row(9, "prefill", "1.76 s");
        row(9, "decode per token", "4.92 ms");
    }

    void captionsStateTheModelsNumbers()
    {
        QFETCH(int, number);
        QFETCH(QString, quantity);
        QFETCH(QString, text);
        // The model gives the figure, and the caption states it as the window writes it.
        const auto compute = quantities().find(quantity.toStdString());
        QVERIFY(compute != quantities().end());
        QCOMPARE(QString::fromStdString(compute->second(number)), text);
        const QString caption = QString::fromStdString(scene(number).caption);
        QVERIFY2(caption.contains(text), qPrintable(caption));
    }

    void captionsOfTheReferenceFigures()
    {
        // The figures a caption compares with, from another scene's scenario.
        QVERIFY(QString::fromStdString(scene(2).caption).contains("instead of 18"));
        QVERIFY(QString::fromStdString(scene(3).caption)
                    .contains(QString::fromStdString(formatFlops(metricsOf(1).prefillFlops))));
        QVERIFY(QString::fromStdString(scene(3).caption)
                    .contains(QString::fromStdString(formatSeconds(metricsOf(1).prefillSeconds))));
        QVERIFY(QString::fromStdString(scene(4).caption)
                    .contains(QString::fromStdString(formatSeconds(metricsOf(1).decodeSeconds))));
        QVERIFY(QString::fromStdString(scene(4).caption)
                    .contains(
                        QString::fromStdString(formatSeconds(metricsOf(1).decodeSecondsPerToken))));
        QVERIFY(QString::fromStdString(scene(5).caption)
                    .contains(
                        QString::fromStdString(formatSeconds(metricsOf(1).contextSwitchSeconds))));
    }

    void pageAndHighlightWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("word");
        QTest::newRow("charts") << "page" << int(TourPage::Charts) << "charts";
        QTest::newRow("timeline") << "page" << int(TourPage::Timeline) << "timeline";
        QTest::newRow("compression") << "page" << int(TourPage::Compression) << "compression";
        QTest::newRow("plan") << "page" << int(TourPage::Plan) << "plan";
        QTest::newRow("none") << "highlight" << int(TourHighlight::None) << "none";
        QTest::newRow("kvcache") << "highlight" << int(TourHighlight::KvCache) << "kvcache";
        QTest::newRow("concurrency")
            << "highlight" << int(TourHighlight::Concurrency) << "concurrency";
        QTest::newRow("prefill") << "highlight" << int(TourHighlight::Prefill) << "prefill";
        QTest::newRow("decodepertoken")
            << "highlight" << int(TourHighlight::DecodePerToken) << "decodepertoken";
        QTest::newRow("decode") << "highlight" << int(TourHighlight::Decode) << "decode";
        QTest::newRow("contextswitch")
            << "highlight" << int(TourHighlight::ContextSwitch) << "contextswitch";
        QTest::newRow("cost") << "highlight" << int(TourHighlight::Cost) << "cost";
    }

    void pageAndHighlightWords()
    {
        QFETCH(QString, kind);
        QFETCH(int, value);
        QFETCH(QString, word);
        const std::string w = word.toStdString();
        if (kind == "page") {
            QCOMPARE(std::string(tourPageName(TourPage(value))), w);
            QCOMPARE(parseTourPage(w), std::optional(TourPage(value)));
            QVERIFY(QString::fromStdString(tourPageNames()).contains(word));
        } else {
            QCOMPARE(std::string(tourHighlightName(TourHighlight(value))), w);
            QCOMPARE(parseTourHighlight(w), std::optional(TourHighlight(value)));
            QVERIFY(QString::fromStdString(tourHighlightNames()).contains(word));
        }
    }

    void unknownWordsParseToNothing()
    {
        QVERIFY(!parseTourPage("Charts"));
        QVERIFY(!parseTourPage(""));
        QVERIFY(!parseTourHighlight("kv-cache"));
        QCOMPARE(tourPageNames(), std::string("charts, timeline, compression or plan"));
        QCOMPARE(tourHighlightNames(), std::string("none, kvcache, concurrency, prefill, "
                                                   "decodepertoken, decode, contextswitch or "
                                                   "cost"));
    }

    void pageAndHighlightDefault()
    {
        json tour = withScene(R"({"page": null, "highlight": null})");
        const Tour read = tourFromJson(tour, "t.json", builtinResolver());
        QCOMPARE(read.scenes[1].page, TourPage::Charts);
        QCOMPARE(read.scenes[1].highlight, TourHighlight::None);
    }

    void sceneFromModelAndHardware()
    {
        // Without a scenario to start from, a scene is a scenario file's fields: the deployment
        // starts from its defaults (the physical conventions).
        const json tour = withScene(
            R"({"scenario": null, "model": "llama-3.1-8b", "hardware": "h100-sxm5-80gb",
                "deployment": {"context": 32000, "gpus": 2}})");
        const Tour read = tourFromJson(tour, "t.json", builtinResolver());
        const Scenario &s = read.scenes[1].scenario;
        QCOMPARE(s.model, *findBuiltinModel("llama-3.1-8b"));
        QCOMPARE(s.hardware, *findBuiltinHardware("h100-sxm5-80gb"));
        QCOMPARE(s.deployment.context, 32000.0);
        QCOMPARE(s.deployment.gpus, 2);
        QCOMPARE(s.deployment.outputTokens, Deployment{}.outputTokens);
        QVERIFY(!s.usesPaperConventions());
        QCOMPARE(s.id, std::string("t-2"));
        QCOMPARE(s.name, std::string("Longer"));
        QCOMPARE(s.source, std::string("test"));
    }

    void replacingTheModelDropsThePapersRecount()
    {
        // As picking a model in the window: the 34e9 recount and the paper's conventions belong
        // to the paper's model; the deployment may set the conventions back.
        const json tour = withScene(R"({"model": "llama-3.1-8b"})");
        const Scenario s = tourFromJson(tour, "t.json", builtinResolver()).scenes[1].scenario;
        QCOMPARE(s.model.id, std::string("llama-3.1-8b"));
        QCOMPARE(s.deployment.paramsOverride, 0.0);
        QCOMPARE(s.deployment.attentionFlops, AttentionFlops::Causal);
        QCOMPARE(s.deployment.context, 50000.0);
        const json paper =
            withScene(R"({"model": "llama-3.1-8b", "deployment": {"attention_flops": "paper",
                          "tp_comm": false}})");
        QVERIFY(tourFromJson(paper, "t.json", builtinResolver())
                    .scenes[1]
                    .scenario.usesPaperConventions());
    }

    void captionLimitCountsCharacters()
    {
        // 600 two-byte characters are 600 characters, not 1,200.
        std::string caption;
        for (std::size_t i = 0; i < kMaxTourCaptionChars; ++i)
            caption += "\xC3\xA9";
        json tour = validTour();
        tour["scenes"][1]["caption"] = caption;
        QCOMPARE(tourFromJson(tour, "t.json", builtinResolver()).scenes[1].caption, caption);
        tour["scenes"][1]["caption"] = caption + "e";
        const auto error = errorFrom([&] { tourFromJson(tour, "t.json", builtinResolver()); });
        QVERIFY(error);
        QCOMPARE(error->field(), std::string("scenes[1].caption"));
        QVERIFY2(QString::fromStdString(error->what()).contains("601 characters; at most 600"),
                 error->what());
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const json &object, const char *field,
                            const char *message) {
            QTest::newRow(name) << QByteArray::fromStdString(object.dump()) << field << message;
        };
        row("unknown page word", withScene(R"({"page": "slides"})"), "scenes[1].page",
            "must be charts, timeline, compression or plan");
        row("page as a number", withScene(R"({"page": 2})"), "scenes[1].page",
            "must be a string, not number");
        row("unknown highlight", withScene(R"({"highlight": "latency"})"), "scenes[1].highlight",
            "must be none, kvcache, concurrency");
        row("highlight as a bool", withScene(R"({"highlight": true})"), "scenes[1].highlight",
            "must be a string");
        row("missing caption", withScene(R"({"caption": null})"), "scenes[1].caption", "missing");
        row("empty caption", withScene(R"({"caption": ""})"), "scenes[1].caption",
            "must not be empty");
        row("caption as an array", withScene(R"({"caption": ["a", "b"]})"), "scenes[1].caption",
            "must be a string, not array");
        row("caption too long",
            withScene(("{\"caption\": \"" + std::string(601, 'a') + "\"}").c_str()),
            "scenes[1].caption", "601 characters; at most 600");
        row("missing title", withScene(R"({"title": null})"), "scenes[1].title", "missing");
        row("title as a number", withScene(R"({"title": 7})"), "scenes[1].title",
            "must be a string, not number");
        row("title too long", withScene(("{\"title\": \"" + std::string(121, 't') + "\"}").c_str()),
            "scenes[1].title", "at most 120");
        row("empty scenes", withTour(R"({"scenes": []})"), "scenes", "empty");
        row("missing scenes", withTour(R"({"scenes": null})"), "scenes", "missing");
        row("scenes as an object", withTour(R"({"scenes": {"title": "x"}})"), "scenes",
            "must be an array");
        row("scene as a number", withTour(R"({"scenes": [3]})"), "scenes[0]",
            "must be a JSON object");
        json many = validTour();
        for (std::size_t i = 2; i <= kMaxTourScenes; ++i)
            many["scenes"].push_back(many["scenes"][0]);
        QCOMPARE(many["scenes"].size(), kMaxTourScenes + 1);
        row("too many scenes", many, "scenes", "too many; at most 200");
        row("unknown scenario id", withScene(R"({"scenario": "fu2099"})"), "scenes[1].scenario",
            "no built-in scenario with this id");
        row("scenario id as a number", withScene(R"({"scenario": 4000})"), "scenes[1].scenario",
            "must be a string");
        row("neither a scenario nor a model", withScene(R"({"scenario": null})"), "scenes[1].model",
            "missing");
        row("a model without hardware", withScene(R"({"scenario": null, "model": "yi-34b-200k"})"),
            "scenes[1].hardware", "missing");
        row("unknown model id", withScene(R"({"model": "gpt-5"})"), "scenes[1].model",
            "no built-in model with this id");
        row("inline model without layers",
            withScene(R"({"model": {"hidden": 4096, "heads": 32, "ffn": 14336, "vocab": 32000}})"),
            "scenes[1].model.layers", "missing");
        row("unknown hardware id", withScene(R"({"hardware": "a200"})"), "scenes[1].hardware",
            "no built-in hardware with this id");
        row("context zero", withScene(R"({"deployment": {"context": 0}})"),
            "scenes[1].deployment.context", "out of range");
        row("context as a string", withScene(R"({"deployment": {"context": "50K"}})"),
            "scenes[1].deployment.context", "must be a number, not string");
        row("gpus not whole", withScene(R"({"deployment": {"gpus": 2.5}})"),
            "scenes[1].deployment.gpus", "whole number");
        row("hbm override out of range", withScene(R"({"deployment": {"hbm_gib": 1}})"),
            "scenes[1].deployment.hbm_gib", "out of range");
        row("unknown kv dtype", withScene(R"({"deployment": {"kv_dtype": "fp3"}})"),
            "scenes[1].deployment.kv_dtype", "must be one of");
        row("unknown attention word", withScene(R"({"deployment": {"attention_flops": "exact"}})"),
            "scenes[1].deployment.attention_flops", "must be causal, paper or full");
        row("tp_comm as a word", withScene(R"({"deployment": {"tp_comm": "off"}})"),
            "scenes[1].deployment.tp_comm", "must be true or false");
        row("misspelt deployment key", withScene(R"({"deployment": {"contxt": 50000}})"),
            "scenes[1].deployment.contxt", "unknown key; a deployment takes context");
        row("deployment as an array", withScene(R"({"deployment": [50000]})"),
            "scenes[1].deployment", "must be a JSON object");
        row("unknown scene key", withScene(R"({"notes": "speak slowly"})"), "scenes[1].notes",
            "unknown key; a scene takes title, caption, page");
        row("unknown tour key", withTour(R"({"author": "me"})"), "author",
            "unknown key; a tour takes kind");
        row("a scenario file, not a tour", withTour(R"({"kind": "scenario"})"), "kind",
            "expected \"tour\"");
        row("kind missing", withTour(R"({"kind": null})"), "kind", "missing");
        row("schema_version 2", withTour(R"({"schema_version": 2})"), "schema_version",
            "unsupported");
        row("schema_version missing", withTour(R"({"schema_version": null})"), "schema_version",
            "missing");
        row("id as a number", withTour(R"({"id": 12})"), "id", "must be a string");
        row("source as a bool", withTour(R"({"source": false})"), "source", "must be a string");
    }

    void badInputNamesTheField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto error = errorFrom([&] {
            tourFromJson(parseJson(text.toStdString(), "bad.json"), "bad.json", builtinResolver());
        });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), QStringLiteral("bad.json"));
        QCOMPARE(QString::fromStdString(error->field()), field);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
        QVERIFY2(QString::fromStdString(error->what()).startsWith("bad.json: " + field),
                 error->what());
    }

    void userTourFileReadsFromDisk()
    {
        // A scene may start from a scenario file beside the tour, as a scenario names its model.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        json scenario = json::parse(R"({"kind": "scenario", "schema_version": 1, "id": "mine",
            "model": "llama-3.1-8b", "hardware": "l40s-48gb", "deployment": {"context": 8000}})");
        QVERIFY(writeText(dir.filePath("mine.json"), scenario.dump()));
        json tour =
            withScene(R"({"scenario": "mine.json", "deployment": {"context": null, "batch": 4}})");
        tour.erase("id");
        const QString path = dir.filePath("my-talk.json");
        QVERIFY(writeText(path, tour.dump()));
        const Tour read = readTourFile(path.toStdString());
        QCOMPARE(read.id, std::string("my-talk")); // the file's stem when "id" is absent
        QCOMPARE(read.scenes.size(), std::size_t(2));
        const Scenario &s = read.scenes[1].scenario;
        QCOMPARE(s.model.id, std::string("llama-3.1-8b"));
        QCOMPARE(s.hardware.id, std::string("l40s-48gb"));
        QCOMPARE(s.deployment.context, 8000.0);
        QCOMPARE(s.deployment.batch, 4);
        QCOMPARE(s.id, std::string("my-talk-2"));
    }

    void badFilesNameThePath_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray(R"({"kind": "tour", "scenes": [)") << "";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("an array") << QByteArray("[1, 2]") << "";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << "";
        QTest::newRow("invalid UTF-8 in a caption")
            << QByteArray("{\"kind\": \"tour\", \"caption\": \"\xff\"}") << "UTF-8";
    }

    void badFilesNameThePath()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.json");
        QVERIFY(writeText(path, text.toStdString()));
        const auto error = errorFrom([&] { readTourFile(path.toStdString()); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), path);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
    }

    void missingFileNamesThePath()
    {
        const auto error = errorFrom([] { readTourFile("/nonexistent-kvscope/talk.json"); });
        QVERIFY(error);
        QCOMPARE(error->file(), std::string("/nonexistent-kvscope/talk.json"));
    }

    void hugeSceneListIsRefusedQuickly()
    {
        // 100,000 scenes: refused by count before any is read.
        std::string text = R"({"kind": "tour", "schema_version": 1, "scenes": [)";
        for (int i = 0; i < 100000; ++i)
            text += i ? ",{}" : "{}";
        text += "]}";
        QElapsedTimer timer;
        timer.start();
        const auto error = errorFrom(
            [&] { tourFromJson(parseJson(text, "huge.json"), "huge.json", builtinResolver()); });
        QVERIFY(error);
        QCOMPARE(error->field(), std::string("scenes"));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTour)
#include "tst_tour.moc"
