// SPDX-License-Identifier: GPL-3.0-or-later
// The graph view in the real main window (offscreen): one scene item per node and edge,
// subgraphs entered at any depth, search, the side panels against the values in the file,
// several models in tabs, export.
#include "GraphItems.h"
#include "GraphPanel.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "ModelSummaryView.h"
#include "ModelTab.h"
#include "NodePanel.h"
#include "SearchBar.h"
#include "SharedModels.h"
#include "TensorPanel.h"
#include "WindowTestSupport.h"

#include <QApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileDialog>
#include <QImageReader>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>

#include <cstring>
#include <unordered_set>

using namespace ml;

namespace {

using namespace mltest;

// Answers the file dialog that is about to open (or is open) with `file`.
void answerFileDialog(const QString &file, bool *answered)
{
    auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
    if (!dialog) { // not open yet: ask again in a moment
        QTimer::singleShot(20, [file, answered] { answerFileDialog(file, answered); });
        return;
    }
    dialog->selectFile(file);
    *answered = true;
    QMetaObject::invokeMethod(dialog, "accept"); // the dialog's own Save button does the same
}

// Edges a flat drawing of `g` must have, counted from the proto alone: one per distinct
// non-initializer input of each node, and one per graph output.
int expectedEdges(const onnx::GraphProto &g)
{
    std::unordered_set<std::string> initializers;
    for (const auto &t : g.initializer())
        initializers.insert(t.name());
    int edges = g.output_size();
    for (const auto &n : g.node()) {
        std::unordered_set<std::string> seen;
        for (const auto &in : n.input())
            if (!in.empty() && !initializers.count(in) && seen.insert(in).second)
                ++edges;
    }
    return edges;
}

} // namespace

class TestGraphView : public QObject {
    Q_OBJECT
    QTemporaryDir m_cache;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelLensTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_graphview"));
        // A layout cache of this run only: what is laid out here is laid out, not reloaded.
        QVERIFY(m_cache.isValid());
        qputenv("MODELLENS_CACHE_DIR", QFile::encodeName(m_cache.path()));
    }

    void largeGraphsShowAPreviewWhileGraphvizWorks()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        ModelTab *tab = openModel(window, "synthetic_dag_1k.onnx");
        QVERIFY(tab);
        GraphPanel *panel = tab->graphPanel();
        QVERIFY(panel->scene()->data().graph.grouped); // 1,000 nodes open grouped
        QSignalSpy preview(panel, &GraphPanel::previewShown);
        DisplayOptions options = panel->options();
        options.flat = true;
        panel->setOptions(options);
        QVERIFY(waitForLayout(panel));
        // Too large for dot to finish in time with its labels: the layered layout is the
        // final one, shown at once, with no preview before it.
        QCOMPARE(preview.count(), 0);
        QCOMPARE(panel->scene()->data().layout.engine, GraphLayout::Engine::Layered);
        QCOMPARE(operatorItems(*panel->scene()), 1000);

        // A graph dot lays out, of more than 300 boxes: the layered layout first, then dot's.
        ModelTab *bert = openModel(window, "bert_like_encoder_2l_tied.onnx");
        QVERIFY(bert);
        GraphPanel *bertPanel = bert->graphPanel();
        QSignalSpy bertPreview(bertPanel, &GraphPanel::previewShown);
        DisplayOptions flipped = bertPanel->options();
        flipped.horizontal = !flipped.horizontal; // not laid out yet: not in the cache
        bertPanel->setOptions(flipped);
        QVERIFY(waitForLayout(bertPanel));
        QCOMPARE(bertPreview.count(), 1);
        QCOMPARE(bertPanel->scene()->data().layout.engine, GraphLayout::Engine::Dot);
        // Laid out once, it comes from the cache: no preview.
        bertPanel->setOptions(flipped);
        QVERIFY(waitForLayout(bertPanel));
        QCOMPARE(bertPreview.count(), 1);
    }

    void sceneHasOneItemPerNodeAndEdge_data()
    {
        QTest::addColumn<QString>("model");
        for (const char *m : {"resnet18_dynbatch.onnx", "mobilenet_v3_small.onnx", "squeezenet1_0.onnx",
                              "bert_like_encoder_2l_tied.onnx", "lstm_gru_seq.onnx"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }

    void sceneHasOneItemPerNodeAndEdge()
    {
        REQUIRE_SHARED_MODELS();
        QFETCH(QString, model);
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, model.toLatin1().constData());
        QVERIFY(tab);
        const GraphScene *scene = tab->graphPanel()->scene();
        const onnx::GraphProto &g = tab->model()->model->proto().graph();
        QCOMPARE(operatorItems(*scene), g.node_size());
        int inputs = 0;
        std::unordered_set<std::string> initializers;
        for (const auto &t : g.initializer())
            initializers.insert(t.name());
        for (const auto &in : g.input())
            inputs += !initializers.count(in.name());
        QCOMPARE(int(scene->nodeItems().size()), g.node_size() + inputs + g.output_size());
        QCOMPARE(int(scene->edgeItems().size()), expectedEdges(g));
        // Every box got a place inside the scene.
        for (const NodeItem *item : scene->nodeItems())
            QVERIFY(scene->sceneRect().contains(item->sceneBoundingRect().center()));
    }

    // The schemas' Markdown is shown as formatted text; its relative links lead to the onnx
    // docs on GitHub (the panel opens http links in the browser).
    void documentationIsFormattedText()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        const OnnxModel &model = *tab->model()->model;
        const onnx::NodeProto *add = nullptr;
        for (const auto &n : model.proto().graph().node())
            if (n.op_type() == "Add" && !add)
                add = &n;
        QVERIFY(add);
        QVERIFY(tab->graphPanel()->selectNode(model.idOf(*add)));
        const QString text = tab->nodePanel()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("multidirectional (i.e., Numpy-style) broadcasting")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("**")) && !text.contains(QStringLiteral("](")), qPrintable(text));
        const QString html = tab->nodePanel()->toHtml();
        QVERIFY2(html.contains(QStringLiteral("href=\"https://github.com/onnx/onnx/blob/main/docs/Broadcasting.md\"")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("font-weight:700")) || html.contains(QStringLiteral("font-weight:600")));
    }

    void selectionShowsTheNodeAndHighlightsItsEdges()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        const OnnxModel &model = *tab->model()->model;
        const onnx::NodeProto &conv = model.proto().graph().node(0);
        QCOMPARE(conv.op_type(), std::string("Conv"));
        QVERIFY(tab->graphPanel()->selectNode(model.idOf(conv)));
        QCOMPARE(tab->graphPanel()->selectedNode(), model.idOf(conv));
        QCOMPARE(tab->nodePanel()->node(), model.idOf(conv));
        QCOMPARE(tab->sidePanels()->currentWidget(), tab->nodePanel());
        int highlighted = 0;
        for (const EdgeItem *e : tab->graphPanel()->scene()->edgeItems())
            highlighted += e->isHighlighted();
        QCOMPARE(highlighted, 2); // input0 in, its output to the next node

        // What the Node panel says comes from the file: attributes, types, the schema.
        const QString text = tab->nodePanel()->toPlainText();
        for (const auto &a : conv.attribute())
            QVERIFY2(text.contains(QString::fromStdString(a.name())), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[7, 7]"))); // kernel_shape
        QVERIFY(text.contains(QStringLiteral("float32[batch,3,224,224]")));
        QVERIFY(text.contains(QStringLiteral("graph input")));
        QVERIFY(text.contains(QStringLiteral("float32[64,3,7,7]")));        // the weight's type, from the initializer
        QVERIFY(text.contains(QStringLiteral("The convolution operator"))); // from the ONNX schema

        // Keyboard: Down goes to the consumer.
        tab->graphPanel()->view()->setFocus();
        QTest::keyClick(tab->graphPanel()->view(), Qt::Key_Down);
        const NodeId next = tab->graphPanel()->selectedNode();
        QVERIFY(next != model.idOf(conv));
        bool consumes = false;
        for (const auto &in : model.node(next)->input())
            consumes |= in == conv.output(0);
        QVERIFY(consumes);
    }

    void tensorPanelShowsTheValuesInTheFile()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        const OnnxModel &model = *tab->model()->model;
        const onnx::NodeProto &conv = model.proto().graph().node(0);
        const QString weight = QString::fromStdString(conv.input(1));
        TensorPanel *panel = tab->tensorPanel();
        QSignalSpy ready(panel, &TensorPanel::valuesReady);
        QVERIFY(panel->showTensor(weight, model.idOf(conv)));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kTimeoutMs);

        // The same tensor read independently: the materialized proto's raw bytes.
        auto full = model.materialize();
        QVERIFY(full);
        const onnx::TensorProto *t = nullptr;
        for (const auto &i : full.value().graph().initializer())
            if (i.name() == conv.input(1))
                t = &i;
        QVERIFY(t && t->data_type() == onnx::TensorProto::FLOAT);
        const std::string &raw = t->raw_data();
        const std::size_t n = raw.size() / 4;
        QCOMPARE(n, std::size_t(64 * 3 * 7 * 7));
        std::vector<float> values(n);
        std::memcpy(values.data(), raw.data(), raw.size());
        double lo = values[0], hi = values[0], sum = 0;
        for (float v : values) {
            lo = std::min<double>(lo, v);
            hi = std::max<double>(hi, v);
            sum += v;
        }
        QCOMPARE(panel->statistics().count, qint64(n));
        QCOMPARE(panel->statistics().min, lo);
        QCOMPARE(panel->statistics().max, hi);
        QVERIFY(std::abs(panel->statistics().mean - sum / double(n)) < 1e-9);
        QVERIFY(panel->pageText().startsWith(QStringLiteral("[0] %1").arg(double(values[0]), 0, 'g', 8)));
        panel->setPage(1);
        QVERIFY(panel->pageText().startsWith(QStringLiteral("[1000] %1").arg(double(values[1000]), 0, 'g', 8)));

        // Save as .npy as the user does it: the button, its file dialog, then the file is
        // written off the GUI thread while the button waits disabled.
        QTemporaryDir dir;
        const QString npy = dir.filePath(QStringLiteral("w.npy"));
        auto *save = panel->findChild<QPushButton *>(QStringLiteral("saveNpy"));
        QVERIFY(save && save->isEnabled());
        QSignalSpy saved(panel, &TensorPanel::npySaved);
        bool answered = false;
        QTimer::singleShot(0, panel, [&] { answerFileDialog(npy, &answered); });
        save->click(); // returns once the dialog was answered
        QVERIFY(answered);
        QVERIFY(panel->isSaving() || !saved.isEmpty());
        QVERIFY(!save->isEnabled() || !saved.isEmpty());
        QVERIFY(saved.wait(10000) || !saved.isEmpty());
        QVERIFY(saved.first().at(0).toULongLong() > 0); // the job's id
        QCOMPARE(saved.first().at(1).toString(), npy);
        QCOMPARE(saved.first().at(2).toString(), QString());
        QVERIFY(save->isEnabled());
        QFile f(npy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().endsWith(QByteArray(raw.data(), qsizetype(raw.size()))));
    }

    void searchFindsAndJumps()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        SearchBar *search = tab->searchBar();
        search->setQuery(QStringLiteral("Conv"), SearchQuery::Mode::Exact);
        QCOMPARE(int(search->hits().size()), 20);
        search->next();
        search->next();
        QCOMPARE(search->current(), 1);
        const NodeId second = search->hits()[1].node;
        QCOMPARE(tab->graphPanel()->selectedNode(), second);
        QCOMPARE(tab->graphPanel()->model()->node(second)->op_type(), std::string("Conv"));

        // Several terms, all of which must match; a shape as a term.
        search->setQuery(QStringLiteral("Relu batchx64x56x56"), SearchQuery::Mode::Exact);
        QVERIFY(!search->hits().empty());
        for (const SearchHit &hit : search->hits())
            QCOMPARE(tab->graphPanel()->model()->node(hit.node)->op_type(), std::string("Relu"));
        search->setQuery(QStringLiteral("^/layer[12]/.*Add"), SearchQuery::Mode::RegularExpression);
        // The four Add nodes of layer1 and layer2 by name, and their consumers by input tensor.
        int adds = 0;
        for (const SearchHit &hit : search->hits()) {
            const bool add = tab->graphPanel()->model()->node(hit.node)->op_type() == "Add";
            adds += add;
            QCOMPARE(hit.field, add ? QStringLiteral("name") : QStringLiteral("tensor"));
        }
        QCOMPARE(adds, 4);
        search->setQuery(QStringLiteral("no such thing"));
        QVERIFY(search->hits().empty());
    }

    void subgraphsAreEnteredAtAnyDepth()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        ModelTab *tab = openModel(window, "silero_vad_v5.onnx");
        QVERIFY(tab);
        const ModelFacts &facts = tab->model()->facts;
        // The deepest node of the model.
        const NodeEntry *deepest = &facts.nodes.front();
        for (const NodeEntry &e : facts.nodes)
            if (e.depth > deepest->depth)
                deepest = &e;
        QVERIFY(deepest->depth >= 2);
        GraphPanel *panel = tab->graphPanel();
        QVERIFY(tab->revealNode(deepest->id));
        QVERIFY(waitForLayout(panel));
        QTRY_COMPARE_WITH_TIMEOUT(panel->selectedNode(), deepest->id, kTimeoutMs);
        QCOMPARE(int(panel->path().steps.size()), deepest->depth);
        QCOMPARE(operatorItems(*panel->scene()), deepest->graph->node_size());
        QCOMPARE(int(panel->scene()->edgeItems().size()),
                 expectedEdges(*deepest->graph) + 0 /* captures get a terminal and an edge each, counted as inputs above */);

        // Leave by the breadcrumb: back in the main graph.
        GraphPath main;
        panel->setPath(main);
        QVERIFY(waitForLayout(panel));
        QCOMPARE(operatorItems(*panel->scene()), tab->model()->model->proto().graph().node_size());
    }

    void functionsCanBeEntered()
    {
        // A model-local function (made here: the shared models have none) called from the
        // main graph: custom::Double(a) = Identity(Add(a, a)).
        onnx::ModelProto m;
        m.set_ir_version(8);
        auto *opset = m.add_opset_import();
        opset->set_version(17);
        auto *custom = m.add_opset_import();
        custom->set_domain("custom");
        custom->set_version(1);
        auto *g = m.mutable_graph();
        g->set_name("main");
        auto *x = g->add_input();
        x->set_name("x");
        x->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
        x->mutable_type()->mutable_tensor_type()->mutable_shape()->add_dim()->set_dim_value(4);
        *g->add_output() = *x;
        g->mutable_output(0)->set_name("y");
        auto *call = g->add_node();
        call->set_op_type("Double");
        call->set_domain("custom");
        call->set_name("double");
        call->add_input("x");
        call->add_output("y");
        auto *f = m.add_functions();
        f->set_name("Double");
        f->set_domain("custom");
        f->add_input("a");
        f->add_output("b");
        *f->add_opset_import() = *opset;
        auto *add = f->add_node();
        add->set_op_type("Add");
        add->add_input("a");
        add->add_input("a");
        add->add_output("t");
        auto *id = f->add_node();
        id->set_op_type("Identity");
        id->add_input("t");
        id->add_output("b");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("function.onnx"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const std::string bytes = m.SerializeAsString();
            file.write(bytes.data(), qint64(bytes.size()));
        }

        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::modelLoaded);
        window.openFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
        GraphPanel *panel = window.currentTab()->graphPanel();
        QVERIFY(waitForLayout(panel));
        const NodeId callId = panel->model()->idOf(panel->model()->proto().graph().node(0));
        NodeItem *item = panel->scene()->itemForNode(callId);
        QVERIFY(item && item->node().hasSubgraphs); // drawn as enterable
        QVERIFY(panel->enterFunction(callId));
        QVERIFY(waitForLayout(panel));
        QCOMPARE(operatorItems(*panel->scene()), 2);
        QCOMPARE(int(panel->scene()->nodeItems().size()), 4); // Add, Identity, input a, output b
        QCOMPARE(int(panel->path().steps.size()), 1);
        QVERIFY(panel->path().steps[0].function);
        QVERIFY(!panel->enterFunction(kNoNode));
    }

    void problemsSelectTheirNode()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "broken_undefined_tensor.onnx");
        QVERIFY(tab);
        const ModelFacts &facts = tab->model()->facts;
        int withNode = -1;
        for (std::size_t i = 0; i < facts.problems.size(); ++i)
            if (facts.problems[i].nodeIndex >= 0)
                withNode = int(i);
        QVERIFY(withNode >= 0);
        Q_EMIT tab->summaryView()->problemActivated(facts.problems[std::size_t(withNode)].nodeIndex);
        QTRY_COMPARE_WITH_TIMEOUT(tab->graphPanel()->selectedNode(),
                                  facts.nodes[std::size_t(facts.problems[std::size_t(withNode)].nodeIndex)].id, kTimeoutMs);
        QVERIFY(tab->nodePanel()->toPlainText().contains(QStringLiteral("undefined")));
    }

    void severalModelsOpenInTabs()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        QVERIFY(openModel(window, "resnet18_dynbatch.onnx"));
        QVERIFY(openModel(window, "squeezenet1_0.onnx"));
        QCOMPARE(window.tabCount(), 2);
        QVERIFY(window.windowTitle().contains(QLatin1String("squeezenet1_0.onnx")));
        window.openFile(sharedModel("resnet18_dynbatch.onnx")); // already open: shown again
        QCOMPARE(window.tabCount(), 2);
        QVERIFY(!window.isLoading());
        QVERIFY(window.model()->path().endsWith(QLatin1String("resnet18_dynbatch.onnx")));
        window.closeModel();
        QCOMPARE(window.tabCount(), 1);
        QVERIFY(window.model()->path().endsWith(QLatin1String("squeezenet1_0.onnx")));
    }

    void edgeTypesAndCancelledLoads()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.show();
        ModelTab *tab = openModel(window, "resnet18_dynbatch.onnx");
        QVERIFY(tab);
        const auto labels = [tab] {
            QStringList out;
            for (const EdgeItem *e : tab->graphPanel()->scene()->edgeItems())
                out << e->edge().label;
            return out;
        };
        QVERIFY(labels().contains(QStringLiteral("batch×64×56×56")));
        DisplayOptions options = tab->graphPanel()->options();
        options.showTypes = true;
        tab->graphPanel()->setOptions(options);
        QVERIFY(waitForLayout(tab->graphPanel()));
        QVERIFY(labels().contains(QStringLiteral("float32[batch,64,56,56]")));

        // Cancel while a model loads: the window is free at once and the model never appears.
        window.openFile(sharedModel("squeezenet1_0.onnx"));
        QVERIFY(window.isLoading());
        auto *cancel = window.findChild<QToolButton *>(QStringLiteral("cancelLoad"));
        QVERIFY(cancel && cancel->isVisible());
        cancel->click();
        QVERIFY(!window.isLoading());
        QVERIFY(!cancel->isVisible());
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(window.tabCount(), 1);
    }

    void exportWritesEveryNode()
    {
        REQUIRE_SHARED_MODELS();
        MainWindow window;
        window.setShowsDialogs(false);
        window.show();
        ModelTab *tab = openModel(window, "mobilenet_v3_small.onnx");
        QVERIFY(tab);
        QTemporaryDir dir;
        QSignalSpy exported(&window, &MainWindow::exported);
        const QString svg = dir.filePath(QStringLiteral("g.svg"));
        window.exportImage(svg);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, kTimeoutMs);
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QDomDocument doc;
        QVERIFY(doc.setContent(&f));
        int nodes = 0;
        const QDomNodeList groups = doc.elementsByTagName(QStringLiteral("g"));
        for (int i = 0; i < groups.size(); ++i)
            nodes += groups.at(i).toElement().attribute(QStringLiteral("class")).startsWith(QLatin1String("node "));
        QCOMPARE(nodes, int(tab->graphPanel()->scene()->nodeItems().size()));

        const QString png = dir.filePath(QStringLiteral("visible.png"));
        window.exportImage(png, true);
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, kTimeoutMs);
        QCOMPARE(exported.at(1).at(1).toString(), QString());
        QImageReader::setAllocationLimit(0);
        QImage image(png);
        QVERIFY(!image.isNull());
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
