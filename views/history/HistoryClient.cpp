// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryClient.h"

#include "ModelIdentity.h"
#include "Report.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

namespace ml {

namespace {

// Whether the file at `path` is still `version`: unchanged since the version was first seen,
// or (hashed, off the GUI thread) the same bytes.
bool isSameVersion(const QString &path, const StoredVersion &version, QString *why)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        *why = HistoryClient::tr("%1 is not there any more.").arg(path.isEmpty() ? version.fileName : path);
        return false;
    }
    if (version.firstSeen.isValid() && info.lastModified() <= version.firstSeen && info.size() <= version.sizeBytes)
        return true;
    const auto identity = ModelIdentity::ofFile(path);
    if (identity && identity->sha256 == version.sha256)
        return true;
    *why = HistoryClient::tr("%1 has changed since this run.").arg(info.fileName());
    return false;
}

// The kept graph of `version` as a file in `folder`, named after the model and the run.
Result<QString> writeStoredCopy(HistoryStore *store, const StoredVersion &version, const QString &run, const QString &folder)
{
    auto graph = store->versionGraph(version.id);
    if (!graph)
        return graph.error();
    auto proto = ModelIdentity::readGraph(graph.value());
    if (!proto)
        return proto.error();
    std::string bytes;
    if (!proto->SerializeToString(&bytes))
        return Error{HistoryClient::tr("The stored graph of run %1 could not be written out.").arg(run)};
    QString base = QFileInfo(version.fileName).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("model");
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("%1 (run %2).onnx").arg(base, run));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())
        || !file.commit())
        return Error{HistoryClient::tr("Could not write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
    return path;
}

Error noStore() { return Error{HistoryClient::tr("No history database is open.")}; }

} // namespace

HistoryClient::HistoryClient(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("history"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

HistoryClient::~HistoryClient()
{
    // Queued after every request made: they run first, then the store closes where it lives.
    QMetaObject::invokeMethod(
            m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<typename Answer>
quint64 HistoryClient::post(std::function<Answer(HistoryStore *)> work, std::function<void(quint64, Answer &)> done)
{
    const quint64 job = ++m_nextJob;
    ++m_pending;
    QMetaObject::invokeMethod(
            m_context,
            [this, job, work = std::move(work), done = std::move(done)] {
                auto answer = std::make_shared<Answer>(work(m_store.get()));
                // Dropped by Qt when the client is gone by then.
                QMetaObject::invokeMethod(
                        this,
                        [this, job, answer, done] {
                            --m_pending;
                            done(job, *answer);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    return job;
}

quint64 HistoryClient::open(const QString &path)
{
    struct Opened {
        Error error;
        bool readOnly = false;
    };
    return post<Opened>(
            [this, path](HistoryStore *) {
                m_store.reset();
                auto store = HistoryStore::open(path);
                if (!store)
                    return Opened{store.error()};
                Opened opened{Error{QString(), ErrorCode::Failed}, store.value()->isReadOnly()};
                m_store = std::move(store.value());
                return opened;
            },
            [this, path](quint64 job, Opened &opened) {
                m_open = opened.error.message.isEmpty();
                m_readOnly = m_open && opened.readOnly;
                m_path = m_open ? path : QString();
                Q_EMIT this->opened(job, path, opened.error);
            });
}

quint64 HistoryClient::list(const RunFilter &filter)
{
    struct Listed {
        Result<std::vector<RunSummary>> runs = Error{};
        int total = 0;
        double ms = 0;
    };
    return post<Listed>(
            [filter](HistoryStore *store) {
                Listed listed;
                if (!store) {
                    listed.runs = noStore();
                    return listed;
                }
                QElapsedTimer timer;
                timer.start();
                listed.runs = store->listRuns(filter);
                if (listed.runs) {
                    const int shown = int(listed.runs->size());
                    // Fewer than the limit: that is all of them, no second query.
                    if (filter.limit > 0 && (shown == filter.limit || filter.offset > 0)) {
                        const auto total = store->countRuns(filter);
                        listed.total = total ? total.value() : shown;
                    } else {
                        listed.total = shown;
                    }
                }
                listed.ms = double(timer.nsecsElapsed()) / 1e6;
                return listed;
            },
            [this](quint64 job, Listed &listed) {
                if (listed.runs)
                    Q_EMIT this->listed(job, listed.runs.value(), listed.total, listed.ms);
                else
                    Q_EMIT listFailed(job, listed.runs.error());
            });
}

quint64 HistoryClient::load(const QString &run, const QString &copyFolder)
{
    return post<Result<OpenedRun>>(
            [run, copyFolder](HistoryStore *store) -> Result<OpenedRun> {
                if (!store)
                    return noStore();
                auto stored = store->loadRun(run);
                if (!stored)
                    return stored.error();
                auto version = store->version(stored->summary.versionId);
                if (!version)
                    return version.error();
                OpenedRun opened;
                opened.version = version.value();
                const QString id = stored->summary.id;
                opened.run = std::make_shared<const StoredRun>(std::move(stored.value()));
                if (opened.version.edited)
                    opened.why = HistoryClient::tr("Run %1 was made with unsaved edits.").arg(id);
                else if (isSameVersion(opened.version.path, opened.version, &opened.why))
                    opened.modelFile = opened.version.path;
                if (opened.modelFile.isEmpty()) {
                    auto copy = writeStoredCopy(store, opened.version, id, copyFolder);
                    if (!copy)
                        return copy.error();
                    opened.modelFile = copy.value();
                    opened.storedCopy = true;
                }
                return opened;
            },
            [this](quint64 job, Result<OpenedRun> &opened) {
                if (opened)
                    Q_EMIT loaded(job, opened.value());
                else
                    Q_EMIT loadFailed(job, opened.error());
            });
}

quint64 HistoryClient::compare(const QStringList &runs)
{
    return post<Result<ComparedRuns>>(
            [runs](HistoryStore *store) -> Result<ComparedRuns> {
                if (!store)
                    return noStore();
                if (runs.size() < 2)
                    return Error{tr("Select two or more runs to compare."), ErrorCode::InvalidSettings};
                ComparedRuns compared;
                for (const QString &run : runs) {
                    auto stored = store->loadRun(run);
                    if (!stored)
                        return stored.error();
                    compared.runs.push_back(std::make_shared<const StoredRun>(std::move(stored.value())));
                }
                for (std::size_t i = 1; i < compared.runs.size(); ++i) {
                    auto report = compareStoredRuns(*compared.runs.front(), *compared.runs[i]);
                    if (!report)
                        return report.error();
                    compared.reports.push_back(std::move(report.value()));
                }
                return compared;
            },
            [this](quint64 job, Result<ComparedRuns> &compared) {
                if (compared)
                    Q_EMIT this->compared(job, compared.value());
                else
                    Q_EMIT compareFailed(job, compared.error());
            });
}

quint64 HistoryClient::trend(const RunFilter &filter)
{
    return post<Result<std::vector<TrendSeries>>>(
            [filter](HistoryStore *store) -> Result<std::vector<TrendSeries>> {
                if (!store)
                    return noStore();
                auto runs = store->listRounds(filter);
                if (!runs)
                    return runs.error();
                return buildTrend(runs.value());
            },
            [this](quint64 job, Result<std::vector<TrendSeries>> &series) {
                if (series)
                    Q_EMIT trendReady(job, series.value());
                else
                    Q_EMIT trendFailed(job, series.error());
            });
}

quint64 HistoryClient::choices()
{
    struct Choices {
        QStringList tags, baselines;
    };
    return post<Choices>(
            [](HistoryStore *store) {
                Choices choices;
                if (!store)
                    return choices;
                if (auto tags = store->tags())
                    choices.tags = tags.value();
                if (auto names = store->baselineNames())
                    choices.baselines = names.value();
                return choices;
            },
            [this](quint64 job, Choices &choices) { Q_EMIT choicesReady(job, choices.tags, choices.baselines); });
}

quint64 HistoryClient::change(std::function<Result<void>(HistoryStore *)> work)
{
    return post<Error>(
            [work = std::move(work)](HistoryStore *store) {
                if (!store)
                    return noStore();
                const auto done = work(store);
                return done ? Error{QString()} : done.error();
            },
            [this](quint64 job, Error &error) { Q_EMIT changed(job, error); });
}

quint64 HistoryClient::addTags(const QString &run, const QStringList &tags)
{
    return change([run, tags](HistoryStore *store) { return store->addTags(run, tags); });
}

quint64 HistoryClient::removeTags(const QString &run, const QStringList &tags)
{
    return change([run, tags](HistoryStore *store) { return store->removeTags(run, tags); });
}

quint64 HistoryClient::setNote(const QString &run, const QString &note)
{
    return change([run, note](HistoryStore *store) { return store->setNote(run, note); });
}

quint64 HistoryClient::setBaseline(const QString &name, const QString &run)
{
    return change([name, run](HistoryStore *store) { return store->setBaseline(name, run); });
}

quint64 HistoryClient::deleteRuns(const QStringList &runs)
{
    return change([runs](HistoryStore *store) -> Result<void> {
        for (const QString &run : runs)
            if (auto done = store->deleteRun(run); !done)
                return done;
        return {};
    });
}

quint64 HistoryClient::writeReport(const QStringList &runs, const QString &path)
{
    return post<Error>(
            [runs, path](HistoryStore *store) -> Error {
                if (!store)
                    return noStore();
                const auto format = reportFormatOfPath(path);
                if (!format)
                    return Error{tr("%1: the file name says no report format (.html, .md, .csv or .json).").arg(path),
                                 ErrorCode::InvalidSettings};
                auto report = loadReport(*store, runs);
                if (!report)
                    return report.error();
                const QByteArray bytes = ml::writeReport(report.value(), *format);
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                    return Error{tr("Could not write %1: %2").arg(path, file.errorString()), ErrorCode::Io};
                return Error{QString()};
            },
            [this, path](quint64 job, Error &error) { Q_EMIT reportWritten(job, path, error); });
}

quint64 HistoryClient::setVersionLabel(qint64 versionId, const QString &label)
{
    return change([versionId, label](HistoryStore *store) { return store->setVersionLabel(versionId, label); });
}

quint64 HistoryClient::linkVersions(const QList<qint64> &versionIds, qint64 modelId)
{
    return change([versionIds, modelId](HistoryStore *store) -> Result<void> {
        for (const qint64 version : versionIds)
            if (auto done = store->linkVersion(version, modelId); !done)
                return done;
        return {};
    });
}

} // namespace ml
