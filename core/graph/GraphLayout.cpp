// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphLayout.h"

#include <QCache>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <mutex>

namespace ml {
namespace {

constexpr int kCacheVersion = 2; // 2: label rects

QJsonArray points(const QPolygonF &polygon)
{
    QJsonArray a;
    for (const QPointF &p : polygon) {
        a.append(std::round(p.x() * 10) / 10);
        a.append(std::round(p.y() * 10) / 10);
    }
    return a;
}

QString cacheFolder()
{
    const QByteArray custom = qgetenv("MODELLENS_CACHE_DIR");
    const QString base = custom.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/modellens")
            : QString::fromLocal8Bit(custom);
    return base + QStringLiteral("/layouts");
}

std::mutex cacheMutex;
QCache<QByteArray, GraphLayout> &memoryCache()
{
    static QCache<QByteArray, GraphLayout> cache(64);
    return cache;
}

} // namespace

QJsonObject GraphLayout::toJson() const
{
    QJsonArray n, e, s, l;
    for (const QRectF &r : nodes)
        n.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    for (const QRectF &r : labels)
        l.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    for (std::size_t i = 0; i < edges.size(); ++i) {
        e.append(points(edges[i]));
        s.append(bool(spline[i]));
    }
    return {{QStringLiteral("version"), kCacheVersion},
            {QStringLiteral("engine"), engine == Engine::Dot ? QStringLiteral("dot") : QStringLiteral("layered")},
            {QStringLiteral("bounds"), QJsonArray{bounds.x(), bounds.y(), bounds.width(), bounds.height()}},
            {QStringLiteral("nodes"), n},
            {QStringLiteral("edges"), e},
            {QStringLiteral("spline"), s},
            {QStringLiteral("labels"), l}};
}

Result<GraphLayout> GraphLayout::fromJson(const QJsonObject &json, std::size_t nodeCount, std::size_t edgeCount)
{
    const QJsonArray n = json.value(QStringLiteral("nodes")).toArray();
    const QJsonArray e = json.value(QStringLiteral("edges")).toArray();
    const QJsonArray s = json.value(QStringLiteral("spline")).toArray();
    const QJsonArray l = json.value(QStringLiteral("labels")).toArray();
    if (json.value(QStringLiteral("version")).toInt() != kCacheVersion || static_cast<std::size_t>(n.size()) != nodeCount
        || static_cast<std::size_t>(e.size()) != edgeCount || s.size() != e.size() || l.size() != e.size())
        return makeError(QStringLiteral("stale layout"));
    GraphLayout layout;
    layout.engine = json.value(QStringLiteral("engine")).toString() == QLatin1String("dot") ? Engine::Dot : Engine::Layered;
    const QJsonArray b = json.value(QStringLiteral("bounds")).toArray();
    layout.bounds = QRectF(b.at(0).toDouble(), b.at(1).toDouble(), b.at(2).toDouble(), b.at(3).toDouble());
    for (const auto &v : n) {
        const QJsonArray r = v.toArray();
        layout.nodes.emplace_back(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
    }
    for (qsizetype i = 0; i < e.size(); ++i) {
        const QJsonArray p = e.at(i).toArray();
        QPolygonF polygon;
        for (qsizetype k = 0; k + 1 < p.size(); k += 2)
            polygon << QPointF(p.at(k).toDouble(), p.at(k + 1).toDouble());
        layout.edges.push_back(polygon);
        layout.spline.push_back(s.at(i).toBool());
        const QJsonArray r = l.at(i).toArray();
        layout.labels.emplace_back(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
    }
    return layout;
}

bool usesDot(const DisplayGraph &graph, const LayoutOptions &options)
{
    // A benchmark's knob (bench/bench_render.py): both engines on the same graph.
    static const QByteArray engine = qgetenv("MODELLENS_LAYOUT_ENGINE");
    if (engine == "dot")
        return true;
    if (engine == "layered")
        return false;
    return options.forceDot || static_cast<int>(graph.nodes.size() + graph.edges.size()) <= options.dotLimit;
}

namespace {

QByteArray cacheKey(const DisplayGraph &graph, const LayoutOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    // The layered engine's version: layouts cached by an older ordering are not reused.
    hash.addData(usesDot(graph, options) ? "dot;" : "layered-2;");
    hash.addData(dotSource(graph, options));
    return hash.result().toHex();
}

QString cacheFile(const QByteArray &key)
{
    return cacheFolder() + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json");
}

std::optional<GraphLayout> lookup(const QByteArray &key, const DisplayGraph &graph)
{
    {
        std::lock_guard lock(cacheMutex);
        if (const GraphLayout *hit = memoryCache().object(key))
            return *hit;
    }
    QFile cached(cacheFile(key));
    if (cached.open(QIODevice::ReadOnly)) {
        auto layout =
                GraphLayout::fromJson(QJsonDocument::fromJson(cached.readAll()).object(), graph.nodes.size(), graph.edges.size());
        if (layout) {
            std::lock_guard lock(cacheMutex);
            memoryCache().insert(key, new GraphLayout(layout.value()));
            return std::move(layout).value();
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<GraphLayout> cachedLayout(const DisplayGraph &graph, const LayoutOptions &options)
{
    return lookup(cacheKey(graph, options), graph);
}

Result<GraphLayout> layoutGraph(const DisplayGraph &graph, const LayoutOptions &options, const std::atomic_bool *cancel)
{
    const bool useDot = usesDot(graph, options);
    const QByteArray key = cacheKey(graph, options);
    if (auto hit = lookup(key, graph))
        return std::move(*hit);
    const QString file = cacheFile(key);

    Result<GraphLayout> layout =
            useDot ? layoutWithDot(graph, options, cancel) : Result<GraphLayout>(layeredLayout(graph, options));
    if (!layout)
        return layout;
    {
        std::lock_guard lock(cacheMutex);
        memoryCache().insert(key, new GraphLayout(layout.value()));
    }
    // The disk cache is a convenience: failing to write it is not an error.
    QDir().mkpath(cacheFolder());
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(QJsonDocument(layout->toJson()).toJson(QJsonDocument::Compact));
        out.commit();
    }
    return layout;
}

} // namespace ml
