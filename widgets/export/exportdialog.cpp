// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include "inputerror.h"

#include <cmath>

namespace kvscope::widgets {

namespace {

constexpr auto kChartKey = "export/chart";
constexpr auto kFormatKey = "export/format";
constexpr auto kPresetKey = "export/preset";
constexpr auto kWidthKey = "export/width";
constexpr auto kHeightKey = "export/height";
constexpr auto kScaleKey = "export/scale";
constexpr auto kTransparentKey = "export/transparent";
constexpr auto kCaptionKey = "export/caption";
constexpr auto kThemeKey = "export/theme";
constexpr auto kPathKey = "export/path";

constexpr int kCustomPreset = -1;

Theme resolveTheme(ExportThemeChoice choice, const ExportContext &context)
{
    switch (choice) {
    case ExportThemeChoice::Light:
        return makeTheme(false, false);
    case ExportThemeChoice::Dark:
        return makeTheme(true, false);
    case ExportThemeChoice::Current:
        break;
    }
    return context.theme;
}

QString defaultFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

/// "kvscope-memory.png": the name the dialog proposes, and follows while it is unchanged.
QString autoName(ExportChart chart, ExportFormat format)
{
    return QStringLiteral("kvscope-%1.%2").arg(chartId(chart), formatExtension(format));
}

} // namespace

QList<SizePreset> sizePresets()
{
    return {
        {QObject::tr("Slide, 1920 × 1080"), {1920, 1080}, 1, QString()},
        {QObject::tr("4K, 3840 × 2160"),
         {1920, 1080},
         2,
         QObject::tr("The slide's layout at twice the pixels.")},
        {QObject::tr("Paper, single column (3.5 in)"),
         {525, 375},
         2,
         QObject::tr("Set 3.5 in wide, the text prints at about 7 pt.")},
        {QObject::tr("Paper, double column (7.16 in)"),
         {860, 400},
         2.5,
         QObject::tr("Set 7.16 in wide, the text prints at about 8 pt.")},
    };
}

ExportDialog::ExportDialog(QSettings &settings, ExportContext context, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_context(std::move(context))
{
    setWindowTitle(tr("Export chart"));
    setObjectName("exportDialog");

    m_chart = new QComboBox;
    for (ExportChart chart : exportCharts())
        m_chart->addItem(chartTitle(chart), chartId(chart));
    m_format = new QComboBox;
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG (vector)"), int(ExportFormat::Svg));
    m_format->addItem(tr("PDF (vector)"), int(ExportFormat::Pdf));
    m_format->addItem(tr("CSV (the plotted data)"), int(ExportFormat::Csv));

    m_preset = new QComboBox;
    for (const SizePreset &preset : sizePresets())
        m_preset->addItem(preset.name);
    m_preset->addItem(tr("Custom"), kCustomPreset);
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(kMinExportSide, kMaxExportSide);
        box->setSuffix(tr(" px"));
    }
    m_scale = new QDoubleSpinBox;
    m_scale->setRange(kMinExportScale, kMaxExportScale);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(2);
    m_scale->setPrefix(QStringLiteral("× "));
    m_scale->setToolTip(tr("PNG pixels per point of the layout: 2 for a high-DPI screen"));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addSpacing(12);
    sizeRow->addWidget(new QLabel(tr("Scale")));
    sizeRow->addWidget(m_scale);
    sizeRow->addStretch(1);
    m_note = new QLabel;
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);

    m_transparent = new QCheckBox(tr("Transparent background (PNG, SVG)"));
    m_caption = new QCheckBox(tr("Caption naming the scenario (model, hardware, GPUs, context, "
                                 "dtypes, conventions)"));
    m_theme = new QComboBox;
    m_theme->addItem(tr("Current (as the window shows it)"), int(ExportThemeChoice::Current));
    m_theme->addItem(tr("Light, for print"), int(ExportThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ExportThemeChoice::Dark));

    m_path = new QLineEdit;
    m_path->setObjectName("exportPath");
    auto *browse = new QToolButton;
    browse->setText(tr("Choose…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_error = new QLabel;
    m_error->setObjectName("exportError");
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, m_context.theme.warning);
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Chart"), m_chart);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Size"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(QString(), m_note);
    form->addRow(tr("&Theme"), m_theme);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_caption);
    auto *pathLabel = new QLabel(tr("F&ile"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    load();

    connect(browse, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::syncPathFromFormat);
    connect(m_chart, &QComboBox::currentIndexChanged, this, &ExportDialog::syncPathFromFormat);
    connect(m_path, &QLineEdit::textEdited, this, &ExportDialog::syncFormatFromPath);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_syncing || m_preset->itemData(index).toInt() == kCustomPreset)
            return updateNote();
        setPreset(index);
    });
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::syncPreset);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::syncPreset);
}

ExportChart ExportDialog::chart() const
{
    return chartFromId(m_chart->currentData().toString()).value_or(ExportChart::dashboard());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

ExportThemeChoice ExportDialog::themeChoice() const
{
    return ExportThemeChoice(m_theme->currentData().toInt());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    o.transparent = m_transparent->isChecked() &&
                    (format() == ExportFormat::Png || format() == ExportFormat::Svg);
    o.caption = m_caption->isChecked();
    o.theme = resolveTheme(themeChoice(), m_context);
    o.byteUnits = m_context.byteUnits;
    o.latencyLogScale = m_context.latencyLogScale;
    return o;
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ExportDialog::setChart(ExportChart chart)
{
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(chartId(chart))));
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    syncFormatFromPath();
}

void ExportDialog::setPreset(int index)
{
    const QList<SizePreset> presets = sizePresets();
    if (index < 0 || index >= presets.size())
        return;
    const QSignalBlocker blockPreset(m_preset);
    m_preset->setCurrentIndex(index);
    setCustomSize(presets[index].size, presets[index].scale);
}

void ExportDialog::setCustomSize(QSize size, double scale)
{
    {
        const QSignalBlocker w(m_width), h(m_height), s(m_scale);
        m_width->setValue(size.width());
        m_height->setValue(size.height());
        m_scale->setValue(scale);
    }
    syncPreset();
}

void ExportDialog::setTransparent(bool on)
{
    m_transparent->setChecked(on);
}

void ExportDialog::setCaption(bool on)
{
    m_caption->setChecked(on);
}

void ExportDialog::setThemeChoice(ExportThemeChoice choice)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(choice))));
}

void ExportDialog::syncPreset()
{
    // The preset box names the preset the numbers match, or "Custom".
    const QList<SizePreset> presets = sizePresets();
    int match = m_preset->findData(kCustomPreset);
    for (int i = 0; i < presets.size(); ++i)
        if (presets[i].size == QSize(m_width->value(), m_height->value()) &&
            presets[i].scale == m_scale->value())
            match = i;
    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(match);
    }
    updateNote();
}

void ExportDialog::updateNote()
{
    const double scale = m_scale->value();
    const int w = int(std::ceil(m_width->value() * scale));
    const int h = int(std::ceil(m_height->value() * scale));
    QString note = tr("PNG %1 × %2 px (%3 × %4 in at 300 dpi); SVG and PDF %5 × %6 pt.")
                       .arg(w)
                       .arg(h)
                       .arg(w / 300.0, 0, 'f', 2)
                       .arg(h / 300.0, 0, 'f', 2)
                       .arg(m_width->value())
                       .arg(m_height->value());
    const int preset = m_preset->currentIndex();
    if (preset >= 0 && preset < sizePresets().size())
        note += QStringLiteral(" ") + sizePresets()[preset].note;
    m_note->setText(note);
}

void ExportDialog::syncFormatFromPath()
{
    if (const auto format = formatFromPath(path())) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    }
    m_transparent->setEnabled(format() == ExportFormat::Png || format() == ExportFormat::Svg);
}

void ExportDialog::syncPathFromFormat()
{
    if (m_syncing)
        return;
    QFileInfo info(path().isEmpty() ? QDir(defaultFolder()).filePath(autoName(chart(), format()))
                                    : path());
    // A proposed name follows the chart; a name the user typed keeps its stem.
    QString name = info.completeBaseName() + '.' + formatExtension(format());
    if (info.completeBaseName().startsWith(QStringLiteral("kvscope-")))
        name = autoName(chart(), format());
    m_path->setText(info.dir().filePath(name));
    m_transparent->setEnabled(format() == ExportFormat::Png || format() == ExportFormat::Svg);
}

void ExportDialog::browse()
{
    const QString filter = tr("PNG image (*.png);;SVG (*.svg);;PDF (*.pdf);;CSV (*.csv)");
    QString selected;
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export to"), path(), filter, &selected);
    if (!chosen.isEmpty())
        setPath(chosen);
}

bool ExportDialog::exportNow()
{
    save();
    try {
        if (path().isEmpty())
            throw model::InputError("", "", "", tr("choose a file to export to").toStdString());
        // The folder the dialog proposes (the desktop's Pictures) may not exist yet on a new
        // account: make it, as the desktop would. A folder the user typed is never made.
        const QString folder = QFileInfo(path()).absolutePath();
        if (QDir::cleanPath(folder) == QDir::cleanPath(defaultFolder()) && !QDir(folder).exists())
            QDir().mkpath(folder);
        exportChart(m_context.scenario, chart(), options(), path());
    } catch (const model::InputError &error) {
        m_error->setText(QString::fromStdString(error.what()));
        m_error->show();
        return false;
    } catch (const std::exception &error) {
        m_error->setText(tr("Export failed: %1").arg(QString::fromStdString(error.what())));
        m_error->show();
        return false;
    }
    m_error->clear();
    m_error->hide();
    return true;
}

void ExportDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportNow();
    QApplication::restoreOverrideCursor();
    if (ok)
        QDialog::accept();
}

void ExportDialog::load()
{
    m_syncing = true;
    const QSettings &s = m_settings;
    const auto chart = chartFromId(s.value(kChartKey, "all").toString());
    setChart(chart.value_or(ExportChart::dashboard()));
    const int format = m_format->findData(s.value(kFormatKey, int(ExportFormat::Png)).toInt());
    m_format->setCurrentIndex(std::max(0, format));
    setCustomSize(QSize(s.value(kWidthKey, 1920).toInt(), s.value(kHeightKey, 1080).toInt()),
                  s.value(kScaleKey, 1.0).toDouble());
    m_transparent->setChecked(s.value(kTransparentKey, false).toBool());
    m_caption->setChecked(s.value(kCaptionKey, true).toBool());
    setThemeChoice(ExportThemeChoice(s.value(kThemeKey, int(ExportThemeChoice::Current)).toInt()));
    m_syncing = false;
    const QString remembered = s.value(kPathKey).toString();
    if (remembered.isEmpty())
        syncPathFromFormat();
    else
        setPath(remembered);
}

void ExportDialog::save() const
{
    m_settings.setValue(kChartKey, chartId(chart()));
    m_settings.setValue(kFormatKey, int(format()));
    m_settings.setValue(kPresetKey, m_preset->currentIndex());
    m_settings.setValue(kWidthKey, m_width->value());
    m_settings.setValue(kHeightKey, m_height->value());
    m_settings.setValue(kScaleKey, m_scale->value());
    m_settings.setValue(kTransparentKey, m_transparent->isChecked());
    m_settings.setValue(kCaptionKey, m_caption->isChecked());
    m_settings.setValue(kThemeKey, int(themeChoice()));
    m_settings.setValue(kPathKey, path());
    m_settings.sync();
}

ExportOptions ExportDialog::rememberedOptions(QSettings &settings, const ExportContext &context)
{
    ExportOptions o;
    const QSize size(settings.value(kWidthKey, 1920).toInt(),
                     settings.value(kHeightKey, 1080).toInt());
    const double scale = settings.value(kScaleKey, 1.0).toDouble();
    if (checkExportSize(size, scale).isEmpty()) {
        o.size = size;
        o.scale = scale;
    }
    o.transparent = settings.value(kTransparentKey, false).toBool();
    o.caption = settings.value(kCaptionKey, true).toBool();
    o.theme = resolveTheme(
        ExportThemeChoice(settings.value(kThemeKey, int(ExportThemeChoice::Current)).toInt()),
        context);
    o.byteUnits = context.byteUnits;
    o.latencyLogScale = context.latencyLogScale;
    return o;
}

ExportActions::ExportActions(QSettings &settings, std::function<ExportContext()> context,
                             QWidget *window)
    : QObject(window), m_settings(settings), m_context(std::move(context)), m_window(window)
{
    m_export = new QAction(tr("&Export…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export a chart or the dashboard as PNG, SVG, PDF or CSV (Ctrl+E)"));
    connect(m_export, &QAction::triggered, this, &ExportActions::openDialog);

    m_copy = new QMenu(tr("&Copy chart as image"), window);
    for (ExportChart chart : exportCharts()) {
        QAction *action = m_copy->addAction(chartTitle(chart));
        action->setData(chartId(chart));
        if (chart.isDashboard())
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        connect(action, &QAction::triggered, this, [this, chart] { copyChart(chart); });
    }
}

void ExportActions::copyChart(ExportChart chart)
{
    const ExportContext context = m_context();
    try {
        const QImage image = renderImage(context.scenario, chart,
                                         ExportDialog::rememberedOptions(m_settings, context));
        QApplication::clipboard()->setImage(image);
    } catch (const std::exception &error) {
        QMessageBox::warning(m_window, tr("Copy chart"), QString::fromStdString(error.what()));
    }
}

void ExportActions::openDialog()
{
    ExportDialog dialog(m_settings, m_context(), m_window);
    dialog.exec();
}

} // namespace kvscope::widgets
