// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison and trend windows on real runs: `modellens-cli profile` runs the sample
// model in ONNX Runtime, in rounds, into a history file of the test's own; the windows read
// it through the History panel's client.
#include "AbDialog.h"
#include "ComparisonWindow.h"
#include "GraphPanel.h"
#include "HistoryClient.h"
#include "HistoryStore.h"
#include "MainWindow.h"
#include "ModelTab.h"
#include "RunPanel.h"
#include "RunPickerDialog.h"
#include "RunSettingsForm.h"
#include "TrendWindow.h"

#include <QBoxPlotSeries>
#include <QChart>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ml;

namespace {

constexpr int kTimeoutMs = 180000;

} // namespace

class TestComparison : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_ids; // threads 1, threads 1, threads 2

    QString profile(int threads)
    {
        QProcess cli;
        cli.start(QStringLiteral(MODELLENS_CLI),
                  {QStringLiteral("profile"), QStringLiteral(MODELLENS_SAMPLE_MODEL), QStringLiteral("--threads"),
                   QString::number(threads), QStringLiteral("--no-spinning"), QStringLiteral("--warmup"), QStringLiteral("2"),
                   QStringLiteral("--iterations"), QStringLiteral("60"), QStringLiteral("--rounds"), QStringLiteral("3"),
                   QStringLiteral("--per-layer"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        if (!cli.waitForFinished(kTimeoutMs) || cli.exitCode() != 0) {
            qWarning() << cli.readAllStandardError();
            return {};
        }
        const QJsonObject line = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        return line.value(QStringLiteral("run_id")).toString();
    }

    // The main window storing its runs in `db` (read when it is made), the sample model open.
    // Null when the model did not load.
    static std::unique_ptr<MainWindow> windowWithSample(const QString &db)
    {
        const QByteArray saved = qgetenv("MODELLENS_DB");
        qputenv("MODELLENS_DB", db.toLocal8Bit());
        auto main = std::make_unique<MainWindow>();
        qputenv("MODELLENS_DB", saved);
        main->setShowsDialogs(false);
        main->show();
        QSignalSpy loaded(main.get(), &MainWindow::modelLoaded);
        main->openFile(QStringLiteral(MODELLENS_SAMPLE_MODEL));
        if (!loaded.wait(kTimeoutMs))
            return nullptr;
        return main;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("history.sqlite"));
        for (const int threads : {1, 1, 2}) {
            const QString id = profile(threads);
            QVERIFY2(!id.isEmpty(), "modellens-cli profile did not store a run");
            m_ids << id;
        }
    }

    void comparesTwoRunsOfTheSameSettings()
    {
        HistoryClient client;
        client.open(m_db);
        ComparisonWindow window(&client, {m_ids[0], m_ids[1]});
        QSignalSpy ready(&window, &ComparisonWindow::ready);
        QVERIFY(ready.wait(kTimeoutMs));
        window.show();
        QVERIFY(window.isReady());
        QCOMPARE(window.compared().reports.size(), std::size_t(1));
        const ComparisonReport &r = window.compared().reports.front();
        QCOMPARE(r.roundMediansA.size(), std::size_t(3));
        QCOMPARE(r.roundMediansB.size(), std::size_t(3));
        // The verdict line states its numbers: the rounds.
        QVERIFY2(window.verdictText().contains(QStringLiteral("3 vs 3 rounds")), qPrintable(window.verdictText()));
        QVERIFY2(window.differencesText().contains(QStringLiteral("Same model version")), qPrintable(window.differencesText()));
        QCOMPARE(window.statisticsTable()->rowCount(), 2);
        QCOMPARE(window.histogramChart()->series().size(), 2);
        auto *box = qobject_cast<QBoxPlotSeries *>(window.boxChart()->series().value(0));
        QVERIFY(box);
        QCOMPARE(box->count(), 2);
        // Every layer of the model, with a verdict, and the bar chart of the largest.
        QVERIFY(window.layerModel()->rowCount() > 3);
        QVERIFY(!window.layerModel()->item(0, 6)->text().isEmpty());
        QCOMPARE(window.deltaChart()->series().size(), 1);
        QVERIFY(window.opTypeModel()->rowCount() > 0);

        // Its report, from the window.
        QSignalSpy written(&window, &ComparisonWindow::reportWritten);
        const QString md = m_dir.filePath(QStringLiteral("comparison.md"));
        window.exportReport(md);
        QVERIFY(written.wait(kTimeoutMs));
        QVERIFY2(written.at(0).at(1).toString().isEmpty(), qPrintable(written.at(0).at(1).toString()));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(m_ids[0].toUtf8()) && text.contains(m_ids[1].toUtf8()));
    }

    void listsDifferingSettingsFirst()
    {
        HistoryClient client;
        client.open(m_db);
        ComparisonWindow window(&client, {m_ids[0], m_ids[2]});
        QSignalSpy ready(&window, &ComparisonWindow::ready);
        QVERIFY(ready.wait(kTimeoutMs));
        const auto &differences = window.compared().reports.front().differences;
        QVERIFY(!differences.empty());
        bool threads = false;
        for (const RunDifference &d : differences)
            threads |= d.what.contains(QStringLiteral("intra_op_threads"));
        QVERIFY(threads);
        QVERIFY2(window.differencesText().contains(QStringLiteral("intra_op_threads")), qPrintable(window.differencesText()));
    }

    void comparesSeveralRunsWithTheFirst()
    {
        HistoryClient client;
        client.open(m_db);
        ComparisonWindow window(&client, m_ids);
        QSignalSpy ready(&window, &ComparisonWindow::ready);
        QVERIFY(ready.wait(kTimeoutMs));
        QCOMPARE(window.compared().reports.size(), std::size_t(2));
        QCOMPARE(window.histogramChart()->series().size(), 3);
        window.showCandidate(1);
        QCOMPARE(window.candidate(), 1);
        QVERIFY(window.differencesText().contains(QStringLiteral("intra_op_threads")));
    }

    // A layer row of the comparison selects its node in the model's open tab.
    void layerRowSelectsItsNode()
    {
        auto owned = windowWithSample(m_db);
        QVERIFY(owned);
        MainWindow &main = *owned;
        ComparisonWindow *window = main.showComparison({m_ids[0], m_ids[1]});
        QSignalSpy ready(window, &ComparisonWindow::ready);
        QVERIFY(ready.wait(kTimeoutMs));
        QSignalSpy requested(window, &ComparisonWindow::nodeRequested);
        const QModelIndex first = window->layerModel()->index(0, 0);
        Q_EMIT window->layerTable()->activated(first);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).toString(), window->layerModel()->item(0, 0)->text());
        // Selected on the graph once its layout is there: the node of that name.
        ModelTab *tab = main.currentTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->graphPanel()->selectedNode() != kNoNode, kTimeoutMs);
        const onnx::NodeProto *node = tab->model()->model->node(tab->graphPanel()->selectedNode());
        QVERIFY(node);
        QCOMPARE(QString::fromStdString(node->name()), window->layerModel()->item(0, 0)->text());
        window->close();
    }

    // A/B from the run panel: the dialog sets up B (two threads against one), the rounds
    // alternate in real engines, both runs land in the history and the comparison window
    // opens on them. Then "Compare With..." on a plain run picks its baseline from the history.
    void abAndCompareWithFromTheRunPanel()
    {
        auto owned = windowWithSample(m_dir.filePath(QStringLiteral("ab.sqlite")));
        QVERIFY(owned);
        MainWindow &main = *owned;
        RunPanel *panel = main.currentTab()->runPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->backendsChecked(), kTimeoutMs);
        auto a = panel->settings();
        QVERIFY2(a, qPrintable(a.errorMessage()));
        EngineSettings quick = a.value();
        quick.iterations = 12;
        quick.warmupIterations = 1;
        quick.intraOpThreads = 1;
        panel->setSettings(quick);
        auto *compareButton = panel->findChild<QPushButton *>(QStringLiteral("compareWith"));
        QVERIFY(compareButton);
        QVERIFY2(!compareButton->isEnabled(), "nothing stored to compare yet");

        auto *abButton = panel->findChild<QPushButton *>(QStringLiteral("ab"));
        QVERIFY(abButton && abButton->isEnabled());
        QTest::mouseClick(abButton, Qt::LeftButton);
        AbDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = panel->findChild<AbDialog *>()) && dialog->isVisible());
        EngineSettings b = quick;
        b.intraOpThreads = 2;
        dialog->formB()->setSettings(b);
        dialog->roundsField()->setValue(3);
        QSignalSpy abDone(panel, &RunPanel::abFinished);
        QPushButton *start = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(panel->isRunningAb());
        QVERIFY2(!abButton->isEnabled() && !panel->findChild<QPushButton *>(QStringLiteral("run"))->isEnabled(),
                 "one run at a time");
        QVERIFY(abDone.wait(kTimeoutMs));
        const QString idA = abDone.at(0).at(0).toString(), idB = abDone.at(0).at(1).toString();
        QVERIFY(!idA.isEmpty() && !idB.isEmpty());
        QVERIFY2(panel->message().contains(idA) && panel->message().contains(idB), qPrintable(panel->message()));

        ComparisonWindow *window = nullptr;
        QTRY_VERIFY((window = main.findChild<ComparisonWindow *>()) != nullptr);
        QSignalSpy ready(window, &ComparisonWindow::ready);
        QVERIFY(window->isReady() || ready.wait(kTimeoutMs));
        QCOMPARE(window->compared().runs.front()->summary.id, idA);
        QCOMPARE(window->compared().runs.back()->summary.id, idB);
        QVERIFY2(window->verdictText().contains(QStringLiteral("3 vs 3 rounds")), qPrintable(window->verdictText()));
        QVERIFY2(window->differencesText().contains(QStringLiteral("intra_op_threads")), qPrintable(window->differencesText()));
        window->close();
        QTRY_VERIFY(main.findChild<ComparisonWindow *>() == nullptr);

        // A plain run, then "Compare With...": the picker offers the two A/B runs.
        QSignalSpy stored(panel, &RunPanel::runStored);
        panel->run();
        QVERIFY(stored.wait(kTimeoutMs));
        const QString plain = stored.at(0).at(0).toString();
        QTRY_VERIFY(compareButton->isEnabled());
        QTest::mouseClick(compareButton, Qt::LeftButton);
        RunPickerDialog *picker = nullptr;
        QTRY_VERIFY((picker = main.findChild<RunPickerDialog *>()) && picker->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(picker->shownRuns(), 2, kTimeoutMs);
        const QString baseline = picker->chosenRun();
        QVERIFY(baseline == idA || baseline == idB);
        picker->accept();
        QTRY_VERIFY((window = main.findChild<ComparisonWindow *>()) != nullptr);
        QSignalSpy readyAgain(window, &ComparisonWindow::ready);
        QVERIFY(window->isReady() || readyAgain.wait(kTimeoutMs));
        QCOMPARE(window->compared().runs.front()->summary.id, baseline);
        QCOMPARE(window->compared().runs.back()->summary.id, plain);
        window->close();
    }

    void trendOfTheModel()
    {
        HistoryClient client;
        client.open(m_db);
        RunFilter filter;
        filter.model = QStringLiteral("tiny_cnn");
        TrendWindow window(&client, filter, QStringLiteral("tiny_cnn"));
        QSignalSpy ready(&window, &TrendWindow::ready);
        QVERIFY(ready.wait(kTimeoutMs));
        window.show();
        // Threads 1 and threads 2 are two series (two sets of settings).
        QCOMPARE(window.series().size(), std::size_t(2));
        QCOMPARE(window.pointModel()->rowCount(), 3);
        QVERIFY(window.chart()->series().size() >= 2);
        QVERIFY2(window.summary().contains(QStringLiteral("3 runs")), qPrintable(window.summary()));
        QSignalSpy requested(&window, &TrendWindow::runRequested);
        Q_EMIT window.pointTable()->activated(window.pointModel()->index(0, 0));
        QCOMPARE(requested.count(), 1);
        QVERIFY(m_ids.contains(requested.at(0).at(0).toString()));
    }
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
