// SPDX-License-Identifier: GPL-3.0-or-later
// bench_save: how long saving a big model blocks the GUI event loop.
//
// Generates a model of about 500 MB (five 100 MB float initializers), opens it in the real
// main window (offscreen), makes one edit, then saves it twice:
//  - File > Save As as the app does it (a background job), while a 5 ms timer on the GUI
//    thread records every gap between its ticks: the longest gap is the longest time the
//    event loop was blocked;
//  - the synchronous save of the document on the GUI thread (what Save did before), timed,
//    for the ratio.
// Prints one Markdown table row per measure (docs/BENCHMARKS.md keeps them).
//
// usage: bench_save [--megabytes N] [--folder DIR]
#include "MainWindow.h"
#include "ModelDocument.h"
#include "ModelTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <fstream>
#include <vector>

namespace {

// Five Add nodes in a chain, each adding a big initializer: weights dominate the file.
bool writeBigModel(const QString &path, qint64 megabytes)
{
    const int parts = 5;
    const qint64 elements = megabytes * 1024 * 1024 / 4 / parts;
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.add_opset_import()->set_version(17);
    model.set_producer_name("bench_save");
    auto *g = model.mutable_graph();
    g->set_name("big");
    auto *in = g->add_input();
    in->set_name("x");
    in->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
    in->mutable_type()->mutable_tensor_type()->mutable_shape()->add_dim()->set_dim_value(elements);
    std::string previous = "x";
    std::string bytes(static_cast<std::size_t>(elements) * 4, '\0');
    for (std::size_t i = 0; i < bytes.size(); i += 4)
        bytes[i] = static_cast<char>(i / 4 % 251);
    for (int p = 0; p < parts; ++p) {
        auto *w = g->add_initializer();
        w->set_name("w" + std::to_string(p));
        w->set_data_type(onnx::TensorProto::FLOAT);
        w->add_dims(elements);
        w->set_raw_data(bytes);
        auto *n = g->add_node();
        n->set_op_type("Add");
        n->set_name("add" + std::to_string(p));
        n->add_input(previous);
        n->add_input(w->name());
        previous = "y" + std::to_string(p);
        n->add_output(previous);
    }
    auto *out = g->add_output();
    out->set_name(previous);
    *out->mutable_type() = in->type();
    std::ofstream file(path.toStdString(), std::ios::binary);
    return model.SerializeToOstream(&file);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("megabytes"), QStringLiteral("Size of the generated model."), QStringLiteral("N"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("folder"), QStringLiteral("Where to write the models (default: a temporary folder)."),
                      QStringLiteral("dir")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir temp(parser.isSet(QStringLiteral("folder"))
                               ? QDir(parser.value(QStringLiteral("folder"))).filePath(QStringLiteral("bench-save-XXXXXX"))
                               : QDir::temp().filePath(QStringLiteral("bench-save-XXXXXX")));
    const QString source = temp.filePath(QStringLiteral("big.onnx"));
    if (!writeBigModel(source, parser.value(QStringLiteral("megabytes")).toLongLong())) {
        QTextStream(stderr) << "cannot write " << source << '\n';
        return 2;
    }
    const double mb = QFileInfo(source).size() / 1e6;

    ml::MainWindow window;
    window.setShowsDialogs(false);
    window.show();
    QSignalSpy loaded(&window, &ml::MainWindow::modelLoaded);
    window.openFile(source);
    if (!loaded.wait(120000)) {
        QTextStream(stderr) << "the model did not open\n";
        return 2;
    }
    ml::ModelTab *tab = window.currentTab();
    if (!tab->applyEdit(ml::renameTensor(QStringLiteral("x"), QStringLiteral("input")))) {
        QTextStream(stderr) << "the edit failed\n";
        return 2;
    }
    QTest::qWait(500); // the analysis of the edit, off the GUI thread

    // The event loop's gaps while the background save runs.
    std::vector<qint64> gaps;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] { gaps.push_back(sinceTick.restart()); });
    QSignalSpy saved(&window, &ml::MainWindow::saved);
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    window.saveAs(temp.filePath(QStringLiteral("saved-background.onnx")));
    // Includes the GUI thread's own share at the start (the copy of the graph) as a gap.
    while (saved.isEmpty() && total.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ticker.stop();
    const qint64 backgroundMs = total.elapsed();
    const QString error = saved.isEmpty() ? QStringLiteral("timed out") : saved.first().at(1).toString();
    const qint64 worst = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
    const auto over = std::count_if(gaps.begin(), gaps.end(), [](qint64 g) { return g > 100; });

    // The same save, synchronous on the GUI thread: how long Save used to freeze the window.
    QElapsedTimer blocking;
    blocking.start();
    const auto sync = tab->document()->save(temp.filePath(QStringLiteral("saved-blocking.onnx")));
    const qint64 blockingMs = blocking.elapsed();

    out << "| model | background save, total | longest GUI block | blocks > 100 ms | synchronous save (GUI blocked) | ratio |\n";
    out << "| --- | ---: | ---: | ---: | ---: | ---: |\n";
    out << QStringLiteral("| %1 MB generated | %2 s | %3 ms | %4 | %5 s | %6x shorter block |\n")
                    .arg(mb, 0, 'f', 0)
                    .arg(backgroundMs / 1000.0, 0, 'f', 2)
                    .arg(worst)
                    .arg(over)
                    .arg(blockingMs / 1000.0, 0, 'f', 2)
                    .arg(worst > 0 ? double(blockingMs) / double(worst) : 0.0, 0, 'f', 0);
    out << "machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores\n";
    if (!error.isEmpty() || !sync) {
        QTextStream(stderr) << "save failed: " << error << ' ' << sync.errorMessage() << '\n';
        return 1;
    }
    return 0;
}
