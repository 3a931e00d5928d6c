// SPDX-License-Identifier: GPL-3.0-or-later
// Atomic writing through what is not a plain file: a symbolic link keeps pointing at its target,
// which gets the new bytes; a device or FIFO is written to, never replaced by a regular file.
#include "filewrite.h"
#include "inputerror.h"
#include "inputerrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <unistd.h>

using namespace kvscope::model;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// The file type bits of `path` itself (a link is a link).
mode_t typeOf(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

} // namespace

class TestFileWrite : public QObject
{
    Q_OBJECT

private slots:
    void writesThroughSymbolicLinks_data()
    {
        // Each link as "where it is=what it holds" (relative to its own folder); `target` is an
        // existing file the links lead to, `written` the file that must get the bytes.
        QTest::addColumn<QStringList>("links");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("written");
        QTest::newRow("a link to a file beside it") << QStringList{"out.csv=real.csv"} << "real.csv"
                                                    << "real.csv";
        QTest::newRow("a link into a subfolder")
            << QStringList{"out.csv=sub/real.csv"} << "sub/real.csv"
            << "sub/real.csv";
        QTest::newRow("a chain of two links, the second relative to its folder")
            << QStringList{"out.csv=sub/middle.csv", "sub/middle.csv=real.csv"} << "sub/real.csv"
            << "sub/real.csv";
        QTest::newRow("a dangling link creates its target")
            << QStringList{"out.csv=sub/new.csv"} << ""
            << "sub/new.csv";
    }

    void writesThroughSymbolicLinks()
    {
        QFETCH(QStringList, links);
        QFETCH(QString, target);
        QFETCH(QString, written);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("sub"));
        if (!target.isEmpty())
            writeBytes(dir.filePath(target), "old\n");
        for (const QString &link : links) {
            const QStringList parts = link.split('=');
            QCOMPARE(::symlink(QFile::encodeName(parts[1]).constData(),
                               QFile::encodeName(dir.filePath(parts[0])).constData()),
                     0);
        }
        const QStringList before = entriesOf(dir.path());
        const QStringList beforeSub = entriesOf(dir.filePath("sub"));

        writeFileAtomically(dir.filePath("out.csv").toStdString(), "new\n");

        QCOMPARE(typeOf(dir.filePath("out.csv")), mode_t(S_IFLNK));
        QCOMPARE(typeOf(dir.filePath(written)), mode_t(S_IFREG));
        QCOMPARE(readAll(dir.filePath(written)), QByteArray("new\n"));
        QCOMPARE(readAll(dir.filePath("out.csv")), QByteArray("new\n"));
        // Nothing else appeared: no temporary file left beside the link or the target.
        QCOMPARE(entriesOf(dir.path()), before);
        QStringList expectedSub = beforeSub;
        if (target.isEmpty())
            expectedSub = QStringList{"new.csv"};
        QCOMPARE(entriesOf(dir.filePath("sub")), expectedSub);
    }

    void aLinkLoopIsAnError()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath("a.csv");
        QCOMPARE(::symlink("b.csv", QFile::encodeName(a).constData()), 0);
        QCOMPARE(::symlink("a.csv", QFile::encodeName(dir.filePath("b.csv")).constData()), 0);
        const auto error = errorFrom([&] { writeFileAtomically(a.toStdString(), "x"); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), a);
        QVERIFY2(
            QString::fromStdString(error->what()).contains("Too many levels of symbolic links"),
            error->what());
        QCOMPARE(typeOf(a), mode_t(S_IFLNK));
    }

    // Copies of /dev/null and /dev/full (mknod needs root: skipped otherwise). Renaming over
    // them would turn the node into a regular file.
    void writesDevicesDirectly_data()
    {
        QTest::addColumn<int>("minor");
        QTest::addColumn<QString>("error");
        QTest::newRow("a copy of /dev/null takes the bytes") << 3 << "";
        QTest::newRow("a copy of /dev/full reports the full disk") << 7
                                                                   << "cannot write: No space "
                                                                      "left on device";
    }

    void writesDevicesDirectly()
    {
        QFETCH(int, minor);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString device = dir.filePath("device.csv");
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, minor)) != 0)
            QSKIP("mknod needs root");
        const auto thrown =
            errorFrom([&] { writeFileAtomically(device.toStdString(), std::string(10000, 'x')); });
        if (error.isEmpty()) {
            QVERIFY2(!thrown, thrown ? thrown->what() : "");
        } else {
            QVERIFY2(thrown, "no InputError thrown");
            QCOMPARE(QString::fromStdString(thrown->file()), device);
            QVERIFY2(QString::fromStdString(thrown->what()).contains(error), thrown->what());
        }
        QCOMPARE(typeOf(device), mode_t(S_IFCHR));
        QCOMPARE(entriesOf(dir.path()), QStringList{"device.csv"});
    }

    void writesIntoAFifo()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("pipe.csv");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // A reader first (the few bytes fit in the pipe's buffer, so no thread is needed).
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        writeFileAtomically(fifo.toStdString(), "a,b\n1,2\n");
        QByteArray received(64, '\0');
        const ssize_t got = ::read(reader, received.data(), received.size());
        ::close(reader);
        QCOMPARE(received.left(int(got)), QByteArray("a,b\n1,2\n"));
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
        QCOMPARE(entriesOf(dir.path()), QStringList{"pipe.csv"});
    }

    // Nobody reads the pipe: waiting for a reader would hang the command for good.
    void aFifoWithoutAReaderIsAnError()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("pipe.csv");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const auto error = errorFrom([&] { writeFileAtomically(fifo.toStdString(), "x"); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), fifo);
        QVERIFY2(QString::fromStdString(error->what()).contains("no process is reading"),
                 error->what());
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
    }

    // /dev/stdout is a link to /proc/self/fd/1, itself a link to "pipe:[...]" when the output
    // is a pipe: no file to put a temporary file beside, just a pipe to write into.
    void writesIntoAPipeThroughProcLinks()
    {
        int ends[2];
        QCOMPARE(::pipe(ends), 0);
        const std::string path = "/proc/self/fd/" + std::to_string(ends[1]);
        writeFileAtomically(path, "a,b\n");
        ::close(ends[1]);
        char buffer[16] = {};
        QCOMPARE(::read(ends[0], buffer, sizeof buffer), ssize_t(4));
        ::close(ends[0]);
        QCOMPARE(QByteArray(buffer), QByteArray("a,b\n"));
    }

    void createsOnlyWhatDoesNotExist_data()
    {
        QTest::addColumn<QString>("existing");
        QTest::addColumn<bool>("created");
        QTest::newRow("a free name") << "" << true;
        QTest::newRow("a file has the name") << "file" << false;
        QTest::newRow("a dangling link has the name") << "link" << false;
        QTest::newRow("a folder has the name") << "folder" << false;
    }

    void createsOnlyWhatDoesNotExist()
    {
        QFETCH(QString, existing);
        QFETCH(bool, created);
        QTemporaryDir dir;
        const QString path = dir.filePath("model-x.json");
        if (existing == "file")
            writeBytes(path, "theirs\n");
        else if (existing == "link")
            QCOMPARE(::symlink("nowhere.json", QFile::encodeName(path).constData()), 0);
        else if (existing == "folder")
            QVERIFY(QDir(dir.path()).mkdir("model-x.json"));
        const mode_t typeBefore = typeOf(path);

        QCOMPARE(createFileExclusively(path.toStdString(), "mine\n"), created);
        if (created) {
            QCOMPARE(readAll(path), QByteArray("mine\n"));
        } else {
            QCOMPARE(typeOf(path), typeBefore);
            if (existing == "file")
                QCOMPARE(readAll(path), QByteArray("theirs\n"));
        }
        // The temporary file is gone either way.
        QCOMPARE(entriesOf(dir.path()), QStringList{"model-x.json"});
    }

    void createInAMissingFolderNamesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("missing/model-x.json");
        const auto error = errorFrom([&] { createFileExclusively(path.toStdString(), "x"); });
        QVERIFY2(error, "no InputError thrown");
        QCOMPARE(QString::fromStdString(error->file()), path);
        QVERIFY2(QString::fromStdString(error->what()).contains("No such file or directory"),
                 error->what());
    }

    void temporaryFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("temporary");
        QTest::newRow("ours") << ".model-x.json.tmp-0123456789abcdef" << true;
        QTest::newRow("a preset") << "model-x.json" << false;
        QTest::newRow("not hidden") << "model-x.json.tmp-0123456789abcdef" << false;
        QTest::newRow("15 digits") << ".model-x.json.tmp-0123456789abcde" << false;
        QTest::newRow("upper-case hex") << ".model-x.json.tmp-0123456789ABCDEF" << false;
        QTest::newRow("not hex") << ".model-x.json.tmp-0123456789abcdeg" << false;
        QTest::newRow("another tool's") << ".model-x.json.swp" << false;
        QTest::newRow("nothing before the mark") << ".tmp-0123456789abcdef" << false;
    }

    void temporaryFileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, temporary);
        QCOMPARE(isTemporaryFileName(name.toStdString()), temporary);
    }

    // What a killed save leaves is deleted once it is a minute old; nothing else is touched: not
    // a fresh one (a save in progress), not a link with our name nor what it points to, not a
    // folder, not a file of another name.
    void staleTemporaryFilesAreRemoved()
    {
        QTemporaryDir dir;
        // lutimes: a link's own time, not its target's.
        const auto age = [&](const QString &name) {
            const struct timeval twoMinutesAgo[2] = {{::time(nullptr) - 120, 0},
                                                     {::time(nullptr) - 120, 0}};
            QCOMPARE(::lutimes(QFile::encodeName(dir.filePath(name)).constData(), twoMinutesAgo),
                     0);
        };
        const auto make = [&](const QString &name, bool old) {
            writeBytes(dir.filePath(name), "x");
            if (old)
                age(name);
        };
        make(".model-a.json.tmp-00000000000000aa", true);
        make(".model-b.json.tmp-00000000000000bb", false);
        make(".model-c.json.tmp-0000000000000ccx", true);
        make("model-d.json", true);
        make("precious.json", true);
        QCOMPARE(
            ::symlink(
                "precious.json",
                QFile::encodeName(dir.filePath(".model-e.json.tmp-00000000000000ee")).constData()),
            0);
        age(".model-e.json.tmp-00000000000000ee");
        QVERIFY(QDir(dir.path()).mkdir(".model-f.json.tmp-00000000000000ff"));
        age(".model-f.json.tmp-00000000000000ff");

        QCOMPARE(removeStaleTemporaryFiles(dir.path().toStdString()), 1);
        QCOMPARE(
            entriesOf(dir.path()),
            (QStringList{".model-b.json.tmp-00000000000000bb", ".model-c.json.tmp-0000000000000ccx",
                         ".model-e.json.tmp-00000000000000ee", ".model-f.json.tmp-00000000000000ff",
                         "model-d.json", "precious.json"}));
        QCOMPARE(readAll(dir.filePath("precious.json")), QByteArray("x"));
        QCOMPARE(removeStaleTemporaryFiles(dir.filePath("missing").toStdString()), 0);
    }
};

QTEST_GUILESS_MAIN(TestFileWrite)
#include "tst_filewrite.moc"
