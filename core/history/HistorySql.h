// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <vector>

namespace ml {

// Small helpers over one QSqlDatabase connection: every statement parameterized (values are
// bound, never pasted into SQL), errors as values carrying SQLite's own words.
class HistorySql {
public:
    explicit HistorySql(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {}) const;
    // The first column of the first row; an invalid QVariant when there is no row.
    Result<QVariant> value(const QString &sql, const QVariantList &binds = {}) const;
    // The first row; empty when there is none.
    Result<QVariantList> row(const QString &sql, const QVariantList &binds = {}) const;
    // A prepared statement to run many times (bind, then run()).
    Result<QSqlQuery> prepare(const QString &sql) const;
    static Result<void> run(QSqlQuery &query, const QVariantList &binds);

    // BEGIN IMMEDIATE: takes the write lock at once (waiting up to the busy timeout), so a
    // transaction never fails half-way because another writer came first.
    Result<void> begin() const;
    Result<void> commit() const;
    void rollback() const;

    static QString errorText(const QSqlQuery &query);

private:
    QSqlDatabase m_db;
};

} // namespace ml
