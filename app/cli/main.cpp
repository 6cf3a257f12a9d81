// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"
#include "InspectCommand.h"
#include "ProfileCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int usage(QTextStream &stream, int code)
{
    stream << QCoreApplication::translate("cli",
                                          "usage: modellens-cli COMMAND [options]\n"
                                          "commands:\n"
                                          "  inspect MODEL [--json]        summarize a model: inputs, outputs, operators, problems\n"
                                          "  edit MODEL -o OUT [edits...]  apply edits in order and save (see edit --help)\n"
                                          "  profile MODEL [options]       run the model and measure latency (see profile --help)\n")
           << Qt::flush;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
        return runInspect(args);
    if (command == QLatin1String("edit"))
        return runEdit(args);
    if (command == QLatin1String("profile"))
        return runProfile(args);
    err << QCoreApplication::translate("cli", "unknown command: %1").arg(command) << '\n';
    return usage(err, 1);
}
