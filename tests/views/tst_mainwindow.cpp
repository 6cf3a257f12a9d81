// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ModelSummaryView.h"
#include "OperatorTableModel.h"
#include "RecentFilesMenu.h"
#include "SharedModels.h"
#include "ValueTableModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <vector>

using namespace ml;

namespace {

constexpr int kLoadTimeoutMs = 60000; // resnet18 is 47 MB; sanitizer builds are slow

// Every item model of a summary, checked by QAbstractItemModelTester for its lifetime.
struct CheckedModels {
    explicit CheckedModels(const ModelSummaryView *view)
    {
        for (QAbstractItemModel *model :
             {view->valueModel(), view->operatorModel(), view->sortedOperatorModel(), view->problemModel()})
            testers.push_back(
                    std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

QString cell(const QAbstractItemModel *model, int row, int column) { return model->index(row, column).data().toString(); }

// Delivers the results of every load started so far, stale ones included.
void finishAllLoads()
{
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void opensModelAndShowsSummary()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);

        const QString path = sharedModel("resnet18_dynbatch.onnx");
        window.openFile(path);
        QVERIFY(window.isLoading());
        QVERIFY(window.statusBar()->findChild<QProgressBar *>()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLoadTimeoutMs);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!window.isLoading());
        QVERIFY(!window.statusBar()->findChild<QProgressBar *>()->isVisible());
        QVERIFY(window.windowTitle().contains(QLatin1String("resnet18_dynbatch.onnx")));

        const ModelSummaryView *view = window.summaryView();
        CheckedModels checked(view);
        QVERIFY(view->isVisible()); // the Model side panel shows until a node is selected
        const QAbstractItemModel *values = view->valueModel();
        QCOMPARE(values->rowCount(), 2);
        QCOMPARE(cell(values, 0, ValueTableModel::NameColumn), QStringLiteral("input0"));
        QCOMPARE(cell(values, 0, ValueTableModel::TypeColumn), QStringLiteral("float32[batch,3,224,224]"));
        QCOMPARE(cell(values, 1, ValueTableModel::NameColumn), QStringLiteral("output0"));
        QCOMPARE(cell(values, 1, ValueTableModel::TypeColumn), QStringLiteral("float32[batch,1000]"));

        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("nodes"))->text(), QStringLiteral("49 in the main graph, 49 in all"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("irVersion"))->text(), QStringLiteral("8"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("opsets"))->text(), QStringLiteral("ai.onnx 17"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("producer"))->text(), QStringLiteral("pytorch 1.13.0"));
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("graphName"))->text(), QStringLiteral("torch_jit"));

        // The histogram as shown: most frequent first, counts adding up to all nodes.
        const QAbstractItemModel *ops = view->sortedOperatorModel();
        QCOMPARE(ops->rowCount(), 7);
        QCOMPARE(cell(ops, 0, OperatorTableModel::OperatorColumn), QStringLiteral("Conv"));
        QCOMPARE(ops->index(0, OperatorTableModel::CountColumn).data(OperatorTableModel::SortRole).toInt(), 20);
        QCOMPARE(cell(ops, 1, OperatorTableModel::OperatorColumn), QStringLiteral("Relu"));
        int total = 0;
        for (int row = 0; row < ops->rowCount(); ++row)
            total += ops->index(row, OperatorTableModel::CountColumn).data(OperatorTableModel::SortRole).toInt();
        QCOMPARE(total, 49);
        QCOMPARE(view->problemModel()->rowCount(), 0);

        QCOMPARE(window.recentFilesMenu()->files(), QStringList{QFileInfo(path).absoluteFilePath()});
    }

    void sortsOperatorHistogram()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.openFile(sharedModel("resnet18_dynbatch.onnx"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLoadTimeoutMs);
        CheckedModels checked(window.summaryView());

        QAbstractItemModel *ops = window.summaryView()->sortedOperatorModel();
        ops->sort(OperatorTableModel::OperatorColumn, Qt::AscendingOrder);
        QCOMPARE(cell(ops, 0, OperatorTableModel::OperatorColumn), QStringLiteral("Add"));
        QCOMPARE(cell(ops, 6, OperatorTableModel::OperatorColumn), QStringLiteral("Relu"));
        ops->sort(OperatorTableModel::CountColumn, Qt::AscendingOrder); // numerically, not as text
        QCOMPARE(ops->index(6, OperatorTableModel::CountColumn).data(OperatorTableModel::SortRole).toInt(), 20);
        QCOMPARE(ops->index(5, OperatorTableModel::CountColumn).data(OperatorTableModel::SortRole).toInt(), 17);
    }

    void brokenFileFailsAndWindowStaysUsable()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);

        window.openFile(sharedModel("broken_truncated.onnx"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kLoadTimeoutMs);
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("broken_truncated.onnx")));
        QVERIFY(!window.isLoading());
        QVERIFY(!window.model());
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(!window.findChild<QMessageBox *>()); // dialogs are off
        QVERIFY(window.recentFilesMenu()->files().isEmpty()
                || !window.recentFilesMenu()->files().contains(
                        QFileInfo(sharedModel("broken_truncated.onnx")).absoluteFilePath()));

        // Still usable: the next file opens.
        window.openFile(sharedModel("resnet18_dynbatch.onnx"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kLoadTimeoutMs);
        QCOMPARE(window.summaryView()->valueModel()->rowCount(), 2);
    }

    void failureShowsMessageBoxNamingTheFile()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window; // dialogs on, as in the app
        window.show();
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openFile(sharedModel("broken_truncated.onnx"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kLoadTimeoutMs);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("broken_truncated.onnx")));
        QVERIFY(!box->informativeText().isEmpty());
        box->accept(); // window-modal, not exec()'d: the test (and the app) never block
    }

    void loadsWaitTheirTurnAndCloseDropsThem()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        QSignalSpy failed(&window, &MainWindow::loadFailed);

        // Files opened while one loads are opened after it, each in its tab, in order.
        window.openFile(sharedModel("broken_truncated.onnx"));
        window.openFile(sharedModel("resnet18_dynbatch.onnx"));
        window.openFile(sharedModel("squeezenet1_0.onnx"));
        window.openFile(sharedModel("resnet18_dynbatch.onnx")); // already waiting: once
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kLoadTimeoutMs);
        finishAllLoads();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(loaded.count(), 2);
        QCOMPARE(window.tabCount(), 2);
        QVERIFY(loaded.at(0).at(0).toString().endsWith(QLatin1String("resnet18_dynbatch.onnx")));
        QVERIFY(window.model()->path().endsWith(QLatin1String("squeezenet1_0.onnx")));
        window.closeModel();
        QVERIFY(window.model()->path().endsWith(QLatin1String("resnet18_dynbatch.onnx")));

        // And the other way round: a model still loading when Close is chosen never appears
        // (Close also closes the current tab).
        window.openFile(sharedModel("squeezenet1_0.onnx"));
        window.closeModel();
        QVERIFY(!window.isLoading());
        finishAllLoads();
        QCOMPARE(loaded.count(), 2);
        QVERIFY(!window.model());
        QCOMPARE(window.tabCount(), 0);
        QVERIFY(!window.summaryView());
        QVERIFY(!window.windowTitle().contains(QLatin1String(".onnx")));
    }

    void dropOpensOnlyOnnxFiles()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);

        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(sharedModel("index.json"))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData model;
        model.setUrls({QUrl::fromLocalFile(sharedModel("resnet18_dynbatch.onnx")), QUrl::fromLocalFile(sharedModel("index.json")),
                       QUrl::fromLocalFile(sharedModel("squeezenet1_0.onnx"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &model, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &model, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(window.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kLoadTimeoutMs); // both models, not the JSON
        QCOMPARE(window.tabCount(), 2);
    }

    void recentFilesKeepsTheLastTen()
    {
        QSettings().clear();
        RecentFilesMenu menu;
        QVERIFY(!menu.isEnabled());
        for (int i = 0; i < 12; ++i)
            menu.addFile(QStringLiteral("/models/m%1.onnx").arg(i));
        menu.addFile(QStringLiteral("/models/m5.onnx")); // again: moves to the top
        const QStringList files = menu.files();
        QCOMPARE(files.size(), RecentFilesMenu::MaxFiles);
        QCOMPARE(files.first(), QStringLiteral("/models/m5.onnx"));
        QCOMPARE(files.count(QStringLiteral("/models/m5.onnx")), 1);
        QVERIFY(!files.contains(QStringLiteral("/models/m0.onnx")));
        QVERIFY(menu.isEnabled());

        QSignalSpy triggered(&menu, &RecentFilesMenu::fileTriggered);
        menu.actions().constFirst()->trigger();
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(triggered.at(0).at(0).toString(), QStringLiteral("/models/m5.onnx"));
        menu.clearFiles();
        QVERIFY(menu.files().isEmpty());
        QVERIFY(!menu.isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
