#pragma once
// The few places where SQLite and PostgreSQL differ, so that everything
// else in the store is one SQL for both.
//
// Amounts are stored exactly and are never negative in storage (the ledger
// keeps debits and credits apart): PostgreSQL NUMERIC checked to be a whole number below 10^39; SQLite TEXT of
// exactly 39 digits, zero-padded so that text order is numeric order and
// indexes sort by value. Both databases offer amount_add, amount_sub and
// the aggregate amount_sum, exact in 128 bits (SQLite: registered by the
// store on every connection; PostgreSQL: created by the first migration).

#include "core/money/amount.h"
#include "core/store/databaseurl.h"

#include <QString>
#include <QVariant>

namespace exchange {

class Dialect final
{
public:
    explicit Dialect(DatabaseUrl::Kind kind) : m_kind(kind) {}

    DatabaseUrl::Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == DatabaseUrl::Kind::SQLite; }

    // Column definitions for CREATE TABLE.
    QString amountColumn(const QString &name) const;
    // The same, but NULL allowed (a value not known yet, e.g. a balance
    // that was never read from the chain).
    QString nullableAmountColumn(const QString &name) const;
    QString idColumn(const QString &name) const; // auto-increment primary key
    QString bigint() const { return QStringLiteral("BIGINT"); }

    // Value conversion; storage refuses negative amounts (a bug upstream).
    QVariant amountToSql(Amount amount) const;
    static Result<Amount> amountFromSql(const QVariant &value);

    // Starts a write transaction.
    QString beginWrite() const;
    // Starts a read-only transaction over one consistent snapshot.
    QString beginRead() const;

private:
    DatabaseUrl::Kind m_kind;
};

inline constexpr int kStoredAmountDigits = 39;

} // namespace exchange
