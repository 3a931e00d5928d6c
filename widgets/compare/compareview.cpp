// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "builtins.h"
#include "comparegrid.h"
#include "comparison.h"
#include "comparisonexport.h"
#include "inputerror.h"
#include "jsonfile.h"
#include "modeltext.h"
#include "modelwords.h"
#include "parameters.h"
#include "parameterslider.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace kvscope::widgets {

namespace {

constexpr auto kColumnsKey = "compare/columns";
constexpr auto kPinsKey = "compare/pins";
constexpr auto kSharedKey = "compare/shared";
constexpr auto kChartsKey = "compare/charts";
constexpr auto kLatencyLogKey = "compare/latencyLog";

QVariantMap toVariant(const std::map<std::string, double> &values)
{
    QVariantMap map;
    for (const auto &[key, value] : values)
        map.insert(q(key), value);
    return map;
}

/// Only known shared keys with values inside the parameter table survive a settings file.
std::map<std::string, double> fromVariant(const QVariantMap &map)
{
    std::map<std::string, double> values;
    for (std::string_view key : model::sharedCompareKeys()) {
        const QVariant value = map.value(q(key));
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (ok && model::parameter(key).contains(v))
            values[std::string(key)] = v;
    }
    return values;
}

/// One change of the compare view's selection. The change is made before the command is pushed,
/// so its first redo does nothing.
class SelectionEdit : public QUndoCommand
{
public:
    SelectionEdit(CompareView *view, const QString &text, CompareView::Selection before,
                  CompareView::Selection after, int mergeId)
        : QUndoCommand(text), m_view(view), m_before(std::move(before)), m_after(std::move(after)),
          m_id(mergeId)
    {}

    void undo() override { m_view->restoreSelection(m_before); }
    void redo() override
    {
        if (m_first)
            m_first = false;
        else
            m_view->restoreSelection(m_after);
    }
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id())
            return false;
        m_after = static_cast<const SelectionEdit *>(other)->m_after;
        return true;
    }

private:
    CompareView *m_view;
    CompareView::Selection m_before;
    CompareView::Selection m_after;
    int m_id;
    bool m_first = true;
};

/// Merge ids: the steps of one drag of one control become one undo step.
int sharedMergeId(const QString &key)
{
    const auto keys = model::sharedCompareKeys();
    const auto it = std::find(keys.begin(), keys.end(), key.toStdString());
    return 100 + int(it - keys.begin());
}

} // namespace

QList<CompareChoice> CompareView::choicesFor(const QList<CompareChoice> &userPresets)
{
    QList<CompareChoice> choices;
    for (const model::Scenario &s : model::builtinScenarios())
        choices << CompareChoice{q(s.id), q(s.name), QObject::tr("Scenarios")};
    for (const model::HardwareSpec &h : model::builtinHardware())
        choices << CompareChoice{q(h.id), q(h.name), QObject::tr("Hardware")};
    for (const model::ModelSpec &m : model::builtinModels())
        choices << CompareChoice{q(m.id), q(m.name), QObject::tr("Models")};
    choices << userPresets;
    return choices;
}

CompareView::CompareView(QSettings &settings, model::Scenario base, QList<CompareChoice> choices,
                         QWidget *parent)
    : QWidget(parent), m_settings(settings), m_base(std::move(base)), m_choices(std::move(choices))
{
    setObjectName("compareView");
    setWindowTitle(tr("Compare — kvscope"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    auto *shared = new QGridLayout;
    shared->setHorizontalSpacing(16);
    shared->setVerticalSpacing(0);
    int i = 0;
    for (std::string_view key : model::sharedCompareKeys()) {
        auto *slider = new ParameterSlider(model::parameter(key), ParameterSlider::Style::Compact);
        slider->setToolTip(tr("Applies to every column that does not pin its own “%1”")
                               .arg(parameterLabel(model::parameter(key))));
        slider->setLabelWidth(110);
        const QString name = q(key);
        connect(slider, &ParameterSlider::valueEdited, this,
                [this, name](double v) { setShared(name, v); });
        connect(slider, &ParameterSlider::inputRejected, this, &CompareView::showError);
        shared->addWidget(slider, i / 2, i % 2);
        m_sharedSliders[name] = slider;
        ++i;
    }
    top->addLayout(shared, 1);

    auto *options = new QGridLayout;
    options->setHorizontalSpacing(10);
    int column = 0;
    for (const ChartKind &kind : chartKinds()) {
        if (!kind.compared)
            continue;
        auto *box = new QCheckBox(chartKindTitle(kind));
        box->setToolTip(tr("Show the %1 chart for every column").arg(chartKindTitle(kind)));
        connect(box, &QCheckBox::toggled, this, [this] { m_grid->setChartKinds(shownKinds()); });
        options->addWidget(box, column / 2, column % 2);
        m_chartToggles.push_back({&kind, box});
        ++column;
    }
    m_latencyLog = new QCheckBox(tr("Log latency axis"));
    m_latencyLog->setToolTip(tr("Latency on a logarithmic time axis in every column"));
    // In the next free cell after the chart toggles, however many kinds are compared.
    options->addWidget(m_latencyLog, column / 2, column % 2);
    m_add = new QPushButton(tr("&Add column"));
    m_add->setToolTip(tr("Compare one more preset (up to %1)").arg(model::kMaxCompareColumns));
    connect(m_add, &QPushButton::clicked, this, &CompareView::addColumn);
    options->addWidget(m_add, 0, 2);
    auto *exportButton = new QPushButton(tr("&Export…"));
    exportButton->setToolTip(tr("Save the comparison as PNG, SVG or PDF, or its table as CSV or "
                                "Markdown (Ctrl+E), as kvscope compare --out FILE does"));
    connect(exportButton, &QPushButton::clicked, this, &CompareView::openExportDialog);
    options->addWidget(exportButton, 1, 2);
    top->addLayout(options);
    layout->addLayout(top);

    m_error = new QLabel;
    m_error->setObjectName("compareError");
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_barsLayout = new QHBoxLayout;
    m_barsLayout->setSpacing(6);
    layout->addLayout(m_barsLayout);

    // The charts scroll when they need more height than the window has; the metrics table stays
    // in view below them.
    m_grid = new CompareGrid(false);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_grid->table());

    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportKey, &QShortcut::activated, this, &CompareView::openExportDialog);
    auto *undoKey = new QShortcut(QKeySequence::Undo, this);
    connect(undoKey, &QShortcut::activated, &m_undo, &QUndoStack::undo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        auto *redoKey = new QShortcut(key, this);
        connect(redoKey, &QShortcut::activated, &m_undo, &QUndoStack::redo);
    }
    auto *closeKey = new QShortcut(QKeySequence::Close, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);

    load();
    connect(m_latencyLog, &QCheckBox::toggled, m_grid, &CompareGrid::setLatencyLogScale);
}

CompareView::~CompareView()
{
    save();
}

void CompareView::hideEvent(QHideEvent *event)
{
    // Saved when the window closes, not on every step: QSettings writes its file on each change.
    save();
    QWidget::hideEvent(event);
}

CompareColumnBar *CompareView::columnBar(int column) const
{
    return column >= 0 && column < m_bars.size() ? m_bars[column] : nullptr;
}

ParameterSlider *CompareView::sharedSlider(const QString &key) const
{
    const auto it = m_sharedSliders.find(key);
    return it == m_sharedSliders.end() ? nullptr : it->second;
}

QCheckBox *CompareView::chartToggle(const QString &kind) const
{
    for (const auto &[shown, box] : m_chartToggles)
        if (kind == QLatin1String(shown->id))
            return box;
    return nullptr;
}

QString CompareView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QList<const ChartKind *> CompareView::shownKinds() const
{
    QList<const ChartKind *> kinds;
    for (const auto &[kind, box] : m_chartToggles)
        if (box->isChecked())
            kinds << kind;
    return kinds;
}

void CompareView::load()
{
    QStringList keys = m_settings.value(kColumnsKey).toStringList();
    if (keys.size() < model::kMinCompareColumns)
        keys = {QStringLiteral("a100-sxm4-80gb"), QStringLiteral("h100-sxm5-80gb")};
    const QVariantList pins = m_settings.value(kPinsKey).toList();
    m_shared = model::sharedValuesOf(m_base);
    for (const auto &[key, value] : fromVariant(m_settings.value(kSharedKey).toMap()))
        m_shared[key] = value;
    QStringList charts = m_settings.value(kChartsKey).toStringList();
    if (!m_settings.contains(kChartsKey))
        charts = {QStringLiteral("memory"), QStringLiteral("latency")};
    for (const auto &[kind, box] : m_chartToggles) {
        const QSignalBlocker block(box);
        box->setChecked(charts.contains(QLatin1String(kind->id)));
    }
    m_latencyLog->setChecked(m_settings.value(kLatencyLogKey, true).toBool());
    m_grid->setLatencyLogScale(m_latencyLog->isChecked());
    m_grid->setChartKinds(shownKinds());

    m_keys = keys.mid(0, model::kMaxCompareColumns);
    m_pins.assign(std::size_t(m_keys.size()), {});
    for (int c = 0; c < m_keys.size() && c < pins.size(); ++c)
        m_pins[std::size_t(c)] = fromVariant(pins[c].toMap());
    rebuildBars();
    refresh();
}

void CompareView::save() const
{
    m_settings.setValue(kColumnsKey, m_keys);
    QVariantList pins;
    for (const auto &pinned : m_pins)
        pins << toVariant(pinned);
    m_settings.setValue(kPinsKey, pins);
    m_settings.setValue(kSharedKey, toVariant(m_shared));
    QStringList charts;
    for (const ChartKind *kind : shownKinds())
        charts << QString::fromLatin1(kind->id);
    m_settings.setValue(kChartsKey, charts);
    m_settings.setValue(kLatencyLogKey, m_latencyLog->isChecked());
}

void CompareView::restoreSelection(const Selection &selection)
{
    m_keys = selection.keys;
    m_pins = selection.pins;
    m_shared = selection.shared;
    rebuildBars();
    refresh();
}

void CompareView::record(const QString &description, const Selection &before, int mergeId)
{
    if (selection() != before)
        m_undo.push(new SelectionEdit(this, description, before, selection(), mergeId));
}

void CompareView::rebuildBars()
{
    // Later, from the event loop: the bar whose button asked for this may still be emitting.
    for (CompareColumnBar *bar : std::as_const(m_bars)) {
        bar->hide();
        bar->deleteLater();
    }
    m_bars.clear();
    for (int c = 0; c < m_keys.size(); ++c) {
        auto *bar = new CompareColumnBar(c, m_choices, this);
        bar->setChoice(m_keys[c]);
        bar->setPinned(m_pins[std::size_t(c)]);
        bar->setRemovable(m_keys.size() > model::kMinCompareColumns);
        connect(bar, &CompareColumnBar::choicePicked, this,
                [this, c](const QString &key) { setColumn(c, key); });
        connect(bar, &CompareColumnBar::removeRequested, this, [this, c] { removeColumn(c); });
        connect(bar, &CompareColumnBar::pinToggled, this, [this, c](const QString &key, bool on) {
            // A new pin starts from the column's own value, so pinning alone changes nothing
            // but what the shared control reaches.
            const model::Parameter &param = model::parameter(key.toStdString());
            const std::optional<double> own =
                on ? std::optional(param.get(m_scenarios[std::size_t(c)])) : std::nullopt;
            setPinned(c, key, own);
        });
        connect(bar, &CompareColumnBar::pinnedEdited, this,
                [this, c](const QString &key, double value) { setPinned(c, key, value); });
        m_barsLayout->addWidget(bar, 1);
        m_bars << bar;
    }
    m_add->setEnabled(m_keys.size() < model::kMaxCompareColumns);
}

void CompareView::refresh()
{
    QStringList problems;
    m_scenarios.clear();
    for (int c = 0; c < m_keys.size(); ++c) {
        model::CompareColumn column;
        try {
            column.preset = model::comparisonColumn(m_keys[c].toStdString(), m_base);
        } catch (const model::InputError &error) {
            problems << tr("Column %1: %2").arg(c + 1).arg(QString::fromUtf8(error.what()));
            column.preset = m_base;
        }
        column.pinned = m_pins[std::size_t(c)];
        m_scenarios.push_back(model::columnScenario(column, m_shared));
    }
    for (const auto &[key, slider] : m_sharedSliders)
        slider->setValue(m_shared[key.toStdString()]);
    m_grid->setColumns(m_scenarios);
    showChoices();
    if (problems.isEmpty())
        m_error->hide();
    else
        showError(problems.join('\n'));
}

void CompareView::showError(const QString &message)
{
    m_error->setText(message);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, m_theme.warning);
    m_error->setPalette(pal);
    m_error->show();
}

void CompareView::setColumns(const QStringList &keys)
{
    if (keys.size() < model::kMinCompareColumns)
        return;
    const Selection before = selection();
    m_keys = keys.mid(0, model::kMaxCompareColumns);
    m_pins.assign(std::size_t(m_keys.size()), {});
    rebuildBars();
    refresh();
    record(tr("Choose columns"), before);
}

void CompareView::setColumn(int column, const QString &key)
{
    if (column < 0 || column >= m_keys.size() || m_keys[column] == key)
        return;
    const Selection before = selection();
    m_keys[column] = key;
    m_bars[column]->setChoice(key);
    refresh();
    record(tr("Change column %1").arg(column + 1), before);
}

void CompareView::addColumn()
{
    if (m_keys.size() >= model::kMaxCompareColumns)
        return;
    const Selection before = selection();
    m_keys << nextColumnKey();
    m_pins.emplace_back();
    rebuildBars();
    refresh();
    record(tr("Add a column"), before);
}

QString CompareView::nextColumnKey() const
{
    // Something to compare: the first preset of the last column's kind (hardware beside
    // hardware) not shown yet, else any preset not shown, else the last column again.
    QString group;
    for (const CompareChoice &choice : m_choices)
        if (choice.key == m_keys.back())
            group = choice.group;
    for (bool sameGroup : {true, false})
        for (const CompareChoice &choice : m_choices)
            if ((!sameGroup || choice.group == group) && !m_keys.contains(choice.key))
                return choice.key;
    return m_keys.back();
}

void CompareView::removeColumn(int column)
{
    if (m_keys.size() <= model::kMinCompareColumns || column < 0 || column >= m_keys.size())
        return;
    const Selection before = selection();
    m_keys.removeAt(column);
    m_pins.erase(m_pins.begin() + column);
    rebuildBars();
    refresh();
    record(tr("Remove column %1").arg(column + 1), before);
}

void CompareView::setShared(const QString &key, double value)
{
    const model::Parameter *param = model::findParameter(key.toStdString());
    if (!param || !param->contains(value) || m_shared[key.toStdString()] == value)
        return;
    const Selection before = selection();
    m_shared[key.toStdString()] = value;
    refresh();
    record(tr("Change %1").arg(parameterLabel(*param)), before, sharedMergeId(key));
}

void CompareView::setPinned(int column, const QString &key, std::optional<double> value)
{
    const model::Parameter *param = model::findParameter(key.toStdString());
    if (column < 0 || column >= m_keys.size() || !param || (value && !param->contains(*value)))
        return;
    const Selection before = selection();
    auto &pins = m_pins[std::size_t(column)];
    if (value)
        pins[key.toStdString()] = *value;
    else
        pins.erase(key.toStdString());
    m_bars[column]->setPinned(pins);
    refresh();
    record(value ? tr("Pin %1 in column %2").arg(q(param->label).toLower()).arg(column + 1)
                 : tr("Unpin %1 in column %2").arg(q(param->label).toLower()).arg(column + 1),
           before, 1000 + 10 * column + sharedMergeId(key));
}

void CompareView::setChoices(const QList<CompareChoice> &choices)
{
    m_choices = choices;
    for (CompareColumnBar *bar : std::as_const(m_bars))
        bar->setChoices(choices);
    showChoices();
}

void CompareView::showChoices()
{
    // A column whose preset is not among the choices is shown by its title, never its path.
    const QStringList &titles = m_grid->columnTitles();
    for (int c = 0; c < m_bars.size() && c < m_keys.size() && c < titles.size(); ++c)
        m_bars[c]->setChoice(m_keys[c], titles[c]);
}

void CompareView::setBaseScenario(const model::Scenario &base)
{
    if (base == m_base)
        return;
    m_base = base;
    if (isVisible())
        refresh();
}

void CompareView::setTheme(const Theme &theme)
{
    m_theme = theme;
    m_grid->setTheme(theme);
}

void CompareView::setByteUnits(model::ByteUnits units)
{
    m_units = units;
    m_grid->setByteUnits(units);
}

ExportContext CompareView::exportContext() const
{
    ExportContext context;
    context.theme = m_theme;
    context.byteUnits = m_units;
    context.latencyLogScale = m_latencyLog->isChecked();
    return context;
}

ExportFigure CompareView::exportFigure() const
{
    ExportFigure figure;
    figure.windowTitle = tr("Export comparison");
    figure.settingsGroup = QStringLiteral("compare/export");
    figure.fileStem = QStringLiteral("kvscope-comparison");
    figure.formats = comparisonFormats();
    figure.naturalSize = comparisonImageSize(int(m_grid->chartKinds().size()));
    figure.captionText = tr("Caption naming each column's scenario (model, hardware, GPUs, "
                            "context) and the conventions in force");
    figure.write = [this](const ExportOptions &options, const QString &path) {
        exportComparison(m_scenarios, m_grid->chartKinds(), options, path);
    };
    return figure;
}

bool CompareView::exportTo(const QString &path, const ExportOptions &options)
{
    try {
        exportComparison(m_scenarios, m_grid->chartKinds(), options, path);
        m_error->hide();
        return true;
    } catch (const model::InputError &error) {
        showError(tr("Export failed: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
}

void CompareView::openExportDialog()
{
    ExportDialog dialog(m_settings, exportContext(), exportFigure(), this);
    dialog.exec();
}

} // namespace kvscope::widgets
