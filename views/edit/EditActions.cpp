// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditActions.h"

#include "AddNodeDialog.h"
#include "AttributeDialog.h"
#include "GraphItems.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "ModelDocument.h"
#include "ModelTab.h"
#include "TensorPanel.h"
#include "TypeText.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSpinBox>
#include <QUndoGroup>

#include <set>

namespace ml {

namespace {
QString qs(const std::string &s) { return QString::fromStdString(s); }
} // namespace

EditActions::EditActions(QWidget *window, std::function<ModelTab *()> currentTab, QObject *parent)
    : QObject(parent), m_window(window), m_currentTab(std::move(currentTab)), m_undo(new QUndoGroup(this))
{}

QAction *EditActions::add(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key,
                          std::function<void()> slot, bool needsNode)
{
    QAction *a = menu->addAction(text);
    a->setObjectName(name);
    a->setShortcut(key);
    connect(a, &QAction::triggered, this, [slot = std::move(slot)] { slot(); });
    m_actions << a;
    if (needsNode)
        m_nodeActions << a;
    return a;
}

void EditActions::fill(QMenu *menu)
{
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    add(
            menu, QStringLiteral("renameNode"), tr("Re&name Node…"), QKeySequence(Qt::Key_F2), [this] { renameNode(); }, true);
    add(
            menu, QStringLiteral("editAttribute"), tr("&Set Attribute…"), QKeySequence(Qt::CTRL | Qt::Key_T),
            [this] { editAttribute(); }, true);
    add(
            menu, QStringLiteral("removeAttribute"), tr("Remove A&ttribute…"), {}, [this] { removeAttribute(); }, true);
    add(menu, QStringLiteral("addNode"), tr("&Add Node…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        [this] { addNodeAction(); });
    add(
            menu, QStringLiteral("deleteNode"), tr("&Delete Node"), QKeySequence::Delete,
            [this] { deleteSelection(DeleteMode::NodeOnly); }, true);
    add(
            menu, QStringLiteral("deleteTail"), tr("Delete Node and Its &Tail"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
            [this] { deleteSelection(DeleteMode::Tail); }, true);
    add(
            menu, QStringLiteral("bypassNode"), tr("&Bypass Node"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
            [this] { deleteSelection(DeleteMode::Bypass); }, true);
    menu->addSeparator();
    add(menu, QStringLiteral("renameTensor"), tr("Rename &Tensor, Input or Output…"), {}, [this] { renameTensorAction(); });
    add(menu, QStringLiteral("addOutput"), tr("Make Tensor a Graph &Output…"), {}, [this] { addOutputAction(); });
    add(menu, QStringLiteral("removeOutput"), tr("Remove Graph O&utput…"), {}, [this] { removeOutputAction(); });
    menu->addSeparator();
    add(menu, QStringLiteral("setDimension"), tr("Set &Dimension…"), {}, [this] { setDimensionAction(); });
    add(menu, QStringLiteral("makeBatchDynamic"), tr("Make &Batch Dynamic"), {}, [this] { apply(makeBatchDynamic()); });
    add(menu, QStringLiteral("renameSymbol"), tr("Rename S&ymbol…"), {}, [this] { renameSymbolAction(); });
    add(menu, QStringLiteral("fixSymbols"), tr("&Fix Every Symbol to a Value…"), {}, [this] { fixSymbolsAction(); });
    menu->addSeparator();
    add(menu, QStringLiteral("replaceInitializer"), tr("Replace Initializer from .&npy…"), {},
        [this] { replaceInitializerAction(); });
    add(menu, QStringLiteral("setScalar"), tr("Set Scalar &Value…"), {}, [this] { setScalarAction(); });
    menu->addSeparator();
    add(menu, QStringLiteral("cleanUp"), tr("&Clean Up (remove unused)"), {}, [this] { apply(cleanUp()); });
    add(menu, QStringLiteral("toposort"), tr("Sort &Topologically"), {}, [this] { apply(sortTopologically()); });
    add(menu, QStringLiteral("upgradeOpset"), tr("&Upgrade Opset…"), {}, [this] { upgradeOpsetAction(); });
    setCurrentTab(m_currentTab());
}

QAction *EditActions::action(const QString &objectName) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == objectName)
            return a;
    for (QAction *a : m_undo->findChildren<QAction *>())
        if (a->objectName() == objectName)
            return a;
    return findChild<QAction *>(objectName);
}

void EditActions::addTab(ModelTab *tab)
{
    m_undo->addStack(tab->document()->undoStack());
    // Node actions follow the selection, and every action the tab's saves.
    connect(tab->graphPanel(), &GraphPanel::nodeSelected, this, [this, tab] {
        if (tab == m_currentTab())
            setCurrentTab(tab);
    });
    connect(tab, &ModelTab::savingChanged, this, [this, tab] {
        if (tab == m_currentTab())
            setCurrentTab(tab);
    });
}

void EditActions::setCurrentTab(ModelTab *tab)
{
    // A tab being saved is locked: no stack (undo and redo go grey) and no edits until the
    // save has ended.
    const bool editable = tab && !tab->isSaving();
    m_undo->setActiveStack(editable ? tab->document()->undoStack() : nullptr);
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(editable);
    const bool node = editable && !selectedNodes().isEmpty();
    for (QAction *a : std::as_const(m_nodeActions))
        a->setEnabled(node);
}

QList<NodeId> EditActions::selectedNodes() const
{
    QList<NodeId> out;
    ModelTab *tab = m_currentTab();
    GraphScene *scene = tab ? tab->graphPanel()->scene() : nullptr;
    if (!scene)
        return out;
    for (const NodeItem *item : scene->nodeItems())
        if (item->isSelected() && item->node().kind == DisplayNode::Kind::Operator)
            out << item->node().node;
    return out;
}

bool EditActions::apply(Edit edit)
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return false;
    const QString what = edit.text;
    if (auto done = tab->applyEdit(std::move(edit)); !done) {
        Q_EMIT failed(done.errorMessage());
        if (m_showsDialogs)
            QMessageBox::warning(m_window, tr("Cannot Edit"), tr("%1: %2").arg(what, done.errorMessage()));
        return false;
    }
    return true;
}

NodeId EditActions::singleSelection()
{
    const QList<NodeId> nodes = selectedNodes();
    return nodes.size() == 1 ? nodes.first() : kNoNode;
}

// Every value name of the model (all graphs): for pickers.
QStringList EditActions::tensorNames() const
{
    std::set<QString> names;
    if (ModelTab *tab = m_currentTab())
        for (const NodeEntry &e : tab->model()->facts.nodes) {
            for (const auto &n : e.node->input())
                if (!n.empty())
                    names.insert(qs(n));
            for (const auto &n : e.node->output())
                if (!n.empty())
                    names.insert(qs(n));
        }
    for (const QString &v : valueNames(true, true))
        names.insert(v);
    return QStringList(names.begin(), names.end());
}

QStringList EditActions::valueNames(bool inputs, bool outputs) const
{
    QStringList out;
    ModelTab *tab = m_currentTab();
    if (!tab)
        return out;
    const auto &g = tab->document()->model().proto().graph();
    if (inputs)
        for (const auto &v : g.input())
            out << qs(v.name());
    if (outputs)
        for (const auto &v : g.output())
            out << qs(v.name());
    return out;
}

void EditActions::renameNode()
{
    const NodeId id = singleSelection();
    ModelTab *tab = m_currentTab();
    const onnx::NodeProto *node = tab ? tab->document()->model().node(id) : nullptr;
    if (!node)
        return;
    bool ok = false;
    const QString name =
            QInputDialog::getText(m_window, tr("Rename Node"), tr("New name:"), QLineEdit::Normal, qs(node->name()), &ok);
    if (ok)
        apply(ml::renameNode(id, name));
}

void EditActions::editAttribute()
{
    const NodeId id = singleSelection();
    ModelTab *tab = m_currentTab();
    if (!tab || id == kNoNode)
        return;
    AttributeDialog dialog(tab->document()->model(), id, {}, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.attribute())
        apply(setAttribute(id, *dialog.attribute()));
}

void EditActions::removeAttribute()
{
    const NodeId id = singleSelection();
    ModelTab *tab = m_currentTab();
    const onnx::NodeProto *node = tab ? tab->document()->model().node(id) : nullptr;
    if (!node || !node->attribute_size())
        return;
    QStringList names;
    for (const auto &a : node->attribute())
        names << qs(a.name());
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Remove Attribute"), tr("Attribute:"), names, 0, false, &ok);
    if (ok)
        apply(ml::removeAttribute(id, name));
}

void EditActions::addNodeAction()
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return;
    // Offer the selected node's first output as the input.
    QStringList inputs;
    if (const onnx::NodeProto *n = tab->document()->model().node(singleSelection()); n && n->output_size())
        inputs << qs(n->output(0));
    AddNodeDialog dialog(tab->document()->model(), tensorNames(), inputs, m_window);
    if (dialog.exec() == QDialog::Accepted)
        apply(addNode(dialog.opType(), QStringLiteral("ai.onnx"), dialog.inputs(), dialog.outputs(), dialog.nodeName()));
}

void EditActions::applyWithTypes(std::function<Edit(TypeLookup)> make)
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return;
    const auto lookup = [](const std::shared_ptr<const LoadedModel> &snapshot) -> TypeLookup {
        return [snapshot](const std::string &tensor) { return snapshot ? snapshot->facts.typeOf(tensor) : nullptr; };
    };
    if (!tab->isAnalyzing())
        return void(apply(make(lookup(tab->model()))));
    QPointer<ModelTab> guard(tab);
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(tab, &ModelTab::modelChanged, this, [this, guard, make, lookup, once] {
        if (guard && guard->isAnalyzing())
            return; // a newer edit's analysis is still to come
        disconnect(*once);
        if (guard && guard == m_currentTab())
            apply(make(lookup(guard->model())));
    });
}

void EditActions::deleteSelection(DeleteMode mode)
{
    const QList<NodeId> nodes = selectedNodes();
    if (nodes.isEmpty())
        return;
    applyWithTypes([nodes, mode](TypeLookup types) { return deleteNodes(nodes, mode, std::move(types)); });
}

QString EditActions::pickTensor(const QString &title, const QString &label)
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return {};
    // The selected node's first output is the likely choice.
    QString current;
    if (const onnx::NodeProto *n = tab->document()->model().node(singleSelection()); n && n->output_size())
        current = qs(n->output(0));
    const QStringList names = tensorNames();
    bool ok = false;
    const QString name =
            QInputDialog::getItem(m_window, title, label, names, std::max(0, int(names.indexOf(current))), true, &ok);
    return ok ? name.trimmed() : QString();
}

void EditActions::renameTensorAction()
{
    const QString from = pickTensor(tr("Rename Tensor"), tr("Tensor, graph input or output:"));
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(m_window, tr("Rename Tensor"), tr("New name for “%1”:").arg(from), QLineEdit::Normal,
                                             from, &ok);
    if (ok)
        apply(renameTensor(from, to));
}

void EditActions::addOutputAction()
{
    const QString tensor = pickTensor(tr("Make Tensor a Graph Output"), tr("Tensor:"));
    if (!tensor.isEmpty())
        applyWithTypes([tensor](TypeLookup types) { return addOutput(tensor, std::move(types)); });
}

void EditActions::removeOutputAction()
{
    bool ok = false;
    const QString name =
            QInputDialog::getItem(m_window, tr("Remove Graph Output"), tr("Output:"), valueNames(false, true), 0, false, &ok);
    if (ok && !name.isEmpty())
        apply(removeOutput(name));
}

void EditActions::setDimensionAction()
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Set Dimension"));
    auto *form = new QFormLayout(&dialog);
    auto *value = new QComboBox;
    value->addItems(valueNames(true, true));
    auto *axis = new QSpinBox;
    auto *dim = new QLineEdit;
    dim->setPlaceholderText(tr("a number, a symbol such as batch, or ? for unknown"));
    auto *current = new QLabel;
    auto update = [&] {
        const auto &g = tab->document()->model().proto().graph();
        for (const auto *list : {&g.input(), &g.output()})
            for (const auto &v : *list)
                if (qs(v.name()) == value->currentText()) {
                    current->setText(typeText(v.type()));
                    const int rank = v.type().tensor_type().shape().dim_size();
                    axis->setRange(0, std::max(0, rank - 1));
                    if (axis->value() < rank)
                        dim->setText(dimText(v.type().tensor_type().shape().dim(axis->value())));
                }
    };
    QObject::connect(value, &QComboBox::currentTextChanged, &dialog, update);
    QObject::connect(axis, &QSpinBox::valueChanged, &dialog, update);
    update();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(tr("Input or output:"), value);
    form->addRow(tr("Type now:"), current);
    form->addRow(tr("Axis:"), axis);
    form->addRow(tr("Dimension:"), dim);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        apply(setDimension(value->currentText(), axis->value(), dim->text().trimmed()));
}

void EditActions::renameSymbolAction()
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return;
    std::set<QString> symbols;
    const auto &g = tab->document()->model().proto().graph();
    for (const auto *list : {&g.input(), &g.output()})
        for (const auto &v : *list)
            for (const auto &d : v.type().tensor_type().shape().dim())
                if (d.has_dim_param())
                    symbols.insert(qs(d.dim_param()));
    if (symbols.empty()) {
        Q_EMIT failed(tr("The graph's inputs and outputs have no symbolic dimensions."));
        if (m_showsDialogs)
            QMessageBox::information(m_window, tr("Rename Symbol"),
                                     tr("The graph's inputs and outputs have no symbolic dimensions."));
        return;
    }
    bool ok = false;
    const QString from = QInputDialog::getItem(m_window, tr("Rename Symbol"), tr("Symbol:"),
                                               QStringList(symbols.begin(), symbols.end()), 0, false, &ok);
    if (!ok)
        return;
    const QString to = QInputDialog::getText(m_window, tr("Rename Symbol"), tr("New name for “%1”:").arg(from), QLineEdit::Normal,
                                             from, &ok);
    if (ok)
        apply(renameSymbol(from, to));
}

void EditActions::fixSymbolsAction()
{
    bool ok = false;
    const int value = QInputDialog::getInt(m_window, tr("Fix Every Symbol"), tr("Value for every symbolic dimension:"), 1, 1,
                                           1 << 30, 1, &ok);
    if (ok)
        apply(fixSymbols(value));
}

void EditActions::replaceInitializerAction()
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return;
    QStringList names;
    for (const auto &t : tab->document()->model().proto().graph().initializer())
        names << qs(t.name());
    const QString shown = tab->tensorPanel()->tensorName();
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Replace Initializer"), tr("Initializer:"), names,
                                               std::max(0, int(names.indexOf(shown))), true, &ok);
    if (!ok || name.isEmpty())
        return;
    const QString file =
            QFileDialog::getOpenFileName(m_window, tr("Values for “%1”").arg(name), QString(), tr("NumPy arrays (*.npy)"));
    if (!file.isEmpty())
        apply(replaceInitializer(name, file));
}

void EditActions::setScalarAction()
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return;
    QStringList names;
    for (const auto &t : tab->document()->model().proto().graph().initializer())
        if (elementCount(t) == 1)
            names << qs(t.name());
    const QString shown = tab->tensorPanel()->tensorName();
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Set Scalar Value"), tr("Initializer with one element:"), names,
                                               std::max(0, int(names.indexOf(shown))), true, &ok);
    if (!ok || name.isEmpty())
        return;
    const double value = QInputDialog::getDouble(m_window, tr("Set Scalar Value"), tr("New value of “%1”:").arg(name), 0, -1e300,
                                                 1e300, 6, &ok);
    if (ok)
        apply(setScalar(name, value));
}

void EditActions::upgradeOpsetAction()
{
    ModelTab *tab = m_currentTab();
    if (!tab)
        return;
    int current = 0;
    for (const auto &op : tab->document()->model().proto().opset_import())
        if (op.domain().empty() || op.domain() == "ai.onnx")
            current = int(op.version());
    bool ok = false;
    const int target =
            QInputDialog::getInt(m_window, tr("Upgrade Opset"), tr("The model is at opset %1. Convert to opset:").arg(current),
                                 current + 1, 1, 99, 1, &ok);
    if (ok)
        apply(convertOpset(target));
}

} // namespace ml
