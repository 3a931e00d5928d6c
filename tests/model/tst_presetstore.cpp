// SPDX-License-Identifier: GPL-3.0-or-later
// The user preset store: deterministic, atomic files; broken files listed and left untouched.
#include "builtins.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "presetstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kvscope::model;

namespace {

QByteArray bytesOf(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestPresetStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;

    PresetStore freshStore()
    {
        const QString folder = m_dir.filePath(QString("store-%1").arg(++m_round));
        return PresetStore(folder.toStdString(), builtinResolver());
    }

private slots:
    void saveLoadResaveIsByteIdentical()
    {
        PresetStore store = freshStore();
        Scenario scenario = paperExample();
        scenario.id = "my-example";
        scenario.name = "Mein Beispiel: 34B bei 50K, ünïcödé ✓";
        scenario.deployment.gpus = 4;
        const std::string path = store.save(scenario, false);
        const QByteArray first = bytesOf(path);
        const auto listed = store.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY2(listed[0].error.empty(), listed[0].error.c_str());
        QCOMPARE(std::get<Scenario>(*listed[0].preset), scenario);
        store.save(*listed[0].preset, true);
        QCOMPARE(bytesOf(path), first);
        QVERIFY(first.endsWith("\n"));
        QVERIFY(first.contains("\"schema_version\": 1"));
    }

    void everyBuiltinImportsAndRoundTrips()
    {
        PresetStore store = freshStore();
        std::size_t count = 0;
        for (const ModelSpec &m : builtinModels())
            store.save(m, false), ++count;
        for (const HardwareSpec &h : builtinHardware())
            store.save(h, false), ++count;
        for (const Scenario &s : builtinScenarios())
            store.save(s, false), ++count;
        const auto listed = store.list();
        QCOMPARE(listed.size(), count);
        for (const StoredPreset &stored : listed) {
            QVERIFY2(stored.error.empty(), stored.error.c_str());
            if (const auto *model = std::get_if<ModelSpec>(&*stored.preset))
                QCOMPARE(*model, *findBuiltinModel(model->id));
            if (const auto *hardware = std::get_if<HardwareSpec>(&*stored.preset))
                QCOMPARE(*hardware, *findBuiltinHardware(hardware->id));
        }
        // The stored files are the built-in files, byte for byte.
        QCOMPARE(bytesOf(store.pathFor(PresetKind::Hardware, "a100-sxm4-80gb")),
                 bytesOf(KVSCOPE_SOURCE_DIR "/presets/hardware/a100-sxm4-80gb.json"));
    }

    void brokenFilesAreListedAndNeverTouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mention");
        QTest::newRow("malformed") << QByteArray("{\"kind\": \"model\",") << "scenario-x.json";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("wrong schema")
            << QByteArray(R"({"schema_version": 9, "kind": "scenario"})") << "schema_version";
        QTest::newRow("not UTF-8") << QByteArray("{\"name\": \"\xff\xfe\"}") << "scenario-x.json";
        QTest::newRow("duplicate keys")
            << QByteArray(R"({"schema_version": 1, "schema_version": 1})") << "schema_version";
    }
    void brokenFilesAreListedAndNeverTouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mention);
        PresetStore store = freshStore();
        QDir().mkpath(QString::fromStdString(store.folder()));
        const std::string path = store.pathFor(PresetKind::Scenario, "x");
        writeBytes(QString::fromStdString(path), bytes);
        const auto listed = store.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(!listed[0].preset);
        QVERIFY2(QString::fromStdString(listed[0].error).contains(mention),
                 listed[0].error.c_str());
        QCOMPARE(listed[0].id, std::string("x"));

        Scenario scenario = paperExample();
        scenario.id = "x";
        QVERIFY_THROWS_EXCEPTION(InputError, store.save(scenario, true));
        QCOMPARE(bytesOf(path), bytes);
    }

    void hugeFileIsListedWithItsError()
    {
        PresetStore store = freshStore();
        QDir().mkpath(QString::fromStdString(store.folder()));
        QFile huge(QString::fromStdString(store.pathFor(PresetKind::Model, "huge")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(200LL * 1024 * 1024));
        huge.close();
        const auto listed = store.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(!listed[0].error.empty());
        QCOMPARE(huge.size(), 200LL * 1024 * 1024);
        huge.remove();
    }

    // A file the window would have to wait for is listed as broken and not read: one above the
    // preset size limit (it could take seconds to parse), or a FIFO (it could block forever).
    void filesTooBigOrNotRegularAreListedUnread_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message");
        QTest::newRow("2 MiB of well-formed JSON") << "big"
                                                   << "larger than the 1024 KiB limit";
        QTest::newRow("a named pipe") << "fifo"
                                      << "not a regular file";
    }

    void filesTooBigOrNotRegularAreListedUnread()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        PresetStore store = freshStore();
        QDir().mkpath(QString::fromStdString(store.folder()));
        const std::string path = store.pathFor(PresetKind::Model, setup.toStdString());
        if (setup == "fifo") {
            QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        } else {
            QByteArray text = R"({"a": [)" + QByteArray("{},").repeated(700 * 1024) + "{}]}";
            writeBytes(QString::fromStdString(path), text);
        }
        const auto listed = store.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QCOMPARE(listed[0].path, path);
        QCOMPARE(listed[0].id, setup.toStdString());
        QVERIFY(!listed[0].preset);
        QVERIFY2(QString::fromStdString(listed[0].error).contains(message),
                 listed[0].error.c_str());
    }

    // A scenario in the folder naming a FIFO that has a writer would block the reader (and the
    // window opening on it) forever: the file it names gets the same checks.
    void scenarioNamingAFifoIsListedUnread()
    {
        PresetStore store = freshStore();
        QDir().mkpath(QString::fromStdString(store.folder()));
        const std::string fifo = store.folder() + "/model.pipe";
        QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
        // Held open for writing (and reading, so the open does not wait): a read would block.
        const int writer = ::open(fifo.c_str(), O_RDWR);
        QVERIFY(writer >= 0);
        writeBytes(QString::fromStdString(store.pathFor(PresetKind::Scenario, "piped")),
                   R"({"schema_version": 1, "kind": "scenario", "id": "piped", "name": "P",
                       "model": "model.pipe", "hardware": "a100-sxm4-80gb"})");
        const auto listed = store.list();
        ::close(writer);
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(!listed[0].preset);
        QVERIFY2(QString::fromStdString(listed[0].error).contains("model.pipe"),
                 listed[0].error.c_str());
        QVERIFY2(QString::fromStdString(listed[0].error).contains("not a regular file"),
                 listed[0].error.c_str());
    }

    void nameClashAsksBeforeReplacing()
    {
        PresetStore store = freshStore();
        HardwareSpec h = *findBuiltinHardware("h100-sxm5-80gb");
        h.id = "my-h100";
        store.save(h, false);
        h.hbmBandwidth = 4000e9;
        try {
            store.save(h, false);
            QFAIL("replaced without asking");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.field()), QString("id"));
            QCOMPARE(QString::fromStdString(e.value()), QString("my-h100"));
        }
        store.save(h, true);
        QCOMPARE(std::get<HardwareSpec>(*store.list()[0].preset).hbmBandwidth, 4000e9);
    }

    // Several kvscope processes save presets under the same new ids at once. Checking for the
    // name and then renaming let two of them "succeed" on one id, and one preset was gone; each
    // id must now be won by exactly one, and saveAsNew() must keep every preset under some id.
    void racingSavesNeverLoseAPreset()
    {
        PresetStore store = freshStore();
        QDir().mkpath(QString::fromStdString(store.folder()));
        constexpr int kProcesses = 6;
        constexpr int kIds = 20;
        std::vector<pid_t> children;
        for (int p = 0; p < kProcesses; ++p) {
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                // The child: plain model code only, and _exit() so no Qt teardown runs twice.
                int won = 0;
                for (int i = 0; i < kIds; ++i) {
                    HardwareSpec h = *findBuiltinHardware("h100-sxm5-80gb");
                    h.id = "race-" + std::to_string(i);
                    h.name = "writer " + std::to_string(p);
                    try {
                        store.save(h, false);
                        ++won;
                    } catch (const InputError &) {
                    }
                    Preset kept = h;
                    setPresetId(kept, "kept-" + std::to_string(i));
                    try {
                        store.saveAsNew(kept);
                    } catch (const InputError &) {
                        ::_exit(100);
                    }
                }
                ::_exit(won);
            }
            children.push_back(pid);
        }
        int won = 0;
        for (const pid_t pid : children) {
            int status = 0;
            QCOMPARE(::waitpid(pid, &status, 0), pid);
            QVERIFY(WIFEXITED(status));
            QVERIFY(WEXITSTATUS(status) != 100);
            won += WEXITSTATUS(status);
        }
        QCOMPARE(won, kIds);
        int race = 0;
        int kept = 0;
        for (const StoredPreset &stored : store.list()) {
            QVERIFY2(stored.preset, stored.error.c_str());
            race += stored.id.starts_with("race-");
            kept += stored.id.starts_with("kept-");
        }
        QCOMPARE(race, kIds);
        QCOMPARE(kept, kIds * kProcesses);
        QVERIFY(!QDir(QString::fromStdString(store.folder()))
                     .entryList(QDir::Hidden | QDir::Files)
                     .join(' ')
                     .contains(".tmp-"));
    }

    void saveAsNewPicksTheNextFreeId()
    {
        PresetStore store = freshStore();
        ModelSpec m = *findBuiltinModel("llama-3.1-8b");
        m.id = "mine";
        const std::string first = store.save(m, false);
        const QByteArray before = bytesOf(first);
        Preset again = m;
        QCOMPARE(store.saveAsNew(again), store.pathFor(PresetKind::Model, "mine-2"));
        QCOMPARE(presetId(again), std::string("mine-2"));
        Preset third = m;
        QCOMPARE(store.saveAsNew(third), store.pathFor(PresetKind::Model, "mine-3"));
        QCOMPARE(bytesOf(first), before);
        // Sorted by file name: "model-mine-2.json" comes before "model-mine.json".
        QCOMPARE(store.list().size(), std::size_t(3));
        QCOMPARE(std::get<ModelSpec>(*store.list()[0].preset).id, std::string("mine-2"));
    }

    // An id at the length limit: the suffix must replace its end, not be cut off by it.
    void suffixesFitTheIdLengthLimit_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        const QString a80(80, 'a');
        QTest::newRow("short id") << "mine"
                                  << "-copy"
                                  << "mine-copy";
        QTest::newRow("80 characters") << a80 << "-copy" << QString(75, 'a') + "-copy";
        QTest::newRow("80 characters, numbered") << a80 << "-2" << QString(78, 'a') + "-2";
        QTest::newRow("a cut that would end in '-'")
            << QString(74, 'a') + "-" + QString(5, 'b') << "-copy" << QString(74, 'a') + "-copy";
        QTest::newRow("a cut that would end in '.'")
            << QString(74, 'a') + "." + QString(5, 'b') << "-copy" << QString(74, 'a') + "-copy";
    }

    void suffixesFitTheIdLengthLimit()
    {
        QFETCH(QString, id);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        const std::string result = withSuffix(id.toStdString(), suffix.toStdString());
        QCOMPARE(QString::fromStdString(result), expected);
        QVERIFY(result.size() <= kMaxIdLength);
        QCOMPARE(idFromName(result), result);
    }

    void copyOfAnIdAtTheLimitIsANewValidId()
    {
        PresetStore store = freshStore();
        HardwareSpec h = *findBuiltinHardware("h100-sxm5-80gb");
        h.id = std::string(kMaxIdLength, 'x');
        store.save(h, false);
        const std::string copy = store.freeCopyId(PresetKind::Hardware, h.id);
        QVERIFY(copy != h.id);
        QVERIFY(copy.size() <= kMaxIdLength);
        QCOMPARE(idFromName(copy), copy);
        h.id = copy;
        store.save(h, false);
        QCOMPARE(store.list().size(), std::size_t(2));
    }

    void removeRestoreRenameDuplicate()
    {
        PresetStore store = freshStore();
        ModelSpec m = *findBuiltinModel("llama-3.1-8b");
        m.id = "mine";
        const std::string path = store.save(m, false);
        const QByteArray before = bytesOf(path);

        const RemovedPreset removed = store.remove(PresetKind::Model, "mine");
        QVERIFY(store.list().empty());
        store.restore(removed);
        QCOMPARE(bytesOf(path), before);

        QCOMPARE(store.freeCopyId(PresetKind::Model, "mine"), std::string("mine-copy"));
        m.id = "mine-copy";
        store.save(m, false);
        QCOMPARE(store.freeCopyId(PresetKind::Model, "mine"), std::string("mine-copy-2"));

        store.rename(PresetKind::Model, "mine", "ours");
        QVERIFY(!store.contains(PresetKind::Model, "mine"));
        QCOMPARE(std::get<ModelSpec>(*store.list()[1].preset).id, std::string("ours"));
        QVERIFY_THROWS_EXCEPTION(InputError, store.rename(PresetKind::Model, "ours", "mine-copy"));
        QCOMPARE(store.list().size(), std::size_t(2));
    }

    void unwritableFolderLosesNothing()
    {
        // A folder that cannot be created (below a file) stands in for a read-only one, which
        // root could still write to.
        writeBytes(m_dir.filePath("plain-file"), "x");
        PresetStore store(m_dir.filePath("plain-file/presets").toStdString(), builtinResolver());
        Scenario s = paperExample();
        s.id = "kept-in-memory";
        try {
            store.save(s, false);
            QFAIL("saved into a folder that cannot exist");
        } catch (const InputError &e) {
            QVERIFY(QString(e.what()).contains("plain-file"));
        }
        QCOMPARE(s.id, std::string("kept-in-memory"));
        QVERIFY(store.list().empty());

        if (::geteuid() != 0) {
            PresetStore readOnly = freshStore();
            QDir().mkpath(QString::fromStdString(readOnly.folder()));
            QFile::setPermissions(QString::fromStdString(readOnly.folder()),
                                  QFile::ReadOwner | QFile::ExeOwner);
            QVERIFY_THROWS_EXCEPTION(InputError, readOnly.save(s, false));
        }
    }

    void interruptedWriteLeavesTheOldFile()
    {
        PresetStore store = freshStore();
        Scenario s = paperExample();
        s.id = "steady";
        const std::string path = store.save(s, false);
        const QByteArray before = bytesOf(path);
        // A write cut off part-way leaves only its temporary file behind: the preset reads as
        // before and the leftover is not listed as a preset.
        writeBytes(QString::fromStdString(store.folder()) +
                       "/.scenario-steady.json.tmp-0000000000000001",
                   before.left(before.size() / 2));
        const auto listed = store.list();
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(listed[0].error.empty());
        QCOMPARE(bytesOf(path), before);
    }

    void idsFromAnyName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << "My H100 box"
                               << "my-h100-box";
        QTest::newRow("versions keep dots") << "Llama 3.1 8B"
                                            << "llama-3.1-8b";
        QTest::newRow("unicode only") << "日本語"
                                      << "preset";
        QTest::newRow("mixed unicode") << "Größe 2 ✓"
                                       << "gr-e-2";
        QTest::newRow("path tricks") << "../../etc/passwd"
                                     << "etc-passwd";
        QTest::newRow("empty") << ""
                               << "preset";
    }
    void idsFromAnyName()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(QString::fromStdString(idFromName(name.toStdString())), id);
    }
};

QTEST_APPLESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
