// SPDX-License-Identifier: GPL-3.0-or-later
// The History view over a real SQLite file: the list, its filters and sorting, tags and notes
// edited in place, delete after a confirmation, a corrupt file with the offer of a new
// database, and a run opened in the main window with its graph (the file, or the copy the
// history kept once the file is gone).
#include "HistoryClient.h"
#include "HistoryStore.h"
#include "HistoryTestSupport.h"
#include "HistoryView.h"
#include "LayerTableModel.h"
#include "MainWindow.h"
#include "ModelTab.h"
#include "RecentFilesMenu.h"
#include "RunListModel.h"
#include "RunPanel.h"
#include "RunResultView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ml;

namespace {

constexpr int kTimeoutMs = 60000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Waits for the view's next answer to the filter on screen.
bool waitForList(HistoryView &view, QSignalSpy &spy) { return spy.wait(kTimeoutMs) || spy.count() > 0; }

} // namespace

class TestHistory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_model; // a copy of the sample model: the tests remove it
    QString m_db;
    QStringList m_ids; // fast median 5 ms, slow median 9 ms, failed

    QString record(HistoryStore &store, double baseMs, const QStringList &tags, RunStatus status = RunStatus::Completed)
    {
        RunRecord r;
        r.modelPath = m_model;
        r.status = status;
        r.source = QStringLiteral("gui");
        r.tags = tags;
        if (status == RunStatus::Completed)
            r.result = test::syntheticResult(200, 12, baseMs, unsigned(baseMs * 10));
        else
            r.failureReason = QStringLiteral("the engine ran out of memory");
        auto id = store.recordRun(r);
        return id ? id.value() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = m_dir.filePath(QStringLiteral("tiny_cnn.onnx"));
        QVERIFY(QFile::copy(QStringLiteral(MODELLENS_SAMPLE_MODEL), m_model));
        m_db = m_dir.filePath(QStringLiteral("history.sqlite"));
        auto store = HistoryStore::open(m_db);
        QVERIFY2(store, qPrintable(store.errorMessage()));
        m_ids << record(*store.value(), 5.0, {QStringLiteral("fast")});
        m_ids << record(*store.value(), 9.0, {QStringLiteral("slow"), QStringLiteral("v2")});
        m_ids << record(*store.value(), 0, {}, RunStatus::Failed);
        QVERIFY(!m_ids.contains(QString()));
    }

    void listsFiltersAndSorts()
    {
        HistoryView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy listed(&view, &HistoryView::listed);
        view.setDatabase(m_db);
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(view.problem().isEmpty());
        // Newest first.
        QCOMPARE(view.model()->run(0)->id, m_ids[2]);

        // Typed text matches tags (and notes, model names, ids).
        listed.clear();
        view.findChild<QLineEdit *>(QStringLiteral("historyFilter"))->setText(QStringLiteral("slow"));
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->run(0)->id, m_ids[1]);

        listed.clear();
        view.clearFilters();
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->rowCount(), 3);

        auto *status = view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        listed.clear();
        status->setCurrentIndex(status->findData(QStringLiteral("failed")));
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->run(0)->status, RunStatus::Failed);
        QVERIFY(!view.model()->index(0, RunListModel::Status).data(Qt::ToolTipRole).toString().isEmpty());

        // The tag list comes from the store.
        auto *tag = view.findChild<QComboBox *>(QStringLiteral("tagFilter"));
        QTRY_VERIFY_WITH_TIMEOUT(tag->findData(QStringLiteral("v2")) > 0, kTimeoutMs);
        listed.clear();
        view.clearFilters();
        QVERIFY(waitForList(view, listed));
        listed.clear();
        tag->setCurrentIndex(tag->findData(QStringLiteral("fast")));
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->run(0)->id, m_ids[0]);

        // By median, the store's order (the failed run has none).
        listed.clear();
        view.clearFilters();
        QVERIFY(waitForList(view, listed));
        listed.clear();
        view.table()->sortByColumn(RunListModel::Median, Qt::DescendingOrder);
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->run(0)->id, m_ids[1]);
        QCOMPARE(view.model()->run(1)->id, m_ids[0]);
        // By a column the store does not sort by: the rows shown, at once.
        view.table()->sortByColumn(RunListModel::Status, Qt::AscendingOrder);
        QCOMPARE(view.model()->run(0)->status, RunStatus::Completed);
        QCOMPARE(view.model()->run(2)->status, RunStatus::Failed);

        // Pinned to the settings of a run: the failed run has none of its own.
        listed.clear();
        view.pinFilter(QStringLiteral("version"), view.model()->run(0)->versionSha256);
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("pinnedFilters"))->text().isEmpty());
    }

    void editsTagsAndNotesInPlace()
    {
        HistoryView view;
        QSignalSpy listed(&view, &HistoryView::listed);
        view.setDatabase(m_db);
        QVERIFY(waitForList(view, listed));
        const int row = view.model()->rowOf(m_ids[0]);
        QVERIFY(row >= 0);
        QVERIFY(view.model()->flags(view.model()->index(row, RunListModel::Note)) & Qt::ItemIsEditable);
        QVERIFY(!(view.model()->flags(view.model()->index(row, RunListModel::Median)) & Qt::ItemIsEditable));

        QSignalSpy changed(view.client(), &HistoryClient::changed);
        QVERIFY(view.model()->setData(view.model()->index(row, RunListModel::Note), QStringLiteral("after the fp16 fix")));
        QVERIFY(view.model()->setData(view.model()->index(row, RunListModel::Tags), QStringLiteral("v3, nightly")));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, kTimeoutMs); // note, tag removed, tags added
        for (const auto &args : changed)
            QVERIFY(args.at(1).value<Error>().message.isEmpty());

        auto store = HistoryStore::open(m_db);
        QVERIFY(store);
        auto run = store.value()->loadRun(m_ids[0]);
        QVERIFY(run);
        QCOMPARE(run->summary.note, QStringLiteral("after the fp16 fix"));
        QStringList tags = run->summary.tags;
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("nightly"), QStringLiteral("v3")}));
    }

    void deletesAfterConfirmation()
    {
        auto store = HistoryStore::open(m_db);
        QVERIFY(store);
        const QString doomed = record(*store.value(), 7.0, {QStringLiteral("doomed")});
        HistoryView view;
        QSignalSpy listed(&view, &HistoryView::listed);
        view.setDatabase(m_db);
        QVERIFY(waitForList(view, listed));
        const int row = view.model()->rowOf(doomed);
        QVERIFY(row >= 0);
        view.table()->selectRow(row);
        QString asked;
        view.setConfirmation([&asked](const QString &question) {
            asked = question;
            return false;
        });
        view.deleteSelected();
        QVERIFY(asked.contains(doomed));
        QTest::qWait(100);
        QVERIFY(store.value()->loadRun(doomed));

        view.setConfirmation([](const QString &) { return true; });
        listed.clear();
        // The Delete key of the table, as a user presses it.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Delete);
        QVERIFY(waitForList(view, listed));
        QCOMPARE(view.model()->rowOf(doomed), -1);
        QVERIFY(!store.value()->loadRun(doomed));
    }

    // Reports of a run and of a comparison, written on the history's thread; the format is
    // the file name's.
    void exportsReports()
    {
        HistoryView view;
        QSignalSpy listed(&view, &HistoryView::listed);
        view.setDatabase(m_db);
        QVERIFY(waitForList(view, listed));
        QSignalSpy written(&view, &HistoryView::reportWritten);
        const QString html = m_dir.filePath(QStringLiteral("run.html"));
        view.exportReport({m_ids[1]}, html);
        QVERIFY(written.wait(kTimeoutMs));
        QVERIFY2(written.last().at(1).toString().isEmpty(), qPrintable(written.last().at(1).toString()));
        const QByteArray page = readAll(html);
        QVERIFY(page.contains("Content-Security-Policy"));
        QVERIFY(page.contains(m_ids[1].toUtf8()));

        const QString md = m_dir.filePath(QStringLiteral("compare.md"));
        view.exportReport({m_ids[0], m_ids[1]}, md);
        QVERIFY(written.wait(kTimeoutMs));
        QVERIFY2(written.last().at(1).toString().isEmpty(), qPrintable(written.last().at(1).toString()));
        const QByteArray markdown = readAll(md);
        QVERIFY(markdown.contains(m_ids[0].toUtf8()) && markdown.contains(m_ids[1].toUtf8()));
        QVERIFY(markdown.contains("|"));

        const QString odd = m_dir.filePath(QStringLiteral("report.docx"));
        view.exportReport({m_ids[1]}, odd);
        QVERIFY(written.wait(kTimeoutMs));
        QVERIFY(written.last().at(1).toString().contains(odd));
        QVERIFY(!QFileInfo::exists(odd));
    }

    void corruptDatabaseOffersANewOne()
    {
        const QString bad = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("this is not a database at all\n").repeated(200));
        }
        const QByteArray before = readAll(bad);
        HistoryView view;
        QSignalSpy opened(view.client(), &HistoryClient::opened);
        view.setDatabase(bad);
        QVERIFY(opened.wait(kTimeoutMs));
        QVERIFY2(view.problem().contains(bad), qPrintable(view.problem()));
        QVERIFY(!view.newDatabaseButton()->isHidden());

        QSignalSpy changed(&view, &HistoryView::databaseChanged);
        QSignalSpy listed(&view, &HistoryView::listed);
        view.newDatabaseButton()->click();
        QCOMPARE(changed.count(), 1);
        const QString fresh = changed.at(0).at(0).toString();
        QVERIFY(fresh != bad);
        QVERIFY(waitForList(view, listed));
        QVERIFY(view.problem().isEmpty());
        QVERIFY(view.newDatabaseButton()->isHidden());
        QCOMPARE(view.database(), fresh);
        QVERIFY(QFileInfo::exists(fresh));
        QCOMPARE(readAll(bad), before); // never overwritten
    }

    // The window starts with a database it cannot open: it says so in the History dock.
    void windowStartsWithACorruptDatabase()
    {
        const QString bad = m_dir.filePath(QStringLiteral("broken.sqlite"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, '\x7f'));
        }
        const QByteArray saved = qgetenv("MODELLENS_DB");
        qputenv("MODELLENS_DB", bad.toLocal8Bit());
        MainWindow window;
        window.setShowsDialogs(false);
        qputenv("MODELLENS_DB", saved);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.historyDock()->isHidden(), kTimeoutMs);
        QVERIFY(window.historyView()->problem().contains(bad));
    }

    void opensARunWithItsGraph()
    {
        const QByteArray saved = qgetenv("MODELLENS_DB");
        qputenv("MODELLENS_DB", m_db.toLocal8Bit());
        MainWindow window;
        window.setShowsDialogs(false);
        qputenv("MODELLENS_DB", saved);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);

        window.historyView()->openRun(m_ids[1]);
        QVERIFY(loaded.wait(kTimeoutMs));
        ModelTab *tab = window.currentTab();
        QVERIFY(tab);
        QCOMPARE(QFileInfo(tab->path()).absoluteFilePath(), QFileInfo(m_model).absoluteFilePath());
        QVERIFY(tab->isRunPanelVisible());
        QVERIFY(tab->runPanel()->result());
        QCOMPARE(tab->runPanel()->result()->iterations, 200);
        QVERIFY2(tab->runPanel()->message().contains(m_ids[1]), qPrintable(tab->runPanel()->message()));
        QCOMPARE(tab->runPanel()->resultView()->layerModel()->rowCount(), 12);

        // The file is gone: the graph the history kept opens in its place.
        QVERIFY(window.closeTab(window.tabs()->currentIndex()));
        QVERIFY(QFile::remove(m_model));
        loaded.clear();
        window.historyView()->openRun(m_ids[0]);
        QVERIFY(loaded.wait(kTimeoutMs));
        tab = window.currentTab();
        QVERIFY(tab);
        QVERIFY2(QFileInfo(tab->path()).fileName().contains(m_ids[0]), qPrintable(tab->path()));
        QVERIFY(tab->model()->model->proto().graph().node_size() > 0);
        QVERIFY(tab->runPanel()->result());
        QVERIFY2(tab->runPanel()->message().contains(QStringLiteral("not there any more")),
                 qPrintable(tab->runPanel()->message()));
        // A stored copy is not a file the user opened.
        QVERIFY(!window.recentFilesMenu()->files().contains(tab->path()));
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
