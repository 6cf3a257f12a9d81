// SPDX-License-Identifier: GPL-3.0-or-later
// Editing in the real main window (offscreen): edits through the window's actions and the
// tab's document, undo and redo, live re-analysis (shapes on the canvas, problems), saving
// (atomic, the original untouched) and the prompt for unsaved changes.
#include "AttributeDialog.h"
#include "EditActions.h"
#include "GraphItems.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "MainWindow.h"
#include "ModelDocument.h"
#include "ModelTab.h"
#include "NodePanel.h"
#include "RunPanel.h"
#include "RunResult.h"
#include "SharedModels.h"
#include "WindowTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <google/protobuf/util/message_differencer.h>

#include <fstream>

using namespace ml;

namespace {

using namespace mltest;

// Until the analysis of the last change and the layout of its result are done.
bool settle(ModelTab *tab)
{
    QTest::qWait(0);
    return QTest::qWaitFor([&] { return !tab->isAnalyzing() && !tab->graphPanel()->isBusy(); }, kTimeoutMs);
}

int operatorItems(ModelTab *tab) { return mltest::operatorItems(*tab->graphPanel()->scene()); }

QStringList edgeLabels(ModelTab *tab)
{
    QStringList out;
    for (const EdgeItem *e : tab->graphPanel()->scene()->edgeItems())
        out << e->edge().label;
    return out;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

bool readModel(const QString &path, onnx::ModelProto &out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = f.readAll();
    return out.ParseFromArray(bytes.constData(), int(bytes.size()));
}

NodeId nodeNamed(const ModelTab *tab, const char *name)
{
    for (const NodeEntry &e : tab->model()->facts.nodes)
        if (e.node->name() == name)
            return e.id;
    return kNoNode;
}

} // namespace

class TestEditing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editing"));
    }

    void renameUndoRedoKeepTheSelection()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        const NodeId conv = nodeNamed(tab, "/conv1/Conv");
        QVERIFY(conv != kNoNode);
        QVERIFY(tab->graphPanel()->selectNode(conv));
        QVERIFY(!window.isWindowModified());

        QVERIFY(tab->applyEdit(renameNode(conv, QStringLiteral("stem"))));
        QVERIFY(settle(tab));
        QCOMPARE(tab->model()->model->node(conv)->name(), std::string("stem"));
        QCOMPARE(tab->graphPanel()->selectedNode(), conv); // same node, same id
        QVERIFY(tab->nodePanel()->toPlainText().contains(QStringLiteral("stem")));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.tabs()->tabText(0).endsWith(QLatin1String(" *")));

        QAction *undo = window.editActions()->action(QStringLiteral("undo"));
        QAction *redo = window.editActions()->action(QStringLiteral("redo"));
        QVERIFY(undo && redo && undo->isEnabled());
        undo->trigger();
        QVERIFY(settle(tab));
        QCOMPARE(tab->model()->model->node(conv)->name(), std::string("/conv1/Conv"));
        QVERIFY(!window.isWindowModified());
        QVERIFY(!window.tabs()->tabText(0).endsWith(QLatin1String(" *")));
        redo->trigger();
        QVERIFY(settle(tab));
        QCOMPARE(tab->model()->model->node(conv)->name(), std::string("stem"));
    }

    void deleteActionsFollowTheSelection()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        QAction *bypass = window.editActions()->action(QStringLiteral("bypassNode"));
        QAction *remove = window.editActions()->action(QStringLiteral("deleteNode"));
        QVERIFY(bypass && remove);
        QVERIFY(!bypass->isEnabled()); // nothing selected yet

        const NodeId relu = nodeNamed(tab, "/relu/Relu");
        QVERIFY(tab->graphPanel()->selectNode(relu));
        QVERIFY(bypass->isEnabled());
        bypass->trigger();
        QVERIFY(settle(tab));
        QCOMPARE(operatorItems(tab), 48);
        QVERIFY(tab->model()->facts.checkerOk); // bypassing a Relu leaves a valid graph
        QVERIFY(tab->model()->facts.problems.empty());

        // Deleting a node alone leaves its consumer's input dangling: allowed, and flagged.
        const NodeId pool = nodeNamed(tab, "/maxpool/MaxPool");
        QVERIFY(tab->graphPanel()->selectNode(pool));
        remove->trigger();
        QVERIFY(settle(tab));
        QCOMPARE(operatorItems(tab), 47);
        QVERIFY(!tab->model()->facts.checkerOk);
        bool dangling = false;
        for (const Problem &p : tab->model()->facts.problems)
            dangling |= p.message.contains(QStringLiteral("is not produced"));
        QVERIFY(dangling);
        QVERIFY(!window.tabs()->tabIcon(0).isNull()); // flagged on the tab

        window.editActions()->action(QStringLiteral("undo"))->trigger();
        window.editActions()->action(QStringLiteral("undo"))->trigger();
        QVERIFY(settle(tab));
        QCOMPARE(operatorItems(tab), 49);
        QVERIFY(tab->model()->facts.checkerOk);
        QVERIFY(window.tabs()->tabIcon(0).isNull());
    }

    void shapesOnTheCanvasFollowADimensionEdit()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        QVERIFY(edgeLabels(tab).contains(QStringLiteral("batch×64×112×112")));
        QVERIFY(tab->applyEdit(setDimension(QStringLiteral("input0"), 0, QStringLiteral("4"))));
        QVERIFY(settle(tab));
        // Shape inference ran again: the input and what follows from it.
        QVERIFY(edgeLabels(tab).contains(QStringLiteral("4×3×224×224")));
        QVERIFY(edgeLabels(tab).contains(QStringLiteral("4×64×112×112")));

        // Every symbol fixed through the action of the Edit menu needs a value (a dialog);
        // "make batch dynamic" does not.
        QVERIFY(tab->applyEdit(fixSymbols(2)));
        QVERIFY(settle(tab));
        window.editActions()->action(QStringLiteral("makeBatchDynamic"))->trigger();
        QVERIFY(settle(tab));
        QVERIFY(edgeLabels(tab).contains(QStringLiteral("batch×3×224×224")));
    }

    void savingIsAtomicAndLeavesTheOriginal()
    {
        REQUIRE_SHARED_MODELS();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("resnet.onnx"));
        QVERIFY(QFile::copy(sharedModel("resnet18_dynbatch.onnx"), copy));
        const QByteArray before = sha256(copy);

        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.openFile(copy);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
        ModelTab *tab = window.currentTab();
        QVERIFY(settle(tab));
        QVERIFY(tab->applyEdit(addOutput(QStringLiteral("/layer1/layer1.0/relu/Relu_output_0"))));
        QVERIFY(settle(tab));

        // Save As: in the background, the tab locked meanwhile; the new file has the edit and
        // the original is untouched.
        const QString edited = dir.filePath(QStringLiteral("edited.onnx"));
        QSignalSpy saves(&window, &MainWindow::saved);
        QVERIFY(window.saveAs(edited));
        QVERIFY(tab->isSaving());
        QVERIFY(!window.editActions()->action(QStringLiteral("undo"))->isEnabled());
        QVERIFY(!window.editActions()->action(QStringLiteral("toposort"))->isEnabled());
        QVERIFY(!tab->applyEdit(sortTopologically())); // refused while saving
        QTRY_COMPARE_WITH_TIMEOUT(saves.count(), 1, kTimeoutMs);
        QCOMPARE(saves.first().at(1).toString(), QString());
        QVERIFY(!tab->isSaving());
        QVERIFY(window.editActions()->action(QStringLiteral("undo"))->isEnabled());
        QCOMPARE(sha256(copy), before);
        onnx::ModelProto saved;
        QVERIFY(readModel(edited, saved));
        QCOMPARE(saved.graph().output_size(), 2);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(tab->path(), edited);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).size() == 2); // no temporary left

        // Undo back to the original, save over the edited file: equal to the original.
        window.editActions()->action(QStringLiteral("undo"))->trigger();
        QVERIFY(settle(tab));
        QVERIFY(window.save());
        QTRY_COMPARE_WITH_TIMEOUT(saves.count(), 2, kTimeoutMs);
        onnx::ModelProto original, undone;
        QVERIFY(readModel(copy, original));
        QVERIFY(readModel(edited, undone));
        QVERIFY(google::protobuf::util::MessageDifferencer::Equals(original, undone));
    }

    // A big save tells how far it is: the status bar's save bar counts the bytes written
    // against the file's size, with the time left once it can tell.
    void aBigSaveShowsItsProgress()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.onnx"));
        {
            onnx::ModelProto m;
            m.set_ir_version(8);
            m.add_opset_import()->set_version(17);
            auto *g = m.mutable_graph();
            g->set_name("big");
            auto *w = g->add_initializer();
            w->set_name("w");
            w->set_data_type(onnx::TensorProto::FLOAT);
            const std::int64_t count = 48 * 1024 * 1024; // 192 MB
            w->add_dims(count);
            w->mutable_raw_data()->assign(std::size_t(count) * 4, '\1');
            auto *n = g->add_node();
            n->set_op_type("Identity");
            n->add_input("w");
            n->add_output("y");
            auto *y = g->add_output();
            y->set_name("y");
            y->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
            std::ofstream out(big.toStdString(), std::ios::binary);
            QVERIFY(m.SerializeToOstream(&out));
        }
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = mltest::openModelFile(window, big);
        QVERIFY(tab && settle(tab));
        auto *bar = window.findChild<QProgressBar *>(QStringLiteral("saveProgress"));
        QVERIFY(bar);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window.saveAs(dir.filePath(QStringLiteral("copy.onnx"))));
        bool counted = false;
        QString message;
        while (tab->isSaving() && clock.elapsed() < kTimeoutMs) {
            QTest::qWait(20);
            if (bar->isVisible() && bar->maximum() == 1000 && bar->isTextVisible()) {
                counted = true;
                message = window.statusBar()->currentMessage();
            }
        }
        QVERIFY(!tab->isSaving());
        if (!counted && clock.elapsed() < 600)
            QSKIP("the save ended before the save bar was polled (it polls every 200 ms)");
        QVERIFY2(counted, "a save of 192 MB showed no count of its bytes");
        QVERIFY2(message.contains(QLatin1Char('%')), qPrintable(message));
        QVERIFY(!bar->isVisible());
    }

    void aFailedSaveKeepsTheEditsAndClosingWaitsForASave()
    {
        REQUIRE_SHARED_MODELS();
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("squeezenet.onnx"));
        QVERIFY(QFile::copy(sharedModel("squeezenet1_0.onnx"), copy));
        const QByteArray before = sha256(copy);
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.openFile(copy);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
        ModelTab *tab = window.currentTab();
        QVERIFY(settle(tab));
        QVERIFY(tab->applyEdit(renameTensor(QStringLiteral("input0"), QStringLiteral("image"))));
        QVERIFY(settle(tab));

        // Into a folder that does not exist: an error, the edits still there and unsaved.
        QSignalSpy saved(&window, &MainWindow::saved);
        QVERIFY(window.saveAs(dir.filePath(QStringLiteral("no/such/folder/model.onnx"))));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
        QVERIFY(!saved.first().at(1).toString().isEmpty());
        QVERIFY(tab->isModified());
        QCOMPARE(tab->path(), copy);
        QCOMPARE(tab->document()->model().proto().graph().input(0).name(), std::string("image"));
        QCOMPARE(sha256(copy), before);
        QVERIFY(tab->applyEdit(renameTensor(QStringLiteral("image"), QStringLiteral("picture")))); // unlocked again
        QVERIFY(settle(tab));

        // Closing while a save runs waits for it, then closes without asking (it is saved).
        window.setUnsavedAnswer(QMessageBox::Cancel); // would keep the tab open, if asked
        QVERIFY(window.save());
        QVERIFY(tab->isSaving());
        window.closeModel();
        QCOMPARE(window.tabCount(), 0);
        QCOMPARE(saved.count(), 2);
        QCOMPARE(saved.last().at(1).toString(), QString());
        onnx::ModelProto written;
        QVERIFY(readModel(copy, written));
        QCOMPARE(written.graph().input(0).name(), std::string("picture"));
    }

    // Sort Topologically on a model that is already sorted is no edit: the tab is not marked
    // changed and there is nothing to undo.
    void sortingASortedModelIsNoEdit()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "squeezenet1_0.onnx");
        QVERIFY(tab);
        QAction *sort = window.editActions()->action(QStringLiteral("toposort"));
        QVERIFY(sort && sort->isEnabled());
        sort->trigger();
        QVERIFY(settle(tab));
        QVERIFY(!tab->isModified());
        QVERIFY(!window.isWindowModified());
        QCOMPARE(tab->document()->undoStack()->count(), 0);
    }

    void unsavedChangesAreNotLostOnClose()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "squeezenet1_0.onnx");
        QVERIFY(tab);
        QAction *cleanUp = window.editActions()->action(QStringLiteral("toposort"));
        QVERIFY(tab->applyEdit(renameTensor(QStringLiteral("input0"), QStringLiteral("image"))));
        QVERIFY(settle(tab));
        QCOMPARE(tab->model()->model->proto().graph().input(0).name(), std::string("image"));

        window.setUnsavedAnswer(QMessageBox::Cancel);
        window.closeModel();
        QCOMPARE(window.tabCount(), 1); // cancelled: still open, still edited
        QVERIFY(tab->isModified());
        QCloseEvent close;
        QCoreApplication::sendEvent(&window, &close);
        QVERIFY(!close.isAccepted());

        window.setUnsavedAnswer(QMessageBox::Discard);
        QVERIFY(cleanUp->isEnabled());
        window.closeModel();
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(!cleanUp->isEnabled()); // no tab, no edits
    }

    void attributeDialogTypesTheValue()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        const NodeId conv = nodeNamed(tab, "/conv1/Conv");
        AttributeDialog dialog(tab->document()->model(), conv, QStringLiteral("strides"));
        auto *value = dialog.findChild<QLineEdit *>(QStringLiteral("attributeValue"));
        QVERIFY(value);
        QCOMPARE(value->text(), QStringLiteral("[2, 2]")); // as in the file
        QVERIFY(dialog.attribute() && dialog.attribute()->ints_size() == 2);
        dialog.setValueText(QStringLiteral("[1, 1]"));
        QVERIFY(dialog.attribute() && dialog.attribute()->ints(0) == 1);
        dialog.setValueText(QStringLiteral("wide"));
        QVERIFY(!dialog.attribute()); // not ints: refused as it is typed
        // One the node does not set: the schema's default is offered.
        auto *name = dialog.findChild<QComboBox *>(QStringLiteral("attributeName"));
        QVERIFY(name && name->findText(QStringLiteral("auto_pad")) >= 0);
        name->setCurrentText(QStringLiteral("auto_pad"));
        QCOMPARE(value->text(), QStringLiteral("NOTSET"));
        QVERIFY(dialog.attribute() && dialog.attribute()->type() == onnx::AttributeProto::STRING);

        QVERIFY(tab->applyEdit(setAttribute(conv, *dialog.attribute())));
        QVERIFY(settle(tab));
        QVERIFY(tab->model()->facts.checkerOk);

        // A small tensor (Silero VAD's scalar Constant) is edited as a list of its values.
        ModelTab *silero = openModel(window, "silero_vad_v5.onnx");
        QVERIFY(silero);
        const auto &g = silero->document()->model().proto().graph();
        NodeId constant = kNoNode;
        for (const auto &n : g.node())
            if (n.op_type() == "Constant")
                constant = silero->document()->model().idOf(n);
        QVERIFY(constant != kNoNode);
        AttributeDialog tensorDialog(silero->document()->model(), constant, QStringLiteral("value"));
        auto *tensorValue = tensorDialog.findChild<QLineEdit *>(QStringLiteral("attributeValue"));
        QVERIFY(tensorValue->isEnabled());
        QVERIFY2(tensorValue->text().startsWith(QLatin1Char('[')), qPrintable(tensorValue->text()));
        QVERIFY(tensorDialog.attribute() && tensorDialog.attribute()->type() == onnx::AttributeProto::TENSOR);
        tensorDialog.setValueText(QStringLiteral("[8000]"));
        QVERIFY(tensorDialog.attribute());
        QVERIFY(silero->applyEdit(setAttribute(constant, *tensorDialog.attribute())));
        QVERIFY(settle(silero));
        QVERIFY(silero->model()->facts.checkerOk);
    }

    // The profiler runs the document as edited (a copy for the engine), never the stale file.
    void profilerRunsTheEditedModel()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        const QByteArray before = sha256(sharedModel("resnet18_dynbatch.onnx"));
        QVERIFY(tab->applyEdit(setDimension(QStringLiteral("input0"), 0, QStringLiteral("2"))));
        QVERIFY(settle(tab));

        QAction *show = window.findChild<QAction *>(QStringLiteral("showProfiler"));
        QVERIFY(show);
        show->setChecked(true);
        QVERIFY(tab->isRunPanelVisible());
        RunPanel *panel = tab->runPanel();
        EngineSettings quick = panel->settings().value();
        quick.intraOpThreads = 1;
        quick.spinning = false;
        quick.warmupIterations = 0;
        quick.iterations = 2;
        panel->setSettings(quick);
        QSignalSpy finished(panel, &RunPanel::runFinished);
        QSignalSpy failed(panel, &RunPanel::runFailed);
        panel->run();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kTimeoutMs);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<Error>().message));
        const auto result = panel->result();
        QVERIFY(result);
        const QJsonArray shape = result->settings.value(QStringLiteral("inputs"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("shape"))
                                         .toArray();
        QCOMPARE(shape, (QJsonArray{2, 3, 224, 224}));
        QVERIFY(result->settings.value(QStringLiteral("model")).toString() != sharedModel("resnet18_dynbatch.onnx"));
        QCOMPARE(sha256(sharedModel("resnet18_dynbatch.onnx")), before);
        QVERIFY(tab->isModified()); // running saved nothing over the document

        // "Open Optimized Graph" in the panel opens that file in a tab next to this one.
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        Q_EMIT panel->openModelRequested(sharedModel("squeezenet1_0.onnx"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
        QCOMPARE(window.tabCount(), 2);
    }

    void failedEditChangesNothing()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        QSignalSpy failed(window.editActions(), &EditActions::failed);
        QVERIFY(!window.editActions()->apply(renameTensor(QStringLiteral("no such tensor"), QStringLiteral("x"))));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!tab->isModified());
        QVERIFY(!window.editActions()->apply(convertOpset(9))); // a downgrade: refused with the reason
        QCOMPARE(failed.count(), 2);
        QVERIFY(!failed.at(1).at(0).toString().isEmpty());
        QVERIFY(!tab->isModified());
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
