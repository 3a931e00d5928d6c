// SPDX-License-Identifier: GPL-3.0-or-later
// The preset library and the hardware editor, offscreen: saving, renaming, duplicating, deleting
// and importing user presets as undoable file changes that restore the folder byte for byte;
// every built-in and a Hugging Face config import; broken, empty, huge and wrong-kind files are
// refused or listed and left untouched; a name clash asks; a folder that cannot be written loses
// nothing; applying a preset is one undoable step of the explorer's store, while file changes
// have their own history that slider undo never reaches.
#include "hardwareeditor.h"
#include "presetlibrary.h"
#include "scenariostore.h"

#include "builtins.h"
#include "jsonfile.h"
#include "presetio.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace kvscope;
using model::PresetKind;
using widgets::PresetLibrary;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Every file of a folder with its bytes.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        files[name] = bytesOf(QDir(folder).filePath(name));
    return files;
}

} // namespace

class TestPresetLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<widgets::ScenarioStore> m_scenarios;
    PresetLibrary::ClashAnswer m_answer = PresetLibrary::ClashAnswer::Cancel;
    int m_asked = 0;

    QString folder() const { return m_dir.filePath(QString("presets-%1").arg(m_round)); }

    std::unique_ptr<PresetLibrary> freshLibrary()
    {
        ++m_round;
        m_scenarios = std::make_unique<widgets::ScenarioStore>(model::paperExample());
        auto library = std::make_unique<PresetLibrary>(folder(), m_scenarios.get());
        // The folder is first read off the GUI thread.
        if (!QTest::qWaitFor([&] { return library->folderRead(); }, 10000))
            qWarning("the preset folder was not read within 10 s");
        m_asked = 0;
        library->setClashHandler([this](const QString &) {
            ++m_asked;
            return m_answer;
        });
        return library;
    }

    QString pathOf(PresetKind kind, const QString &id) const
    {
        return QDir(folder()).filePath(
            QString("%1-%2.json").arg(QString::fromUtf8(model::presetKindName(kind).data()), id));
    }

private slots:
    void saveRenameDuplicateDeleteUndoRedo()
    {
        auto library = freshLibrary();
        QUndoStack *undo = library->undoStack();
        QVERIFY(library->saveCurrent(PresetKind::Hardware, "My A100 at the lab"));
        const QString saved = pathOf(PresetKind::Hardware, "my-a100-at-the-lab");
        const QByteArray savedBytes = bytesOf(saved);
        QVERIFY(savedBytes.contains("\"name\": \"My A100 at the lab\""));
        QVERIFY(library->selectionIsUser());

        QVERIFY(library->renameSelected("Lab A100"));
        const QString renamed = pathOf(PresetKind::Hardware, "lab-a100");
        QVERIFY(!QFile::exists(saved));
        QVERIFY(bytesOf(renamed).contains("\"name\": \"Lab A100\""));

        QVERIFY(library->duplicateSelected());
        const QString copy = pathOf(PresetKind::Hardware, "lab-a100-copy");
        QVERIFY(bytesOf(copy).contains("Lab A100 (copy)"));

        QVERIFY(library->select(PresetKind::Hardware, "lab-a100", true));
        const QMap<QString, QByteArray> beforeDelete = snapshot(folder());
        QVERIFY(library->deleteSelected());
        QVERIFY(!QFile::exists(renamed));
        undo->undo(); // the deletion
        QCOMPARE(snapshot(folder()), beforeDelete);
        undo->undo(); // the duplicate
        QVERIFY(!QFile::exists(copy));
        undo->undo(); // the rename
        QCOMPARE(bytesOf(saved), savedBytes);
        QVERIFY(!QFile::exists(renamed));
        undo->undo(); // the save
        QVERIFY(snapshot(folder()).isEmpty());
        undo->redo();
        QCOMPARE(bytesOf(saved), savedBytes);
        // The explorer's own history is untouched by preset changes.
        QCOMPARE(m_scenarios->scenario(), model::paperExample());
        QVERIFY(library->message().isEmpty() || !library->message().contains("cannot"));
    }

    void nameClashAsksBeforeReplacing()
    {
        auto library = freshLibrary();
        QVERIFY(library->saveCurrent(PresetKind::Scenario, "Talk demo"));
        const QString path = pathOf(PresetKind::Scenario, "talk-demo");
        const QByteArray first = bytesOf(path);

        model::Scenario changed = model::paperExample();
        changed.deployment.gpus = 4;
        m_scenarios->setScenario(changed, "four GPUs");
        m_answer = PresetLibrary::ClashAnswer::Cancel;
        QVERIFY(!library->saveCurrent(PresetKind::Scenario, "Talk demo"));
        QCOMPARE(m_asked, 1);
        QCOMPARE(bytesOf(path), first);

        m_answer = PresetLibrary::ClashAnswer::KeepBoth;
        QVERIFY(library->saveCurrent(PresetKind::Scenario, "Talk demo"));
        QCOMPARE(bytesOf(path), first);
        QVERIFY(bytesOf(pathOf(PresetKind::Scenario, "talk-demo-copy")).contains("\"gpus\": 4"));

        m_answer = PresetLibrary::ClashAnswer::Replace;
        QVERIFY(library->saveCurrent(PresetKind::Scenario, "Talk demo"));
        QVERIFY(bytesOf(path).contains("\"gpus\": 4"));
        library->undoStack()->undo();
        QCOMPARE(bytesOf(path), first);
    }

    void everyBuiltinExportsAndImportsUnchanged()
    {
        auto library = freshLibrary();
        int checked = 0;
        const auto roundTrip = [&](PresetKind kind, const std::string &id, auto original) {
            QVERIFY(library->select(kind, QString::fromStdString(id), false));
            const QString file = m_dir.filePath(QString("export-%1.json").arg(checked));
            QVERIFY2(library->exportSelected(file), qPrintable(library->message()));
            QVERIFY2(library->importFile(file), qPrintable(library->message()));
            const auto imported = library->selectedPreset();
            QVERIFY(imported && library->selectionIsUser());
            QCOMPARE(std::get<decltype(original)>(*imported), original);
            ++checked;
        };
        for (const model::Scenario &s : model::builtinScenarios())
            roundTrip(PresetKind::Scenario, s.id, s);
        for (const model::HardwareSpec &h : model::builtinHardware())
            roundTrip(PresetKind::Hardware, h.id, h);
        for (const model::ModelSpec &m : model::builtinModels())
            roundTrip(PresetKind::Model, m.id, m);
        QCOMPARE(std::size_t(checked), model::builtinScenarios().size() +
                                           model::builtinHardware().size() +
                                           model::builtinModels().size());
        QCOMPARE(library->userPresets().size(), std::size_t(checked));
    }

    void huggingFaceConfigImportsAsAModel()
    {
        auto library = freshLibrary();
        const QString config = m_dir.filePath("config.json");
        writeBytes(config, R"({"_name_or_path": "acme/Tiny-GQA-1B", "model_type": "llama",
            "num_hidden_layers": 16, "hidden_size": 2048, "num_attention_heads": 32,
            "num_key_value_heads": 8, "intermediate_size": 8192, "vocab_size": 128256,
            "max_position_embeddings": 131072})");
        QVERIFY2(library->importFile(config), qPrintable(library->message()));
        const auto imported = library->selectedPreset();
        QVERIFY(imported);
        const auto &model = std::get<model::ModelSpec>(*imported);
        QCOMPARE(model.layers, 16);
        QCOMPARE(model.kvHeads, 8);
        QVERIFY(library->userPresets().front().path.find("model-") != std::string::npos);
    }

    void badFilesAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mention");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("corrupt") << QByteArray("{\"kind\": \"hardware\", ") << "malformed";
        QTest::newRow("wrong kind")
            << QByteArray(R"({"schema_version": 1, "kind": "spaceship"})") << "spaceship";
        QTest::newRow("bad value")
            << QByteArray(R"({"schema_version": 1, "kind": "hardware", "hbm_gib": -80,
                "hbm_gbs": 2039, "bf16_tflops": 312, "pcie_gbs": 32})")
            << "hbm_gib";
        QTest::newRow("not an object") << QByteArray("[1, 2, 3]") << "object";
    }

    void badFilesAreRefusedWithTheirReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mention);
        auto library = freshLibrary();
        const QString file = m_dir.filePath(QString("bad-%1.json").arg(m_round));
        writeBytes(file, bytes);
        QVERIFY(!library->importFile(file));
        QVERIFY2(library->message().contains(mention, Qt::CaseInsensitive),
                 qPrintable(library->message()));
        QVERIFY(library->message().contains(file));
        QVERIFY(library->userPresets().empty());
        QCOMPARE(bytesOf(file), bytes.isEmpty() ? QByteArray() : bytes);
    }

    void hugeFileIsRefused()
    {
        auto library = freshLibrary();
        const QString file = m_dir.filePath("huge.json");
        QFile huge(file);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(model::kMaxJsonFileBytes) + 1));
        huge.close();
        QVERIFY(!library->importFile(file));
        QVERIFY(library->message().contains("huge.json"));
        QFile::remove(file);
    }

    void brokenUserFileIsListedAndNeverTouched()
    {
        auto library = freshLibrary();
        QDir().mkpath(folder());
        const QString broken = pathOf(PresetKind::Hardware, "lab-gpu");
        const QByteArray bytes("{\"kind\": \"hardware\", \"hbm_gib\": \"eighty\"");
        writeBytes(broken, bytes);
        library->refresh();
        QCOMPARE(library->userPresets().size(), std::size_t(1));
        QVERIFY(!library->userPresets().front().error.empty());
        QVERIFY(library->select(PresetKind::Hardware, "lab-gpu", true));
        QVERIFY(!library->selectedPreset());
        QVERIFY(!library->deleteSelected());
        QVERIFY(!library->renameSelected("anything"));
        // Saving under its id goes beside it, without asking.
        QVERIFY(library->saveCurrent(PresetKind::Hardware, "Lab GPU"));
        QCOMPARE(m_asked, 0);
        QCOMPARE(bytesOf(broken), bytes);
        QVERIFY(QFile::exists(pathOf(PresetKind::Hardware, "lab-gpu-copy")));
        library->undoStack()->undo();
        QCOMPARE(bytesOf(broken), bytes);
    }

    void unwritableFolderLosesNothing()
    {
        // A folder below a plain file cannot be created, even by root.
        ++m_round;
        writeBytes(m_dir.filePath("plain-file"), "x");
        m_scenarios = std::make_unique<widgets::ScenarioStore>(model::paperExample());
        PresetLibrary library(m_dir.filePath("plain-file/presets"), m_scenarios.get());
        QVERIFY(QTest::qWaitFor([&] { return library.folderRead(); }, 10000));
        model::Scenario edited = model::paperExample();
        edited.deployment.context = 123000;
        m_scenarios->setScenario(edited, "edit");
        QVERIFY(!library.saveCurrent(PresetKind::Scenario, "Unsaved"));
        QVERIFY2(library.message().contains("plain-file"), qPrintable(library.message()));
        QCOMPARE(m_scenarios->scenario(), edited);
        QCOMPARE(m_scenarios->undoStack()->count(), 1); // only the edit; no file command
    }

    // Undoing every slider move of the explorer must not delete or change a saved preset: the
    // library's file changes are not on the scenario's undo stack.
    void sliderUndoNeverTouchesPresetFiles()
    {
        auto library = freshLibrary();
        QVERIFY(m_scenarios->setParameter("context", 4000));
        QVERIFY(library->saveCurrent(PresetKind::Scenario, "Short context"));
        const QString saved = pathOf(PresetKind::Scenario, "short-context");
        const QByteArray bytes = bytesOf(saved);
        QVERIFY(m_scenarios->setParameter("gpus", 8));
        QVERIFY(library->select(PresetKind::Scenario, "short-context", true));
        QVERIFY(library->duplicateSelected());
        const QString copy = pathOf(PresetKind::Scenario, "short-context-copy");
        QVERIFY(QFile::exists(copy));

        QCOMPARE(m_scenarios->undoStack()->count(), 2);
        while (m_scenarios->undoStack()->canUndo())
            m_scenarios->undoStack()->undo();
        QCOMPARE(m_scenarios->scenario(), model::paperExample());
        QCOMPARE(bytesOf(saved), bytes);
        QVERIFY(QFile::exists(copy));
        QCOMPARE(library->undoStack()->count(), 2);

        // The library's own undo takes back the duplicate only, and leaves the scenario alone.
        library->undoStack()->undo();
        QVERIFY(!QFile::exists(copy));
        QCOMPARE(bytesOf(saved), bytes);
        QCOMPARE(m_scenarios->scenario(), model::paperExample());
    }

    // Duplicating a preset whose id is already at the length limit made "<id>-copy" that was
    // cut back to the source's own id, offered to replace the source and then failed.
    void duplicateOfAnIdAtTheLengthLimit()
    {
        auto library = freshLibrary();
        const QString longName = "Lab " + QString(100, 'x');
        QVERIFY(library->saveCurrent(PresetKind::Hardware, longName));
        const std::string id = model::idFromName(longName.toStdString());
        QCOMPARE(id.size(), model::kMaxIdLength);
        const QString source = pathOf(PresetKind::Hardware, QString::fromStdString(id));
        const QByteArray sourceBytes = bytesOf(source);
        QVERIFY(library->select(PresetKind::Hardware, QString::fromStdString(id), true));

        QVERIFY2(library->duplicateSelected(), qPrintable(library->message()));
        QCOMPARE(m_asked, 0);
        QCOMPARE(bytesOf(source), sourceBytes);
        const QString copyId = QString::fromStdString(id.substr(0, 75) + "-copy");
        const QString copy = pathOf(PresetKind::Hardware, copyId);
        QVERIFY2(bytesOf(copy).contains("(copy)"), qPrintable(library->message()));
        QVERIFY(bytesOf(copy).contains(("\"id\": \"" + copyId + "\"").toUtf8()));
        QCOMPARE(snapshot(folder()).size(), 2);
        // And again: the next copy is numbered, still within the limit.
        QVERIFY(library->select(PresetKind::Hardware, QString::fromStdString(id), true));
        QVERIFY(library->duplicateSelected());
        QVERIFY(QFile::exists(
            pathOf(PresetKind::Hardware, QString::fromStdString(id.substr(0, 73) + "-copy-2"))));
    }

    // A save killed between writing its temporary file and renaming it left ".<name>.tmp-..."
    // behind; the library deletes those once they are a minute old.
    void staleTemporaryFilesAreCleanedAtStart()
    {
        ++m_round;
        QDir().mkpath(folder());
        const QString stale = QDir(folder()).filePath(".scenario-x.json.tmp-0123456789abcdef");
        const QString fresh = QDir(folder()).filePath(".scenario-y.json.tmp-0123456789abcdef");
        writeBytes(stale, "{");
        writeBytes(fresh, "{");
        QFile file(stale);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-120),
                                 QFileDevice::FileModificationTime));
        file.close();
        m_scenarios = std::make_unique<widgets::ScenarioStore>(model::paperExample());
        PresetLibrary library(folder(), m_scenarios.get());
        QVERIFY(QTest::qWaitFor([&] { return library.folderRead(); }, 10000));
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(library.userPresets().empty());
    }

    void theFolderIsFirstReadOffTheGuiThread()
    {
        ++m_round;
        QVERIFY(QDir().mkpath(folder()));
        writeBytes(folder() + "/mine.json", R"({"kind": "hardware", "schema_version": 1,
            "id": "mine", "name": "Mine", "hbm_gib": 96, "hbm_gbs": 4000, "bf16_tflops": 900,
            "pcie_gbs": 64})");
        m_scenarios = std::make_unique<widgets::ScenarioStore>(model::paperExample());
        PresetLibrary library(folder(), m_scenarios.get());
        QSignalSpy changed(&library, &PresetLibrary::presetsChanged);
        // The window is usable at once: built-ins listed, the folder still being read.
        QVERIFY(!library.folderRead());
        QVERIFY(library.userPresets().empty());
        QVERIFY(library.select(PresetKind::Hardware, "h200-sxm-141gb", false));
        QVERIFY(QTest::qWaitFor([&] { return library.folderRead(); }, 10000));
        QCOMPARE(library.userPresets().size(), std::size_t(1));
        QCOMPARE(changed.count(), 1);
        QVERIFY(library.select(PresetKind::Hardware, "mine", true));
    }

    void applyingIsOneUndoableStep()
    {
        auto library = freshLibrary();
        QVERIFY(library->select(PresetKind::Hardware, "h100-sxm5-80gb", false));
        QVERIFY(library->applySelected());
        QCOMPARE(m_scenarios->scenario().hardware.id, std::string("h100-sxm5-80gb"));
        QVERIFY(library->select(PresetKind::Scenario, "fu2024-34b-4k", false));
        QVERIFY(library->applySelected());
        QCOMPARE(m_scenarios->scenario().deployment.context, 4000.0);
        m_scenarios->undoStack()->undo();
        QCOMPARE(m_scenarios->scenario().hardware.id, std::string("h100-sxm5-80gb"));
        m_scenarios->undoStack()->undo();
        QCOMPARE(m_scenarios->scenario(), model::paperExample());
    }

    void droppedFilesAreImported()
    {
        auto library = freshLibrary();
        QWidget window;
        library->acceptDropsOn(&window);
        const QString file = m_dir.filePath("dropped.json");
        model::savePresetFile(file.toStdString(), *model::findBuiltinHardware("tpu-v5e"),
                              model::builtinResolver());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QCOMPARE(library->userPresets().size(), std::size_t(1));
        QVERIFY(QFile::exists(pathOf(PresetKind::Hardware, "tpu-v5e")));
    }

    void filterHidesOtherPresets()
    {
        auto library = freshLibrary();
        library->filter()->setText("MI3");
        int shown = 0;
        QTreeWidget *tree = library->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                shown += tree->topLevelItem(g)->child(c)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 2); // MI300X and MI325X
    }

    void hardwareEditorChecksEveryField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not a number") << "hbm-gbs"
                                      << "fast"
                                      << "HBM bandwidth";
        QTest::newRow("below the table") << "hbm-gib"
                                         << "2"
                                         << "HBM per GPU";
        QTest::newRow("above the table") << "bf16-tflops"
                                         << "1e9"
                                         << "bf16 compute";
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "Name";
    }

    void hardwareEditorChecksEveryField()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, mention);
        widgets::HardwareEditor editor(*model::findBuiltinHardware("a100-sxm4-80gb"));
        QVERIFY(editor.valid());
        QVERIFY(editor.ridgeLabel()->text().contains("153"));
        editor.field(key)->setText(text);
        QVERIFY(!editor.valid());
        QVERIFY2(editor.problem().contains(mention), qPrintable(editor.problem()));
        if (!text.isEmpty())
            QVERIFY2(editor.problem().contains(text), qPrintable(editor.problem()));
    }

    void hardwareEditorDerivesTheRidgePoint()
    {
        widgets::HardwareEditor editor(*model::findBuiltinHardware("a100-sxm4-80gb"));
        editor.field("name")->setText("Imaginary X1");
        editor.field("hbm-gbs")->setText("4000");
        editor.field("bf16-tflops")->setText("2000");
        editor.field("hbm-gib")->setText("144");
        QVERIFY2(editor.valid(), qPrintable(editor.problem()));
        const model::HardwareSpec spec = editor.hardware();
        QCOMPARE(spec.hbmBandwidth, 4000e9);
        QCOMPARE(spec.bf16Flops, 2000e12);
        QCOMPARE(spec.hbmBytes, 144.0 * (1ull << 30));
        QCOMPARE(spec.id, std::string("imaginary-x1"));
        QVERIFY(editor.ridgeLabel()->text().contains("500.0 FLOP per byte"));
    }

    void aFigureTypedOverLosesItsDatasheetSource()
    {
        const model::HardwareSpec a100 = *model::findBuiltinHardware("a100-sxm4-80gb");
        widgets::HardwareEditor editor(a100);
        editor.field("hbm-gbs")->setText("4000");
        QVERIFY2(editor.valid(), qPrintable(editor.problem()));
        const model::HardwareSpec spec = editor.hardware();
        // The edited figure cites nobody; the untouched ones keep the datasheet's words.
        QCOMPARE(spec.sources.at("hbm_gbs"), std::string("entered by hand"));
        QCOMPARE(spec.sources.at("bf16_tflops"), a100.sources.at("bf16_tflops"));
        QCOMPARE(spec.sources.at("hbm_gib"), a100.sources.at("hbm_gib"));
        // Typed back to the datasheet's value, the figure has its source again.
        editor.field("hbm-gbs")->setText("2039");
        QCOMPARE(editor.hardware().sources.at("hbm_gbs"), a100.sources.at("hbm_gbs"));
        // Saved and read back, the provenance stays as shown.
        const auto json = model::hardwareToJson(spec);
        QCOMPARE(json.at("sources").at("hbm_gbs").get<std::string>(),
                 std::string("entered by hand"));
    }
};

QTEST_MAIN(TestPresetLibrary)
#include "tst_presetlibrary.moc"
