// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HistoryClient.h"
#include "RunQuery.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace ml {

class RunListModel;

// The run history in the main window: every stored run, filtered by text (model, tag, note,
// id), backend, status, tag, baseline and date, and by the model, version, settings or
// machine of a run (its context menu); sorted by any column; tags and notes edited in place;
// runs deleted after a confirmation; a run opened with Enter or a double click. Everything
// that touches the database runs on the HistoryClient's thread: the list shows the answer
// when it comes, and a newer question drops an older answer.
//
// A database that cannot be opened (corrupt, not SQLite, from a newer ModelLens) is named in
// a banner, with the offer of a new database beside it; the bad file is left as it is.
class HistoryView : public QWidget {
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    ~HistoryView() override;

    // Opens the database at `path` and lists its runs.
    void setDatabase(const QString &path);
    QString database() const { return m_client->path(); }
    HistoryClient *client() const { return m_client; }
    // Where a stored copy of a run's graph is written when its file is gone or has changed.
    void setCopyFolder(const QString &folder) { m_copyFolder = folder; }
    // Asked before runs are deleted (the question in words); by default a message box.
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    RunFilter filter() const;
    RunListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The banner's text (empty when none is shown) and its "new database" button.
    QString problem() const;
    QPushButton *newDatabaseButton() const { return m_newDatabase; }
    QStringList selectedRuns() const;
    // Only the runs of this model version / settings / machine (empty: any), as the context
    // menu sets them.
    void pinFilter(const QString &kind, const QString &value);

public Q_SLOTS:
    void refresh(); // asks again with the current filter
    void clearFilters();
    void openRun(const QString &id);
    void openSelected();
    void deleteSelected(); // after the confirmation
    void startNewDatabase();
    // Asks for a file and writes the report of the selected runs (several: a comparison with
    // the oldest of them); the format is the file name's.
    void exportReportOfSelected();
    void compareSelected();
    void exportReport(const QStringList &runs, const QString &path);
    // A save dialog for a report: the path chosen, with the selected filter's suffix added
    // when the name has none (empty: cancelled).
    static QString askReportPath(QWidget *parent, const QString &title, const QString &suggested);
    // Asks where, then exportReport(); the file name suggested is the model's and the ids.
    void exportReportOf(const QStringList &runs, const QString &modelName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The list on screen is the answer to the current filter.
    void listed(int shown, int total);
    void databaseOpened(const QString &path);
    // A new database replaced one that could not be opened (the setting now names it).
    void databaseChanged(const QString &path);
    void runOpened(const ml::OpenedRun &run);
    void openFailed(const QString &message);
    void changeFailed(const QString &message);
    // "Compare Runs": the selected runs, oldest first (the baseline).
    void compareRequested(const QStringList &runs);
    // "Compare With...": the run to compare, and its model (the baseline is picked next).
    void compareWithRequested(const QString &run, const QString &modelPath, const QString &modelName);
    // "Show Trend": the runs of this model.
    void trendRequested(const ml::RunFilter &filter, const QString &title);
    void reportWritten(const QString &path, const QString &error); // error empty on success

private:
    QWidget *makeFilterBar();
    void scheduleRefresh();
    void onOpened(quint64 job, const QString &path, const Error &error);
    void onListed(quint64 job, const std::vector<RunSummary> &runs, int total, double ms);
    void onChoices(const QStringList &tags, const QStringList &baselines);
    void showProblem(const QString &text, bool offerNew);
    void showContextMenu(const QPoint &pos);
    void setBaselineOfSelected();
    void labelVersionOf(const RunSummary &run);
    QStringList selectedOldestFirst() const;
    void linkSelectedModels();
    void updatePinned();
    bool isFiltered() const;
    void afterChange(quint64 job, const Error &error);

    HistoryClient *m_client = nullptr;
    RunListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_backend = nullptr, *m_status = nullptr, *m_tag = nullptr, *m_baseline = nullptr, *m_since = nullptr;
    QLabel *m_pinned = nullptr;
    QPushButton *m_clearPinned = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_newDatabase = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_more = nullptr;
    QTimer *m_typing = nullptr;
    QString m_requestedPath, m_badPath, m_copyFolder;
    std::function<bool(const QString &)> m_confirm;
    RunFilter::Sort m_sort = RunFilter::Sort::StartedAt;
    bool m_descending = true;
    int m_limit = 500;
    bool m_sized = false;
    QString m_modelFilter, m_versionFilter, m_settingsFilter, m_machineFilter;
    quint64 m_listJob = 0, m_openJob = 0;
    QList<quint64> m_changes;
};

} // namespace ml
