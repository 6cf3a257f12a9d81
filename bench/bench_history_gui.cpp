// SPDX-License-Identifier: GPL-3.0-or-later
// The History view over a large database (made by bench_history --keep): how long until the
// list is on screen, how long a filter takes to answer, and the longest the GUI thread is
// kept from its event loop meanwhile (the queries run on the view's own thread).
//
//   ./build/bench/bench_history --runs 10000 --db /tmp/bench_history.sqlite --keep
//   QT_QPA_PLATFORM=offscreen ./build/bench/bench_history_gui --db /tmp/bench_history.sqlite
#include "HistoryView.h"
#include "LatencyStats.h"
#include "RunListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace ml;
using namespace Qt::StringLiterals;

namespace {

// The longest gap between ticks of a 2 ms timer while it runs: how long the GUI thread was busy.
class BlockMeter {
public:
    BlockMeter()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_max = std::max(m_max, double(m_clock.nsecsElapsed()) / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_max = 0;
};

struct Row {
    QString what;
    LatencyStats answer, blocked;
    int shown = 0, total = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"db"_s, u"A database made by bench_history --keep."_s, u"file"_s});
    p.addOption({u"repeat"_s, QString(), u"n"_s, u"11"_s});
    p.process(app);
    QTextStream out(stdout);
    const QString db = p.value(u"db"_s);
    if (db.isEmpty() || !QFileInfo::exists(db)) {
        out << "bench_history_gui: give --db FILE, a database made by bench_history --keep\n";
        return 2;
    }
    const int repeat = std::max(1, p.value(u"repeat"_s).toInt());

    HistoryView view;
    view.resize(1400, 600);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 2;
    QSignalSpy listed(&view, &HistoryView::listed);
    BlockMeter meter;

    // Until the list is on screen: open, query, fill the model, paint.
    QElapsedTimer t;
    meter.start();
    t.start();
    view.setDatabase(db);
    if (!listed.wait(60000)) {
        out << "bench_history_gui: no list: " << view.problem() << '\n';
        return 2;
    }
    view.table()->viewport()->repaint();
    const double firstMs = double(t.nsecsElapsed()) / 1e6;
    const double firstBlocked = meter.stop();
    const int firstShown = listed.last().at(0).toInt(), total = listed.last().at(1).toInt();

    std::vector<Row> rows;
    auto time = [&](const QString &what, const std::function<void(int)> &set, const std::function<void()> &reset) {
        std::vector<double> answer, blocked;
        Row row{what};
        for (int k = 0; k < repeat; ++k) {
            reset();
            listed.clear();
            meter.start();
            QElapsedTimer clock;
            clock.start();
            set(k);
            if (!listed.wait(60000))
                return;
            view.table()->viewport()->repaint();
            answer.push_back(double(clock.nsecsElapsed()) / 1e6);
            blocked.push_back(meter.stop());
            row.shown = listed.last().at(0).toInt();
            row.total = listed.last().at(1).toInt();
        }
        row.answer = LatencyStats::compute(answer);
        row.blocked = LatencyStats::compute(blocked);
        rows.push_back(row);
    };
    auto *tag = view.findChild<QComboBox *>(u"tagFilter"_s);
    auto *since = view.findChild<QComboBox *>(u"sinceFilter"_s);
    auto *text = view.findChild<QLineEdit *>(u"historyFilter"_s);
    auto clear = [&] {
        listed.clear();
        view.clearFilters();
        listed.wait(60000);
    };
    QTest::qWaitFor([&] { return tag->findData(u"release"_s) > 0; }, 10000);
    time(
            u"filter: tag (1% of runs)"_s, [&](int) { tag->setCurrentIndex(tag->findData(u"release"_s)); }, clear);
    time(
            u"filter: last 7 days"_s, [&](int) { since->setCurrentIndex(2); }, clear);
    // The text field waits 150 ms for the typing to pause; this is the answer after that.
    time(
            u"filter: text typed (after the 150 ms pause)"_s,
            [&](int) {
                const QSignalBlocker block(text);
                text->setText(u"night"_s);
                view.refresh();
            },
            clear);
    time(
            u"sort: median, slowest first"_s,
            [&](int k) { view.table()->sortByColumn(RunListModel::Median, k % 2 ? Qt::AscendingOrder : Qt::DescendingOrder); },
            clear);

    out << u"database %1: %2 runs\n"_s.arg(db).arg(total);
    out << u"list on screen: %1 ms (%2 rows shown), GUI thread blocked at most %3 ms\n"_s.arg(firstMs, 0, 'f', 1)
                    .arg(firstShown)
                    .arg(firstBlocked, 0, 'f', 1);
    out << u"| action | answer median (ms) | answer max (ms) | GUI blocked max (ms) | rows shown / matching |\n"_s;
    out << u"|---|---:|---:|---:|---:|\n"_s;
    for (const Row &r : rows)
        out << u"| %1 | %2 | %3 | %4 | %5 / %6 |\n"_s.arg(r.what)
                        .arg(r.answer.median, 0, 'f', 1)
                        .arg(r.answer.max, 0, 'f', 1)
                        .arg(r.blocked.max, 0, 'f', 1)
                        .arg(r.shown)
                        .arg(r.total);
    return 0;
}
