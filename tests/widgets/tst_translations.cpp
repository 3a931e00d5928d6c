// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: the translation built into the binary loads for a German locale and not
// for English, the window's menus and the parameter table's words come out translated, and
// Qt's own dialog buttons follow.
#include "builtins.h"
#include "compression.h"
#include "mainwindow.h"
#include "modelwords.h"
#include "parameters.h"
#include "parameterslider.h"
#include "scenarionotes.h"
#include "translations.h"
#include "windowsession.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using namespace kvscope;
using namespace kvscope::widgets;

namespace {

/// Removes every translator installed on the application, so each test starts in English.
void removeTranslators()
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QStringList menuTitles(app::MainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_session.reset(); }
    void cleanup() { removeTranslators(); }

    void englishLoadsNoTranslation()
    {
        QCOMPARE(app::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QString());
        QCOMPARE(parameterLabel(model::parameter("context")), QStringLiteral("Context length"));
    }

    void germanLoadsTheBuiltInTranslation()
    {
        QCOMPARE(app::installTranslations(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("kvscope_de"));
        // Austrian and Swiss German fall back to the German file.
        removeTranslators();
        QCOMPARE(app::installTranslations(QLocale(QLocale::German, QLocale::Switzerland)),
                 QStringLiteral("kvscope_de"));
    }

    void theWindowSpeaksGerman()
    {
        app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        const auto window = m_session.openWindow();
        QVERIFY(window);
        const QStringList titles = menuTitles(*window);
        QCOMPARE(titles.last(), QStringLiteral("&Hilfe"));
        QVERIFY2(!titles.contains(QStringLiteral("&View")), qPrintable(titles.join(' ')));

        const auto context = window->findChild<ParameterSlider *>(QStringLiteral("context"));
        QVERIFY(context);
        QCOMPARE(context->label()->text(), QStringLiteral("Kontextlänge"));
        QCOMPARE(context->valueWithUnit(50000), QStringLiteral("50K Tokens"));
    }

    void everyParameterLabelAndHelpIsTranslated()
    {
        app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QStringList untranslated;
        for (const model::Parameter &param : model::parameters()) {
            // A label may stay the same word in German ("GPUs", "MFU"); the sentence may not.
            const QString english =
                QString::fromUtf8(param.help.data(), qsizetype(param.help.size()));
            if (parameterHelp(param) == english)
                untranslated << english;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join('\n')));
    }

    void theTableHasTheModelsWordsForEveryParameter()
    {
        QStringList missing;
        for (const model::Parameter &param : model::parameters())
            if (!hasWordsFor(param))
                missing << QString::fromUtf8(param.key.data(), qsizetype(param.key.size()));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(' ')));
    }

    void techniqueWordsAreTheModelsInEnglish_data()
    {
        QTest::addColumn<QString>("modelId");
        QTest::newRow("grouped-query heads") << "yi-34b-200k";
        QTest::newRow("a latent cache") << "deepseek-v3";
    }

    void techniqueWordsAreTheModelsInEnglish()
    {
        // Without a translation the window's words are the model's, number for number.
        QFETCH(QString, modelId);
        model::Scenario scenario = model::paperExample();
        const model::ModelSpec *found = model::findBuiltinModel(modelId.toStdString());
        QVERIFY(found);
        scenario.model = *found;
        for (const model::CompressionTechnique &t : model::compressionTechniques(scenario)) {
            QCOMPARE(techniqueName(t), QString::fromStdString(t.name));
            QCOMPARE(techniqueSummary(t), QString::fromStdString(t.summary));
        }
    }

    void techniqueWordsAreTranslated()
    {
        app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        for (const model::CompressionTechnique &t :
             model::compressionTechniques(model::paperExample()))
            QVERIFY2(techniqueSummary(t) != QString::fromStdString(t.summary), t.summary.c_str());
    }

    void scenarioNotesAreTheModelsInEnglish_data()
    {
        QTest::addColumn<int>("gpus");
        QTest::newRow("no effect") << 1;
        QTest::newRow("KV heads replicated on 16 GPUs") << 16;
    }

    void scenarioNotesAreTheModelsInEnglish()
    {
        // A model with every worded effect: chunked and linear layers, heads replicated on a
        // large group, and an import note that stays as written.
        QFETCH(int, gpus);
        model::ModelSpec spec = *model::findBuiltinModel("yi-34b-200k");
        spec.layerKinds.assign(std::size_t(spec.layers), model::LayerKind::Attention);
        for (int layer = 0; layer < 12; ++layer)
            spec.layerKinds[std::size_t(layer)] = model::LayerKind::Chunked;
        for (int layer = 12; layer < 20; ++layer)
            spec.layerKinds[std::size_t(layer)] = model::LayerKind::Linear;
        spec.attentionChunk = 8192;
        spec.linear.keyHeads = 16;
        spec.linear.valueHeads = 32;
        spec.linear.keyHeadDim = 128;
        spec.linear.valueHeadDim = 128;
        spec.linear.convKernel = 4;
        spec.notes = {"read as a test"};
        QStringList english;
        for (const std::string &note : model::scenarioNotes(spec, gpus, model::ByteUnits::Binary))
            english << QString::fromStdString(note);
        QCOMPARE(scenarioNotesText(spec, gpus, model::ByteUnits::Binary), english);
        QCOMPARE(english.size(), gpus > 8 ? 4 : 3);

        app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        const QStringList german = scenarioNotesText(spec, gpus, model::ByteUnits::Binary);
        QCOMPARE(german.size(), english.size());
        QCOMPARE(german.last(), english.last()); // the import note stays as written
        for (int i = 0; i + 1 < german.size(); ++i)
            QVERIFY2(german[i] != english[i], qPrintable(german[i]));
    }

    void qtsOwnButtonsFollow()
    {
        app::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

private:
    WindowSession m_session;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
