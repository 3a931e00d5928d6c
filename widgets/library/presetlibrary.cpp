// SPDX-License-Identifier: GPL-3.0-or-later
// The preset library's widget: its tree of presets and the buttons, prompts and drops that act on
// the selection. The changes to the folder are in presetlibraryfiles.cpp.
#include "presetlibrary.h"

#include "builtins.h"
#include "modeltext.h"
#include "presetitems.h"
#include "scenariostore.h"

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
        saveMenu->addAction(tr("Current %1…").arg(presetKindText(kind)), this,
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
    const QString kind = presetKindText(model::presetKind(preset));
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
        m_details->setText(
            QStringLiteral("<b>%1</b> · %2 · id <tt>%3</tt><br>%4")
                .arg(item->text(0).toHtmlEscaped(),
                     presetKindText(model::PresetKind(item->data(0, KindRole).toInt())),
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

void PresetLibrary::promptSave(model::PresetKind kind)
{
    const model::Scenario &current = m_scenarios->scenario();
    const std::string start = kind == model::PresetKind::Hardware ? current.hardware.name
                              : kind == model::PresetKind::Model  ? current.model.name
                                                                  : current.name;
    if (const auto name = m_askName(tr("Save current %1").arg(presetKindText(kind)),
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
