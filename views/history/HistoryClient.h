// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparisonReport.h"
#include "HistoryStore.h"
#include "Result.h"
#include "RunQuery.h"
#include "Trend.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace ml {

// A stored run as the GUI opens it: the run, its model version, and the model file to show
// with it: the file it ran when that is still the same version, otherwise the graph the
// history kept (weights stripped), written into the folder the caller gave.
struct OpenedRun {
    std::shared_ptr<const StoredRun> run;
    StoredVersion version;
    QString modelFile;
    bool storedCopy = false;
    QString why; // for a stored copy: why the file itself is not shown
};

// Stored runs compared: each run after the first against the first (its baseline).
struct ComparedRuns {
    std::vector<std::shared_ptr<const StoredRun>> runs;
    std::vector<ComparisonReport> reports; // reports[i]: runs[i + 1] against runs[0]
};

// The run history for the GUI: one HistoryStore living on a thread of its own, so that
// nothing reads or writes SQLite on the GUI thread (a list of 10,000 runs, a full disk or a
// locked file never freezes the window). Requests run one at a time in the order made; each
// returns a job id, and its answer comes back as a signal with that id on the client's thread.
// A request made before open() has finished runs after it.
class HistoryClient : public QObject {
    Q_OBJECT
public:
    explicit HistoryClient(QObject *parent = nullptr);
    // Waits for the request that runs, then closes the store on its thread.
    ~HistoryClient() override;

    // Opens the database at `path` (creating it when missing); opened() tells how it went.
    quint64 open(const QString &path);
    // The database of the last open() that succeeded (empty before).
    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    bool isReadOnly() const { return m_readOnly; }
    bool isBusy() const { return m_pending > 0; }

    quint64 list(const RunFilter &filter);                       // -> listed
    quint64 load(const QString &run, const QString &copyFolder); // -> loaded
    quint64 choices();                                           // -> choicesReady
    // The statistics of the comparison run here too, off the GUI thread.
    quint64 compare(const QStringList &runs);                     // -> compared
    quint64 trend(const RunFilter &filter);                       // -> trendReady
    quint64 addTags(const QString &run, const QStringList &tags); // -> changed
    quint64 removeTags(const QString &run, const QStringList &tags);
    quint64 setNote(const QString &run, const QString &note);
    quint64 setBaseline(const QString &name, const QString &run);
    quint64 deleteRuns(const QStringList &runs);
    // Writes the report of `runs` (one: that run; several: each compared with the first) to
    // `path`, in the format its suffix names (.html, .md, .csv, .json) -> reportWritten.
    quint64 writeReport(const QStringList &runs, const QString &path);
    quint64 setVersionLabel(qint64 versionId, const QString &label);
    // Moves each version into the lineage `modelId` (the user says they are one model).
    quint64 linkVersions(const QList<qint64> &versionIds, qint64 modelId);

Q_SIGNALS:
    // `error` is empty (message) when the store is open; the path is the one asked for.
    void opened(quint64 job, const QString &path, const ml::Error &error);
    // The runs the filter selects (at most its limit), how many it selects in all, and how
    // long the query took on the store's thread.
    void listed(quint64 job, const std::vector<ml::RunSummary> &runs, int total, double queryMs);
    void listFailed(quint64 job, const ml::Error &error);
    void loaded(quint64 job, const ml::OpenedRun &run);
    void loadFailed(quint64 job, const ml::Error &error);
    void compared(quint64 job, const ml::ComparedRuns &runs);
    void compareFailed(quint64 job, const ml::Error &error);
    void trendReady(quint64 job, const std::vector<ml::TrendSeries> &series);
    void trendFailed(quint64 job, const ml::Error &error);
    void choicesReady(quint64 job, const QStringList &tags, const QStringList &baselines);
    // `error` empty (message) when the report is in `path`.
    void reportWritten(quint64 job, const QString &path, const ml::Error &error);
    // A change to stored runs ended; `error` empty (message) when it was made.
    void changed(quint64 job, const ml::Error &error);

private:
    // Runs `work` with the store on the store's thread, then `done` with its answer here.
    template<typename Answer>
    quint64 post(std::function<Answer(HistoryStore *)> work, std::function<void(quint64, Answer &)> done);
    quint64 change(std::function<Result<void>(HistoryStore *)> work);

    QThread m_thread;
    QObject *m_context = nullptr;          // lives on m_thread
    std::unique_ptr<HistoryStore> m_store; // touched only on m_thread
    QString m_path;
    bool m_open = false, m_readOnly = false;
    quint64 m_nextJob = 0;
    int m_pending = 0;
};

} // namespace ml
