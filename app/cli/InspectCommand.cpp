// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectCommand.h"

#include "ModelFacts.h"
#include "ModelSummary.h"
#include "OnnxModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

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
    auto model = ml::OnnxModel::open(parser.positionalArguments().first());
    if (!model) {
        err << model.errorMessage() << '\n';
        return 2;
    }
    const ml::ModelFacts facts = ml::analyzeModel(*model.value());
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(ml::inspectJson(*model.value(), facts)).toJson(QJsonDocument::Indented));
    else
        out << ml::inspectText(*model.value(), facts);
    return 0;
}
