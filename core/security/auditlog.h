#pragma once
// AuditLog: every operator action and automatic money movement, append-only
// and hash-chained: each record carries the SHA-256 of the previous record
// and of its own content (seq included), so verify() finds any edited,
// deleted, inserted or reordered record and names the first bad one.
// append() writes inside the caller's transaction, so the record commits
// with the change it records or not at all. Never give it a secret.

#include "core/base/result.h"
#include "core/security/actor.h"
#include "core/security/auditentry.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
}

namespace exchange::security {

class AuditLog final
{
public:
    AuditLog(Database &database, const Clock &clock, ChangeNotifier *notifier = nullptr);

    // Inside an open write transaction on db (a UnitOfWork's db()). The
    // caller commits; announce with announce() after the commit.
    Result<AuditEntry> append(const QSqlDatabase &db, const Actor &actor, const std::string &action,
                              const std::string &objectType, const std::string &objectId,
                              const QJsonObject &before, const QJsonObject &after);
    // In its own transaction (events with no other change: a failed login,
    // a vault lock).
    Result<AuditEntry> record(const Actor &actor, const std::string &action, const std::string &objectType,
                              const std::string &objectId, const QJsonObject &before = {},
                              const QJsonObject &after = {});
    void announce();

    Result<std::vector<AuditEntry>> list(const AuditFilter &filter = {}) const;
    Result<AuditVerification> verify() const;

    // The chain's head as committed: the newest record's seq and hash (0 and
    // "" for an empty log). The signer's journal keeps it with every payout.
    struct Head {
        std::int64_t seq = 0;
        std::string hash;
    };
    Result<Head> head() const;
    // The hash record seq carries now, or nothing when there is no such
    // record (the chain was cut back below it).
    Result<std::optional<std::string>> hashOf(std::int64_t seq) const;

    // The hash a record must carry (hex SHA-256 of its content and prevHash).
    static std::string computeHash(const AuditEntry &entry);

private:
    Database &m_database;
    const Clock &m_clock;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::security
