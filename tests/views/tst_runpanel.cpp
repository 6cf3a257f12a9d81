// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel against the real engine child (modellens-engine-ort), no mocks: the shown
// statistics are the result's, per-layer rows name real nodes and feed the graph's heat
// map, Cancel and a SIGKILL end the child and leave the panel ready for the next run.
// The settings reach the run (input values, warm-up by time, the kept optimized graph),
// and a run's outputs are compared with the previous run's.
#include "../engine/ProcessExists.h"
#include "GraphItems.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "HistoryStore.h"
#include "InputSourceEditor.h"
#include "LayerNodes.h"
#include "LayerTableModel.h"
#include "ModelLoader.h"
#include "ModelNodeRef.h"
#include "OpTypeTableModel.h"
#include "OutputComparisonModel.h"
#include "OutputComparisonView.h"
#include "RunPanel.h"
#include "RunResultView.h"
#include "SharedModels.h"
#include "TensorFile.h"
#include "TrtexecBackend.h"
#include "TrtexecOptionsBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <QThread>
#include <QThreadPool>
#include <QToolButton>
#include <QWheelEvent>
#include <atomic>

#include <algorithm>
#include <cmath>
#include <csignal>

using namespace ml;

namespace {

constexpr int kRunTimeoutMs = 60000;
using HeatMap = QHash<NodeId, double>; // a comma-free name for the test macros

// Through the GUI loader (a pool job delivered to the GUI thread), as a tab loads.
std::shared_ptr<const LoadedModel> loadThroughLoader(const QString &path)
{
    ModelLoader loader;
    std::shared_ptr<const LoadedModel> model;
    QObject::connect(&loader, &ModelLoader::loaded, [&](quint64, std::shared_ptr<const LoadedModel> m) { model = std::move(m); });
    loader.load(path);
    return QTest::qWaitFor([&] { return model != nullptr; }, 30000) ? model : nullptr;
}

using mltest::processExists;

// Quick and steady: one thread without spinning, as the engine tests run.
EngineSettings quick(int iterations)
{
    EngineSettings s;
    s.intraOpThreads = 1;
    s.spinning = false;
    s.warmupIterations = 1;
    s.iterations = iterations;
    return s;
}

// The number a statistic label shows ("1.234 ms", "5.20%", "812.00 /s").
double shown(const RunResultView &view, const char *key)
{
    const auto *label = view.findChild<QLabel *>(QStringLiteral("stat.") + QLatin1String(key));
    if (!label)
        return std::nan("");
    QString text = label->text().section(QLatin1Char(' '), 0, 0);
    text.remove(QLatin1Char('%'));
    bool ok = false;
    const double v = QLocale().toDouble(text, &ok);
    return ok ? v : std::nan("");
}

// Waits for the running job to measure, then returns the child's pid (0 on timeout).
qint64 waitUntilMeasuring(RunPanel &panel)
{
    bool measuring = false;
    auto c = QObject::connect(panel.session(), &RunSession::progress, [&](quint64, const QString &stage, qint64, qint64) {
        measuring = measuring || stage == QStringLiteral("measuring");
    });
    const bool ended = QTest::qWaitFor([&] { return measuring || !panel.isRunning(); }, kRunTimeoutMs);
    Q_UNUSED(ended) // `measuring` says which
    QObject::disconnect(c);
    return measuring ? panel.childPid() : 0;
}

// The run's resolved input `name` as the settings JSON of its result has it.
QJsonObject ranInput(const RunResult &result, const QString &name)
{
    for (const QJsonValue &v : result.settings.value(QStringLiteral("inputs")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

// Sets one input's value source the way a user does: the choice, then the text.
void chooseSource(RunPanel &panel, const char *input, InputSourceEditor::Choice choice, const QString &text)
{
    auto *editor = panel.findChild<InputSourceEditor *>(QStringLiteral("source.") + QLatin1String(input));
    QVERIFY(editor);
    auto *combo = editor->findChild<QComboBox *>(QStringLiteral("choice"));
    combo->setCurrentIndex(combo->findData(static_cast<int>(choice)));
    auto *edit = editor->findChild<QLineEdit *>(QStringLiteral("text"));
    QCOMPARE(edit->isHidden(), choice == InputSourceEditor::Choice::Random);
    QCOMPARE(editor->findChild<QToolButton *>(QStringLiteral("browse"))->isHidden(), choice != InputSourceEditor::Choice::File);
    edit->setText(text);
}

// Waits for the results' comparison job; false if it did not answer.
bool waitForComparison(RunPanel &panel)
{
    const OutputComparisonView *view = panel.resultView()->comparisonView();
    return QTest::qWaitFor([&] { return !view->isBusy(); }, 10000);
}

} // namespace

class TestRunPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inputEditorsShowThePlannedShapes();
    void backendsAreListedWithWhatIsMissing();
    void backendsAreCheckedOnceTheFormIsShown();
    void wheelChangesOnlyTheFocusedField();
    void runShowsTheResultsStatistics();
    void perLayerRowsAreNodesOfTheModel();
    void cancelEndsTheChildAndTheNextRunWorks();
    void killedChildIsReportedAndTheNextRunWorks();
    void sourceErrorsAreShownInThePanel();
    void fileWrittenOffTheGuiThreadThenRun();
    void subgraphRowsMapToTheirNodes();
    void inputValuesReachTheRun();
    void badInputValuesAreShownInThePanel();
    void warmupByDuration();
    void optimizedGraphIsKeptAndOpens();
    void outputsAreComparedWithThePreviousRun();
    void trtexecOptionsNeedTrtexec();
    void cliAndPanelMakeTheSameRun();
    void runsAreStoredInTheHistory();

private:
    bool runToEnd(RunPanel &panel, QString *error = nullptr);
    std::shared_ptr<const LoadedModel> m_model;
};

void TestRunPanel::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(MODELLENS_SAMPLE_MODEL)), MODELLENS_SAMPLE_MODEL);
    m_model = loadThroughLoader(QStringLiteral(MODELLENS_SAMPLE_MODEL));
    QVERIFY(m_model);
}

bool TestRunPanel::runToEnd(RunPanel &panel, QString *error)
{
    QSignalSpy finished(&panel, &RunPanel::runFinished);
    QSignalSpy failed(&panel, &RunPanel::runFailed);
    panel.run();
    if (!panel.isRunning())
        return false;
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, kRunTimeoutMs))
        return false;
    if (error && !failed.isEmpty())
        *error = failed.first().first().value<Error>().message;
    return finished.count() == 1 && failed.isEmpty();
}

void TestRunPanel::inputEditorsShowThePlannedShapes()
{
    RunPanel panel;
    panel.setModel(m_model);
    // tiny_cnn's input is [batch, 3, 32, 32]: the batch gets InputPlan's default 1.
    auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("shape.input"));
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("1x3x32x32"));
    QVERIFY(!edit->isReadOnly()); // the batch is dynamic
    edit->setText(QStringLiteral("2x3x32x32"));
    edit->setModified(true);
    QVERIFY(panel.settings()->shapes.at(QStringLiteral("input")) == (Shape{2, 3, 32, 32}));
    panel.setModel(m_model); // a new snapshot keeps what the user typed
    QCOMPARE(panel.findChild<QLineEdit *>(QStringLiteral("shape.input"))->text(), QStringLiteral("2x3x32x32"));
}

void TestRunPanel::backendsAreCheckedOnceTheFormIsShown()
{
    // The check starts ONNX Runtime's engine program, which would compete with a model's first
    // paint: a form out of sight waits (here the check of the test before is already done,
    // so a form that watched it at once would say checked at once).
    RunPanel hidden;
    QTest::qWait(400);
    QVERIFY(!hidden.backendsChecked());
    hidden.show();
    QVERIFY(QTest::qWaitFor([&] { return hidden.backendsChecked(); }, 60000));
    QVERIFY(hidden.availability(BackendId::OnnxRuntime).available);
    // One never shown checks after a while all the same.
    RunPanel unseen;
    QVERIFY(QTest::qWaitFor([&] { return unseen.backendsChecked(); }, 60000));
}

void TestRunPanel::backendsAreListedWithWhatIsMissing()
{
    RunPanel panel;
    QVERIFY(QTest::qWaitFor([&] { return panel.backendsChecked(); }, 60000));
    const BackendAvailability ort = panel.availability(BackendId::OnnxRuntime);
    QVERIFY2(ort.available, qPrintable(ort.missing));
    QVERIFY(!ort.providers.isEmpty());
    auto *providers = panel.findChild<QComboBox *>(QStringLiteral("executionProvider"));
    QCOMPARE(providers->count(), int(ort.providers.size()));
    // A provider ONNX Runtime lists but that cannot load here is not offered; the note says
    // what it is missing.
    auto *backendNote = panel.findChild<QLabel *>(QStringLiteral("backendNote"));
    for (const auto &[name, missing] : ort.unavailableProviders) {
        QCOMPARE(providers->findText(name), -1);
        QVERIFY2(backendNote->text().contains(name), qPrintable(backendNote->text()));
        QVERIFY2(backendNote->toolTip().contains(name + QStringLiteral(" is not available: ") + missing),
                 qPrintable(backendNote->toolTip()));
    }

    auto *backend = panel.findChild<QComboBox *>(QStringLiteral("backend"));
    const int trt = backend->findData(static_cast<int>(BackendId::Trtexec));
    QVERIFY2(trt >= 0, "trtexec stays listed");
    const BackendAvailability trtexec = panel.availability(BackendId::Trtexec);
    const auto *items = qobject_cast<QStandardItemModel *>(backend->model());
    QCOMPARE(items->item(trt)->isEnabled(), trtexec.available);
    if (trtexec.available)
        QSKIP("trtexec is installed here: nothing is missing");
    auto *note = panel.findChild<QLabel *>(QStringLiteral("backendNote"));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(trtexec.missing), qPrintable(note->text()));
    QCOMPARE(backend->currentData().toInt(), static_cast<int>(BackendId::OnnxRuntime));
}

// A wheel over the form scrolls it: a combo box or spin box under the pointer changes only
// when the user picked it (it has focus).
void TestRunPanel::wheelChangesOnlyTheFocusedField()
{
    RunPanel panel;
    panel.resize(600, 300); // shorter than the form: the scroll area has something to scroll
    panel.setModel(m_model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto *other = panel.findChild<QLineEdit *>(QStringLiteral("shape.input"));
    auto *level = panel.findChild<QComboBox *>(QStringLiteral("optimizationLevel"));
    auto *threads = panel.findChild<QSpinBox *>(QStringLiteral("interOpThreads"));
    QVERIFY(other && level && threads);
    level->setCurrentIndex(1);
    threads->setValue(2);
    other->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return other->hasFocus(); }, 2000));

    const auto wheel = [](QWidget *w, int delta) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(w, &event);
    };
    for (QWidget *field : {static_cast<QWidget *>(level), static_cast<QWidget *>(threads)}) {
        wheel(field, -120);
        wheel(field, 120);
        wheel(field, 120);
        QVERIFY(!field->hasFocus()); // the wheel did not take focus either
    }
    QCOMPARE(level->currentIndex(), 1);
    QCOMPARE(threads->value(), 2);
    QCOMPARE(level->focusPolicy(), Qt::StrongFocus);

    // Picked, the field takes the wheel as before.
    threads->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return threads->hasFocus(); }, 2000));
    wheel(threads, 120);
    QCOMPARE(threads->value(), 3);
}

void TestRunPanel::runShowsTheResultsStatistics()
{
    // The owner's source: a copy of the model in a folder of its own, as for an edited model.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.onnx"));
    QVERIFY(QFile::copy(QStringLiteral(MODELLENS_SAMPLE_MODEL), copy));
    int asked = 0;
    RunPanel panel;
    panel.setModel(m_model);
    panel.setModelSource([&]() -> Result<QString> {
        ++asked;
        return copy;
    });
    panel.setSettings(quick(20));
    QStringList stages;
    auto *bar = panel.findChild<QProgressBar *>();
    connect(panel.session(), &RunSession::progress, this, [&] { stages << bar->format(); });
    QSignalSpy finished(&panel, &RunPanel::runFinished);
    QSignalSpy heat(&panel, &RunPanel::heatMapChanged);
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QCOMPARE(asked, 1);
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("run"))->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("cancel"))->isEnabled());

    const auto result = panel.result();
    QVERIFY(result);
    QVERIFY(finished.first().first().value<std::shared_ptr<const RunResult>>() == result);
    QCOMPARE(result->iterations, 20);
    QVERIFY2(stages.contains(QStringLiteral("Iteration 20 of 20")), qPrintable(stages.join(QStringLiteral(" | "))));
    QVERIFY(stages.contains(QStringLiteral("Building the engine…")));

    const RunResultView &view = *panel.resultView();
    QVERIFY(view.result() == result);
    const LatencyStats &l = result->latency;
    // Shown to 3 or 4 decimals; half a unit of the last digit apart at most.
    struct Expect {
        const char *key;
        double value;
        double tolerance;
    };
    for (const Expect &e :
         {Expect{"min", l.min, 6e-4}, Expect{"max", l.max, 6e-4}, Expect{"mean", l.mean, 6e-4}, Expect{"median", l.median, 6e-4},
          Expect{"p90", l.p90, 6e-4}, Expect{"p95", l.p95, 6e-4}, Expect{"p99", l.p99, 6e-4}, Expect{"stddev", l.stddev, 6e-4},
          Expect{"cv", l.cv * 100, 6e-3}, Expect{"throughput", result->throughputPerS, 6e-3},
          Expect{"build", result->buildMs, 6e-4}, Expect{"firstRun", result->firstRunMs, 6e-4},
          Expect{"peakRss", result->peakRssBytes / 1e6, 0.06}, Expect{"iterations", double(result->iterations), 0}}) {
        const double v = shown(view, e.key);
        QVERIFY2(std::abs(v - e.value) <= e.tolerance,
                 qPrintable(QStringLiteral("%1: shown %2, result %3").arg(QLatin1String(e.key)).arg(v).arg(e.value)));
    }
    QVERIFY(result->peakRssBytes > 0);
    const bool warned = !view.findChild<QLabel *>(QStringLiteral("warnings"))->isHidden();
    QCOMPARE(warned, !result->warnings.isEmpty());
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("stat.cv"))->text().contains(QStringLiteral("unstable")), result->unstable);

    int binned = 0;
    for (int n : view.histogramCounts())
        binned += n;
    QCOMPARE(binned, result->iterations);
    QCOMPARE(view.histogramEdges().size(), view.histogramCounts().size() + 1);
    QVERIFY(view.histogramEdges().front() <= l.min && view.histogramEdges().back() >= l.max - 1e-9);

    // Without per-layer timing there are no rows, and the heat map is cleared.
    QCOMPARE(view.layerModel()->rowCount(), 0);
    QCOMPARE(heat.count(), 1);
    QVERIFY(heat.first().first().value<HeatMap>().isEmpty());
}

void TestRunPanel::perLayerRowsAreNodesOfTheModel()
{
    RunPanel panel;
    new QAbstractItemModelTester(panel.resultView()->layerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &panel);
    new QAbstractItemModelTester(panel.resultView()->opTypeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &panel);
    auto *table = panel.resultView()->layerTable();
    new QAbstractItemModelTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &panel);
    panel.setModel(m_model);
    EngineSettings s = quick(5);
    s.perLayer = true;
    panel.setSettings(s);
    QSignalSpy heat(&panel, &RunPanel::heatMapChanged);
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QVERIFY(panel.result()->layers);

    const LayerTableModel &rows = *panel.resultView()->layerModel();
    QVERIFY(rows.rowCount() > 0);
    QCOMPARE(rows.rowCount(), int(panel.result()->layers->layers.size()));
    double shares = 0, mappedShares = 0;
    for (int r = 0; r < rows.rowCount(); ++r) {
        const auto id = static_cast<NodeId>(rows.index(r, 0).data(LayerTableModel::NodeIdRole).toUInt());
        const LayerTiming &t = rows.timing(r);
        shares += t.share;
        if (!t.mapped) {
            QCOMPARE(id, kNoNode);
            continue;
        }
        QVERIFY2(id != kNoNode, qPrintable(t.node));
        const int entry = m_model->facts.indexOf(id);
        QVERIFY2(entry >= 0, qPrintable(t.node + QStringLiteral(" maps to no node of the model")));
        const onnx::NodeProto &node = *m_model->facts.nodes[std::size_t(entry)].node;
        QCOMPARE(QString::fromStdString(node.op_type()), t.opType);
        QCOMPARE(m_model->model->node(id), &node);
        mappedShares += t.share;
    }
    QVERIFY2(std::abs(shares - 1.0) < 1e-6, qPrintable(QString::number(shares)));
    double byType = 0;
    for (int r = 0; r < panel.resultView()->opTypeModel()->rowCount(); ++r)
        byType += panel.resultView()->opTypeModel()->timing(r).share;
    QVERIFY(std::abs(byType - 1.0) < 1e-6);
    // The By operator table opens sorted by time, largest first.
    auto *opTable = panel.findChild<QTableView *>(QStringLiteral("opTypeTable"));
    QVERIFY(opTable);
    QCOMPARE(opTable->horizontalHeader()->sortIndicatorSection(), int(OpTypeTableModel::MeanColumn));
    QCOMPARE(opTable->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(opTable->model()->rowCount() > 1);
    for (int r = 1; r < opTable->model()->rowCount(); ++r)
        QVERIFY(opTable->model()->index(r - 1, OpTypeTableModel::MeanColumn).data(OpTypeTableModel::SortRole).toDouble()
                >= opTable->model()->index(r, OpTypeTableModel::MeanColumn).data(OpTypeTableModel::SortRole).toDouble());

    // The heat map: every mapped node with its share.
    QCOMPARE(heat.count(), 1);
    const auto map = heat.first().first().value<HeatMap>();
    QVERIFY(!map.isEmpty());
    double heatSum = 0;
    for (double v : map)
        heatSum += v;
    QVERIFY(std::abs(heatSum - mappedShares) < 1e-9);

    // The table sorts by number through the proxy; Enter on a row asks for its node.
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
    table->sortByColumn(LayerTableModel::MeanColumn, Qt::AscendingOrder);
    for (int r = 1; r < proxy->rowCount(); ++r)
        QVERIFY(proxy->index(r - 1, LayerTableModel::MeanColumn).data(LayerTableModel::SortRole).toDouble()
                <= proxy->index(r, LayerTableModel::MeanColumn).data(LayerTableModel::SortRole).toDouble());
    QSignalSpy requested(&panel, &RunPanel::nodeRequested);
    const QModelIndex last = proxy->index(proxy->rowCount() - 1, 0);
    table->setCurrentIndex(last);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<NodeId>(), static_cast<NodeId>(last.data(LayerTableModel::NodeIdRole).toUInt()));
    const auto *gap = panel.resultView()->findChild<QLabel *>(QStringLiteral("layerGap"));
    QVERIFY(gap->text().contains(
            QLocale().toString(panel.result()->layers->gapMs(), 'f', panel.result()->layers->gapMs() < 1 ? 4 : 3)));

    // On the graph: the boxes of mapped nodes are tinted, across a relayout, with a legend.
    GraphPanel graph;
    graph.resize(800, 600);
    graph.setModel(m_model->model, sharedFacts(m_model));
    QVERIFY(QTest::qWaitFor([&] { return !graph.isBusy() && graph.scene(); }, kRunTimeoutMs));
    graph.setHeatMap(map);
    auto tinted = [&] {
        int n = 0;
        for (const NodeItem *item : graph.scene()->nodeItems())
            if (item->node().kind == DisplayNode::Kind::Operator && map.contains(item->node().node)) {
                n += item->heatShare() >= 0;
                if (std::abs(item->heatShare() - map.value(item->node().node)) > 1e-12)
                    return -1;
            }
        return n;
    };
    QCOMPARE(tinted(), int(map.size()));
    const auto *legend = graph.findChild<QLabel *>(QStringLiteral("heatLegend"));
    QVERIFY(legend && !legend->isHidden());
    DisplayOptions options = graph.options();
    options.horizontal = !options.horizontal;
    const GraphScene *before = graph.scene();
    graph.setOptions(options);
    QVERIFY(QTest::qWaitFor([&] { return !graph.isBusy() && graph.scene() && graph.scene() != before; }, kRunTimeoutMs));
    QCOMPARE(tinted(), int(map.size()));
    graph.setHeatMap({});
    for (const NodeItem *item : graph.scene()->nodeItems())
        QCOMPARE(item->heatShare(), -1.0);
    QVERIFY(legend->isHidden());
}

void TestRunPanel::cancelEndsTheChildAndTheNextRunWorks()
{
    RunPanel panel;
    panel.setModel(m_model);
    panel.setSettings(quick(2000000)); // a minute or more of tiny_cnn, far longer than the test waits
    QSignalSpy failed(&panel, &RunPanel::runFailed);
    panel.run();
    const qint64 pid = waitUntilMeasuring(panel);
    QVERIFY(pid > 0);
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("cancel"))->isEnabled());
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    panel.findChild<QPushButton *>(QStringLiteral("cancel"))->click();
    QVERIFY(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(!processExists(pid));
    QVERIFY(failed.first().first().value<Error>().cancelled());
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.message().contains(QStringLiteral("cancelled")));
    QVERIFY2(panel.findChild<QLabel *>(QStringLiteral("message"))->styleSheet().isEmpty(), "a cancel is told calmly, not in red");

    panel.setSettings(quick(3));
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QCOMPARE(panel.result()->iterations, 3);
}

void TestRunPanel::killedChildIsReportedAndTheNextRunWorks()
{
    RunPanel panel;
    panel.setModel(m_model);
    EngineSettings s = quick(1);
    s.durationSeconds = 60; // by time this once: the other way to make a long run
    panel.setSettings(s);
    QSignalSpy failed(&panel, &RunPanel::runFailed);
    panel.run();
    const qint64 pid = waitUntilMeasuring(panel);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QVERIFY(QTest::qWaitFor([&] { return failed.count() == 1; }, 5000));
    const QString message = failed.first().first().value<Error>().message;
    QVERIFY2(message.contains(QStringLiteral("SIGKILL")), qPrintable(message));
    QVERIFY2(panel.message().contains(QStringLiteral("SIGKILL")), qPrintable(panel.message()));
    QVERIFY(!panel.isRunning());
    QVERIFY(!processExists(pid));
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("run"))->isEnabled());

    panel.setSettings(quick(3));
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QCOMPARE(panel.result()->iterations, 3);
    QVERIFY(!panel.message().contains(QStringLiteral("SIGKILL")));
}

void TestRunPanel::sourceErrorsAreShownInThePanel()
{
    RunPanel panel;
    panel.setModel(m_model);
    panel.setModelSource([]() -> Result<QString> { return makeError(QStringLiteral("disk full")); });
    QSignalSpy failed(&panel, &RunPanel::runFailed);
    panel.run();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.message().contains(QStringLiteral("disk full")));

    // A shape the model refuses is the engine's message, in the panel too.
    panel.setModelSource({});
    auto *edit = panel.findChild<QLineEdit *>(QStringLiteral("shape.input"));
    edit->setText(QStringLiteral("1x4x32x32"));
    edit->setModified(true);
    QString error;
    QVERIFY(!runToEnd(panel, &error));
    QVERIFY2(error.contains(QStringLiteral("dimension 1")), qPrintable(error));
    QVERIFY(panel.message().contains(error));
    QVERIFY(!panel.isRunning());
}

// The owner's file is written off the GUI thread before the engine starts; Cancel while it
// is written means no run at all; a failure to write is the panel's message.
void TestRunPanel::fileWrittenOffTheGuiThreadThenRun()
{
    RunPanel panel;
    panel.setModel(m_model);
    panel.setSettings(quick(3));
    std::atomic<bool> onGuiThread{true};
    std::atomic<int> release{0};
    panel.setModelPreparer([&]() -> RunPanel::FileWriter {
        return [&]() -> Result<QString> {
            onGuiThread = QThread::currentThread() == QCoreApplication::instance()->thread();
            while (!release)
                QThread::msleep(5);
            return QStringLiteral(MODELLENS_SAMPLE_MODEL);
        };
    });
    QSignalSpy failed(&panel, &RunPanel::runFailed);
    QSignalSpy finished(&panel, &RunPanel::runFinished);
    panel.run();
    QVERIFY(panel.isRunning());
    QTest::qWait(50); // the GUI goes on while the file is written
    QVERIFY(panel.isRunning());
    panel.cancel();
    QVERIFY(!panel.isRunning());
    QCOMPARE(failed.count(), 1);
    release = 1;
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
    QVERIFY(!onGuiThread);
    QCOMPARE(finished.count(), 0); // cancelled: the engine never started
    QCOMPARE(panel.childPid(), qint64(0));

    release = 1; // the next run writes at once and runs
    QVERIFY(runToEnd(panel));
    QCOMPARE(panel.result()->iterations, 3);

    panel.setModelPreparer(
            []() -> RunPanel::FileWriter { return []() -> Result<QString> { return makeError(QStringLiteral("disk full")); }; });
    QString error;
    QVERIFY(!runToEnd(panel, &error) || !panel.isRunning());
    QTRY_VERIFY(panel.message().contains(QStringLiteral("disk full")));
    QVERIFY(!panel.isRunning());
}

void TestRunPanel::subgraphRowsMapToTheirNodes()
{
    REQUIRE_SHARED_MODELS();
    auto model = loadThroughLoader(sharedModel("scripted_loop.onnx"));
    QVERIFY(model);
    const onnx::GraphProto &main = model->model->proto().graph();
    // Rows as the engine writes them: the Loop's body is "<Loop's label>.body".
    std::vector<LayerTiming> rows;
    std::vector<NodeId> expected;
    for (int i = 0; i < main.node_size(); ++i) {
        const ModelNodeRef loop{&main.node(i), QString(), i};
        for (const auto &a : main.node(i).attribute()) {
            if (!a.has_g())
                continue;
            const QString path = ModelNodeRef::subgraphPath(QString(), loop.label(), a.name());
            for (int j = 0; j < a.g().node_size(); ++j) {
                LayerTiming t;
                t.node = ModelNodeRef{&a.g().node(j), path, j}.label();
                t.graph = path;
                t.nodeIndex = j;
                rows.push_back(t);
                expected.push_back(model->model->idOf(a.g().node(j)));
            }
        }
    }
    QVERIFY(!rows.empty());
    LayerTiming moved = rows.front(); // the index of another copy of the model: found by label
    moved.nodeIndex = 999;
    rows.push_back(moved);
    expected.push_back(expected.front());
    LayerTiming kernel; // a kernel no node was found for
    kernel.node = QStringLiteral("SomeFusedKernel");
    kernel.mapped = false;
    rows.push_back(kernel);
    expected.push_back(kNoNode);
    QVERIFY(mapLayersToNodes(rows, *model->model) == expected);
    for (std::size_t i = 0; i + 2 < expected.size(); ++i)
        QVERIFY(model->facts.nodes[std::size_t(model->facts.indexOf(expected[i]))].depth == 1);
}

void TestRunPanel::inputValuesReachTheRun()
{
    RunPanel panel;
    panel.setModel(m_model);
    panel.setSettings(quick(2));
    // A constant: the run's input says so (its values are the engine's to make).
    chooseSource(panel, "input", InputSourceEditor::Choice::Constant, QStringLiteral("0.5"));
    QCOMPARE(panel.settings()->sources.size(), std::size_t(1));
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    const QJsonObject constant = ranInput(*panel.result(), QStringLiteral("input")).value(QStringLiteral("source")).toObject();
    QCOMPARE(constant.value(QStringLiteral("kind")).toString(), QStringLiteral("constant"));
    QCOMPARE(constant.value(QStringLiteral("value")).toDouble(), 0.5);
    QCOMPARE(panel.result()->settings.value(QStringLiteral("sources")).toObject().value(QStringLiteral("input")).toObject(),
             constant);

    // A .npy file of batch 2: the file's shape runs, not the editor's default batch 1.
    QTemporaryDir dir;
    TensorData tensor;
    tensor.dataType = 1; // FLOAT
    tensor.shape = {2, 3, 32, 32};
    std::vector<float> values(std::size_t(tensor.elementCount()), 0.25f);
    tensor.bytes = QByteArray(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(float)));
    const QString npy = dir.filePath(QStringLiteral("input.npy"));
    QVERIFY(TensorFile::writeNpy(npy, tensor).ok());
    chooseSource(panel, "input", InputSourceEditor::Choice::File, npy);
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    const QJsonObject file = ranInput(*panel.result(), QStringLiteral("input"));
    QCOMPARE(file.value(QStringLiteral("source")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("file"));
    QCOMPARE(file.value(QStringLiteral("source")).toObject().value(QStringLiteral("file")).toString(),
             QFileInfo(npy).absoluteFilePath());
    QCOMPARE(file.value(QStringLiteral("shape")).toArray(), (QJsonArray{2, 3, 32, 32}));
    // Other input shapes than the run before: no comparison, and the view says why.
    QVERIFY(waitForComparison(panel));
    QVERIFY(!panel.resultView()->comparisonView()->hasComparison());
    const auto *about = panel.resultView()->findChild<QLabel *>(QStringLiteral("comparisonAbout"));
    QVERIFY2(about->text().contains(QStringLiteral("other inputs")), qPrintable(about->text()));

    // A range, and back to random: no source named, as the CLI without --inputs.
    chooseSource(panel, "input", InputSourceEditor::Choice::Range, QStringLiteral("-2..3"));
    const InputSource range = panel.settings()->sources.at(QStringLiteral("input"));
    QVERIFY(range.kind == InputSource::Kind::Random && range.low == -2 && range.high == 3);
    chooseSource(panel, "input", InputSourceEditor::Choice::Random, QString());
    QVERIFY(panel.settings()->sources.empty());
    // setSettings shows a source, and settings() gives it back.
    EngineSettings s = quick(2);
    s.sources[QStringLiteral("input")] = InputSource::constant(-1.5);
    panel.setSettings(s);
    QCOMPARE(panel.settings()->sources.at(QStringLiteral("input")).value, -1.5);
}

void TestRunPanel::badInputValuesAreShownInThePanel()
{
    RunPanel panel;
    panel.setModel(m_model);
    panel.setSettings(quick(2));
    QSignalSpy failed(&panel, &RunPanel::runFailed);
    const QString missing = QStringLiteral("/nonexistent/folder/values.npy");
    struct Case {
        InputSourceEditor::Choice choice;
        QString text;
        QString expected;
    };
    for (const Case &c :
         {Case{InputSourceEditor::Choice::File, missing, missing},
          Case{InputSourceEditor::Choice::File, QString(), QStringLiteral("choose the file")},
          Case{InputSourceEditor::Choice::Constant, QStringLiteral("abc"), QStringLiteral("\"abc\" is not a number")},
          Case{InputSourceEditor::Choice::Range, QStringLiteral("3..1"), QStringLiteral("empty")},
          Case{InputSourceEditor::Choice::Range, QStringLiteral("low..high"), QStringLiteral("not a range")}}) {
        chooseSource(panel, "input", c.choice, c.text);
        // Shown as soon as it is typed: the reason in the message line, the field marked, and
        // Run disabled until it is fixed.
        QVERIFY2(panel.message().contains(c.expected) && panel.message().contains(QStringLiteral("input")),
                 qPrintable(panel.message()));
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("message"))->isHidden());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("run"))->isEnabled());
        auto *editor = panel.findChild<InputSourceEditor *>(QStringLiteral("source.input"));
        QVERIFY(editor->findChild<QLineEdit *>(QStringLiteral("text"))->property("invalid").toBool());
        QVERIFY(!panel.settings());
        QCOMPARE(panel.settings().errorCode(), ErrorCode::InvalidSettings);
        failed.clear();
        panel.run(); // F5 while the field is invalid: nothing runs, the reason is given
        QVERIFY(!panel.isRunning());
        QCOMPARE(failed.count(), 1);
    }
    chooseSource(panel, "input", InputSourceEditor::Choice::Random, QString());
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("run"))->isEnabled());
    QVERIFY2(panel.message().isEmpty(), qPrintable(panel.message()));
    auto *shape = panel.findChild<QLineEdit *>(QStringLiteral("shape.input"));
    shape->setText(QStringLiteral("1x3x32x")); // half typed
    QVERIFY(shape->property("invalid").toBool());
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("run"))->isEnabled());
    shape->setText(QStringLiteral("1x3x32x32"));
    QVERIFY(!shape->property("invalid").toBool());
    QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("run"))->isEnabled());
    // A file the engine cannot read as the input: its message, in the panel.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.npy"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a numpy file");
    f.close();
    chooseSource(panel, "input", InputSourceEditor::Choice::File, bad);
    QString error;
    QVERIFY(!runToEnd(panel, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.npy")), qPrintable(error));
    QVERIFY(panel.message().contains(error));
}

void TestRunPanel::warmupByDuration()
{
    RunPanel panel;
    panel.setModel(m_model);
    panel.setSettings(quick(2));
    auto *byTime = panel.findChild<QRadioButton *>(QStringLiteral("warmupByTime"));
    auto *seconds = panel.findChild<QDoubleSpinBox *>(QStringLiteral("warmupDuration"));
    auto *count = panel.findChild<QSpinBox *>(QStringLiteral("warmup"));
    QVERIFY(!seconds->isEnabled() && count->isEnabled());
    byTime->click();
    QVERIFY(seconds->isEnabled() && !count->isEnabled());
    seconds->setValue(0.3);
    QCOMPARE(panel.settings()->warmupSeconds, 0.3);
    QStringList stages;
    auto *bar = panel.findChild<QProgressBar *>();
    connect(panel.session(), &RunSession::progress, this, [&] { stages << bar->format(); });
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QVERIFY(timer.elapsed() >= 300);
    QCOMPARE(panel.result()->settings.value(QStringLiteral("warmup_seconds")).toDouble(), 0.3);
    // 0.3 s of tiny_cnn is far more than the one warm-up iteration set by count.
    QVERIFY2(panel.result()->warmupIterations > 1, qPrintable(QString::number(panel.result()->warmupIterations)));
    QVERIFY2(
            std::any_of(stages.begin(), stages.end(), [](const QString &t) { return t.startsWith(QStringLiteral("Warm-up: ")); }),
            qPrintable(stages.join(QStringLiteral(" | "))));
    panel.findChild<QRadioButton *>(QStringLiteral("warmupByCount"))->click();
    QCOMPARE(panel.settings()->warmupSeconds, 0.0);
}

void TestRunPanel::optimizedGraphIsKeptAndOpens()
{
    QString folder, first;
    {
        RunPanel panel;
        panel.setModel(m_model);
        panel.setSettings(quick(2));
        auto *button = panel.resultView()->openOptimizedButton();
        QVERIFY(button->isHidden());
        QString error;
        QVERIFY2(runToEnd(panel, &error), qPrintable(error));
        QVERIFY(panel.result()->optimizedModelPath.isEmpty()); // not asked for
        QVERIFY(button->isHidden());

        panel.findChild<QCheckBox *>(QStringLiteral("saveOptimized"))->setChecked(true);
        QVERIFY2(runToEnd(panel, &error), qPrintable(error));
        first = panel.result()->optimizedModelPath;
        folder = panel.workFolder();
        QVERIFY(!folder.isEmpty());
        QVERIFY2(first.endsWith(QStringLiteral(".onnx")) && first.startsWith(folder), qPrintable(first));
        QVERIFY(QFileInfo(first).isFile() && QFileInfo(first).size() > 0);
        QVERIFY(loadThroughLoader(first)); // a model the app opens
        QVERIFY(!button->isHidden());
        QCOMPARE(button->text(), QStringLiteral("Open Optimized Graph"));
        QSignalSpy open(&panel, &RunPanel::openModelRequested);
        button->click();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), first);

        // The next run keeps its own graph; the earlier one goes.
        QVERIFY2(runToEnd(panel, &error), qPrintable(error));
        const QString second = panel.result()->optimizedModelPath;
        QVERIFY(second != first && QFileInfo::exists(second));
        QVERIFY(!QFileInfo::exists(first));
        // Only the last two runs' folders stay (the two sides of the comparison).
        QCOMPARE(QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder)); // removed with the panel
}

void TestRunPanel::outputsAreComparedWithThePreviousRun()
{
    RunPanel panel;
    OutputComparisonView *view = panel.resultView()->comparisonView();
    new QAbstractItemModelTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &panel);
    new QAbstractItemModelTester(view->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &panel);
    panel.setModel(m_model);
    EngineSettings s = quick(2);
    s.optimizationLevel = OptimizationLevel::None;
    panel.setSettings(s);
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QVERIFY(waitForComparison(panel));
    QVERIFY(!view->hasComparison()); // nothing before the first run
    QVERIFY(QFileInfo::exists(QDir(panel.result()->outputsDir).filePath(QStringLiteral("outputs.json"))));
    QVERIFY(panel.result()->outputsDir.startsWith(panel.workFolder()));

    QCOMPARE(view->atol(), 1e-4);
    QCOMPARE(view->rtol(), 1e-3);
    s.optimizationLevel = OptimizationLevel::All;
    panel.setSettings(s);
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QVERIFY(waitForComparison(panel));
    QVERIFY(view->hasComparison());
    const onnx::GraphProto &graph = m_model->model->proto().graph();
    const OutputComparisonModel &rows = *view->model();
    QCOMPARE(rows.rowCount(), graph.output_size());
    for (int i = 0; i < graph.output_size(); ++i) {
        const OutputDifference &d = rows.differences()[std::size_t(i)];
        QCOMPARE(d.name, QString::fromStdString(graph.output(i).name()));
        QVERIFY2(d.pass && d.problem.isEmpty(), qPrintable(d.name + QLatin1Char(' ') + d.problem));
        QVERIFY(d.elements > 0);
        QCOMPARE(rows.index(i, OutputComparisonModel::PassColumn).data().toString(), QStringLiteral("pass"));
    }
    QVERIFY(view->allPass());
    const auto *verdict = panel.resultView()->findChild<QLabel *>(QStringLiteral("comparisonVerdict"));
    QVERIFY2(verdict->text().contains(QStringLiteral("within the tolerance")), qPrintable(verdict->text()));
    const auto *about = panel.resultView()->findChild<QLabel *>(QStringLiteral("comparisonAbout"));
    QVERIFY2(about->text().contains(QStringLiteral("optimization all"))
                     && about->text().contains(QStringLiteral("optimization none")),
             qPrintable(about->text()));

    // Another seed gives other random inputs, so other outputs: outside a tolerance of 0 ...
    view->setTolerance(0, 0);
    s.seed = 7;
    panel.setSettings(s);
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QVERIFY(waitForComparison(panel));
    QCOMPARE(view->atol(), 0.0); // the tolerance stays across runs
    QVERIFY(view->hasComparison());
    QVERIFY(!view->allPass());
    for (const OutputDifference &d : rows.differences())
        QVERIFY2(!d.pass && d.mismatches > 0 && d.maxAbs > 0, qPrintable(d.name));
    QVERIFY2(verdict->text().contains(QStringLiteral("differ")), qPrintable(verdict->text()));
    auto *tabs = panel.resultView()->findChild<QTabWidget *>();
    QVERIFY(tabs->tabText(tabs->indexOf(view)).contains(QStringLiteral("differ")));
    // ... and within a huge one, compared again without another run.
    view->setTolerance(1e6, 0);
    QVERIFY(waitForComparison(panel));
    QVERIFY(view->allPass());
}

void TestRunPanel::trtexecOptionsNeedTrtexec()
{
    RunPanel panel;
    panel.setModel(m_model);
    QVERIFY(QTest::qWaitFor([&] { return panel.backendsChecked(); }, 60000));
    auto *box = panel.findChild<TrtexecOptionsBox *>(QStringLiteral("trtexecOptions"));
    QVERIFY(box);
    for (const QString &flag : TrtexecBackend::precisionFlags())
        QVERIFY2(box->findChild<QCheckBox *>(QStringLiteral("precision.") + flag), qPrintable(flag));
    // The range editors of the dynamic input show the plan's defaults.
    auto *min = box->findChild<QLineEdit *>(QStringLiteral("minShape.input"));
    auto *max = box->findChild<QLineEdit *>(QStringLiteral("maxShape.input"));
    QVERIFY(min && max);
    QCOMPARE(min->placeholderText(), QStringLiteral("1x3x32x32"));
    QCOMPARE(max->placeholderText(), QStringLiteral("1x3x32x32"));
    auto *shape = panel.findChild<QLineEdit *>(QStringLiteral("shape.input"));
    shape->setText(QStringLiteral("4x3x32x32"));
    shape->setModified(true);
    Q_EMIT shape->editingFinished();
    QCOMPARE(max->placeholderText(), QStringLiteral("4x3x32x32"));

    // They reach the settings as the CLI's options put them.
    EngineSettings s;
    s.precisions = QStringList{QStringLiteral("fp16"), QStringLiteral("noTF32")};
    s.workspaceMiB = 512;
    s.timingCachePath = QStringLiteral("/tmp/timing.cache");
    s.enginePath = QStringLiteral("/tmp/model.engine");
    s.minShapes[QStringLiteral("input")] = {1, 3, 32, 32};
    s.maxShapes[QStringLiteral("input")] = {8, 3, 32, 32};
    panel.setSettings(s);
    const EngineSettings back = panel.settings().value();
    QCOMPARE(back.precisions, s.precisions);
    QCOMPARE(back.workspaceMiB, 512);
    QCOMPARE(back.timingCachePath, s.timingCachePath);
    QCOMPARE(back.enginePath, s.enginePath);
    QVERIFY(back.minShapes == s.minShapes && back.maxShapes == s.maxShapes);
    QVERIFY(box->findChild<QCheckBox *>(QStringLiteral("precision.fp16"))->isChecked());

    auto *backend = panel.findChild<QComboBox *>(QStringLiteral("backend"));
    QCOMPARE(backend->currentData().toInt(), static_cast<int>(BackendId::OnnxRuntime));
    QVERIFY(!box->isEnabled()); // not for ONNX Runtime
    backend->setCurrentIndex(backend->findData(static_cast<int>(BackendId::Trtexec)));
    const bool available = panel.availability(BackendId::Trtexec).available;
    QCOMPARE(box->isEnabled(), available);
    if (available)
        QSKIP("trtexec is installed here: its options are enabled");
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("run"))->isEnabled());
}

// The same options in the panel and on the command line give the same run: the same
// settings reach the engine (inputs planned alike), and the same statistics come back.
void TestRunPanel::cliAndPanelMakeTheSameRun()
{
    RunPanel panel;
    panel.setModel(m_model);
    EngineSettings s = quick(5);
    s.seed = 7;
    panel.setSettings(s);
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));

    QProcess cli;
    cli.start(QStringLiteral(MODELLENS_CLI),
              {QStringLiteral("profile"), QStringLiteral(MODELLENS_SAMPLE_MODEL), QStringLiteral("--threads"),
               QStringLiteral("1"), QStringLiteral("--no-spinning"), QStringLiteral("--warmup"), QStringLiteral("1"),
               QStringLiteral("--iterations"), QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("7"),
               QStringLiteral("--rounds"), QStringLiteral("1"), // the panel's runs are one round
               QStringLiteral("--json"), QStringLiteral("--no-history")});
    QVERIFY(cli.waitForFinished(kRunTimeoutMs));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QJsonObject line = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QVERIFY(!line.isEmpty());
    // What profile prints beside the result: its rounds (one here), not part of the run.
    QCOMPARE(line.take(QStringLiteral("rounds")).toInt(), 1);
    line.remove(QStringLiteral("round_medians_ms"));

    // Where the outputs and the optimized graph go is the only difference: the panel keeps
    // the outputs for its comparison with the next run.
    QJsonObject fromPanel = panel.result()->settings;
    QJsonObject fromCli = line.value(QStringLiteral("settings")).toObject();
    for (const QString &key : {QStringLiteral("save_outputs"), QStringLiteral("save_optimized")}) {
        fromPanel.remove(key);
        fromCli.remove(key);
    }
    QStringList differing;
    for (const QString &key : fromPanel.keys() + fromCli.keys())
        if (fromPanel.value(key) != fromCli.value(key) && !differing.contains(key))
            differing << key + QStringLiteral(": panel ")
                            + QString::fromUtf8(
                                    QJsonDocument(QJsonObject{{key, fromPanel.value(key)}}).toJson(QJsonDocument::Compact))
                            + QStringLiteral(" cli ")
                            + QString::fromUtf8(
                                    QJsonDocument(QJsonObject{{key, fromCli.value(key)}}).toJson(QJsonDocument::Compact));
    QVERIFY2(differing.isEmpty(), qPrintable(differing.join(QStringLiteral("\n"))));

    const QJsonObject panelJson = panel.result()->toJson();
    QCOMPARE(panelJson.keys(), line.keys());
    QCOMPARE(line.value(QStringLiteral("iterations")).toInt(), 5);
    QCOMPARE(panelJson.value(QStringLiteral("iterations")).toInt(), 5);
    QCOMPARE(panelJson.value(QStringLiteral("warmup_iterations")), line.value(QStringLiteral("warmup_iterations")));
    QCOMPARE(panelJson.value(QStringLiteral("latency_ms")).toObject().keys(),
             line.value(QStringLiteral("latency_ms")).toObject().keys());
    QCOMPARE(panelJson.value(QStringLiteral("latencies_ms")).toArray().size(), 5);
    QCOMPARE(line.value(QStringLiteral("latencies_ms")).toArray().size(), 5);
}

// Every run of the panel is remembered: the model file it came from, marked edited when it
// had unsaved edits, and the id shown beside the result.
void TestRunPanel::runsAreStoredInTheHistory()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("history.sqlite"));
    RunPanel panel;
    panel.setModel(m_model);
    panel.setHistory(db);
    panel.setSettings(quick(2));
    QSignalSpy stored(&panel, &RunPanel::runStored);
    QString error;
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QVERIFY(stored.wait(30000) || !stored.isEmpty());
    const QString first = stored.first().first().toString();
    QCOMPARE(panel.storedRunId(), first);
    QVERIFY2(panel.message().contains(first), qPrintable(panel.message()));

    // As an edited tab runs: the file it came from and the model as edited.
    panel.setRunOrigin([this] { return RunPanel::RunOrigin{QStringLiteral(MODELLENS_SAMPLE_MODEL), m_model->model}; });
    QVERIFY2(runToEnd(panel, &error), qPrintable(error));
    QVERIFY(stored.wait(30000) || stored.count() == 2);
    QCOMPARE(stored.count(), 2);

    auto store = HistoryStore::open(db);
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    auto runs = store.value()->listRuns(RunFilter{});
    QVERIFY(runs.ok());
    QCOMPARE(int(runs->size()), 2);
    for (const RunSummary &r : runs.value()) {
        QCOMPARE(r.source, QStringLiteral("gui"));
        QCOMPARE(r.status, RunStatus::Completed);
        QCOMPARE(r.iterations, 2);
        QCOMPARE(QFileInfo(r.modelPath).fileName(), QStringLiteral("tiny_cnn.onnx"));
    }
    QVERIFY(runs->front().edited != runs->back().edited); // one of them ran as edited
    // The edited run is kept under the file it came from, and nothing stored names the
    // temporary folders the run used.
    auto edited = store.value()->loadRun(runs->front().edited ? runs->front().id : runs->back().id);
    QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
    QCOMPARE(edited->summary.modelPath, QFileInfo(QStringLiteral(MODELLENS_SAMPLE_MODEL)).absoluteFilePath());
    for (const QJsonObject &o : {edited->settings, edited->result.settings})
        QVERIFY2(!QJsonDocument(o).toJson().contains(QByteArray(QDir::tempPath().toUtf8() + "/modellens-runs")),
                 QJsonDocument(o).toJson().constData());
}

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
