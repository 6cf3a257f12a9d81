// SPDX-License-Identifier: GPL-3.0-or-later
// A helper of the robustness tests: stores runs into a history in a loop and reports each
// on stdout ("stored <id> <n>") after recordRun returned, i.e. after its commit.
//   history_writer --db FILE [--model M] [--runs N] [--layers L] [--iterations I]
//                  [--fsize-limit BYTES] [--read-only] [--seed S]
// Exit 0 all stored; 2 the store could not be opened; 3 a store failed (message on stderr).
#include "HistoryStore.h"
#include "HistoryTestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    for (const char *o : {"db", "model", "runs", "layers", "iterations", "fsize-limit", "seed"})
        p.addOption(QCommandLineOption(QString::fromLatin1(o), QString(), u"value"_s));
    p.addOption(QCommandLineOption(u"read-only"_s));
    p.process(app);
    ml::HistoryStore::OpenOptions options;
    options.readOnly = p.isSet(u"read-only"_s);
    auto store = ml::HistoryStore::open(p.value(u"db"_s), options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return 2;
    }
    if (p.isSet(u"fsize-limit"_s)) {
        // A full disk, as the process sees it: writes past the limit fail with EFBIG
        // (SIGXFSZ ignored, or it would kill the process).
        std::signal(SIGXFSZ, SIG_IGN);
        const rlim_t limit = p.value(u"fsize-limit"_s).toULongLong();
        struct rlimit rl {
            limit, limit
        };
        setrlimit(RLIMIT_FSIZE, &rl);
    }
    const int runs = p.value(u"runs"_s).isEmpty() ? 10 : p.value(u"runs"_s).toInt();
    const int layers = p.value(u"layers"_s).isEmpty() ? 50 : p.value(u"layers"_s).toInt();
    const int iterations = p.value(u"iterations"_s).isEmpty() ? 200 : p.value(u"iterations"_s).toInt();
    const unsigned seed = p.value(u"seed"_s).toUInt();
    for (int i = 0; i < runs; ++i) {
        ml::RunRecord rec;
        rec.result = ml::test::syntheticResult(iterations, layers, 2.0 + i % 10, seed * 100000u + unsigned(i));
        rec.modelPath = p.value(u"model"_s);
        rec.source = u"test"_s;
        rec.tags << u"writer-%1"_s.arg(seed);
        rec.durationMs = 1000;
        auto id = store.value()->recordRun(rec);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
            return 3;
        }
        std::printf("stored %s %d\n", qPrintable(id.value()), i);
        std::fflush(stdout);
    }
    return 0;
}
