// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlpanel.h"

#include "collapsiblesection.h"
#include "dtype.h"
#include "modeltext.h"
#include "parameters.h"
#include "parameterslider.h"
#include "tensorparallel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace kvscope::widgets {

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Puts `id` current in a picker, adding a "(custom)" entry for a spec that is not a preset.
void selectId(QComboBox *picker, const std::string &id, const std::string &name)
{
    int index = picker->findData(q(id));
    if (index < 0) {
        const int custom = picker->findData(QStringLiteral("custom:"), Qt::UserRole + 1);
        if (custom >= 0)
            picker->removeItem(custom);
        picker->insertItem(0, QObject::tr("%1 (custom)").arg(q(name)), q(id));
        picker->setItemData(0, QStringLiteral("custom:"), Qt::UserRole + 1);
        index = 0;
    }
    picker->setCurrentIndex(index);
}

} // namespace

QStringList ControlPanel::primaryKeys()
{
    return {QStringLiteral("model-size"), QStringLiteral("context"), QStringLiteral("gpus"),
            QStringLiteral("hbm-gib")};
}

ControlPanel::ControlPanel(std::span<const model::ModelSpec> models,
                           std::span<const model::HardwareSpec> hardware, QWidget *parent)
    : QWidget(parent), m_models(models), m_hardware(hardware)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    auto *pickers = new QFormLayout;
    pickers->setContentsMargins(0, 0, 0, 4);
    m_modelPicker = new QComboBox(this);
    m_modelPicker->setObjectName("modelPicker");
    for (const model::ModelSpec &m : models)
        m_modelPicker->addItem(q(m.name), q(m.id));
    m_hardwarePicker = new QComboBox(this);
    m_hardwarePicker->setObjectName("hardwarePicker");
    for (const model::HardwareSpec &h : hardware)
        m_hardwarePicker->addItem(q(h.name), q(h.id));
    for (QComboBox *picker : {m_modelPicker, m_hardwarePicker}) {
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setMinimumContentsLength(14);
    }
    m_modelPicker->setToolTip(tr("Model preset: its published architecture"));
    m_hardwarePicker->setToolTip(tr("Hardware preset: HBM per GPU starts at its capacity"));
    pickers->addRow(tr("&Model"), m_modelPicker);
    pickers->addRow(tr("Hard&ware"), m_hardwarePicker);
    layout->addLayout(pickers);
    connect(m_modelPicker, &QComboBox::activated, this, [this](int index) {
        const QString id = m_modelPicker->itemData(index).toString();
        if (!id.isEmpty())
            emit modelPicked(id);
    });
    connect(m_hardwarePicker, &QComboBox::activated, this, [this](int index) {
        const QString id = m_hardwarePicker->itemData(index).toString();
        if (!id.isEmpty())
            emit hardwarePicked(id);
    });

    addSlider(this, "model-size", true);
    addSlider(this, "context", true);
    addSlider(this, "gpus", true);
    addSlider(this, "hbm-gib", true);
    for (ParameterSlider *s : std::as_const(m_sliders))
        layout->addWidget(s);

    const auto section = [&](const QString &title) {
        auto *s = new CollapsibleSection(title, this);
        s->setObjectName(title);
        m_sections.append(s);
        layout->addWidget(s);
        return s;
    };
    const auto compact = [&](CollapsibleSection *s, const char *key) {
        s->addWidget(addSlider(s, key, false));
    };
    CollapsibleSection *workload = section(tr("Workload"));
    compact(workload, "output-tokens");
    compact(workload, "batch");
    compact(workload, "replicas");
    workload->setExpanded(true);

    QStringList dtypes;
    for (const QString &name : q(model::dtypeNames()).split(' '))
        dtypes << name;
    CollapsibleSection *precision = section(tr("Precision"));
    addOption(precision, QStringLiteral("weight-dtype"), tr("Weights"), dtypes, dtypes);
    addOption(precision, QStringLiteral("kv-dtype"), tr("KV cache"), dtypes, dtypes);

    CollapsibleSection *memory = section(tr("Memory"));
    compact(memory, "memory-utilization");
    compact(memory, "reserved-gib");

    CollapsibleSection *efficiency = section(tr("Efficiency"));
    compact(efficiency, "mfu");
    compact(efficiency, "mbu");

    CollapsibleSection *cost = section(tr("Cost"));
    compact(cost, "gpu-hour-usd");

    CollapsibleSection *conventions = section(tr("Conventions"));
    addOption(conventions, QStringLiteral("attention-flops"), tr("Attention FLOP"),
              {QString::fromLatin1(model::attentionFlopsName(model::AttentionFlops::Causal)),
               QString::fromLatin1(model::attentionFlopsName(model::AttentionFlops::Paper)),
               QString::fromLatin1(model::attentionFlopsName(model::AttentionFlops::Full))},
              {tr("causal count"), tr("paper: N·n²/(12d)"), tr("full n×n square")});
    m_tpComm = new QCheckBox(tr("TP communication (2 all-reduces per layer)"), conventions);
    m_tpComm->setObjectName("tp-comm");
    m_tpComm->setToolTip(tr("The paper treats tensor parallelism as free; every other scenario "
                            "adds the all-reduce time (cost-model.md §4.7)."));
    conventions->addWidget(m_tpComm);
    connect(m_tpComm, &QCheckBox::clicked, this, [this](bool on) {
        emit optionPicked(QStringLiteral("tp-comm"),
                          QString::fromLatin1(model::tpCommunicationName(on)));
    });

    CollapsibleSection *compression = section(tr("KV-cache compression"));
    for (const char *key : {"kv-compression-layer", "kv-compression-head", "kv-compression-token",
                            "kv-compression-hidden"})
        compact(compression, key);
    layout->addStretch(1);
    alignCompactLabels();
}

void ControlPanel::alignCompactLabels()
{
    int labelWidth = 0;
    for (ParameterSlider *s : std::as_const(m_sliders))
        if (!primaryKeys().contains(s->key()))
            labelWidth = std::max(labelWidth, s->label()->sizeHint().width());
    for (ParameterSlider *s : std::as_const(m_sliders))
        if (!primaryKeys().contains(s->key()))
            s->setLabelWidth(labelWidth);
}

void ControlPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        alignCompactLabels();
}

ParameterSlider *ControlPanel::addSlider(QWidget *parent, const char *key, bool primary)
{
    auto *s = new ParameterSlider(
        model::parameter(key),
        primary ? ParameterSlider::Style::Primary : ParameterSlider::Style::Compact, parent);
    if (!primary && std::string_view(key).starts_with("kv-compression-")) {
        // "KV compression: layer" reads as "layer" inside its own section.
        const QString label = s->label()->text();
        s->label()->setText(label.mid(label.indexOf(':') + 2));
    }
    connect(s, &ParameterSlider::valueEdited, this, [this, s](double value, bool continuous) {
        emit parameterEdited(s->key(), value, continuous);
    });
    connect(s->slider(), &QSlider::sliderReleased, this, &ControlPanel::editFinished);
    connect(s, &ParameterSlider::inputRejected, this, &ControlPanel::inputRejected);
    m_sliders.append(s);
    return s;
}

QComboBox *ControlPanel::addOption(CollapsibleSection *section, const QString &key,
                                   const QString &label, const QStringList &values,
                                   const QStringList &texts)
{
    auto *row = new QWidget(section);
    auto *form = new QFormLayout(row);
    form->setContentsMargins(0, 1, 0, 1);
    auto *box = new QComboBox(row);
    box->setObjectName(key);
    for (int i = 0; i < values.size(); ++i)
        box->addItem(texts[i], values[i]);
    form->addRow(label, box);
    section->addWidget(row);
    connect(box, &QComboBox::activated, this, [this, box, key](int index) {
        emit optionPicked(key, box->itemData(index).toString());
    });
    m_options.append(box);
    return box;
}

ParameterSlider *ControlPanel::slider(const QString &key) const
{
    for (ParameterSlider *s : m_sliders)
        if (s->key() == key)
            return s;
    return nullptr;
}

QComboBox *ControlPanel::optionPicker(const QString &key) const
{
    for (QComboBox *box : m_options)
        if (box->objectName() == key)
            return box;
    return nullptr;
}

void ControlPanel::setByteUnits(model::ByteUnits units)
{
    if (units == m_units)
        return;
    m_units = units;
    updateHints();
}

void ControlPanel::setValues(const model::CurrentValues &values)
{
    const model::Scenario &s = values.scenario;
    const bool modelChanged = !m_hasValues || !(m_values.scenario.model == s.model);
    const bool hardwareChanged = !m_hasValues || !(m_values.scenario.hardware == s.hardware);
    m_values = values;
    m_hasValues = true;
    {
        const QSignalBlocker a(m_modelPicker);
        const QSignalBlocker b(m_hardwarePicker);
        if (modelChanged)
            selectId(m_modelPicker, s.model.id, s.model.name);
        if (hardwareChanged)
            selectId(m_hardwarePicker, s.hardware.id, s.hardware.name);
    }
    if (modelChanged) {
        slider(QStringLiteral("model-size"))->setSnapPoints({model::countParams(s.model).total});
        // The context the model was trained for is a stop of its own.
        slider(QStringLiteral("context"))
            ->setExtraKeySteps(s.model.maxContext > 0
                                   ? std::vector<double>{double(s.model.maxContext)}
                                   : std::vector<double>{});
        ParameterSlider *gpus = slider(QStringLiteral("gpus"));
        const std::vector<int> degrees =
            model::validTensorParallelDegrees(s.model, int(gpus->parameter().max));
        QString why = tr("cannot split the %1 attention heads evenly; valid: ").arg(s.model.heads);
        for (std::size_t i = 0; i < degrees.size(); ++i)
            why += (i ? QStringLiteral(", ") : QString()) + QString::number(degrees[i]);
        gpus->setAllowedValues(std::vector<double>(degrees.begin(), degrees.end()), why);
    }
    if (hardwareChanged) {
        const auto it =
            std::find_if(m_hardware.begin(), m_hardware.end(),
                         [&](const model::HardwareSpec &h) { return h.id == s.hardware.id; });
        if (it != m_hardware.end())
            slider(QStringLiteral("hbm-gib"))->setExtraKeySteps({it->hbmBytes / model::kGiB});
    }
    for (ParameterSlider *slider : std::as_const(m_sliders)) {
        const double value = slider->key() == QLatin1String("model-size")
                                 ? values.current.params
                                 : slider->parameter().get(s);
        slider->setValue(value);
    }
    const model::Deployment &d = s.deployment;
    for (QComboBox *box : std::as_const(m_options)) {
        const QSignalBlocker block(box);
        QString value;
        if (box->objectName() == QLatin1String("weight-dtype"))
            value = fromView(model::dtypeName(d.weightDtype));
        else if (box->objectName() == QLatin1String("kv-dtype"))
            value = fromView(model::dtypeName(d.kvDtype));
        else
            value = fromView(model::attentionFlopsName(d.attentionFlops));
        box->setCurrentIndex(box->findData(value));
    }
    {
        const QSignalBlocker block(m_tpComm);
        m_tpComm->setChecked(d.tpCommunication);
    }
    updateHints();
}

void ControlPanel::updateHints()
{
    if (!m_hasValues)
        return;
    const model::Scenario &s = m_values.scenario;
    const model::ModelSpec &m = m_values.model;
    QString architecture = tr("%1 layers · hidden %2 · %3 heads (%4 KV) · head dim %5")
                               .arg(m.layers)
                               .arg(q(model::formatInteger(m.hidden)))
                               .arg(m.heads)
                               .arg(m.kvHeads)
                               .arg(m.effectiveHeadDim());
    if (m.moe.enabled())
        architecture += tr(" · %1 experts, %2 active").arg(m.moe.experts).arg(m.moe.active);
    if (s.deployment.paramsOverride > 0)
        architecture = tr("%1 as published, counted as %2")
                           .arg(q(m.name), q(model::formatParams(s.deployment.paramsOverride)));
    slider(QStringLiteral("model-size"))->setHint(architecture);

    QString context = tr("K = 1,000 tokens");
    if (m.maxContext > 0)
        context += s.deployment.context > m.maxContext
                       ? tr(" · beyond the %1 it was trained for")
                             .arg(q(model::formatTokens(m.maxContext)))
                       : tr(" · trained for %1").arg(q(model::formatTokens(m.maxContext)));
    slider(QStringLiteral("context"))->setHint(context);

    const double total = m_values.current.hbmBytes / std::max(1e-9, s.deployment.memoryUtilization);
    slider(QStringLiteral("gpus"))
        ->setHint(tr("%1 HBM in total, one tensor-parallel group")
                      .arg(q(model::formatBytes(total, m_units, 4))));
    slider(QStringLiteral("hbm-gib"))
        ->setHint(
            tr("= %1 = %2 per GPU")
                .arg(q(model::formatBytes(s.hardware.hbmBytes, model::ByteUnits::Binary, 4)),
                     q(model::formatBytes(s.hardware.hbmBytes, model::ByteUnits::Decimal, 4))));
}

} // namespace kvscope::widgets
