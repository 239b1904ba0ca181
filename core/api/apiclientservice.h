#pragma once
// ApiClientService: the back-office API's service clients, registered by
// their Ed25519 public key (the server stores no shared secret), listed and
// disabled; and the nonces of their requests, each usable once.
// Adding and disabling is ManageApiClients (an admin in person with a
// confirmed code, as the database has their role now), signed by them
// (apiclientstatement.h: an admin who cannot sign is refused) and audited
// in the change's own transaction; a refusal changes nothing. A disabled client
// stays listed (its name is never reused) and is refused every request.

#include "core/api/apiclient.h"
#include "core/base/result.h"
#include "core/security/actor.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace exchange {
class Clock;
class Database;
namespace security { class AuditLog; }
}

namespace exchange::api {

class SignedApiClients;

class ApiClientService final
{
public:
    // How long a nonce is kept: twice the timestamps' allowed skew, so a
    // request is refused as stale before its nonce could be forgotten.
    static constexpr qint64 kNonceLifetimeMs = 2 * 60 * 1000;

    ApiClientService(Database &database, const Clock &clock, security::AuditLog &audit);

    // scopes: "read,customers,withdrawals" (any of them); publicKey: 64 hex
    // digits or base64 of 32 bytes. Conflict for a taken name or key.
    Result<ApiClient> add(const security::Actor &actor, const QString &name, const QString &publicKey,
                          const QString &scopes);
    // WrongState when disabled already; NotFound for an unknown name.
    Result<ApiClient> disable(const security::Actor &actor, const QString &name);

    Result<std::vector<ApiClient>> list() const;
    // Nothing for an unknown name (a lookup, no other state read).
    Result<std::optional<ApiClient>> findByName(const QString &name) const;
    static Result<std::optional<ApiClient>> findIn(const QSqlDatabase &db, const QString &name);

    // Whether the row states the client exactly as the newest statement an
    // admin signed about it (SignedApiClients), traced from pinnedAdminKey;
    // false with no pin (empty), or when none was signed. The statements are
    // verified again only when signed_statements has a newer row than when
    // they were last verified (the table is append-only: until then they
    // prove the same), so a request costs no signature checks of the trust
    // chain; the row is compared every time.
    Result<bool> matchesSigned(const ApiClient &row, const QByteArray &pinnedAdminKey) const;

    // Records nonce for client as used until nowMs + kNonceLifetimeMs: true
    // when it was not in use, false when it was (a replay). Expired nonces
    // are pruned every few seconds on the way.
    Result<bool> useNonce(qint64 clientId, const QString &nonce, qint64 nowMs);
    // useNonce for several requests in one transaction, in order (the second
    // of one nonce in the list is a replay): whether each was fresh.
    struct ClientNonce {
        qint64 clientId = 0;
        QString nonce;
    };
    Result<std::vector<bool>> useNonces(const std::vector<ClientNonce> &nonces, qint64 nowMs);

    // 32 bytes from 64 hex digits or base64; InvalidInput otherwise.
    static Result<QByteArray> parsePublicKey(const QString &text);
    static bool isValidName(const QString &name);

private:
    // What a client's statements proved, and the newest statement id then.
    struct VerifiedStatements {
        qint64 newestStatementId = 0;
        QByteArray pinnedAdminKey;
        std::shared_ptr<const SignedApiClients> proof;
    };

    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    qint64 m_lastPruneMs = 0;
    mutable std::mutex m_verifiedMutex;
    mutable std::map<QString, VerifiedStatements> m_verified; // by client name
};

} // namespace exchange::api
