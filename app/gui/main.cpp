// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameSettings.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "StartupBenchmark.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

namespace {

// The language asked for with --lang, MODELLENS_LANG or the settings; empty for the system's. Read before
// the command-line parser is made, so that its texts (--help) come out translated too.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    if (const QString env = qEnvironmentVariable("MODELLENS_LANG"); !env.isEmpty())
        return env;
    return ml::FrameSettings::language();
}

// Loads ModelLens's own translation (embedded under :/i18n) and Qt's (dialog buttons, file
// dialog) for `locale`. Simplified Chinese is the only Chinese translation there is, so
// every Chinese locale gets it. Returns false when there is none for the locale.
bool installTranslations(QApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    const QString i18n = QStringLiteral(":/i18n");
    if (!own->load(locale, QStringLiteral("modellens"), QStringLiteral("_"), i18n)
        && !(locale.language() == QLocale::Chinese && own->load(QStringLiteral("modellens_zh_CN"), i18n)))
        return false;
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(own->language() == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China) : locale,
                 QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ModelLens"));
    QCoreApplication::setApplicationName(QStringLiteral("ModelLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELLENS_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ModelLens"));
    QGuiApplication::setDesktopFileName(QStringLiteral("modellens"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("modellens"), QIcon(QStringLiteral(":/icons/modellens.svg"))));

    const QString language = requestedLanguage(QCoreApplication::arguments());
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers and sizes follow the chosen language too
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english && !installTranslations(app, locale) && !language.isEmpty())
        QTextStream(stderr)
                << QCoreApplication::translate("main", "modellens: no translation for %1; using English").arg(language)
                << Qt::endl;

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Inspect ONNX models for deployment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main",
                                                              "User interface language, e.g. zh_CN or en "
                                                              "(default: MODELLENS_LANG, then the system's)."),
                                  QStringLiteral("locale")); // not translated: CJK would misalign the help columns
    parser.addOption(lang);
    const QCommandLineOption newWindow(QStringLiteral("new-window"),
                                       QCoreApplication::translate("main",
                                                                   "Open a window of its own instead of handing the "
                                                                   "models to a ModelLens that is running."));
    parser.addOption(newWindow);
    // For bench/bench_gui.py: time to the first painted graph, memory, pan frame times.
    QCommandLineOption benchmark(QStringLiteral("benchmark"), QStringLiteral("Print timings as JSON and quit."),
                                 QStringLiteral("pan-frames"));
    benchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmark);
    QCommandLineOption benchmarkFlat(QStringLiteral("benchmark-flat"), QStringLiteral("With --benchmark: the flat layout."));
    benchmarkFlat.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkFlat);
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("main", "The ONNX models to open."),
                                 QStringLiteral("[model.onnx...]"));
    parser.process(app);

    // One window for many models: a ModelLens already running takes the files and this one
    // ends. Benchmarks and --new-window always get a window (and then serve nobody).
    const bool alone = parser.isSet(newWindow) || parser.isSet(benchmark);
    if (!alone && ml::SingleInstance::sendToRunning(parser.positionalArguments()))
        return 0;
    ml::Theme::apply(ml::FrameSettings::theme());
    ml::MainWindow window;
    ml::SingleInstance instance;
    if (!alone && instance.listen())
        window.serveOtherInstances(&instance);
    if (parser.isSet(benchmark)) {
        window.setShowsDialogs(false);
        new ml::StartupBenchmark(&window, sinceMain, parser.value(benchmark).toInt(), parser.isSet(benchmarkFlat), &window);
    }
    window.show();
    for (const QString &model : parser.positionalArguments())
        window.openFile(model); // each in a tab, one after the other
    return QApplication::exec();
}
