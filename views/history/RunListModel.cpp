// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunListModel.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>

#include <algorithm>

namespace ml {

namespace {

QString msText(double ms)
{
    if (!(ms > 0))
        return QString();
    return QLocale().toString(ms, 'f', ms < 10 ? 3 : (ms < 100 ? 2 : 1));
}

QString providerShort(const QString &provider)
{
    QString p = provider;
    p.remove(QStringLiteral("ExecutionProvider"));
    return p;
}

QString statusText(const RunSummary &run)
{
    switch (run.status) {
    case RunStatus::Completed:
        return RunListModel::tr("completed");
    case RunStatus::Failed:
        return RunListModel::tr("failed");
    case RunStatus::Cancelled:
        return RunListModel::tr("cancelled");
    }
    return {};
}

QString versionText(const RunSummary &run)
{
    QString text = run.versionLabel.isEmpty() ? run.versionSha256.left(8) : run.versionLabel;
    if (run.edited)
        text += QLatin1Char(' ') + RunListModel::tr("(edited)");
    return text;
}

// The value a column sorts by: numbers as numbers, the rest as text.
QVariant sortKey(const RunSummary &run, int column)
{
    switch (column) {
    case RunListModel::Started:
        return run.startedAt;
    case RunListModel::Median:
        return run.medianMs;
    case RunListModel::Mean:
        return run.meanMs;
    case RunListModel::P99:
        return run.p99Ms;
    case RunListModel::Iterations:
        return run.iterations;
    case RunListModel::Rounds:
        return run.rounds;
    case RunListModel::Id:
        return run.id;
    case RunListModel::Model:
        return run.modelName;
    case RunListModel::Version:
        return versionText(run);
    case RunListModel::Backend:
        return QString(run.backend + run.provider);
    case RunListModel::Status:
        return statusText(run);
    case RunListModel::Tags:
        return run.tags.join(QLatin1Char(' '));
    case RunListModel::Note:
        return run.note;
    case RunListModel::Source:
        return run.source;
    default:
        return {};
    }
}

} // namespace

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunListModel::setRuns(std::vector<RunSummary> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const RunSummary *RunListModel::run(int row) const
{
    return row >= 0 && row < int(m_runs.size()) ? &m_runs[std::size_t(row)] : nullptr;
}

int RunListModel::rowOf(const QString &id) const
{
    for (std::size_t i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == id)
            return int(i);
    return -1;
}

std::optional<RunFilter::Sort> RunListModel::storeSort(int column)
{
    switch (column) {
    case Started:
        return RunFilter::Sort::StartedAt;
    case Median:
        return RunFilter::Sort::Median;
    case Mean:
        return RunFilter::Sort::Mean;
    case Model:
        return RunFilter::Sort::Model;
    default:
        return std::nullopt;
    }
}

QStringList RunListModel::parseTags(const QString &text)
{
    QStringList tags;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &tag : text.split(separators, Qt::SkipEmptyParts))
        if (!tags.contains(tag))
            tags << tag;
    return tags;
}

int RunListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_runs.size()); }

int RunListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    const RunSummary *r = index.isValid() ? run(index.row()) : nullptr;
    if (!r)
        return {};
    const int column = index.column();
    if (role == RunIdRole)
        return r->id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Id:
            return r->id;
        case Started:
            return QLocale().toString(r->startedAt.toLocalTime(), QLocale::ShortFormat);
        case Model:
            return r->modelName;
        case Version:
            return versionText(*r);
        case Backend:
            return r->provider.isEmpty() ? r->backend : r->backend + QStringLiteral(" · ") + providerShort(r->provider);
        case Status:
            return statusText(*r);
        case Median:
            return msText(r->medianMs);
        case Mean:
            return msText(r->meanMs);
        case P99:
            return msText(r->p99Ms);
        case Iterations:
            return r->iterations > 0 ? QLocale().toString(r->iterations) : QString();
        case Rounds:
            return r->rounds;
        case Tags:
            return r->tags.join(QStringLiteral(", "));
        case Note:
            return r->note;
        case Source:
            return r->source;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Status && !r->failureReason.isEmpty())
            return r->failureReason;
        if (column == Model)
            return r->modelPath;
        if (column == Version)
            return r->versionSha256;
        if (column == Tags && !r->baselines.isEmpty())
            return tr("Baseline: %1").arg(r->baselines.join(QStringLiteral(", ")));
        if (column == Note)
            return r->note;
    }
    if (role == Qt::TextAlignmentRole
        && (column == Median || column == Mean || column == P99 || column == Iterations || column == Rounds))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && r->status != RunStatus::Completed)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && column == Id) {
        QFont font;
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Run");
    case Started:
        return tr("Started");
    case Model:
        return tr("Model");
    case Version:
        return tr("Version");
    case Backend:
        return tr("Backend");
    case Status:
        return tr("Status");
    case Median:
        return tr("Median (ms)");
    case Mean:
        return tr("Mean (ms)");
    case P99:
        return tr("p99 (ms)");
    case Iterations:
        return tr("Iterations");
    case Rounds:
        return tr("Rounds");
    case Tags:
        return tr("Tags");
    case Note:
        return tr("Note");
    case Source:
        return tr("Source");
    }
    return {};
}

Qt::ItemFlags RunListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Tags || index.column() == Note))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RunListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    RunSummary *r = index.isValid() && role == Qt::EditRole && index.row() < int(m_runs.size())
            ? &m_runs[std::size_t(index.row())]
            : nullptr;
    if (!r)
        return false;
    if (index.column() == Note) {
        const QString note = value.toString().trimmed();
        if (note == r->note)
            return false;
        r->note = note;
        Q_EMIT dataChanged(index, index);
        Q_EMIT noteEdited(r->id, note);
        return true;
    }
    if (index.column() == Tags) {
        const QStringList tags = parseTags(value.toString());
        QStringList added, removed;
        for (const QString &tag : tags)
            if (!r->tags.contains(tag))
                added << tag;
        for (const QString &tag : std::as_const(r->tags))
            if (!tags.contains(tag))
                removed << tag;
        if (added.isEmpty() && removed.isEmpty())
            return false;
        r->tags = tags;
        Q_EMIT dataChanged(index, index);
        Q_EMIT tagsEdited(r->id, added, removed);
        return true;
    }
    return false;
}

void RunListModel::sort(int column, Qt::SortOrder order)
{
    if (const auto byStore = storeSort(column)) {
        Q_EMIT sortRequested(*byStore, order == Qt::DescendingOrder);
        return;
    }
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<QString> beforeIds;
    for (const QModelIndex &index : before)
        beforeIds.push_back(run(index.row()) ? run(index.row())->id : QString());
    std::stable_sort(m_runs.begin(), m_runs.end(), [column, order](const RunSummary &a, const RunSummary &b) {
        const QVariant x = sortKey(a, column), y = sortKey(b, column);
        const auto c = QVariant::compare(x, y);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less : c == QPartialOrdering::Greater;
    });
    QModelIndexList after;
    for (std::size_t i = 0; i < beforeIds.size(); ++i) {
        const int row = rowOf(beforeIds[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[int(i)].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace ml
