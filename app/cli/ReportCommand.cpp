// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "HistoryStore.h"
#include "Report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ml {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("cli", text); }

} // namespace

int runReport(const QStringList &arguments)
{
    QTextStream out(stdout), err(stderr);
    const QString usage = tr("usage: modellens-cli report RUN [RUN...] [--db F] [--format html|md|csv|json] [-o FILE]");
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Write a report of a stored run, or of several runs each compared with the first: self-contained HTML, "
               "Markdown for a pull request, CSV of the layers, or JSON of everything."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"runs"_s, tr("Runs: an id, an id prefix, last, last~N."), u"RUN..."_s);
    parser.addOption(QCommandLineOption(
            u"db"_s, tr("The history database (default: $MODELLENS_DB, the setting, then history.sqlite in the data folder)."),
            u"file"_s));
    const QCommandLineOption format(u"format"_s, tr("html, md, csv or json (default: from the suffix of -o, else md)."),
                                    u"format"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write; - for standard output (the default)."),
                                    u"file"_s);
    parser.addOptions({format, output});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << usage << '\n';
        return 1;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList runs = parser.positionalArguments();
    if (runs.isEmpty()) {
        err << usage << '\n';
        return 1;
    }
    const QString target = parser.isSet(output) ? parser.value(output) : u"-"_s;
    const bool toStdout = target == u"-";
    std::optional<ReportFormat> chosen;
    if (parser.isSet(format)) {
        chosen = parseReportFormat(parser.value(format));
        if (!chosen) {
            err << tr("not a report format: %1 (html, md, csv, json)").arg(parser.value(format)) << '\n';
            return 1;
        }
    } else if (toStdout) {
        chosen = ReportFormat::Markdown;
    } else {
        chosen = reportFormatOfPath(target);
        if (!chosen) {
            err << tr("%1: cannot tell the report format from the file name; give --format html, md, csv or json").arg(target)
                << '\n';
            return 1;
        }
    }

    HistoryStore::OpenOptions options;
    options.readOnly = true;
    auto store = HistoryStore::open(HistoryStore::resolvePath(parser.value(u"db"_s)), options);
    if (!store) {
        err << store.errorMessage() << '\n';
        return 2;
    }
    auto report = loadReport(*store.value(), runs);
    if (!report) {
        err << report.errorMessage() << '\n';
        return 2;
    }
    const QByteArray bytes = writeReport(report.value(), *chosen);
    if (toStdout) {
        out.flush();
        if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size())
            || std::fflush(stdout) != 0) {
            err << tr("cannot write the report to standard output") << '\n';
            return 2;
        }
        return 0;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("%1: cannot write the report: %2").arg(target, file.errorString()) << '\n';
        return 2;
    }
    return 0;
}

} // namespace ml
