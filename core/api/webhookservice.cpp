#include "core/api/webhookservice.h"

#include "core/api/webhookendpointstatement.h"
#include "core/base/clock.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/security/signedstatements.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace exchange::api {

namespace {

const QString kEndpointColumns =
    QStringLiteral("p.id, p.client_id, c.name, p.url, p.enabled, p.created_at, p.updated_at");

WebhookEndpoint endpointFromRow(const QSqlQuery &q)
{
    WebhookEndpoint e;
    e.id = q.value(0).toLongLong();
    e.clientId = q.value(1).toLongLong();
    e.clientName = q.value(2).toString();
    e.url = q.value(3).toString();
    e.enabled = q.value(4).toInt() != 0;
    e.createdAtMs = q.value(5).toLongLong();
    e.updatedAtMs = q.value(6).toLongLong();
    return e;
}

const QString kDeliverySelect = QStringLiteral(
    "SELECT d.id, d.event_seq, e.event_id, e.type, e.object_type, e.object_id, d.endpoint_id, c.name, p.url,"
    " d.attempts, d.next_attempt_at, d.give_up_at, d.last_status, d.last_error, d.delivered_at, d.failed_at, e.created_at"
    " FROM webhook_deliveries d JOIN webhook_events e ON e.seq = d.event_seq"
    " JOIN webhook_endpoints p ON p.id = d.endpoint_id JOIN api_clients c ON c.id = p.client_id");

std::optional<qint64> optionalLong(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

WebhookDelivery deliveryFromRow(const QSqlQuery &q)
{
    WebhookDelivery d;
    d.id = q.value(0).toLongLong();
    d.eventSeq = q.value(1).toLongLong();
    d.eventId = q.value(2).toString();
    d.type = q.value(3).toString();
    d.objectType = q.value(4).toString();
    d.objectId = q.value(5).toLongLong();
    d.endpointId = q.value(6).toLongLong();
    d.clientName = q.value(7).toString();
    d.url = q.value(8).toString();
    d.attempts = q.value(9).toInt();
    d.nextAttemptAtMs = q.value(10).toLongLong();
    d.giveUpAtMs = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        d.lastStatus = q.value(12).toInt();
    d.lastError = q.value(13).toString();
    d.deliveredAtMs = optionalLong(q.value(14));
    d.failedAtMs = optionalLong(q.value(15));
    d.eventCreatedAtMs = q.value(16).toLongLong();
    return d;
}

QJsonObject describe(const WebhookEndpoint &e)
{
    return QJsonObject{{QStringLiteral("client"), e.clientName},
                       {QStringLiteral("url"), e.url},
                       {QStringLiteral("enabled"), e.enabled}};
}

Result<std::optional<WebhookEndpoint>> findEndpoint(const QSqlDatabase &db, const QString &clientName, const QString &url)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT %1 FROM webhook_endpoints p JOIN api_clients c ON c.id = p.client_id"
                                     " WHERE c.name = ? AND p.url = ?")
                          .arg(kEndpointColumns),
                      {clientName, url});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<WebhookEndpoint>();
    return std::optional<WebhookEndpoint>(endpointFromRow(q.value()));
}

Result<std::optional<WebhookDelivery>> findDelivery(const QSqlDatabase &db, qint64 id)
{
    auto q = sql::run(db, kDeliverySelect + QStringLiteral(" WHERE d.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<WebhookDelivery>();
    return std::optional<WebhookDelivery>(deliveryFromRow(q.value()));
}

// Whether the newest statement stored about the endpoint says it is enabled
// (whose signature that is, the dispatcher checks): an endpoint added
// before endpoints were signed has none, and adding it again signs it.
Result<bool> signedEnabled(const QSqlDatabase &db, const QString &clientName, const QString &url)
{
    auto stored = security::SignedStatements(db).forObject(kWebhookEndpointObject, webhookEndpointObjectId(clientName, url));
    if (!stored)
        return stored.error();
    for (auto it = stored.value().rbegin(); it != stored.value().rend(); ++it) {
        if (it->kind != kWebhookEndpointKind)
            continue;
        auto statement = security::Statement::parse(it->statement);
        const auto stated = statement ? webhookEndpointFrom(statement.value()) : std::nullopt;
        return stated && stated->enabled;
    }
    return false;
}

} // namespace

WebhookService::WebhookService(Database &database, const Clock &clock, security::AuditLog &audit)
    : m_database(database), m_clock(clock), m_audit(audit)
{
}

bool WebhookService::isValidUrl(const QString &url)
{
    if (url.size() < 8 || url.size() > 2048)
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"))
           && !parsed.host().isEmpty() && parsed.userInfo().isEmpty() && !parsed.hasFragment();
}

Result<WebhookEndpoint> WebhookService::addEndpoint(const security::Actor &actor, const QString &clientName, const QString &url)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    if (!isValidUrl(url))
        return Error{ErrorCode::InvalidInput, "'" + url.toStdString()
                                                  + "' is not a webhook URL: http:// or https:// with a host, no user or fragment"};
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    auto client = sql::run(work.db(), QStringLiteral("SELECT id FROM api_clients WHERE name = ?"), {clientName});
    if (!client)
        return client.error();
    if (!client.value().next())
        return Error{ErrorCode::NotFound, "no service client is named " + clientName.toStdString()};
    const qint64 clientId = client.value().value(0).toLongLong();
    auto existing = findEndpoint(work.db(), clientName, url);
    if (!existing)
        return existing.error();
    const qint64 now = m_clock.nowMs();
    QJsonObject before;
    if (existing.value()) {
        auto alreadySigned = signedEnabled(work.db(), clientName, url);
        if (!alreadySigned)
            return alreadySigned.error();
        if (existing.value()->enabled && alreadySigned.value())
            return Error{ErrorCode::Conflict, clientName.toStdString() + " has the webhook endpoint " + url.toStdString() + " already"};
        before = describe(*existing.value());
        if (auto enabled = sql::run(work.db(), QStringLiteral("UPDATE webhook_endpoints SET enabled = 1, updated_at = ? WHERE id = ?"),
                                    {now, existing.value()->id});
            !enabled)
            return enabled.error();
    } else if (auto inserted = sql::run(work.db(),
                                        QStringLiteral("INSERT INTO webhook_endpoints (client_id, url, enabled, created_at, updated_at)"
                                                       " VALUES (?, ?, 1, ?, ?)"),
                                        {clientId, url, now, now});
               !inserted) {
        return inserted.error();
    }
    auto added = findEndpoint(work.db(), clientName, url);
    if (!added)
        return added.error();
    if (!added.value())
        return Error{ErrorCode::Internal, "the webhook endpoint just added is not there"};
    if (auto signed_ = signWebhookEndpoint(work.db(), actor, {clientName, url, true}, "webhook_endpoint.add", now); !signed_)
        return signed_.error();
    if (auto audited = m_audit.append(work.db(), actor, "webhook_endpoint.add", "webhook_endpoint",
                                      std::to_string(added.value()->id), before, describe(*added.value()));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return *added.value();
}

Result<WebhookEndpoint> WebhookService::removeEndpoint(const security::Actor &actor, const QString &clientName,
                                                       const QString &url)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    auto existing = findEndpoint(work.db(), clientName, url);
    if (!existing)
        return existing.error();
    if (!existing.value() || !existing.value()->enabled)
        return Error{ErrorCode::NotFound, clientName.toStdString() + " has no webhook endpoint " + url.toStdString()};
    WebhookEndpoint after = *existing.value();
    after.enabled = false;
    after.updatedAtMs = m_clock.nowMs();
    if (auto disabled = sql::run(work.db(), QStringLiteral("UPDATE webhook_endpoints SET enabled = 0, updated_at = ? WHERE id = ?"),
                                 {after.updatedAtMs, after.id});
        !disabled)
        return disabled.error();
    if (auto signed_ = signWebhookEndpoint(work.db(), actor, {clientName, url, false}, "webhook_endpoint.remove", after.updatedAtMs);
        !signed_)
        return signed_.error();
    if (auto audited = m_audit.append(work.db(), actor, "webhook_endpoint.remove", "webhook_endpoint", std::to_string(after.id),
                                      describe(*existing.value()), describe(after));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return after;
}

Result<std::vector<WebhookEndpoint>> WebhookService::endpoints() const
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT %1 FROM webhook_endpoints p JOIN api_clients c ON c.id = p.client_id"
                                     " WHERE p.enabled = 1 ORDER BY c.name, p.url")
                          .arg(kEndpointColumns));
    if (!q)
        return q.error();
    std::vector<WebhookEndpoint> list;
    while (q.value().next())
        list.push_back(endpointFromRow(q.value()));
    return list;
}

Result<std::vector<WebhookDelivery>> WebhookService::deliveries(bool failedOnly, int limit) const
{
    return deliveries(failedOnly ? Show::Failed : Show::All, limit);
}

Result<std::vector<WebhookDelivery>> WebhookService::deliveries(Show show, int limit) const
{
    QString where;
    switch (show) {
    case Show::All: break;
    // As failuresIn counts them.
    case Show::NotThrough: where = QStringLiteral(" WHERE d.delivered_at IS NULL AND (d.failed_at IS NOT NULL OR d.attempts > 0)"); break;
    case Show::Failing: where = QStringLiteral(" WHERE d.delivered_at IS NULL AND d.failed_at IS NULL AND d.attempts > 0"); break;
    case Show::Failed: where = QStringLiteral(" WHERE d.failed_at IS NOT NULL"); break;
    }
    auto q = sql::run(m_database.connection(), kDeliverySelect + where + QStringLiteral(" ORDER BY d.id DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    std::vector<WebhookDelivery> list;
    while (q.value().next())
        list.push_back(deliveryFromRow(q.value()));
    return list;
}

Result<WebhookFailures> WebhookService::failures() const
{
    return failuresIn(m_database.connection());
}

Result<WebhookFailures> WebhookService::failuresIn(const QSqlDatabase &db)
{
    auto q = sql::run(db,
                      QStringLiteral("SELECT"
                                     " SUM(CASE WHEN d.failed_at IS NULL THEN 1 ELSE 0 END),"
                                     " SUM(CASE WHEN d.failed_at IS NOT NULL THEN 1 ELSE 0 END),"
                                     " MIN(e.created_at)"
                                     " FROM webhook_deliveries d JOIN webhook_events e ON e.seq = d.event_seq"
                                     " WHERE d.delivered_at IS NULL AND (d.failed_at IS NOT NULL OR d.attempts > 0)"));
    if (!q)
        return q.error();
    WebhookFailures f;
    if (q.value().next()) {
        f.failing = q.value().value(0).toLongLong();
        f.failed = q.value().value(1).toLongLong();
        f.oldestEventAtMs = optionalLong(q.value().value(2));
    }
    return f;
}

Result<WebhookDelivery> WebhookService::retry(const security::Actor &actor, qint64 deliveryId)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    auto found = findDelivery(work.db(), deliveryId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, "no webhook delivery has id " + std::to_string(deliveryId)};
    if (found.value()->deliveredAtMs)
        return Error{ErrorCode::WrongState, "webhook delivery " + std::to_string(deliveryId) + " was delivered already"};
    const qint64 now = m_clock.nowMs();
    if (auto reset = sql::run(work.db(),
                              QStringLiteral("UPDATE webhook_deliveries SET failed_at = NULL, next_attempt_at = ?, give_up_at = ?"
                                             " WHERE id = ?"),
                              {now, now + kGiveUpAfterMs, deliveryId});
        !reset)
        return reset.error();
    auto after = findDelivery(work.db(), deliveryId);
    if (!after || !after.value())
        return after ? Error{ErrorCode::Internal, "the webhook delivery just reset is not there"} : after.error();
    const auto state = [](const WebhookDelivery &d) {
        return QJsonObject{{QStringLiteral("event"), d.eventId},
                           {QStringLiteral("url"), d.url},
                           {QStringLiteral("failed"), d.failedAtMs.has_value()},
                           {QStringLiteral("next_attempt_at"), d.nextAttemptAtMs}};
    };
    if (auto audited = m_audit.append(work.db(), actor, "webhook_delivery.retry", "webhook_delivery",
                                      std::to_string(deliveryId), state(*found.value()), state(*after.value()));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return *after.value();
}

Result<qint64> WebhookService::retryAllFailed(const security::Actor &actor)
{
    if (auto allowed = security::authorize(actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ManageApiClients); !allowed)
        return allowed.error();
    const qint64 now = m_clock.nowMs();
    auto count = sql::run(work.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE failed_at IS NOT NULL"));
    if (!count)
        return count.error();
    const qint64 failed = count.value().next() ? count.value().value(0).toLongLong() : 0;
    if (failed == 0)
        return qint64{0};
    if (auto reset = sql::run(work.db(),
                              QStringLiteral("UPDATE webhook_deliveries SET failed_at = NULL, next_attempt_at = ?, give_up_at = ?"
                                             " WHERE failed_at IS NOT NULL"),
                              {now, now + kGiveUpAfterMs});
        !reset)
        return reset.error();
    if (auto audited = m_audit.append(work.db(), actor, "webhook_delivery.retry_all", "webhook_delivery", "failed",
                                      QJsonObject{{QStringLiteral("failed"), failed}}, QJsonObject{{QStringLiteral("failed"), 0}});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return failed;
}

} // namespace exchange::api
