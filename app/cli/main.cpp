// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCommand.h"
#include "EditCliCommand.h"
#include "HistoryCommand.h"
#include "ImportCommand.h"
#include "InspectCommand.h"
#include "ProfileCommand.h"
#include "RenderCommand.h"
#include "ReportCommand.h"
#include "TrendCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

int usage(QTextStream &stream, int code)
{
    stream << QCoreApplication::translate(
            "cli",
            "usage: modellens-cli COMMAND [options]\n"
            "commands:\n"
            "  inspect MODEL [--json]        summarize a model: inputs, outputs, operators, problems\n"
            "  edit MODEL -o OUT [edits...]  apply edits in order and save (see edit --help)\n"
            "  profile MODEL [options]       run the model and measure latency (see profile --help)\n"
            "  render MODEL -o out.svg|png   draw the graph (see render --help)\n"
            "  history [--model M] [--tag T] [--since DATE] [--json]  list the stored runs\n"
            "  import FILE... [--model M]    store runs made elsewhere (trtexec, ORT, perf_test)\n"
            "  tag RUN TAG... [--note TEXT]  tag a stored run (RUN: id, prefix, last, last~N)\n"
            "  baseline NAME RUN             make a run the named baseline of its model\n"
            "  compare RUN RUN... [--json] [--fail-on slower]  verdicts of runs against the first\n"
            "  ab MODEL_A [MODEL_B] [--a K=V,...] [--b K=V,...]  A/B in alternating rounds, stored\n"
            "  trend MODEL [--json]          a model's series and their regressions\n"
            "  (history commands take --db FILE; default $MODELLENS_DB or history.sqlite)\n")
           << QCoreApplication::translate(
                      "cli", "  report RUN [RUN...] [--format html|md|csv|json] [-o FILE]  a report of a run, or a comparison\n")
           << Qt::flush;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // Drawing needs fonts, hence a QGuiApplication; offscreen, since there may be no display.
    const bool gui = argc > 1 && qstrcmp(argv[1], "render") == 0;
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(gui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("modellens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELLENS_VERSION));
    QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 2)
        return usage(err, 1);
    const QString command = args.takeAt(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(out, 0);
    if (command == QLatin1String("--version")) {
        out << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("inspect"))
        return ml::runInspect(args);
    if (command == QLatin1String("edit"))
        return ml::runEdit(args);
    if (command == QLatin1String("profile"))
        return ml::runProfile(args);
    if (command == QLatin1String("render"))
        return ml::runRender(args);
    if (command == QLatin1String("history"))
        return ml::runHistory(args);
    if (command == QLatin1String("import"))
        return ml::runImport(args);
    if (command == QLatin1String("tag"))
        return ml::runTag(args);
    if (command == QLatin1String("baseline"))
        return ml::runBaseline(args);
    if (command == QLatin1String("report"))
        return ml::runReport(args);
    if (command == QLatin1String("compare"))
        return ml::runCompare(args);
    if (command == QLatin1String("ab"))
        return ml::runAb(args);
    if (command == QLatin1String("trend"))
        return ml::runTrend(args);
    err << QCoreApplication::translate("cli", "unknown command: %1").arg(command) << '\n';
    return usage(err, 1);
}
