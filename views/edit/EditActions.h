// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Edit.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QUndoGroup;
class QWidget;

namespace ml {

class ModelTab;

// The Edit menu: undo and redo of the current tab's document, and every edit the GUI offers,
// each asking what it needs (a dialog) and applying one undoable Edit to the current tab.
// An edit that fails changes nothing and says why.
class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(QWidget *window, std::function<ModelTab *()> currentTab, QObject *parent = nullptr);

    void fill(QMenu *menu);
    QUndoGroup *undoGroup() const { return m_undo; }
    void addTab(ModelTab *tab);
    void setCurrentTab(ModelTab *tab); // also enables the actions
    // Off in tests: failures then only go to failed(), not to a message box.
    void setShowsDialogs(bool on) { m_showsDialogs = on; }

    QAction *action(const QString &objectName) const; // for tests and toolbars

    // The nodes selected on the current canvas, in scene order.
    QList<NodeId> selectedNodes() const;
    // Applies `edit` to the current tab; a failure is reported.
    bool apply(Edit edit);
    // For an edit that needs tensor types (a new graph output's): made with a lookup into the
    // tab's background analysis, once that analysis covers the model as it is now. While
    // one runs, the edit waits for it (off the GUI thread) instead of re-analyzing here.
    void applyWithTypes(std::function<Edit(TypeLookup)> make);

Q_SIGNALS:
    void failed(const QString &message);

private:
    QAction *add(QMenu *menu, const QString &name, const QString &text, const QKeySequence &key, std::function<void()> slot,
                 bool needsNode = false);
    QStringList tensorNames() const;
    QStringList valueNames(bool inputs, bool outputs) const;
    NodeId singleSelection();
    // Asks for a tensor of the model (offering the selected node's output); empty: cancelled.
    QString pickTensor(const QString &title, const QString &label);
    void renameNode();
    void editAttribute();
    void removeAttribute();
    void addNodeAction();
    void deleteSelection(DeleteMode mode);
    void renameTensorAction();
    void addOutputAction();
    void removeOutputAction();
    void setDimensionAction();
    void renameSymbolAction();
    void fixSymbolsAction();
    void replaceInitializerAction();
    void setScalarAction();
    void upgradeOpsetAction();

    QWidget *m_window;
    std::function<ModelTab *()> m_currentTab;
    QUndoGroup *m_undo;
    QList<QAction *> m_actions;     // need a tab
    QList<QAction *> m_nodeActions; // need a selected node
    bool m_showsDialogs = true;
};

} // namespace ml
