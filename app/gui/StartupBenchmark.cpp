// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupBenchmark.h"

#include "GraphPanel.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "MainWindow.h"
#include "ModelTab.h"

#include <QApplication>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>

namespace ml {

namespace {
qint64 peakRssBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
}
} // namespace

StartupBenchmark::StartupBenchmark(MainWindow *window, const QElapsedTimer &sinceMain, int panFrames, bool flat, QObject *parent)
    : QObject(parent), m_window(window), m_sinceMain(sinceMain), m_panFrames(panFrames), m_flat(flat)
{
    connect(window, &MainWindow::modelLoaded, this, &StartupBenchmark::onLoaded);
    connect(window, &MainWindow::loadFailed, this, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(2);
    });
}

void StartupBenchmark::onLoaded()
{
    ModelTab *tab = m_window->currentTab();
    if (!tab)
        return;
    m_view = tab->graphPanel()->view();
    // The final layout may come after the first paint (a quick preview while dot works).
    connect(tab->graphPanel(), &GraphPanel::layoutFinished, this, [this] {
        if (m_finalMs < 0)
            m_finalMs = double(m_sinceMain.nsecsElapsed()) / 1e6;
    });
    if (m_flat) { // replaces the grouped layout just started: the first scene is the flat one
        DisplayOptions options = tab->graphPanel()->options();
        options.flat = true;
        tab->graphPanel()->setOptions(options);
    }
    // The first paint of a viewport that shows a scene is the first painted graph.
    m_view->viewport()->installEventFilter(this);
}

bool StartupBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_view && watched == m_view->viewport() && m_view->graphScene()) {
        m_done = true;
        // After this paint has been delivered.
        QTimer::singleShot(0, this, &StartupBenchmark::painted);
    }
    return false;
}

void StartupBenchmark::painted()
{
    QJsonObject out{{QStringLiteral("first_paint_ms"), double(m_sinceMain.nsecsElapsed()) / 1e6},
                    {QStringLiteral("peak_rss_bytes"), peakRssBytes()}};
    // A first line at once, so that the caller can time the process to this moment.
    if (!m_firstPrinted) {
        m_firstPrinted = true;
        m_firstPaintMs = out.value(QStringLiteral("first_paint_ms")).toDouble();
        QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    out.insert(QStringLiteral("first_paint_ms"), m_firstPaintMs);
    GraphScene *scene = m_view->graphScene();
    out.insert(QStringLiteral("boxes"), int(scene->nodeItems().size()));
    out.insert(QStringLiteral("edges"), int(scene->edgeItems().size()));
    // Wait for the final layout before panning, so that frames are of what stays on screen.
    if (m_finalMs < 0) {
        QTimer::singleShot(20, this, &StartupBenchmark::painted);
        return;
    }
    out.insert(QStringLiteral("final_layout_ms"), m_finalMs);
    // Pan: move across the graph one step per frame and repaint synchronously each time;
    // first at the opening zoom, then zoomed out as far as "fit" goes (most boxes visible).
    if (m_panFrames > 0) {
        const auto pan = [this](const QString &prefix, QJsonObject &json) {
            QScrollBar *v = m_view->verticalScrollBar();
            QScrollBar *h = m_view->horizontalScrollBar();
            std::vector<double> frames;
            QElapsedTimer t;
            for (int i = 0; i < m_panFrames; ++i) {
                const double f = double(i) / std::max(1, m_panFrames - 1);
                v->setValue(v->minimum() + int(f * (v->maximum() - v->minimum())));
                h->setValue(h->minimum() + int(0.5 * (1 - std::abs(2 * f - 1)) * (h->maximum() - h->minimum())));
                t.start();
                m_view->viewport()->repaint();
                frames.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            double sum = 0;
            for (double ms : frames)
                sum += ms;
            std::sort(frames.begin(), frames.end());
            json.insert(prefix + QStringLiteral("zoom"), m_view->zoom());
            json.insert(prefix + QStringLiteral("frame_mean_ms"), sum / double(frames.size()));
            json.insert(prefix + QStringLiteral("frame_p95_ms"), frames[std::size_t(double(frames.size() - 1) * 0.95)]);
            json.insert(prefix + QStringLiteral("frame_max_ms"), frames.back());
        };
        out.insert(QStringLiteral("pan_frames"), m_panFrames);
        pan(QString(), out);
        m_view->zoomToFit();
        pan(QStringLiteral("fit_"), out);
    }
    out.insert(QStringLiteral("peak_rss_bytes_end"), peakRssBytes());
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    QCoreApplication::quit();
}

} // namespace ml
