// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the tests that drive the real main window: open a shared model and wait for its
// graph, count what the scene shows.

#include "GraphItems.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "MainWindow.h"
#include "ModelTab.h"
#include "SharedModels.h"

#include <QSignalSpy>
#include <QTest>

namespace mltest {

inline constexpr int kTimeoutMs = 120000; // layout of the larger graphs under a slow build

inline bool waitForLayout(ml::GraphPanel *panel)
{
    QTest::qWait(0);
    return QTest::qWaitFor([&] { return !panel->isBusy() && panel->scene(); }, kTimeoutMs);
}

// Opens the model file `path` in `window` and waits until its graph is laid out.
inline ml::ModelTab *openModelFile(ml::MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &ml::MainWindow::modelLoaded);
    window.openFile(path);
    if (!QTest::qWaitFor([&] { return loaded.count() == 1; }, kTimeoutMs))
        return nullptr;
    ml::ModelTab *tab = window.currentTab();
    return waitForLayout(tab->graphPanel()) ? tab : nullptr;
}

// Opens the shared model `name` in `window` and waits until its graph is laid out.
inline ml::ModelTab *openModel(ml::MainWindow &window, const char *name) { return openModelFile(window, sharedModel(name)); }

inline int operatorItems(const ml::GraphScene &scene)
{
    int n = 0;
    for (const ml::NodeItem *item : scene.nodeItems())
        n += item->node().kind == ml::DisplayNode::Kind::Operator;
    return n;
}

} // namespace mltest
