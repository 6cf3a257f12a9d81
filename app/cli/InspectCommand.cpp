// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectCommand.h"

#include "LoadedModel.h"
#include "ModelSummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace ml {

int runInspect(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Summarize an ONNX model."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("cli", "The .onnx file."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object."));
    parser.addOption(json);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 1;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("cli", "usage: modellens-cli inspect MODEL [--json]") << '\n';
        return 1;
    }
    auto loaded = ml::loadModel(parser.positionalArguments().first());
    if (!loaded) {
        err << loaded.errorMessage() << '\n';
        return 2;
    }
    const ml::OnnxModel &model = *loaded.value()->model;
    const ml::ModelFacts &facts = loaded.value()->facts;
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(ml::inspectJson(model, facts)).toJson(QJsonDocument::Indented));
    else
        out << ml::inspectText(model, facts);
    return 0;
}

} // namespace ml
