#include "core/api/apiclientservice.h"

#include "core/api/apiclientstatement.h"
#include "core/api/signedapiclients.h"
#include "core/base/clock.h"
#include "core/base/message.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

namespace exchange::api {

namespace {

constexpr qint64 kPruneEveryMs = 10'000;
const QString kColumns = QStringLiteral("id, name, public_key, scopes, enabled, created_at, updated_at");

ApiClient fromRow(const QSqlQuery &q)
{
    ApiClient c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    // The table's checks keep both well formed; a row that is not is
    // refused every request (no key verifies, no scope is held).
    if (auto key = hex::decode(q.value(2).toString().toStdString()))
        c.publicKey = key.value();
    if (auto scopes = parseApiScopes(q.value(3).toString()))
        c.scopes = scopes.value();
    c.enabled = q.value(4).toInt() != 0;
    c.createdAtMs = q.value(5).toLongLong();
    c.updatedAtMs = q.value(6).toLongLong();
    return c;
}

QJsonObject describe(const ApiClient &c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("public_key"), QString::fromStdString(hex::encode(c.publicKey))},
                       {QStringLiteral("scopes"), apiScopesText(c.scopes)},
                       {QStringLiteral("enabled"), c.enabled}};
}


} // namespace

ApiClientService::ApiClientService(Database &database, const Clock &clock, security::AuditLog &audit)
    : m_database(database), m_clock(clock), m_audit(audit)
{
}

bool ApiClientService::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
                        || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Result<QByteArray> ApiClientService::parsePublicKey(const QString &text)
{
    const std::string s = text.trimmed().toStdString();
    Result<QByteArray> key = s.size() == 2 * crypto::ed25519::PublicKeySize ? hex::decode(s) : base64::decode(s);
    if (!key || key.value().size() != crypto::ed25519::PublicKeySize)
        return makeError(ErrorCode::InvalidInput, MessageId::ApiClientBadKey);
    return key;
}

Result<ApiClient> ApiClientService::add(const security::Actor &actor, const QString &name, const QString &publicKey,
                                        const QString &scopesText)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    if (!isValidName(name))
        return makeError(ErrorCode::InvalidInput, MessageId::ApiClientBadName, {name.toStdString()});
    auto key = parsePublicKey(publicKey);
    if (!key)
        return key.error();
    auto scopes = parseApiScopes(scopesText);
    if (!scopes)
        return scopes.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    auto existing = findIn(work.db(), name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Conflict, MessageId::ApiClientNameTaken, {name.toStdString()});
    const QString keyHex = QString::fromStdString(hex::encode(key.value()));
    auto sameKey = sql::run(work.db(), QStringLiteral("SELECT 1 FROM api_clients WHERE public_key = ?"), {keyHex});
    if (!sameKey)
        return sameKey.error();
    if (sameKey.value().next())
        return makeError(ErrorCode::Conflict, MessageId::ApiClientKeyTaken);
    const qint64 now = m_clock.nowMs();
    auto inserted = sql::run(work.db(),
                             QStringLiteral("INSERT INTO api_clients (name, public_key, scopes, enabled, created_at, updated_at)"
                                            " VALUES (?, ?, ?, 1, ?, ?)"),
                             {name, keyHex, apiScopesText(scopes.value()), now, now});
    if (!inserted)
        return inserted.error();
    auto added = findIn(work.db(), name);
    if (!added)
        return added.error();
    if (!added.value())
        return Error{ErrorCode::Internal, "the service client just added cannot be read back"};
    const ApiClient &client = *added.value();
    // What the authenticator trusts: the row alone is refused.
    if (auto signed_ = signApiClient(work.db(), actor, client, "api_client.add", now); !signed_)
        return signed_.error();
    if (auto audited = m_audit.append(work.db(), actor, "api_client.add", "api_client", std::to_string(client.id), {},
                                      describe(client));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return client;
}

Result<ApiClient> ApiClientService::disable(const security::Actor &actor, const QString &name)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    auto found = findIn(work.db(), name);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, MessageId::ApiClientUnknown, {name.toStdString()});
    const ApiClient before = *found.value();
    if (!before.enabled)
        return makeError(ErrorCode::WrongState, MessageId::ApiClientDisabledAlready, {name.toStdString()});
    ApiClient after = before;
    after.enabled = false;
    after.updatedAtMs = m_clock.nowMs();
    auto updated = sql::run(work.db(), QStringLiteral("UPDATE api_clients SET enabled = 0, updated_at = ? WHERE id = ?"),
                            {after.updatedAtMs, after.id});
    if (!updated)
        return updated.error();
    // Its recent nonces are of no use any more.
    if (auto cleared = sql::run(work.db(), QStringLiteral("DELETE FROM api_nonces WHERE client_id = ?"), {after.id}); !cleared)
        return cleared.error();
    if (auto signed_ = signApiClient(work.db(), actor, after, "api_client.disable", after.updatedAtMs); !signed_)
        return signed_.error();
    if (auto audited = m_audit.append(work.db(), actor, "api_client.disable", "api_client", std::to_string(after.id),
                                      describe(before), describe(after));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return after;
}

Result<std::vector<ApiClient>> ApiClientService::list() const
{
    auto q = sql::run(m_database.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM api_clients ORDER BY name"));
    if (!q)
        return q.error();
    std::vector<ApiClient> out;
    while (q.value().next())
        out.push_back(fromRow(q.value()));
    return out;
}

Result<std::optional<ApiClient>> ApiClientService::findIn(const QSqlDatabase &db, const QString &name)
{
    auto q = sql::run(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM api_clients WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<ApiClient>();
    return std::optional<ApiClient>(fromRow(q.value()));
}

Result<std::optional<ApiClient>> ApiClientService::findByName(const QString &name) const
{
    return findIn(m_database.connection(), name);
}

Result<bool> ApiClientService::matchesSigned(const ApiClient &row, const QByteArray &pinnedAdminKey) const
{
    // Fail closed: with no pin, no signature can be traced to an admin.
    if (pinnedAdminKey.isEmpty())
        return false;
    const QSqlDatabase db = m_database.connection();
    auto newest = sql::run(db, QStringLiteral("SELECT MAX(id) FROM signed_statements"));
    if (!newest)
        return newest.error();
    const qint64 newestId = newest.value().next() ? newest.value().value(0).toLongLong() : 0;
    {
        const std::lock_guard lock(m_verifiedMutex);
        const auto known = m_verified.find(row.name);
        if (known != m_verified.end() && known->second.newestStatementId == newestId
            && known->second.pinnedAdminKey == pinnedAdminKey)
            return known->second.proof->matches(row);
    }
    auto signedClients = SignedApiClients::read(db, pinnedAdminKey, row.name);
    if (!signedClients)
        return signedClients.error();
    auto proof = std::make_shared<const SignedApiClients>(std::move(signedClients).value());
    const bool matches = proof->matches(row);
    const std::lock_guard lock(m_verifiedMutex);
    m_verified[row.name] = VerifiedStatements{newestId, pinnedAdminKey, std::move(proof)};
    return matches;
}

Result<bool> ApiClientService::useNonce(qint64 clientId, const QString &nonce, qint64 nowMs)
{
    auto fresh = useNonces({ClientNonce{clientId, nonce}}, nowMs);
    if (!fresh)
        return fresh.error();
    return static_cast<bool>(fresh.value().front());
}

Result<std::vector<bool>> ApiClientService::useNonces(const std::vector<ClientNonce> &nonces, qint64 nowMs)
{
    // Not waiting for the disk: a nonce lost with the machine (power, kernel)
    // in the moment before it could be replayed once more within the 60 s of
    // its timestamp, and the request it carried is either a read or a change
    // that is idempotent by itself (a customer's fields, a withdrawal's key).
    // A crash of this process loses none.
    UnitOfWork work(m_database, UnitOfWork::Access::Write, UnitOfWork::Durability::SurvivesProcessCrash);
    if (auto began = work.began(); !began)
        return began.error();
    const bool pruneAll = nowMs - m_lastPruneMs >= kPruneEveryMs;
    if (pruneAll) {
        if (auto pruned = sql::run(work.db(), QStringLiteral("DELETE FROM api_nonces WHERE expires_at < ?"), {nowMs}); !pruned)
            return pruned.error();
    }
    // Prepared once for the whole list.
    const QString expireText = QStringLiteral("DELETE FROM api_nonces WHERE client_id = ? AND nonce = ? AND expires_at < ?");
    const QString insertText = QStringLiteral("INSERT INTO api_nonces (client_id, nonce, expires_at) VALUES (?, ?, ?)"
                                              " ON CONFLICT (client_id, nonce) DO NOTHING");
    QSqlQuery expire(work.db());
    QSqlQuery insert(work.db());
    if (!expire.prepare(expireText))
        return sql::errorOf(expire, expireText);
    if (!insert.prepare(insertText))
        return sql::errorOf(insert, insertText);
    std::vector<bool> fresh;
    fresh.reserve(nonces.size());
    for (const ClientNonce &n : nonces) {
        if (!pruneAll) {
            expire.bindValue(0, n.clientId);
            expire.bindValue(1, n.nonce);
            expire.bindValue(2, nowMs);
            if (!expire.exec())
                return sql::errorOf(expire, expireText);
        }
        insert.bindValue(0, n.clientId);
        insert.bindValue(1, n.nonce);
        insert.bindValue(2, nowMs + kNonceLifetimeMs);
        if (!insert.exec())
            return sql::errorOf(insert, insertText);
        fresh.push_back(insert.numRowsAffected() == 1);
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    if (pruneAll)
        m_lastPruneMs = nowMs;
    return fresh;
}

} // namespace exchange::api
