#pragma once
// The statement an admin signs when they add or remove a back-office
// client's webhook endpoint (WebhookService): which client, which URL, and
// whether it receives events after the change, so that the newest statement
// alone says what is in force:
//
//   kind=webhook_endpoint
//   webhook_endpoint=webapp https://app.example/hooks
//   api_client=webapp
//   url=https://app.example/hooks
//   change=webhook_endpoint.add
//   enabled=1
//
// Stored as object ("webhook_endpoint", "CLIENT URL") in signed_statements,
// in the change's own transaction (a client's name and a URL hold no space).
// The dispatcher sends an event only to a URL these statements name, never
// to whatever the webhook_endpoints rows say (SignedWebhookEndpoints):
// otherwise anyone who can write a row could receive the customers' data.

#include "core/base/result.h"
#include "core/security/statement.h"

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::security { struct Actor; }

namespace exchange::api {

inline constexpr const char *kWebhookEndpointKind = "webhook_endpoint";
inline constexpr const char *kWebhookEndpointObject = "webhook_endpoint";

struct StatedWebhookEndpoint {
    QString clientName;
    QString url;
    bool enabled = false;
};

// "CLIENT URL": the object a statement is stored for.
std::string webhookEndpointObjectId(const QString &clientName, const QString &url);
// change: the audit action, "webhook_endpoint.add" or "webhook_endpoint.remove".
security::Statement webhookEndpointStatement(const StatedWebhookEndpoint &after, const std::string &change);
// What a statement of that kind states; nullopt when it does not state a
// client name, a webhook URL and an enabled flag, well formed and agreeing
// with the object it names.
std::optional<StatedWebhookEndpoint> webhookEndpointFrom(const security::Statement &statement);

// Signs the change into signed_statements, in the caller's transaction.
// Unauthorized when the actor cannot sign: an endpoint no admin signed
// would never be sent to, so none is added.
Result<std::int64_t> signWebhookEndpoint(const QSqlDatabase &db, const security::Actor &actor,
                                         const StatedWebhookEndpoint &after, const std::string &change, std::int64_t nowMs);

} // namespace exchange::api
