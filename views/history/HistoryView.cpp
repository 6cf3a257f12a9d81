// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryView.h"

#include "RunListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace ml {

namespace {

QComboBox *makeCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// Keeps the user's choice when the items are filled again.
void refill(QComboBox *combo, const QString &anyText, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

HistoryView::HistoryView(QWidget *parent) : QWidget(parent)
{
    m_client = new HistoryClient(this);
    m_model = new RunListModel(this);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete Runs"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
                == QMessageBox::Yes;
    };

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("historyProblem"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_newDatabase = new QPushButton(tr("Start a &New Database"), this);
    m_newDatabase->setObjectName(QStringLiteral("newDatabase"));
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_newDatabase);
    m_banner->hide();
    m_newDatabase->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(100); // widths from the first rows
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(RunListModel::Started, Qt::DescendingOrder);
    // Tags and notes edit on a double click; any other cell opens its run.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const RunSummary *run = m_model->run(index.row()))
            openRun(run->id);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &HistoryView::showContextMenu);
    m_table->installEventFilter(this); // Delete

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("runCount"));
    m_more = new QPushButton(tr("Show &More"), this);
    m_more->setObjectName(QStringLiteral("showMore"));
    m_more->hide();
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_limit += 500;
        refresh();
    });
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bannerRow);
    layout->addWidget(makeFilterBar());
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_typing, &QTimer::timeout, this, &HistoryView::refresh);

    connect(m_model, &RunListModel::sortRequested, this, [this](RunFilter::Sort sort, bool descending) {
        m_sort = sort;
        m_descending = descending;
        refresh();
    });
    connect(m_model, &RunListModel::noteEdited, this,
            [this](const QString &run, const QString &note) { m_changes << m_client->setNote(run, note); });
    connect(m_model, &RunListModel::tagsEdited, this,
            [this](const QString &run, const QStringList &added, const QStringList &removed) {
                if (!removed.isEmpty())
                    m_changes << m_client->removeTags(run, removed);
                if (!added.isEmpty())
                    m_changes << m_client->addTags(run, added);
            });
    connect(m_newDatabase, &QPushButton::clicked, this, &HistoryView::startNewDatabase);
    connect(m_client, &HistoryClient::opened, this, &HistoryView::onOpened);
    connect(m_client, &HistoryClient::listed, this, &HistoryView::onListed);
    connect(m_client, &HistoryClient::listFailed, this, [this](quint64 job, const Error &error) {
        if (job == m_listJob)
            showProblem(error.message, false);
    });
    connect(m_client, &HistoryClient::choicesReady, this,
            [this](quint64, const QStringList &tags, const QStringList &baselines) { onChoices(tags, baselines); });
    connect(m_client, &HistoryClient::changed, this, &HistoryView::afterChange);
    connect(m_client, &HistoryClient::reportWritten, this,
            [this](quint64, const QString &path, const Error &error) { Q_EMIT reportWritten(path, error.message); });
    connect(m_client, &HistoryClient::loaded, this, [this](quint64 job, const OpenedRun &run) {
        if (job == m_openJob)
            Q_EMIT runOpened(run);
    });
    connect(m_client, &HistoryClient::loadFailed, this, [this](quint64 job, const Error &error) {
        if (job == m_openJob)
            Q_EMIT openFailed(error.message);
    });
    m_count->setText(tr("No history database is open."));
}

HistoryView::~HistoryView() = default;

QWidget *HistoryView::makeFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(bar);
    m_text->setObjectName(QStringLiteral("historyFilter"));
    m_text->setPlaceholderText(tr("Filter by model, tag, note or run id"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, &HistoryView::scheduleRefresh);
    row->addWidget(m_text, 2);

    m_backend = makeCombo(QStringLiteral("backendFilter"), bar);
    m_backend->addItem(tr("Any backend"), QString());
    m_backend->addItem(QStringLiteral("ONNX Runtime"), QStringLiteral("onnxruntime"));
    m_backend->addItem(QStringLiteral("TensorRT"), QStringLiteral("tensorrt"));
    m_status = makeCombo(QStringLiteral("statusFilter"), bar);
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Completed"), runStatusName(RunStatus::Completed));
    m_status->addItem(tr("Failed"), runStatusName(RunStatus::Failed));
    m_status->addItem(tr("Cancelled"), runStatusName(RunStatus::Cancelled));
    m_tag = makeCombo(QStringLiteral("tagFilter"), bar);
    m_tag->addItem(tr("Any tag"), QString());
    m_baseline = makeCombo(QStringLiteral("baselineFilter"), bar);
    m_baseline->addItem(tr("Any baseline"), QString());
    m_since = makeCombo(QStringLiteral("sinceFilter"), bar);
    m_since->addItem(tr("Any time"), 0);
    m_since->addItem(tr("Last 24 hours"), 24);
    m_since->addItem(tr("Last 7 days"), 24 * 7);
    m_since->addItem(tr("Last 30 days"), 24 * 30);
    for (QComboBox *combo : {m_backend, m_status, m_tag, m_baseline, m_since}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryView::refresh);
        row->addWidget(combo);
    }

    m_pinned = new QLabel(bar);
    m_pinned->setObjectName(QStringLiteral("pinnedFilters"));
    m_clearPinned = new QPushButton(tr("Clear Filters"), bar);
    m_clearPinned->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clearPinned, &QPushButton::clicked, this, &HistoryView::clearFilters);
    row->addWidget(m_pinned);
    row->addWidget(m_clearPinned);
    updatePinned();
    return bar;
}

void HistoryView::setDatabase(const QString &path)
{
    m_requestedPath = path;
    m_client->open(path);
}

void HistoryView::onOpened(quint64, const QString &path, const Error &error)
{
    if (path != m_requestedPath)
        return; // an older request
    if (!error.message.isEmpty()) {
        m_badPath = path;
        m_model->setRuns({});
        m_count->setText(tr("No history database is open."));
        showProblem(tr("%1\nThe file is left as it is; runs are not stored until a database opens.").arg(error.message), true);
        return;
    }
    m_badPath.clear();
    if (m_client->isReadOnly())
        showProblem(tr("%1 is read-only: its runs are listed, but new runs, tags and notes cannot be stored.").arg(path), false);
    else
        showProblem(QString(), false);
    m_table->setEditTriggers(m_client->isReadOnly() ? QAbstractItemView::NoEditTriggers
                                                    : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    Q_EMIT databaseOpened(path);
    refresh();
}

void HistoryView::startNewDatabase()
{
    const QString fresh = HistoryStore::freshPathBeside(m_badPath.isEmpty() ? m_requestedPath : m_badPath);
    QSettings().setValue(QStringLiteral("history/database"), fresh);
    setDatabase(fresh);
    Q_EMIT databaseChanged(fresh);
}

QString HistoryView::problem() const { return m_banner->isHidden() ? QString() : m_banner->text(); }

void HistoryView::showProblem(const QString &text, bool offerNew)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_newDatabase->setVisible(offerNew);
}

RunFilter HistoryView::filter() const
{
    RunFilter f;
    f.text = m_text->text().trimmed();
    f.backend = m_backend->currentData().toString();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        f.status = parseRunStatus(status);
    f.tag = m_tag->currentData().toString();
    f.baseline = m_baseline->currentData().toString();
    if (const int hours = m_since->currentData().toInt(); hours > 0)
        f.since = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
    f.model = m_modelFilter;
    f.version = m_versionFilter;
    f.settingsHash = m_settingsFilter;
    f.machine = m_machineFilter;
    f.sort = m_sort;
    f.descending = m_descending;
    f.limit = m_limit;
    return f;
}

void HistoryView::scheduleRefresh() { m_typing->start(); }

void HistoryView::refresh()
{
    m_typing->stop();
    if (!m_client->isOpen())
        return;
    m_listJob = m_client->list(filter());
    m_client->choices();
}

void HistoryView::onListed(quint64 job, const std::vector<RunSummary> &runs, int total, double ms)
{
    if (job != m_listJob)
        return;
    const QStringList selected = selectedRuns();
    m_model->setRuns(runs);
    for (const QString &id : selected)
        if (const int row = m_model->rowOf(id); row >= 0)
            m_table->selectionModel()->select(m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int shown = int(runs.size());
    if (total == 0)
        m_count->setText(!isFiltered() ? tr("No runs yet: runs made with Run ▸ Run (F5) or modellens-cli profile appear here.")
                                       : tr("No runs match the filter."));
    else if (shown < total)
        m_count->setText(tr("Showing %1 of %2 runs (%3 ms).")
                                 .arg(QLocale().toString(shown), QLocale().toString(total), QLocale().toString(ms, 'f', 0)));
    else
        m_count->setText(tr("%n run(s) (%1 ms).", nullptr, total).arg(QLocale().toString(ms, 'f', 0)));
    m_more->setVisible(shown < total);
    if (!m_sized && shown > 0) { // once: later lists keep the user's widths
        m_table->resizeColumnsToContents();
        m_sized = true;
    }
    Q_EMIT listed(shown, total);
}

bool HistoryView::isFiltered() const
{
    for (const QComboBox *combo : {m_backend, m_status, m_tag, m_baseline, m_since})
        if (combo->currentIndex() > 0)
            return true;
    return !m_text->text().trimmed().isEmpty() || !m_modelFilter.isEmpty() || !m_versionFilter.isEmpty()
            || !m_settingsFilter.isEmpty() || !m_machineFilter.isEmpty();
}

void HistoryView::onChoices(const QStringList &tags, const QStringList &baselines)
{
    refill(m_tag, tr("Any tag"), tags);
    refill(m_baseline, tr("Any baseline"), baselines);
}

QStringList HistoryView::selectedRuns() const
{
    QStringList ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const RunSummary *run = m_model->run(index.row()))
            ids << run->id;
    return ids;
}

void HistoryView::pinFilter(const QString &kind, const QString &value)
{
    if (kind == QLatin1String("model"))
        m_modelFilter = value;
    else if (kind == QLatin1String("version"))
        m_versionFilter = value;
    else if (kind == QLatin1String("settings"))
        m_settingsFilter = value;
    else if (kind == QLatin1String("machine"))
        m_machineFilter = value;
    updatePinned();
    refresh();
}

void HistoryView::updatePinned()
{
    QStringList parts;
    if (!m_modelFilter.isEmpty())
        parts << tr("model %1").arg(QFileInfo(m_modelFilter).fileName());
    if (!m_versionFilter.isEmpty())
        parts << tr("version %1").arg(m_versionFilter.left(8));
    if (!m_settingsFilter.isEmpty())
        parts << tr("settings %1").arg(m_settingsFilter.left(8));
    if (!m_machineFilter.isEmpty())
        parts << tr("machine %1").arg(m_machineFilter.left(8));
    m_pinned->setText(parts.isEmpty() ? QString() : tr("Only: %1").arg(parts.join(QStringLiteral(", "))));
    m_pinned->setVisible(!parts.isEmpty());
}

void HistoryView::clearFilters()
{
    m_modelFilter.clear();
    m_versionFilter.clear();
    m_settingsFilter.clear();
    m_machineFilter.clear();
    for (QComboBox *combo : {m_backend, m_status, m_tag, m_baseline, m_since}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_text);
        m_text->clear();
    }
    updatePinned();
    refresh();
}

// Also while the database is still opening: the client answers in the order asked.
void HistoryView::openRun(const QString &id) { m_openJob = m_client->load(id, m_copyFolder); }

bool HistoryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(
                QKeySequence::Delete)) { // not while a cell is edited: its editor has the keys
        deleteSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryView::openSelected()
{
    const QStringList ids = selectedRuns();
    if (!ids.isEmpty())
        openRun(ids.first());
}

void HistoryView::deleteSelected()
{
    const QStringList ids = selectedRuns();
    if (ids.isEmpty() || m_client->isReadOnly())
        return;
    const QString question = ids.size() == 1
            ? tr("Delete run %1 from the history? Its measurements, tags and note are removed; this cannot be undone.")
                      .arg(ids.first())
            : tr("Delete %n runs from the history? Their measurements, tags and notes are removed; this cannot be undone.",
                 nullptr, int(ids.size()));
    if (!m_confirm(question))
        return;
    m_changes << m_client->deleteRuns(ids);
}

void HistoryView::setBaselineOfSelected()
{
    const QStringList ids = selectedRuns();
    if (ids.size() != 1)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Set as Baseline"),
                                               tr("Name of the baseline (the run replaces the one of that name for its model):"),
                                               QLineEdit::Normal, QStringLiteral("main"), &ok)
                                 .trimmed();
    if (ok && !name.isEmpty())
        m_changes << m_client->setBaseline(name, ids.first());
}

// Oldest first: the first is the baseline the others are compared with.
QStringList HistoryView::selectedOldestFirst() const
{
    std::vector<const RunSummary *> runs;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        if (const RunSummary *run = m_model->run(index.row()))
            runs.push_back(run);
    std::stable_sort(runs.begin(), runs.end(),
                     [](const RunSummary *a, const RunSummary *b) { return a->startedAt < b->startedAt; });
    QStringList ids;
    for (const RunSummary *run : runs)
        ids << run->id;
    return ids;
}

void HistoryView::exportReportOfSelected()
{
    const QStringList ids = selectedOldestFirst();
    if (ids.isEmpty())
        return;
    const RunSummary *first = m_model->run(m_model->rowOf(ids.first()));
    exportReportOf(ids, first ? first->modelName : QString());
}

void HistoryView::compareSelected()
{
    const QStringList ids = selectedOldestFirst();
    if (ids.size() >= 2)
        Q_EMIT compareRequested(ids);
}

void HistoryView::exportReportOf(const QStringList &ids, const QString &modelName)
{
    const QString suggested =
            QFileInfo(modelName).completeBaseName() + QLatin1Char('-') + ids.join(QLatin1Char('-')) + QStringLiteral(".html");
    const QString path = askReportPath(this, ids.size() == 1 ? tr("Export Report") : tr("Export Comparison Report"), suggested);
    if (!path.isEmpty())
        exportReport(ids, path);
}

QString HistoryView::askReportPath(QWidget *parent, const QString &title, const QString &suggested)
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
            parent, title, suggested, tr("HTML report (*.html);;Markdown (*.md);;CSV of the layers (*.csv);;JSON (*.json)"),
            &selectedFilter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) { // the filter's suffix
        const qsizetype star = selectedFilter.indexOf(QLatin1String("*."));
        path += selectedFilter.mid(star + 1, selectedFilter.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    return path;
}

void HistoryView::exportReport(const QStringList &runs, const QString &path) { m_client->writeReport(runs, path); }

void HistoryView::labelVersionOf(const RunSummary &run)
{
    bool ok = false;
    const QString label =
            QInputDialog::getText(this, tr("Label Version"),
                                  tr("Label of version %1 of %2 (empty: none):").arg(run.versionSha256.left(8), run.modelName),
                                  QLineEdit::Normal, run.versionLabel, &ok)
                    .trimmed();
    if (ok)
        m_changes << m_client->setVersionLabel(run.versionId, label);
}

// The versions of the selected runs join the lineage of the first selected run: a model that
// was renamed or moved is one model again, for series and trends.
void HistoryView::linkSelectedModels()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const RunSummary *first = m_model->run(rows.first().row());
    QList<qint64> versions;
    for (const QModelIndex &index : rows)
        if (const RunSummary *run = m_model->run(index.row());
            run && run->modelId != first->modelId && !versions.contains(run->versionId))
            versions << run->versionId;
    if (!versions.isEmpty())
        m_changes << m_client->linkVersions(versions, first->modelId);
}

void HistoryView::afterChange(quint64 job, const Error &error)
{
    if (!m_changes.removeOne(job))
        return;
    if (!error.message.isEmpty())
        Q_EMIT changeFailed(error.message);
    if (!error.message.isEmpty() || m_changes.isEmpty())
        refresh(); // what is stored, not what was typed
}

void HistoryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const RunSummary *run = m_model->run(index.row());
    if (!run)
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    const RunSummary r = *run;
    QMenu menu(this);
    menu.addAction(tr("&Open Run"), this, [this, r] { openRun(r.id); });
    menu.addAction(tr("Com&pare Runs"), this, &HistoryView::compareSelected)->setEnabled(selectedRuns().size() >= 2);
    menu.addAction(tr("Compare &With..."), this, [this, r] {
            Q_EMIT compareWithRequested(r.id, r.modelPath, r.modelName);
        })->setEnabled(r.status == RunStatus::Completed);
    menu.addAction(tr("Show T&rend of This Model"), this, [this, r] {
        RunFilter f;
        f.model = r.modelPath;
        Q_EMIT trendRequested(f, r.modelName);
    });
    menu.addSeparator();
    menu.addAction(tr("Only This &Model"), this, [this, r] { pinFilter(QStringLiteral("model"), r.modelPath); });
    menu.addAction(tr("Only This &Version"), this, [this, r] { pinFilter(QStringLiteral("version"), r.versionSha256); });
    menu.addAction(tr("Only These &Settings"), this, [this, r] { pinFilter(QStringLiteral("settings"), r.settingsHash); });
    menu.addAction(tr("Only This Mac&hine"), this, [this, r] { pinFilter(QStringLiteral("machine"), r.machineFingerprint); });
    menu.addSeparator();
    const bool writable = !m_client->isReadOnly();
    const int row = index.row();
    menu.addAction(tr("Edit &Tags"), this, [this, row] {
            m_table->edit(m_model->index(row, RunListModel::Tags));
        })->setEnabled(writable);
    menu.addAction(tr("Edit &Note"), this, [this, row] {
            m_table->edit(m_model->index(row, RunListModel::Note));
        })->setEnabled(writable);
    menu.addAction(tr("Set as &Baseline..."), this, &HistoryView::setBaselineOfSelected)
            ->setEnabled(writable && selectedRuns().size() == 1);
    menu.addAction(tr("&Label This Version..."), this, [this, r] { labelVersionOf(r); })->setEnabled(writable);
    QSet<qint64> lineages;
    for (const QModelIndex &selected : m_table->selectionModel()->selectedRows())
        if (const RunSummary *s = m_model->run(selected.row()))
            lineages.insert(s->modelId);
    menu.addAction(tr("Treat as One Mod&el"), this, &HistoryView::linkSelectedModels)
            ->setEnabled(writable && lineages.size() > 1);
    menu.addAction(tr("E&xport Report..."), this, &HistoryView::exportReportOfSelected);
    menu.addAction(tr("&Copy Run Id"), this, [r] { QApplication::clipboard()->setText(r.id); });
    menu.addSeparator();
    menu.addAction(tr("&Delete..."), this, &HistoryView::deleteSelected)->setEnabled(writable);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace ml
