// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistorySql.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace ml {

QString HistorySql::errorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

Result<void> HistorySql::run(QSqlQuery &query, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds[i]);
    if (!query.exec())
        return makeError(errorText(query));
    return {};
}

Result<QSqlQuery> HistorySql::prepare(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return makeError(errorText(q));
    return q;
}

Result<QSqlQuery> HistorySql::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return makeError(errorText(q));
        return q;
    }
    if (!q.prepare(sql))
        return makeError(errorText(q));
    if (auto ok = run(q, binds); !ok)
        return ok.error();
    return q;
}

Result<QVariant> HistorySql::value(const QString &sql, const QVariantList &binds) const
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q->next()) {
        if (q->lastError().isValid())
            return makeError(errorText(q.value()));
        return QVariant();
    }
    return q->value(0);
}

Result<QVariantList> HistorySql::row(const QString &sql, const QVariantList &binds) const
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    QVariantList out;
    if (!q->next()) {
        if (q->lastError().isValid())
            return makeError(errorText(q.value()));
        return out;
    }
    const int n = q->record().count();
    for (int i = 0; i < n; ++i)
        out << q->value(i);
    return out;
}

Result<void> HistorySql::begin() const
{
    auto q = exec(u"BEGIN IMMEDIATE"_s);
    if (!q)
        return q.error();
    return {};
}

Result<void> HistorySql::commit() const
{
    auto q = exec(u"COMMIT"_s);
    if (!q)
        return q.error();
    return {};
}

void HistorySql::rollback() const { (void)exec(u"ROLLBACK"_s); }

} // namespace ml
