#pragma once
// WebhookService: the back-office clients' webhook endpoints and the
// deliveries operators look after. Adding and removing an endpoint and
// retrying a failed delivery are ManageApiClients (an admin in person with a
// confirmed code), signed by them (webhookendpointstatement.h: the
// dispatcher sends only to URLs an admin signed; an admin who cannot sign
// is refused) and audited in the change's own transaction; a refusal
// changes nothing. A removed endpoint stays, disabled, with its deliveries;
// adding the same URL again enables it. URLs are http or https with a host
// (https is expected anywhere but loopback: docs/backoffice-api.md).

#include "core/api/webhookdelivery.h"
#include "core/api/webhookendpoint.h"
#include "core/base/result.h"
#include "core/security/actor.h"

#include <QSqlDatabase>

#include <vector>

namespace exchange {
class Clock;
class Database;
namespace security { class AuditLog; }
}

namespace exchange::api {

struct WebhookFailures {
    qint64 failing = 0; // open, with at least one attempt that got no 2xx
    qint64 failed = 0;  // given up
    std::optional<qint64> oldestEventAtMs; // of those, the oldest event's time
};

class WebhookService final
{
public:
    WebhookService(Database &database, const Clock &clock, security::AuditLog &audit);

    // NotFound for an unknown client, Conflict when the URL is an enabled
    // endpoint of that client already (an enabled endpoint no admin signed
    // yet, from before endpoints were signed, is signed now), InvalidInput
    // for a malformed URL.
    Result<WebhookEndpoint> addEndpoint(const security::Actor &actor, const QString &clientName, const QString &url);
    // NotFound when the client has no such enabled endpoint.
    Result<WebhookEndpoint> removeEndpoint(const security::Actor &actor, const QString &clientName, const QString &url);
    // Enabled endpoints, by client name then URL.
    Result<std::vector<WebhookEndpoint>> endpoints() const;

    // Which deliveries a list holds: every one; the ones not getting through
    // (failing or failed, as failures() counts them); open ones with at least
    // one attempt that got no 2xx; given up.
    enum class Show { All, NotThrough, Failing, Failed };
    // Newest first, at most limit.
    Result<std::vector<WebhookDelivery>> deliveries(Show show, int limit = 1000) const;
    // Newest first: all (limit), or the failed ones only.
    Result<std::vector<WebhookDelivery>> deliveries(bool failedOnly, int limit = 1000) const;
    Result<WebhookFailures> failures() const;
    static Result<WebhookFailures> failuresIn(const QSqlDatabase &db);
    // Due now again, with a day to go. NotFound for an unknown id,
    // WrongState for a delivered one.
    Result<WebhookDelivery> retry(const security::Actor &actor, qint64 deliveryId);
    // Every failed delivery; how many.
    Result<qint64> retryAllFailed(const security::Actor &actor);

    static bool isValidUrl(const QString &url);
    static constexpr qint64 kGiveUpAfterMs = 24LL * 60 * 60 * 1000;

private:
    Database &m_database;
    const Clock &m_clock;
    security::AuditLog &m_audit;
};

} // namespace exchange::api
