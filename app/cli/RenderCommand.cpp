// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderCommand.h"

#include "DisplayGraph.h"
#include "GraphExport.h"
#include "GraphLayout.h"
#include "LoadedModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ml {

int runRender(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    auto tr = [](const char *text) { return QCoreApplication::translate("cli", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Draw a model's graph as SVG or PNG, without a display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), tr("The .onnx file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The .svg or .png to write."),
                                    tr("file"));
    const QCommandLineOption flat(QStringLiteral("flat"), tr("Every node, however large the graph."));
    const QCommandLineOption hierarchy(QStringLiteral("hierarchy"), tr("Group nodes by name scope, however small the graph."));
    const QCommandLineOption horizontal(QStringLiteral("horizontal"), tr("Lay out left to right."));
    const QCommandLineOption scale(QStringLiteral("scale"), tr("PNG pixels per point (default 2)."), tr("factor"),
                                   QStringLiteral("2"));
    parser.addOptions({output, flat, hierarchy, horizontal, scale});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString target = parser.value(output);
    const bool png = target.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (parser.positionalArguments().size() != 1 || target.isEmpty()
        || (!png && !target.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        || (parser.isSet(flat) && parser.isSet(hierarchy))) {
        err << tr("usage: modellens-cli render MODEL -o out.svg|out.png [--flat|--hierarchy] [--horizontal]") << '\n';
        return 1;
    }
    auto loaded = ml::loadModel(parser.positionalArguments().first());
    if (!loaded) {
        err << loaded.errorMessage() << '\n';
        return 2;
    }
    const ml::OnnxModel &model = *loaded.value()->model;
    const ml::ModelFacts &facts = loaded.value()->facts;
    ml::DisplayOptions display;
    display.horizontal = parser.isSet(horizontal);
    display.flat = parser.isSet(flat);
    if (parser.isSet(hierarchy))
        display.groupAbove = 0;
    const ml::DisplayGraph graph = ml::buildDisplayGraph(model, facts, {}, display);
    ml::LayoutOptions layoutOptions;
    layoutOptions.horizontal = display.horizontal;
    auto layout = ml::layoutGraph(graph, layoutOptions);
    if (!layout) {
        err << tr("%1: layout failed: %2").arg(model.path(), layout.errorMessage()) << '\n';
        return 2;
    }
    auto written = png ? ml::exportPng(target, graph, layout.value(), parser.value(scale).toDouble())
                       : ml::exportSvg(target, graph, layout.value());
    if (!written) {
        err << written.errorMessage() << '\n';
        return 2;
    }
    return 0;
}

} // namespace ml
