// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariostore.h"

#include "dtype.h"
#include "memorylimits.h"
#include "modelwords.h"
#include "parameters.h"
#include "tensorparallel.h"

#include <QUndoCommand>

#include <cmath>

namespace kvscope::widgets {

/// One edit: the scenario before and after it.
class ScenarioCommand : public QUndoCommand
{
public:
    ScenarioCommand(ScenarioStore *store, model::Scenario before, model::Scenario after,
                    const QString &description, int mergeId)
        : QUndoCommand(description), m_store(store), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeId(mergeId)
    {}

    void undo() override { m_store->assign(m_before); }
    void redo() override { m_store->assign(m_after); }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // Only the steps of one drag share an id; a drag back to where it started leaves
        // nothing to undo.
        m_after = static_cast<const ScenarioCommand *>(other)->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    ScenarioStore *m_store;
    model::Scenario m_before;
    model::Scenario m_after;
    int m_mergeId;
};

namespace {

/// Brings a reserve per GPU at or above the usable HBM per GPU down to the largest one offered;
/// true when it did.
bool limitReserve(model::Scenario &scenario)
{
    model::Deployment &d = scenario.deployment;
    if (d.reservedBytesPerGpu < model::usableHbmPerGpu(scenario))
        return false;
    d.reservedBytesPerGpu = model::maxReserveBytesPerGpu(scenario);
    return true;
}

/// A GPU group that cannot split the model's heads (a new model, a preset or session saved
/// before counts were checked) shrinks to the largest one that can.
void limitGpus(model::Scenario &scenario)
{
    scenario.deployment.gpus = model::validDegreeAtMost(scenario.model, scenario.deployment.gpus);
}

} // namespace

ScenarioStore::ScenarioStore(model::Scenario initial, QObject *parent)
    : QObject(parent), m_scenario(std::move(initial))
{
    m_undo.setUndoLimit(500);
    // A session saved before the reserve and the GPU count were checked may hold either.
    limitReserve(m_scenario);
    limitGpus(m_scenario);
}

QStringList ScenarioStore::optionKeys()
{
    return {QStringLiteral("weight-dtype"), QStringLiteral("kv-dtype"),
            QStringLiteral("attention-flops"), QStringLiteral("tp-comm")};
}

QString ScenarioStore::option(const QString &key) const
{
    const model::Deployment &d = m_scenario.deployment;
    const auto name = [](model::DType t) {
        const std::string_view n = model::dtypeName(t);
        return QString::fromUtf8(n.data(), qsizetype(n.size()));
    };
    if (key == QLatin1String("weight-dtype"))
        return name(d.weightDtype);
    if (key == QLatin1String("kv-dtype"))
        return name(d.kvDtype);
    if (key == QLatin1String("attention-flops")) {
        const std::string_view n = model::attentionFlopsName(d.attentionFlops);
        return QString::fromUtf8(n.data(), qsizetype(n.size()));
    }
    if (key == QLatin1String("tp-comm"))
        return QString::fromLatin1(model::tpCommunicationName(d.tpCommunication));
    return {};
}

bool ScenarioStore::setParameter(const QString &key, double value, bool continuous)
{
    const std::string name = key.toStdString();
    const model::Parameter *param = model::findParameter(name);
    if (!param || !param->contains(value) || (param->integer && value != std::floor(value)))
        return false;
    if (param->key == "gpus" && !model::isValidTensorParallelDegree(m_scenario.model, int(value)))
        return false;
    model::Scenario next = m_scenario;
    param->set(next, value);
    if (param->key == "model-size")
        next.deployment.paramsOverride = 0;
    const int index = int(param - model::parameters().data());
    const QString label = parameterLabel(*param);
    const int mergeId = 1000 + index + 1000 * (m_dragGeneration % 1000000);
    change(tr("Change %1").arg(label), next, continuous ? mergeId : -1);
    return true;
}

bool ScenarioStore::setOption(const QString &key, const QString &value)
{
    model::Scenario next = m_scenario;
    model::Deployment &d = next.deployment;
    if (key == QLatin1String("weight-dtype") || key == QLatin1String("kv-dtype")) {
        const auto type = model::parseDType(value.toStdString());
        if (!type)
            return false;
        (key == QLatin1String("weight-dtype") ? d.weightDtype : d.kvDtype) = *type;
    } else if (key == QLatin1String("attention-flops")) {
        const auto convention = model::parseAttentionFlops(value.toStdString());
        if (!convention)
            return false;
        d.attentionFlops = *convention;
    } else if (key == QLatin1String("tp-comm")) {
        const auto on = model::parseTpCommunication(value.toStdString());
        if (!on)
            return false;
        d.tpCommunication = *on;
    } else {
        return false;
    }
    change(tr("Set %1 to %2").arg(key, value), next, -1);
    return true;
}

void ScenarioStore::setModel(const model::ModelSpec &model)
{
    model::Scenario next = m_scenario;
    next.setModel(model);
    next.deployment.modelSize = 0;
    change(tr("Pick model %1").arg(QString::fromStdString(model.name)), next, -1);
}

void ScenarioStore::setHardware(const model::HardwareSpec &hardware)
{
    model::Scenario next = m_scenario;
    next.setHardware(hardware);
    change(tr("Pick hardware %1").arg(QString::fromStdString(hardware.name)), next, -1);
}

void ScenarioStore::setScenario(const model::Scenario &scenario, const QString &description)
{
    change(description, scenario, -1);
}

void ScenarioStore::setKvCompression(const model::KvCompression &ratios, const QString &description)
{
    model::Scenario next = m_scenario;
    next.deployment.kvCompression = ratios;
    change(description, next, -1);
}

void ScenarioStore::endContinuousEdit()
{
    ++m_dragGeneration;
}

void ScenarioStore::change(const QString &description, model::Scenario next, int mergeId)
{
    // A reserve at or above the HBM usable per GPU would leave a negative amount for the KV
    // cache: the reserve stops below it, whichever edit (reserve, HBM, utilisation, hardware)
    // went past it.
    const bool limited = limitReserve(next);
    limitGpus(next);
    if (next == m_scenario) {
        // An edit past the limit from the limit changes nothing, but the slider that moved must
        // go back to the value kept.
        if (limited)
            emit scenarioChanged(m_scenario);
        return;
    }
    m_undo.push(new ScenarioCommand(this, m_scenario, next, description, mergeId));
}

void ScenarioStore::assign(const model::Scenario &scenario)
{
    if (scenario == m_scenario)
        return;
    m_scenario = scenario;
    emit scenarioChanged(m_scenario);
}

} // namespace kvscope::widgets
