// SPDX-License-Identifier: GPL-3.0-or-later
#include "presetlibrary.h"

#include "builtins.h"
#include "hardwareeditor.h"
#include "inputerror.h"
#include "modelspec.h"
#include "modeltext.h"
#include "presetfilescommand.h"
#include "scenariostore.h"
#include "units.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace kvscope::widgets {

namespace {

enum Role
{
    KindRole = Qt::UserRole,
    IdRole,
    UserRole,
    PathRole,
    ErrorRole,
    SummaryRole
};

QString kindText(model::PresetKind kind)
{
    switch (kind) {
    case model::PresetKind::Model:
        return QObject::tr("model");
    case model::PresetKind::Hardware:
        return QObject::tr("hardware");
    case model::PresetKind::Scenario:
        return QObject::tr("scenario");
    }
    return {};
}

QString shortTokens(double tokens)
{
    return q(model::formatTokens(tokens));
}

} // namespace

QString presetSummary(const model::Preset &preset)
{
    using model::ByteUnits;
    if (const auto *h = std::get_if<model::HardwareSpec>(&preset))
        return QObject::tr("%1 · %2 · %3 bf16 · ridge %4 FLOP/B")
            .arg(q(model::formatBytes(h->hbmBytes, ByteUnits::Binary)),
                 q(model::formatBandwidth(h->hbmBandwidth)), q(model::formatFlopRate(h->bf16Flops)),
                 QString::number(h->ridgePoint(), 'f', 0));
    if (const auto *m = std::get_if<model::ModelSpec>(&preset))
        return QObject::tr("%1 params · %2 layers · KV %3/token (bf16)")
            .arg(q(model::formatParams(model::countParams(*m).total)))
            .arg(m->layers)
            .arg(q(model::formatBytes(model::kvBytesPerToken(*m, 2), ByteUnits::Binary)));
    const auto &s = std::get<model::Scenario>(preset);
    return QObject::tr("%1 on %2 × %3 · %4 tokens")
        .arg(q(s.model.name))
        .arg(s.deployment.gpus)
        .arg(q(s.hardware.name), shortTokens(s.deployment.context));
}

PresetLibrary::PresetLibrary(const QString &folder, ScenarioStore *scenarios, QWidget *parent)
    : QWidget(parent), m_store(folder.toStdString(), model::builtinResolver()),
      m_scenarios(scenarios), m_undo(new QUndoStack(this))
{
    // Saves that were killed left their temporary files; a minute later no save is still using
    // them.
    m_store.cleanStaleTemporaryFiles();
    setObjectName("presetLibrary");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter presets"));
    m_filter->setAccessibleName(tr("Filter presets"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only the presets whose name, id or summary contains this text"));
    layout->addWidget(m_filter);

    m_tree = new QTreeWidget;
    m_tree->setObjectName("presetTree");
    // One column: the summary of the selected preset is shown below the tree, where it has the
    // dock's whole width.
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setAccessibleName(tr("Presets"));
    layout->addWidget(m_tree, 1);

    const auto action = [this](const QString &text, const QString &tip, QKeySequence key,
                               auto slot) {
        auto *a = new QAction(text, this);
        a->setToolTip(key.isEmpty() ? tip
                                    : tip + " (" + key.toString(QKeySequence::NativeText) + ")");
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QAction *apply = action(tr("&Apply"), tr("Show the selected preset in the explorer (undoable)"),
                            QKeySequence(), [this] { applySelected(); });
    QAction *rename = action(tr("Re&name…"), tr("Rename the selected user preset"),
                             QKeySequence(Qt::Key_F2), [this] { promptRename(); });
    QAction *duplicate =
        action(tr("D&uplicate"), tr("Copy the selected preset into your presets"),
               QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateSelected(); });
    QAction *remove = action(
        tr("&Delete"), tr("Delete the selected user preset (Undo file change brings it back)"),
        QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
    QAction *import = action(tr("&Import…"),
                             tr("Import a kvscope preset or a Hugging Face config.json; dropping "
                                "files on the window does the same"),
                             QKeySequence(), [this] { promptImport(); });
    QAction *exportTo = action(tr("E&xport…"), tr("Write the selected preset to a file"),
                               QKeySequence(), [this] { promptExport(); });
    QAction *edit = action(tr("&Hardware editor…"),
                           tr("Edit the selected hardware (or the explorer's) as a custom "
                              "accelerator and save it as your preset"),
                           QKeySequence(), [this] { editHardware(); });
    auto *saveMenu = new QMenu(this);
    for (model::PresetKind kind :
         {model::PresetKind::Scenario, model::PresetKind::Hardware, model::PresetKind::Model})
        saveMenu->addAction(tr("Current %1…").arg(kindText(kind)), this,
                            [this, kind] { promptSave(kind); });
    auto *save = new QAction(tr("&Save current"), this);
    save->setToolTip(tr("Save the explorer's scenario, hardware or model as your preset"));
    save->setMenu(saveMenu);
    // The library's own history: undoing a slider move in the explorer never touches a file,
    // and these never change the scenario. No shortcut, so Ctrl+Z stays the explorer's.
    QAction *undo = m_undo->createUndoAction(this, tr("Undo file change"));
    undo->setToolTip(tr("Undo the last save, rename, duplicate, import or delete of a preset "
                        "file"));
    QAction *redo = m_undo->createRedoAction(this, tr("Redo file change"));
    redo->setToolTip(tr("Redo the preset file change just undone"));
    m_tree->addActions({apply, rename, duplicate, remove, exportTo, edit, undo, redo});

    auto *buttons = new QGridLayout;
    buttons->setSpacing(2);
    int i = 0;
    for (QAction *a :
         {apply, save, edit, rename, duplicate, remove, import, exportTo, undo, redo}) {
        auto *button = new QToolButton;
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        if (a == save)
            button->setPopupMode(QToolButton::InstantPopup);
        button->setText(a == undo ? tr("Undo") : a == redo ? tr("Redo") : a->text());
        buttons->addWidget(button, i / 5, i % 5);
        ++i;
    }
    layout->addLayout(buttons);
    m_details = new QLabel;
    m_details->setObjectName("presetDetails");
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->insertWidget(2, m_details);
    m_message = new QLabel;
    m_message->setObjectName("libraryMessage");
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PresetLibrary::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { applySelected(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_tree->topLevelItem(g);
            for (int c = 0; c < group->childCount(); ++c) {
                QTreeWidgetItem *item = group->child(c);
                const bool match =
                    text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                    item->data(0, SummaryRole).toString().contains(text, Qt::CaseInsensitive) ||
                    item->data(0, IdRole).toString().contains(text, Qt::CaseInsensitive);
                item->setHidden(!match);
            }
        }
    });
    m_actions = {apply, rename, duplicate, remove, exportTo, edit};

    m_askClash = [this](const QString &path) {
        QMessageBox box(QMessageBox::Question, tr("Preset exists"),
                        tr("A preset with this name exists:\n%1\nReplace it?").arg(path),
                        QMessageBox::NoButton, this);
        QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        QPushButton *both = box.addButton(tr("&Keep both"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(both);
        box.exec();
        if (box.clickedButton() == replace)
            return ClashAnswer::Replace;
        return box.clickedButton() == both ? ClashAnswer::KeepBoth : ClashAnswer::Cancel;
    };
    m_askName = [this](const QString &title, const QString &start) -> std::optional<QString> {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, start, &ok);
        if (!ok || name.trimmed().isEmpty())
            return std::nullopt;
        return name.trimmed();
    };
    readFolderInBackground();
}

void PresetLibrary::readFolderInBackground()
{
    showPresets({});
    const QPointer<PresetLibrary> self(this);
    QThreadPool::globalInstance()->start([self, store = m_store] {
        // A copy of the store: the list() it runs reads files only, nothing the GUI thread
        // touches.
        auto user = std::make_shared<std::vector<model::StoredPreset>>(store.list());
        QMetaObject::invokeMethod(
            qApp,
            [self, user] {
                if (self && !self->m_folderRead) {
                    self->m_folderRead = true;
                    self->showPresets(std::move(*user));
                }
            },
            Qt::QueuedConnection);
    });
}

QString PresetLibrary::message() const
{
    return m_message->text();
}

void PresetLibrary::setClashHandler(std::function<ClashAnswer(const QString &)> handler)
{
    m_askClash = std::move(handler);
}

void PresetLibrary::setNamePrompt(
    std::function<std::optional<QString>(const QString &, const QString &)> prompt)
{
    m_askName = std::move(prompt);
}

QTreeWidgetItem *PresetLibrary::addGroup(const QString &title)
{
    auto *group = new QTreeWidgetItem(m_tree, {title});
    group->setFlags(Qt::ItemIsEnabled);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    group->setFirstColumnSpanned(true);
    return group;
}

void PresetLibrary::addItem(QTreeWidgetItem *group, const model::Preset &preset, bool user,
                            const QString &path)
{
    auto *item = new QTreeWidgetItem(group, {q(model::presetName(preset))});
    item->setData(0, SummaryRole, presetSummary(preset));
    item->setData(0, KindRole, int(model::presetKind(preset)));
    item->setData(0, IdRole, q(model::presetId(preset)));
    item->setData(0, UserRole, user);
    item->setData(0, PathRole, path);
    const QString kind = kindText(model::presetKind(preset));
    item->setToolTip(0, (user ? tr("%1 (%2)\n%3").arg(item->text(0), kind, path)
                              : tr("%1, built-in %2 (read-only)").arg(item->text(0), kind)) +
                            "\n" + presetSummary(preset));
}

void PresetLibrary::refresh()
{
    m_folderRead = true; // a reading still under way is older than this one
    showPresets(m_store.list());
}

void PresetLibrary::showPresets(std::vector<model::StoredPreset> user)
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString currentPath = current ? current->data(0, PathRole).toString() : QString();
    const QString currentId = current ? current->data(0, IdRole).toString() : QString();
    const int currentKind = current ? current->data(0, KindRole).toInt() : -1;

    m_user = std::move(user);
    m_tree->clear();
    QTreeWidgetItem *mine = addGroup(tr("My presets"));
    mine->setToolTip(0, tr("Saved in %1").arg(q(m_store.folder())));
    if (!m_folderRead)
        new QTreeWidgetItem(mine, {tr("Reading %1…").arg(q(m_store.folder()))});
    for (const model::StoredPreset &stored : m_user) {
        const QString path = q(stored.path);
        if (stored.preset) {
            addItem(mine, *stored.preset, true, path);
            continue;
        }
        auto *item = new QTreeWidgetItem(mine, {QFileInfo(path).fileName()});
        item->setData(0, SummaryRole, tr("does not read: %1").arg(q(stored.error)));
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setData(0, KindRole, int(stored.kind));
        item->setData(0, IdRole, q(stored.id));
        item->setData(0, UserRole, true);
        item->setData(0, PathRole, path);
        item->setData(0, ErrorRole, q(stored.error));
        item->setToolTip(
            0,
            tr("%1\n%2\nThe file is left untouched: fix or move it.").arg(path, q(stored.error)));
    }
    QTreeWidgetItem *scenarios = addGroup(tr("Built-in scenarios"));
    for (const model::Scenario &s : model::builtinScenarios())
        addItem(scenarios, s, false, {});
    QTreeWidgetItem *hardware = addGroup(tr("Built-in hardware"));
    for (const model::HardwareSpec &h : model::builtinHardware())
        addItem(hardware, h, false, {});
    QTreeWidgetItem *models = addGroup(tr("Built-in models"));
    for (const model::ModelSpec &m : model::builtinModels())
        addItem(models, m, false, {});

    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        group->setExpanded(true);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            if (item->data(0, PathRole).toString() == currentPath &&
                item->data(0, IdRole).toString() == currentId &&
                item->data(0, KindRole).toInt() == currentKind)
                m_tree->setCurrentItem(item);
        }
    }
    emit m_filter->textChanged(m_filter->text());
    updateButtons();
    emit presetsChanged();
}

std::optional<model::Preset> PresetLibrary::presetAt(const QTreeWidgetItem *item) const
{
    if (!item || !item->parent())
        return std::nullopt;
    const auto kind = model::PresetKind(item->data(0, KindRole).toInt());
    const std::string id = item->data(0, IdRole).toString().toStdString();
    if (item->data(0, UserRole).toBool()) {
        const std::string path = item->data(0, PathRole).toString().toStdString();
        for (const model::StoredPreset &stored : m_user)
            if (stored.path == path)
                return stored.preset;
        return std::nullopt;
    }
    switch (kind) {
    case model::PresetKind::Scenario:
        if (const auto *s = model::findBuiltinScenario(id))
            return *s;
        break;
    case model::PresetKind::Hardware:
        if (const auto *h = model::findBuiltinHardware(id))
            return *h;
        break;
    case model::PresetKind::Model:
        if (const auto *m = model::findBuiltinModel(id))
            return *m;
        break;
    }
    return std::nullopt;
}

std::optional<model::Preset> PresetLibrary::selectedPreset() const
{
    return presetAt(m_tree->currentItem());
}

bool PresetLibrary::selectionIsUser() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->parent() && item->data(0, UserRole).toBool();
}

bool PresetLibrary::select(model::PresetKind kind, const QString &id, bool user)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            if (item->data(0, KindRole).toInt() == int(kind) &&
                item->data(0, IdRole).toString() == id &&
                item->data(0, UserRole).toBool() == user) {
                m_tree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

void PresetLibrary::updateButtons()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const bool readable = selectedPreset().has_value();
    const bool user = selectionIsUser();
    const bool broken = item && item->parent() && !item->data(0, ErrorRole).toString().isEmpty();
    const auto [apply, rename, duplicate, remove, exportTo, edit] = std::tuple{
        m_actions[0], m_actions[1], m_actions[2], m_actions[3], m_actions[4], m_actions[5]};
    if (!item || !item->parent())
        m_details->setText(tr("Select a preset: Enter applies it to the explorer."));
    else
        m_details->setText(QStringLiteral("<b>%1</b> · %2 · id <tt>%3</tt><br>%4")
                               .arg(item->text(0).toHtmlEscaped(),
                                    kindText(model::PresetKind(item->data(0, KindRole).toInt())),
                                    item->data(0, IdRole).toString().toHtmlEscaped(),
                                    item->data(0, SummaryRole).toString().toHtmlEscaped()));
    apply->setEnabled(readable);
    rename->setEnabled(user && readable);
    duplicate->setEnabled(readable);
    remove->setEnabled(user && readable);
    exportTo->setEnabled(readable);
    edit->setEnabled(true);
    if (broken)
        showMessage(tr("The file is listed and left untouched: fix or move it."), true);
}

void PresetLibrary::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_message->setPalette(pal);
}

bool PresetLibrary::changeFiles(const QString &description, std::vector<std::string> paths,
                                const std::function<std::vector<std::string>()> &change)
{
    PresetFileStates before = presetFileStates(paths);
    try {
        // A file the change created without replacing anything did not exist before.
        for (const std::string &created : change()) {
            before[created] = std::nullopt;
            paths.push_back(created);
        }
    } catch (const model::InputError &error) {
        showMessage(QString::fromUtf8(error.what()), true);
        refresh();
        return false;
    }
    PresetFileStates after = presetFileStates(paths);
    QPointer<PresetLibrary> self(this);
    m_undo->push(new PresetFilesCommand(description, std::move(before), std::move(after),
                                        [self](const QString &error) {
                                            if (!self)
                                                return;
                                            self->refresh();
                                            if (!error.isEmpty())
                                                self->showMessage(error, true);
                                        }));
    refresh();
    showMessage(description, false);
    return true;
}

bool PresetLibrary::applySelected()
{
    const std::optional<model::Preset> preset = selectedPreset();
    if (!preset)
        return false;
    const QString name = q(model::presetName(*preset));
    if (const auto *s = std::get_if<model::Scenario>(&*preset))
        m_scenarios->setScenario(*s, tr("Apply scenario %1").arg(name));
    else if (const auto *h = std::get_if<model::HardwareSpec>(&*preset))
        m_scenarios->setHardware(*h);
    else
        m_scenarios->setModel(std::get<model::ModelSpec>(*preset));
    showMessage(tr("Applied %1 (Ctrl+Z undoes it)").arg(name), false);
    return true;
}

bool PresetLibrary::saveCurrent(model::PresetKind kind, const QString &name)
{
    const model::Scenario &current = m_scenarios->scenario();
    model::Preset preset = current;
    if (kind == model::PresetKind::Hardware)
        preset = current.hardware;
    else if (kind == model::PresetKind::Model)
        preset = current.model;
    model::setPresetName(preset, name.trimmed().toStdString());
    model::setPresetId(preset, model::idFromName(name.trimmed().toStdString()));
    return savePreset(preset, tr("Save %1 preset %2").arg(kindText(kind), name.trimmed()));
}

bool PresetLibrary::savePreset(model::Preset preset, const QString &description)
{
    model::setPresetId(preset, model::idFromName(model::presetId(preset)));
    const model::PresetKind kind = model::presetKind(preset);
    bool replace = false;
    if (m_store.contains(kind, model::presetId(preset))) {
        const std::string path = m_store.pathFor(kind, model::presetId(preset));
        const bool readable = std::any_of(m_user.begin(), m_user.end(), [&](const auto &s) {
            return s.path == path && s.preset.has_value();
        });
        // A file that does not read is never replaced: save beside it.
        const ClashAnswer answer = readable ? m_askClash(q(path)) : ClashAnswer::KeepBoth;
        if (answer == ClashAnswer::Cancel) {
            showMessage(tr("Not saved: %1 exists").arg(q(path)), false);
            return false;
        }
        replace = answer == ClashAnswer::Replace;
        if (!replace)
            model::setPresetId(preset, m_store.freeCopyId(kind, model::presetId(preset)));
    }
    const std::string wanted = model::presetId(preset);
    std::string path = m_store.pathFor(kind, wanted);
    bool saved = false;
    if (replace) {
        saved = changeFiles(description, {path}, [&] {
            m_store.save(preset, true);
            return std::vector<std::string>{};
        });
    } else {
        // Never over a file: if another kvscope took the id since it was checked, the next free
        // "<id>-2" is used, and the message says so.
        saved = changeFiles(description, {}, [&] {
            path = m_store.saveAsNew(preset);
            return std::vector<std::string>{path};
        });
    }
    if (saved) {
        select(kind, q(model::presetId(preset)), true);
        if (model::presetId(preset) == wanted)
            showMessage(tr("%1: %2").arg(description, q(path)), false);
        else
            showMessage(
                tr("%1: %2 was taken meanwhile, saved as %3").arg(description, q(wanted), q(path)),
                false);
    }
    return saved;
}

bool PresetLibrary::renameSelected(const QString &name)
{
    std::optional<model::Preset> preset = selectedPreset();
    if (!preset || !selectionIsUser() || name.trimmed().isEmpty())
        return false;
    const model::PresetKind kind = model::presetKind(*preset);
    const std::string oldPath = m_tree->currentItem()->data(0, PathRole).toString().toStdString();
    const std::string oldId = m_tree->currentItem()->data(0, IdRole).toString().toStdString();
    const std::string newId = model::idFromName(name.trimmed().toStdString());
    const std::string newPath = m_store.pathFor(kind, newId);
    if (newPath != oldPath && m_store.contains(kind, newId)) {
        showMessage(tr("Not renamed: %1 exists; pick another name").arg(q(newPath)), true);
        return false;
    }
    model::setPresetName(*preset, name.trimmed().toStdString());
    model::setPresetId(*preset, newId);
    const bool done =
        changeFiles(tr("Rename preset to %1").arg(name.trimmed()), {oldPath, newPath}, [&] {
            m_store.save(*preset, newPath == oldPath);
            if (newPath != oldPath)
                m_store.remove(kind, oldId);
            return std::vector<std::string>{};
        });
    if (done)
        select(kind, q(newId), true);
    return done;
}

bool PresetLibrary::duplicateSelected()
{
    std::optional<model::Preset> preset = selectedPreset();
    if (!preset)
        return false;
    const model::PresetKind kind = model::presetKind(*preset);
    model::setPresetId(*preset, m_store.freeCopyId(kind, model::presetId(*preset)));
    model::setPresetName(*preset, model::presetName(*preset) + " (copy)");
    return savePreset(*preset, tr("Duplicate as %1").arg(q(model::presetName(*preset))));
}

bool PresetLibrary::deleteSelected()
{
    const std::optional<model::Preset> preset = selectedPreset();
    if (!preset || !selectionIsUser())
        return false;
    const QTreeWidgetItem *item = m_tree->currentItem();
    const auto kind = model::PresetKind(item->data(0, KindRole).toInt());
    const std::string id = item->data(0, IdRole).toString().toStdString();
    const std::string path = item->data(0, PathRole).toString().toStdString();
    return changeFiles(tr("Delete preset %1").arg(q(model::presetName(*preset))), {path}, [&] {
        if (m_store.pathFor(kind, id) != path)
            throw model::InputError(path, "", "", "not a file of the presets folder");
        m_store.remove(kind, id);
        return std::vector<std::string>{};
    });
}

bool PresetLibrary::importFile(const QString &path)
{
    try {
        model::Preset preset = model::loadPresetFile(path.toStdString(), model::builtinResolver());
        return savePreset(preset, tr("Import %1").arg(QFileInfo(path).fileName()));
    } catch (const model::InputError &error) {
        showMessage(tr("Not imported: %1").arg(QString::fromUtf8(error.what())), true);
        return false;
    }
}

bool PresetLibrary::exportSelected(const QString &path)
{
    const std::optional<model::Preset> preset = selectedPreset();
    if (!preset)
        return false;
    try {
        model::savePresetFile(path.toStdString(), *preset, model::builtinResolver());
    } catch (const model::InputError &error) {
        showMessage(tr("Not exported: %1").arg(QString::fromUtf8(error.what())), true);
        return false;
    }
    showMessage(tr("Exported %1 to %2").arg(q(model::presetName(*preset)), path), false);
    return true;
}

void PresetLibrary::editHardware()
{
    model::HardwareSpec start = m_scenarios->scenario().hardware;
    const std::optional<model::Preset> preset = selectedPreset();
    if (preset && std::holds_alternative<model::HardwareSpec>(*preset))
        start = std::get<model::HardwareSpec>(*preset);
    if (!selectionIsUser())
        start.name += " (custom)";
    HardwareEditor editor(start, this);
    if (editor.exec() != QDialog::Accepted || !editor.valid())
        return;
    savePreset(editor.hardware(), tr("Save hardware %1").arg(q(editor.hardware().name)));
}

void PresetLibrary::promptSave(model::PresetKind kind)
{
    const model::Scenario &current = m_scenarios->scenario();
    const std::string start = kind == model::PresetKind::Hardware ? current.hardware.name
                              : kind == model::PresetKind::Model  ? current.model.name
                                                                  : current.name;
    if (const auto name = m_askName(tr("Save current %1").arg(kindText(kind)),
                                    q(start.empty() ? "My scenario" : start + " (mine)")))
        saveCurrent(kind, *name);
}

void PresetLibrary::promptRename()
{
    const std::optional<model::Preset> preset = selectedPreset();
    if (!preset || !selectionIsUser())
        return;
    if (const auto name = m_askName(tr("Rename preset"), q(model::presetName(*preset))))
        renameSelected(*name);
}

void PresetLibrary::promptImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import presets"), QString(),
        tr("kvscope presets and Hugging Face configs (*.json);;All files (*)"));
    for (const QString &path : paths)
        importFile(path);
}

void PresetLibrary::promptExport()
{
    const std::optional<model::Preset> preset = selectedPreset();
    if (!preset)
        return;
    const QString start = q(model::presetId(*preset)) + ".json";
    const QString path = QFileDialog::getSaveFileName(this, tr("Export preset"), start,
                                                      tr("kvscope preset (*.json)"));
    if (!path.isEmpty())
        exportSelected(path);
}

void PresetLibrary::acceptDropsOn(QWidget *window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool PresetLibrary::eventFilter(QObject *watched, QEvent *event)
{
    const auto jsonFiles = [](const QMimeData *mime) {
        QStringList paths;
        if (!mime || !mime->hasUrls())
            return paths;
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile() && url.toLocalFile().endsWith(".json", Qt::CaseInsensitive))
                paths << url.toLocalFile();
        return paths;
    };
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!jsonFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = jsonFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            for (const QString &path : paths)
                importFile(path);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kvscope::widgets
