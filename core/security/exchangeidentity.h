#pragma once
// ExchangeIdentity: a random id that names this exchange, kept in the
// database's meta table ("exchange_id"). Backups and restores copy it, so a
// restored database still finds the signer's journal of the exchange it
// belongs to (SignerJournal is keyed by it, never by the database's path).
// Created on first use, in its own transaction with an audit record.

#include "core/base/result.h"

#include <QString>

#include <optional>

namespace exchange {
class Database;
}

namespace exchange::security {

class AuditLog;

class ExchangeIdentity final
{
public:
    static QString metaKey() { return QStringLiteral("exchange_id"); }

    // The id, or nothing in a database that has none yet (reads only).
    static Result<std::optional<QString>> find(Database &database);
    // The id, created (32 hex digits, audited) when the database has none.
    static Result<QString> obtain(Database &database, AuditLog &audit);
};

} // namespace exchange::security
