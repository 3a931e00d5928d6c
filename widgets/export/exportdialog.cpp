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

// The choices remembered, under "export/" for the explorer's charts and under a figure's own
// group ("compare/export/") for a figure.
constexpr auto kExportGroup = "export";
constexpr auto kChartKey = "chart";
constexpr auto kFormatKey = "format";
constexpr auto kPresetKey = "preset";
constexpr auto kWidthKey = "width";
constexpr auto kHeightKey = "height";
constexpr auto kScaleKey = "scale";
constexpr auto kTransparentKey = "transparent";
constexpr auto kCaptionKey = "caption";
constexpr auto kThemeKey = "theme";
constexpr auto kPathKey = "path";

QString exportKey(const char *name)
{
    return QStringLiteral("%1/%2").arg(QLatin1String(kExportGroup), QLatin1String(name));
}

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

QString formatLabel(ExportFormat format, bool figure)
{
    switch (format) {
    case ExportFormat::Png:
        return QObject::tr("PNG image");
    case ExportFormat::Svg:
        return QObject::tr("SVG (vector)");
    case ExportFormat::Pdf:
        return QObject::tr("PDF (vector)");
    case ExportFormat::Csv:
        return figure ? QObject::tr("CSV (the metrics table)")
                      : QObject::tr("CSV (the plotted data)");
    case ExportFormat::Markdown:
        return QObject::tr("Markdown (the metrics table)");
    }
    return {};
}

QString formatFilter(ExportFormat format)
{
    return QStringLiteral("%1 (*.%2)")
        .arg(format == ExportFormat::Markdown ? QStringLiteral("Markdown")
                                              : formatExtension(format).toUpper(),
             formatExtension(format));
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
    : QDialog(parent), m_settings(settings), m_context(std::move(context)),
      m_formats(chartFormats()), m_presets(sizePresets())
{
    setWindowTitle(tr("Export chart"));
    build();
}

ExportDialog::ExportDialog(QSettings &settings, ExportContext context, ExportFigure figure,
                           QWidget *parent)
    : QDialog(parent), m_settings(settings), m_context(std::move(context)),
      m_figure(std::move(figure)), m_formats(m_figure->formats), m_presets(sizePresets())
{
    setWindowTitle(m_figure->windowTitle);
    const QSize natural = m_figure->naturalSize;
    m_presets.prepend({tr("Natural size, %1 × %2").arg(natural.width()).arg(natural.height()),
                       natural, 1, tr("The size the figure is drawn at unless told otherwise.")});
    build();
}

QString ExportDialog::key(const char *name) const
{
    return m_figure ? QStringLiteral("%1/%2").arg(m_figure->settingsGroup, QLatin1String(name))
                    : exportKey(name);
}

void ExportDialog::build()
{
    setObjectName("exportDialog");

    m_chart = new QComboBox;
    for (ExportChart chart : exportCharts())
        m_chart->addItem(chartTitle(chart), chartId(chart));
    m_format = new QComboBox;
    for (ExportFormat format : std::as_const(m_formats))
        m_format->addItem(formatLabel(format, m_figure.has_value()), int(format));

    m_preset = new QComboBox;
    for (const SizePreset &preset : std::as_const(m_presets))
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
    m_caption = new QCheckBox(m_figure ? m_figure->captionText
                                       : tr("Caption naming the scenario (model, hardware, GPUs, "
                                            "context, dtypes, conventions)"));
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
    if (m_figure)
        m_chart->hide(); // a figure is what it is
    else
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
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Made the default once it is the dialog's own: set before, the dialog never learns of it
    // and Return pressed Cancel.
    exportButton->setDefault(true);

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
    if (m_figure)
        return ExportChart::dashboard();
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
    if (index < 0 || index >= m_presets.size())
        return;
    const QSignalBlocker blockPreset(m_preset);
    m_preset->setCurrentIndex(index);
    setCustomSize(m_presets[index].size, m_presets[index].scale);
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
    // The preset box names the first preset the numbers match, or "Custom".
    int match = m_preset->findData(kCustomPreset);
    for (int i = int(m_presets.size()) - 1; i >= 0; --i)
        if (m_presets[i].size == QSize(m_width->value(), m_height->value()) &&
            m_presets[i].scale == m_scale->value())
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
    if (preset >= 0 && preset < m_presets.size())
        note += QStringLiteral(" ") + m_presets[preset].note;
    m_note->setText(note);
}

void ExportDialog::syncFormatFromPath()
{
    if (const auto format = formatFromPath(path(), m_formats)) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    }
    m_transparent->setEnabled(format() == ExportFormat::Png || format() == ExportFormat::Svg);
}

void ExportDialog::syncPathFromFormat()
{
    if (m_syncing)
        return;
    // "kvscope-memory.png", "kvscope-comparison.svg": the name the dialog proposes.
    const QString proposed = QStringLiteral("%1.%2").arg(
        m_figure ? m_figure->fileStem : QStringLiteral("kvscope-") + chartId(chart()),
        formatExtension(format()));
    QFileInfo info(path().isEmpty() ? QDir(defaultFolder()).filePath(proposed) : path());
    // A proposed name follows the chart; a name the user typed keeps its stem.
    QString name = info.completeBaseName() + '.' + formatExtension(format());
    if (info.completeBaseName().startsWith(QStringLiteral("kvscope-")))
        name = proposed;
    m_path->setText(info.dir().filePath(name));
    m_transparent->setEnabled(format() == ExportFormat::Png || format() == ExportFormat::Svg);
}

void ExportDialog::browse()
{
    QStringList filters;
    for (ExportFormat format : std::as_const(m_formats))
        filters << formatFilter(format);
    const QString filter = filters.join(QStringLiteral(";;"));
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
        if (m_figure)
            m_figure->write(options(), path());
        else
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
    const auto chart = chartFromId(s.value(key(kChartKey), "all").toString());
    setChart(chart.value_or(ExportChart::dashboard()));
    const int format = m_format->findData(s.value(key(kFormatKey), int(ExportFormat::Png)).toInt());
    m_format->setCurrentIndex(std::max(0, format));
    // A figure last exported at its natural size gets its natural size now (a comparison's grows
    // with its rows of charts); any other size is kept.
    const QSize start = m_figure ? m_figure->naturalSize : QSize(1920, 1080);
    if (m_figure && s.value(key(kPresetKey), 0).toInt() == 0)
        setPreset(0);
    else
        setCustomSize(QSize(s.value(key(kWidthKey), start.width()).toInt(),
                            s.value(key(kHeightKey), start.height()).toInt()),
                      s.value(key(kScaleKey), 1.0).toDouble());
    m_transparent->setChecked(s.value(key(kTransparentKey), false).toBool());
    m_caption->setChecked(s.value(key(kCaptionKey), true).toBool());
    setThemeChoice(
        ExportThemeChoice(s.value(key(kThemeKey), int(ExportThemeChoice::Current)).toInt()));
    m_syncing = false;
    const QString remembered = s.value(key(kPathKey)).toString();
    if (remembered.isEmpty())
        syncPathFromFormat();
    else
        setPath(remembered);
}

void ExportDialog::save() const
{
    if (!m_figure)
        m_settings.setValue(key(kChartKey), chartId(chart()));
    m_settings.setValue(key(kFormatKey), int(format()));
    m_settings.setValue(key(kPresetKey), m_preset->currentIndex());
    m_settings.setValue(key(kWidthKey), m_width->value());
    m_settings.setValue(key(kHeightKey), m_height->value());
    m_settings.setValue(key(kScaleKey), m_scale->value());
    m_settings.setValue(key(kTransparentKey), m_transparent->isChecked());
    m_settings.setValue(key(kCaptionKey), m_caption->isChecked());
    m_settings.setValue(key(kThemeKey), int(themeChoice()));
    m_settings.setValue(key(kPathKey), path());
    m_settings.sync();
}

ExportOptions ExportDialog::rememberedOptions(QSettings &settings, const ExportContext &context)
{
    ExportOptions o;
    const QSize size(settings.value(exportKey(kWidthKey), 1920).toInt(),
                     settings.value(exportKey(kHeightKey), 1080).toInt());
    const double scale = settings.value(exportKey(kScaleKey), 1.0).toDouble();
    if (checkExportSize(size, scale).isEmpty()) {
        o.size = size;
        o.scale = scale;
    }
    o.transparent = settings.value(exportKey(kTransparentKey), false).toBool();
    o.caption = settings.value(exportKey(kCaptionKey), true).toBool();
    o.theme = resolveTheme(
        ExportThemeChoice(
            settings.value(exportKey(kThemeKey), int(ExportThemeChoice::Current)).toInt()),
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
