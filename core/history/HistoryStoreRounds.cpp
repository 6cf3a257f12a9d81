// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore::listRounds: many runs' iterations by round, for trends.
#include "HistoryStore.h"

#include "HistorySql.h"
#include "IterationBlob.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ml {

Result<std::vector<StoredRounds>> HistoryStore::listRounds(const RunFilter &filter) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ml::HistoryStore", text); };
    auto runs = listRuns(filter);
    if (!runs)
        return runs.error();
    auto query = HistorySql(db()).prepare(u"SELECT latencies, round_ends FROM runs WHERE run_id = ?"_s);
    if (!query)
        return sqlError(tr("cannot read the runs' iterations"), query.errorMessage());
    QSqlQuery &q = query.value();
    std::vector<StoredRounds> out;
    out.reserve(runs->size());
    for (RunSummary &summary : runs.value()) {
        q.bindValue(0, summary.id);
        if (!q.exec() || !q.next())
            return sqlError(tr("cannot read the iterations of run %1").arg(summary.id), HistorySql::errorText(q));
        auto latencies = IterationBlob::decode(q.value(0).toByteArray());
        if (!latencies)
            return sqlError(tr("cannot read the iterations of run %1").arg(summary.id), latencies.errorMessage());
        StoredRounds r;
        r.rounds = IterationBlob::splitRounds(latencies.value(), q.value(1).toString().toUtf8());
        r.summary = std::move(summary);
        q.finish();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace ml
