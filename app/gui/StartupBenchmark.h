// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace ml {

class MainWindow;
class GraphView;

// `modellens --benchmark MODEL` (bench/bench_gui.py): once the first laid-out graph of the
// model has been painted, prints a JSON line to stdout (milliseconds since main() began,
// peak resident memory so far), then, after panning across the graph for `panFrames`
// repaints, a second one with everything and the frame times, and quits. Exits with status 2 when the model fails.
// `flat`: the graph is laid out flat (View > Flat Layout) instead of grouped.
class StartupBenchmark : public QObject {
    Q_OBJECT
public:
    StartupBenchmark(MainWindow *window, const QElapsedTimer &sinceMain, int panFrames, bool flat, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoaded();
    void painted();

    MainWindow *m_window;
    QElapsedTimer m_sinceMain;
    int m_panFrames;
    bool m_flat;
    GraphView *m_view = nullptr;
    bool m_done = false;
    bool m_firstPrinted = false;
    double m_firstPaintMs = 0;
    double m_finalMs = -1;
};

} // namespace ml
