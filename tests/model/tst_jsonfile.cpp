// SPDX-License-Identifier: GPL-3.0-or-later
// Safe JSON reading and atomic writing: every bad file is an InputError naming the file, nothing
// crashes or hangs, and a failed write leaves the old file as it was.
#include "inputerror.h"
#include "inputerrors.h"
#include "jsonfile.h"

#include <nlohmann/json.hpp>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <optional>
#include <string>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace kvscope::model;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

std::string nested(int depth)
{
    return "{\"a\": " + std::string(std::size_t(depth - 1), '[') +
           std::string(std::size_t(depth - 1), ']') + "}";
}

/// {"a":[{},{},...]} with `elements` empty objects: the shape that made parsing quadratic.
std::string arrayOfEmptyObjects(int elements)
{
    std::string text = "{\"a\":[";
    text.reserve(std::size_t(elements) * 3 + 8);
    for (int i = 0; i < elements; ++i)
        text += i ? ",{}" : "{}";
    return text + "]}";
}

} // namespace

class TestJsonFile : public QObject
{
    Q_OBJECT

private slots:
    void parsesAnObject()
    {
        const auto json = parseJson(R"({"b": [1, 2.5, "x"], "a": {"c": true}})", "good.json");
        QCOMPARE(json["b"][1].get<double>(), 2.5);
        QVERIFY(json["a"]["c"].get<bool>());
    }

    void rejectsBadText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty text") << QByteArray() << ""
                                    << "empty file";
        QTest::newRow("only whitespace") << QByteArray(" \n\t ") << ""
                                         << "empty file";
        QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})") << ""
                                        << "malformed JSON at byte 9";
        QTest::newRow("cut off") << QByteArray(R"({"a": )") << ""
                                 << "malformed JSON at byte";
        QTest::newRow("not JSON at all") << QByteArray("layers = 32") << ""
                                         << "malformed JSON at byte 1";
        QTest::newRow("a comment") << QByteArray("{\"a\": 1 // no\n}") << ""
                                   << "malformed JSON";
        QTest::newRow("number too large for a double") << QByteArray(R"({"a": 1e999})") << ""
                                                       << "malformed JSON";
        QTest::newRow("invalid UTF-8 in a string") << QByteArray("{\"a\": \"\xff\"}") << ""
                                                   << "invalid UTF-8 at byte 7";
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\": \"\xc0\xaf\"}") << ""
                                        << "invalid UTF-8 at byte 7";
        QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArray("{\"a\": \"\xed\xa0\x80\"}") << ""
                                                   << "invalid UTF-8 at byte 7";
        QTest::newRow("truncated UTF-8 sequence") << QByteArray("{\"a\": \"\xe2\x82") << ""
                                                  << "invalid UTF-8 at byte 7";
        QTest::newRow("duplicate key") << QByteArray(R"({"a": 1, "a": 2})") << "a"
                                       << "appears twice";
        QTest::newRow("duplicate key in a nested object")
            << QByteArray(R"({"deployment": {"gpus": 1, "context": 2, "gpus": 3}})")
            << "deployment.gpus"
            << "appears twice";
        QTest::newRow("duplicate key in an object in an array")
            << QByteArray(R"({"list": [{"x": 1}, {"x": 1, "x": 2}]})") << "list.x"
            << "appears twice";
        QTest::newRow("nested 65 deep") << QByteArray::fromStdString(nested(65)) << ""
                                        << "nested more than 64 levels deep";
        QTest::newRow("array at the top level") << QByteArray("[1, 2]") << ""
                                                << "top level must be a JSON object";
        QTest::newRow("number at the top level") << QByteArray("42") << ""
                                                 << "top level must be a JSON object";
    }

    void rejectsBadText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto error = errorFrom([&] { parseJson(text.toStdString(), "bad.json"); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), QStringLiteral("bad.json"));
        QCOMPARE(QString::fromStdString(error->field()), field);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
    }

    void acceptsNestingUpToTheLimit()
    {
        const auto json = parseJson(nested(64), "deep.json");
        QVERIFY(json.contains("a"));
    }

    void deepNestingIsRefusedQuickly_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("100000 [") << QByteArray(100000, '[');
        QTest::newRow("100000 {\"a\":") << QByteArray("{\"a\":").repeated(100000);
        QTest::newRow("100000 [ inside an object") << "{\"a\": " + QByteArray(100000, '[');
    }

    void deepNestingIsRefusedQuickly()
    {
        QFETCH(QByteArray, text);
        QElapsedTimer timer;
        timer.start();
        const auto error = errorFrom([&] { parseJson(text.toStdString(), "deep.json"); });
        QVERIFY(error);
        QVERIFY2(QString::fromStdString(error->what()).contains("nested more than 64"),
                 error->what());
        QVERIFY2(timer.elapsed() < 2000, "refusing deep nesting took too long");
    }

    // nlohmann's callback parser rescanned the array after every element it kept: 1 MiB of
    // this took 83 s and 2 MiB never finished. Each "{}" must now be appended once.
    void longArrayOfObjectsParsesInOnePass_data()
    {
        QTest::addColumn<int>("elements");
        QTest::newRow("2 MiB of {}") << (2 << 20) / 3;
        QTest::newRow("a million values, the limit") << int(kMaxJsonValues) - 2;
    }

    void longArrayOfObjectsParsesInOnePass()
    {
        QFETCH(int, elements);
        const auto json = parseJson(arrayOfEmptyObjects(elements), "long.json");
        QCOMPARE(json["a"].size(), std::size_t(elements));
        QVERIFY(json["a"].back().is_object());
        QVERIFY(json["a"].back().empty());
    }

    void tooManyValuesAreRefused()
    {
        // The top-level object, the array and its elements: one value over the limit.
        const std::string text = arrayOfEmptyObjects(int(kMaxJsonValues) - 1);
        const auto error = errorFrom([&] { parseJson(text, "many.json"); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), QStringLiteral("many.json"));
        QVERIFY2(QString::fromStdString(error->what()).contains("more than 1000000 values"),
                 error->what());
    }

    void errorsNameTheByteAndTheKeyPath_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad token deep in a long array")
            << QByteArray::fromStdString(arrayOfEmptyObjects(1000)).replace("{},{}]", "{},x}]")
            << ""
            << "malformed JSON at byte 3004";
        QTest::newRow("duplicate key below an array in an object")
            << QByteArray(R"({"a": {"b": [{"c": {"d": 1, "d": 2}}]}})") << "a.b.c.d"
            << "appears twice";
    }

    void errorsNameTheByteAndTheKeyPath()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const auto error = errorFrom([&] { parseJson(text.toStdString(), "bad.json"); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->field()), field);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << "missing"
                                      << "cannot open: No such file or directory";
        QTest::newRow("a folder") << "folder"
                                  << "is a folder";
        QTest::newRow("empty file") << "empty"
                                    << "empty file";
        QTest::newRow("sparse file just over 64 MiB") << "huge"
                                                      << "larger than the 64.0 MiB";
        QTest::newRow("named pipe nobody writes to") << "fifo"
                                                     << "empty file";
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath("preset.json");
        if (setup == "folder") {
            QVERIFY(QDir(dir.path()).mkdir("preset.json"));
        } else if (setup == "empty") {
            QVERIFY(writeBytes(path, {}));
        } else if (setup == "huge") {
            // Sparse: no disk space used, and the reader must refuse before reading any of it.
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(kMaxJsonFileBytes) + 1));
        } else if (setup == "fifo") {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        QElapsedTimer timer;
        timer.start();
        const auto error = errorFrom([&] { readJsonFile(path.toStdString()); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), path);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
        QVERIFY(timer.elapsed() < 2000);
    }

    void readsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("ok.json");
        QVERIFY(writeBytes(path, R"({"kind": "model"})"));
        QCOMPARE(readJsonFile(path.toStdString())["kind"].get<std::string>(), "model");
    }

    void dumpIsSortedIndentedAndEndsWithANewline()
    {
        const auto json = parseJson(R"({"b": 1, "a": {"d": [1, 2], "c": 0.5}})", "x.json");
        QCOMPARE(QString::fromStdString(dumpJson(json)),
                 QStringLiteral("{\n  \"a\": {\n    \"c\": 0.5,\n    \"d\": [\n      1,\n"
                                "      2\n    ]\n  },\n  \"b\": 1\n}\n"));
    }

    void writeCreatesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.json");
        writeFileAtomically(path.toStdString(), "first\n");
        QCOMPARE(readAll(path), QByteArray("first\n"));
        writeFileAtomically(path.toStdString(), "second, longer\n");
        QCOMPARE(readAll(path), QByteArray("second, longer\n"));
        QCOMPARE(entriesOf(dir.path()), QStringList{"out.json"});
    }

    void writeKeepsPermissionsOfTheFileItReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.json");
        QVERIFY(writeBytes(path, "old"));
        const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
        QVERIFY(QFile::setPermissions(path, permissions));
        writeFileAtomically(path.toStdString(), "new");
        // Qt adds the ReadUser/WriteUser view of the owner bits; compare the owner/group/other
        // ones.
        const auto userBits = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
        QCOMPARE(QFile::permissions(path) & ~userBits, permissions);
    }

    void failedWriteChangesNothing_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder does not exist") << "missing-folder"
                                               << "cannot create a temporary file";
        QTest::newRow("target is a folder") << "target-folder"
                                            << "cannot replace the file";
        QTest::newRow("disk full while writing") << "file-size-limit"
                                                 << "cannot write";
    }

    void failedWriteChangesNothing()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path = dir.filePath("out.json");
        if (setup == "missing-folder")
            path = dir.filePath("missing/out.json");
        else if (setup == "target-folder")
            QVERIFY(QDir(dir.path()).mkpath("out.json/inside"));
        else
            QVERIFY(writeBytes(path, "old contents\n"));
        const QStringList before = entriesOf(dir.path());

        std::optional<InputError> error;
        if (setup == "file-size-limit") {
            // RLIMIT_FSIZE makes write() fail with EFBIG, as a full disk would fail it.
            rlimit old{};
            QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
            const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit small = old;
            small.rlim_cur = 1000;
            QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
            error =
                errorFrom([&] { writeFileAtomically(path.toStdString(), std::string(5000, 'x')); });
            setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        } else {
            error = errorFrom([&] { writeFileAtomically(path.toStdString(), "new\n"); });
        }

        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), path);
        QVERIFY2(QString::fromStdString(error->what()).contains(message), error->what());
        QCOMPARE(entriesOf(dir.path()), before); // no temporary file left behind
        if (setup == "file-size-limit")
            QCOMPARE(readAll(path), QByteArray("old contents\n"));
        if (setup == "target-folder")
            QVERIFY(QFileInfo(path).isDir());
    }
};

QTEST_GUILESS_MAIN(TestJsonFile)
#include "tst_jsonfile.moc"
