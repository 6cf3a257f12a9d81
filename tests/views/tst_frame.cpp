// SPDX-License-Identifier: GPL-3.0-or-later
// The frame around the models: recent files with their folders, the welcome page, the
// settings dialog, About, one window for many models, progress with time remaining.
#include "AboutDialog.h"
#include "FrameSettings.h"
#include "GraphPanel.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "ModelLoader.h"
#include "ModelTab.h"
#include "RecentFilesMenu.h"
#include "RemainingTime.h"
#include "RunPanel.h"
#include "SettingsDialog.h"
#include "SharedModels.h"
#include "SingleInstance.h"
#include "Theme.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QWheelEvent>

using namespace ml;

namespace {

// Two files of one name in two folders, written for real (the welcome page checks existence).
struct TwoModels {
    QTemporaryDir dir;
    QString a, b;
    TwoModels()
    {
        for (const char *folder : {"alpha", "beta"}) {
            QDir(dir.path()).mkpath(QLatin1String(folder));
            const QString path = dir.filePath(QLatin1String(folder) + QStringLiteral("/model.onnx"));
            QFile::copy(QStringLiteral(MODELLENS_SAMPLE_MODEL), path);
            (a.isEmpty() ? a : b) = path;
        }
    }
};

constexpr int kTimeoutMs = 60000;

// The row of the welcome page's recent list that shows `path`, or -1.
int rowOf(QListWidget *list, const QString &path)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == path)
            return i;
    return -1;
}

bool openAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::modelLoaded);
    window.openFile(path);
    return QTest::qWaitFor([&] { return loaded.count() == 1; }, kTimeoutMs);
}

} // namespace

class TestFrame : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    // Two model.onnx from two folders must be told apart in File > Open Recent.
    void recentFilesShowTheirFolders()
    {
        TwoModels models;
        RecentFilesMenu menu;
        menu.addFile(models.a);
        menu.addFile(models.b);
        QStringList texts;
        for (QAction *action : menu.actions())
            if (!action->isSeparator() && action->text().contains(QLatin1String("model.onnx")))
                texts << action->text();
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.at(0) != texts.at(1), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.at(0).contains(QLatin1String("beta")), qPrintable(texts.at(0)));
        QVERIFY2(texts.at(1).contains(QLatin1String("alpha")), qPrintable(texts.at(1)));
    }

    // No model open: the welcome page, with the recent files and their folders, a file that
    // has gone marked and removable, the samples, and Open.
    void welcomePageWithoutModel()
    {
        TwoModels models;
        QTemporaryDir gone;
        const QString missing = gone.filePath(QStringLiteral("deleted.onnx"));
        QFile::copy(QStringLiteral(MODELLENS_SAMPLE_MODEL), missing);
        {
            RecentFilesMenu menu;
            menu.addFile(missing);
            menu.addFile(models.a);
            menu.addFile(models.b);
        }
        QFile::remove(missing);

        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomePage *page = window.welcomePage();
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QListWidget *recent = page->recentList();
        QCOMPARE(recent->count(), 3);
        const QString textA = recent->item(rowOf(recent, QFileInfo(models.a).absoluteFilePath()))->text();
        const QString textB = recent->item(rowOf(recent, QFileInfo(models.b).absoluteFilePath()))->text();
        QVERIFY2(textA.contains(QLatin1String("model.onnx")) && textA.contains(QLatin1String("alpha")), qPrintable(textA));
        QVERIFY2(textB.contains(QLatin1String("beta")), qPrintable(textB));
        const int missingRow = rowOf(recent, QFileInfo(missing).absoluteFilePath());
        QVERIFY(missingRow >= 0);
        QVERIFY2(recent->item(missingRow)->text().contains(QLatin1String("missing")),
                 qPrintable(recent->item(missingRow)->text()));
        QVERIFY(!textA.contains(QLatin1String("missing")));

        // Activating the missing one opens nothing; Remove takes it off the list and the menu.
        QSignalSpy requested(page, &WelcomePage::fileRequested);
        Q_EMIT recent->itemActivated(recent->item(missingRow));
        QCOMPARE(requested.count(), 0);
        recent->setCurrentRow(missingRow);
        QVERIFY(page->removeButton()->isEnabled());
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        QCOMPARE(window.recentFilesMenu()->files().size(), 2);
        QVERIFY(!window.recentFilesMenu()->files().contains(QFileInfo(missing).absoluteFilePath()));
        QCOMPARE(recent->count(), 2);

        // The samples are listed; Open asks for a file.
        QVERIFY(page->sampleList()->count() >= 1);
        QCOMPARE(page->sampleList()->item(0)->text(), QStringLiteral("tiny_cnn.onnx"));
        QSignalSpy openAsked(page, &WelcomePage::openRequested);
        auto *open = page->findChild<QPushButton *>(QStringLiteral("welcomeOpen"));
        QVERIFY(open);
        // Not clicked through the window: its file dialog would wait for a user.
        QVERIFY(disconnect(page, &WelcomePage::openRequested, &window, nullptr));
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(openAsked.count(), 1);

        // A recent file opens as a tab and the page gives way; closing it brings the page back.
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        Q_EMIT recent->itemActivated(recent->item(rowOf(recent, QFileInfo(models.a).absoluteFilePath())));
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() == 1; }, kTimeoutMs));
        QCOMPARE(window.tabCount(), 1);
        QVERIFY(!page->isVisible());
        window.closeModel();
        QVERIFY(page->isVisible());

        // A sample opens the same way.
        Q_EMIT page->sampleList()->itemActivated(page->sampleList()->item(0));
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() == 2; }, kTimeoutMs));
        QCOMPARE(QFileInfo(window.currentTab()->path()).fileName(), QStringLiteral("tiny_cnn.onnx"));
        window.closeModel();
        QThreadPool::globalInstance()->waitForDone();
    }

    // Settings survive the dialog (a new dialog, a new QSettings, reads them back) and
    // applySettings() puts them into the open window: theme live, the wheel in every graph.
    void settingsPersistAndApply()
    {
        {
            SettingsDialog dialog;
            QCOMPARE(dialog.wheelBox()->currentData().toBool(), true); // the default: the wheel zooms
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
            dialog.wheelBox()->setCurrentIndex(dialog.wheelBox()->findData(false));
            dialog.warmupBox()->setValue(7);
            dialog.iterationsBox()->setValue(321);
            dialog.trtexecEdit()->setText(QStringLiteral("/opt/tensorrt/bin/trtexec"));
            dialog.dotEdit()->setText(QStringLiteral("/usr/bin/dot"));
            dialog.historyEdit()->setText(QStringLiteral("/tmp/elsewhere/history.sqlite"));
            dialog.accept();
        }
        QSettings settings; // what another window or the next session reads
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(settings.value(QStringLiteral("graph/wheelZooms")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("engine/trtexecPath")).toString(), QStringLiteral("/opt/tensorrt/bin/trtexec"));
        QCOMPARE(settings.value(QStringLiteral("graphviz/dotPath")).toString(), QStringLiteral("/usr/bin/dot"));
        QCOMPARE(settings.value(QStringLiteral("history/database")).toString(), QStringLiteral("/tmp/elsewhere/history.sqlite"));
        {
            SettingsDialog again;
            QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
            QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
            QCOMPARE(again.wheelBox()->currentData().toBool(), false);
            QCOMPARE(again.warmupBox()->value(), 7);
            QCOMPARE(again.iterationsBox()->value(), 321);
            QCOMPARE(again.dotEdit()->text(), QStringLiteral("/usr/bin/dot"));
        }
        QCOMPARE(FrameSettings::engineDefaults().iterations, 321);
        {
            // The wheel over an editor without focus leaves its value alone.
            SettingsDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QSpinBox *box = dialog.iterationsBox();
            const QPoint at = box->rect().center();
            QWheelEvent wheel(at, box->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
            QApplication::sendEvent(box, &wheel);
            QCOMPARE(box->value(), 321);
            box->setFocus();
            QVERIFY(QTest::qWaitFor([&] { return box->hasFocus(); }, 2000));
            QWheelEvent focused(at, box->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                                Qt::NoScrollPhase, false);
            QApplication::sendEvent(box, &focused);
            QCOMPARE(box->value(), 322);
        }

        QSettings().remove(QStringLiteral("history/database")); // the test's own ($MODELLENS_DB)
        QSettings().remove(QStringLiteral("engine/trtexecPath"));
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QVERIFY(openAndWait(window, QStringLiteral(MODELLENS_SAMPLE_MODEL)));
        GraphView *view = window.currentTab()->graphPanel()->view();
        QCOMPARE(view->wheelZooms(), false); // a new tab takes the setting
        QCOMPARE(window.currentTab()->runPanel()->settings()->iterations, 321);
        const QColor before = QApplication::palette().color(QPalette::Window);
        window.applySettings();
        QCOMPARE(Theme::current(), QStringLiteral("dark"));
        const QColor dark = QApplication::palette().color(QPalette::Window);
        QVERIFY2(dark.lightness() < 80, qPrintable(dark.name()));
        QVERIFY(dark != before || before.lightness() < 80);

        // Back: the wheel zooms again in the open graph, the system palette returns.
        FrameSettings::setWheelZooms(true);
        FrameSettings::setTheme(QStringLiteral("system"));
        window.applySettings();
        QCOMPARE(view->wheelZooms(), true);
        QCOMPARE(QApplication::palette().color(QPalette::Window), before);
        window.closeModel();
        QThreadPool::globalInstance()->waitForDone();
    }

    // About lists the versions in use: those linked in at once, the engine's and Graphviz's
    // when their programs have answered.
    void aboutListsVersions()
    {
        AboutDialog about;
        QCOMPARE(about.version(QStringLiteral("Qt")), QLatin1String(qVersion()));
        QCOMPARE(about.version(QStringLiteral("ModelLens")), QStringLiteral(MODELLENS_VERSION));
        QVERIFY(about.version(QStringLiteral("ONNX")).startsWith(QLatin1String("1.")));
        QVERIFY2(about.version(QStringLiteral("Protocol Buffers")).startsWith(QLatin1String("3.")),
                 qPrintable(about.version(QStringLiteral("Protocol Buffers"))));
        QSignalSpy checked(&about, &AboutDialog::versionsChecked);
        QVERIFY(QTest::qWaitFor([&] { return checked.count() == 1; }, kTimeoutMs));
        const QString ort = about.version(QStringLiteral("ONNX Runtime"));
        if (qEnvironmentVariableIsSet("MODELLENS_ENGINE_DIR"))
            QCOMPARE(ort, QStringLiteral("1.30.0"));
        const QString graphviz = about.version(QStringLiteral("Graphviz"));
        QVERIFY2(!graphviz.isEmpty() && graphviz.at(0).isDigit(), qPrintable(graphviz));
        for (int row = 0; row < about.table()->rowCount(); ++row)
            QVERIFY(!about.table()->item(row, 2)->text().isEmpty()); // every licence named
    }

    // Remaining time from the pace of a stage, on a clock of the test's own.
    void remainingTimeEstimate()
    {
        RemainingTime t;
        const QString stage = QStringLiteral("measuring");
        QVERIFY(!t.update(stage, 0, 1000, 0));              // the first report starts the stage
        QVERIFY(!t.update(stage, 10, 1000, 100));           // too soon to tell
        const auto left = t.update(stage, 100, 1000, 1000); // 0.1 per ms: 900 left takes 9 s
        QVERIFY(left);
        QCOMPARE(*left, qint64(9000));
        QVERIFY(!t.update(stage, 200, 0, 2000));                      // unknown total: no guess
        QVERIFY(!t.update(QStringLiteral("profiling"), 1, 10, 3000)); // a new stage starts over
        QVERIFY(RemainingTime::describe(9000).contains(QLatin1String("9")));
    }

    // A real run measured for a few seconds: the progress says how long is left.
    void runProgressShowsTimeRemaining()
    {
        if (!qEnvironmentVariableIsSet("MODELLENS_ENGINE_DIR"))
            QSKIP("built without ONNX Runtime: no engine to run");
        ModelLoader loader;
        std::shared_ptr<const LoadedModel> model;
        connect(&loader, &ModelLoader::loaded, this,
                [&](quint64, std::shared_ptr<const LoadedModel> m) { model = std::move(m); });
        loader.load(QStringLiteral(MODELLENS_SAMPLE_MODEL));
        QVERIFY(QTest::qWaitFor([&] { return model != nullptr; }, kTimeoutMs));
        RunPanel panel;
        panel.setModel(model);
        QVERIFY(QTest::qWaitFor([&] { return panel.backendsChecked(); }, kTimeoutMs));
        EngineSettings s;
        s.intraOpThreads = 1;
        s.spinning = false;
        s.warmupIterations = 1;
        s.durationSeconds = 4;
        panel.setSettings(s);
        auto *progress = panel.findChild<QProgressBar *>(QStringLiteral("runProgress"));
        QVERIFY(progress);
        QStringList seen;
        panel.run();
        QVERIFY(panel.isRunning());
        const bool found = QTest::qWaitFor(
                [&] {
                    if (seen.isEmpty() || seen.last() != progress->format())
                        seen << progress->format();
                    return progress->format().contains(QLatin1String("left")) || !panel.isRunning();
                },
                kTimeoutMs);
        QVERIFY2(found && panel.isRunning(), qPrintable(seen.join(QLatin1String(" | "))));
        panel.cancel();
        QVERIFY(QTest::qWaitFor([&] { return !panel.isRunning(); }, kTimeoutMs));
    }

    // Graphviz cannot say how far it is: an honest busy bar with Cancel, and Cancel kills
    // dot at once (the quick layered layout stays on screen).
    void graphvizLayoutIsBusyWithCancel()
    {
        REQUIRE_SHARED_MODELS();
        if (qgetenv("MODELLENS_LAYOUT_ENGINE") != "dot")
            QSKIP("needs MODELLENS_LAYOUT_ENGINE=dot (set by ctest): the 1k graph is otherwise laid out without dot");
        // An empty layout cache: a cached layout would come at once, with no dot to wait for.
        QTemporaryDir cache;
        qputenv("MODELLENS_CACHE_DIR", cache.path().toLocal8Bit());
        const auto restore = qScopeGuard([] { qunsetenv("MODELLENS_CACHE_DIR"); });
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QVERIFY(openAndWait(window, sharedModel("synthetic_dag_1k.onnx")));
        GraphPanel *panel = window.currentTab()->graphPanel();
        QVERIFY(QTest::qWaitFor([&] { return !panel->isBusy() && panel->scene(); }, kTimeoutMs));
        // All 1,000 nodes in one Graphviz layout (no groups): seconds of dot with its labels.
        // Graphs this size get the layered layout unless dot is asked for, as this test's
        // environment does (MODELLENS_LAYOUT_ENGINE=dot, tests/views/CMakeLists.txt).
        DisplayOptions flat = panel->options();
        flat.flat = true;
        flat.expandedGroups.clear();
        panel->setOptions(flat);
        QPushButton *cancel = nullptr;
        const bool shown = QTest::qWaitFor(
                [&] {
                    for (QPushButton *b : panel->findChildren<QPushButton *>())
                        if (b->isVisible() && b->text() == QCoreApplication::translate("ml::GraphPanel", "Cancel"))
                            cancel = b;
                    return cancel != nullptr || !panel->isBusy();
                },
                kTimeoutMs);
        QVERIFY(shown);
        QVERIFY2(cancel, "the layout ended before its busy bar appeared (250 ms): no Cancel to press");
        auto *bar = cancel->parentWidget()->findChild<QProgressBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->maximum(), 0); // indeterminate: no invented percentage
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !panel->isBusy(); }, 10000));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(panel->scene()); // the quick layout is still shown
        window.closeModel();
        QThreadPool::globalInstance()->waitForDone();
    }

    // A second ModelLens (the real program) hands its file to the running window over the
    // local socket and ends; the window opens it as a tab. --new-window keeps its own.
    void secondInstanceHandsOver()
    {
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        SingleInstance instance;
        QVERIFY(instance.listen());
        window.serveOtherInstances(&instance);

        // A relative path from another working directory: the client makes it absolute.
        TwoModels models;
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        QProcess second;
        second.setWorkingDirectory(QFileInfo(models.a).absolutePath());
        second.start(QStringLiteral(MODELLENS_GUI), {QStringLiteral("model.onnx")});
        QVERIFY(second.waitForStarted());
        // Not waitForFinished(): this event loop must run for the server to answer.
        QVERIFY(QTest::qWaitFor([&] { return second.state() == QProcess::NotRunning; }, kTimeoutMs));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() == 1; }, kTimeoutMs));
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(QFileInfo(window.currentTab()->path()).absoluteFilePath(), QFileInfo(models.a).absoluteFilePath());

        // --new-window: a window of its own, nothing handed over.
        QProcess own;
        own.start(QStringLiteral(MODELLENS_GUI), {QStringLiteral("--new-window"), models.b});
        QVERIFY(own.waitForStarted());
        QTest::qWait(3000);
        QCOMPARE(own.state(), QProcess::Running);
        QCOMPARE(window.tabCount(), 1);
        own.kill();
        own.waitForFinished();
        window.closeModel();
        QThreadPool::globalInstance()->waitForDone();
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelLens-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_frame"));
    TestFrame test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_frame.moc"
