#include "core/api/webhookendpointstatement.h"

#include "core/api/apiclientservice.h"
#include "core/api/webhookservice.h"
#include "core/security/actor.h"
#include "core/security/signedstatements.h"

namespace exchange::api {

std::string webhookEndpointObjectId(const QString &clientName, const QString &url)
{
    return (clientName + QLatin1Char(' ') + url).toStdString();
}

security::Statement webhookEndpointStatement(const StatedWebhookEndpoint &after, const std::string &change)
{
    security::Statement s(kWebhookEndpointKind);
    s.add(kWebhookEndpointObject, webhookEndpointObjectId(after.clientName, after.url))
        .add("api_client", after.clientName.toStdString())
        .add("url", after.url.toStdString())
        .add("change", change)
        .add("enabled", after.enabled ? std::string("1") : std::string("0"));
    return s;
}

std::optional<StatedWebhookEndpoint> webhookEndpointFrom(const security::Statement &statement)
{
    const auto object = statement.value(kWebhookEndpointObject);
    const auto client = statement.value("api_client");
    const auto url = statement.value("url");
    const auto enabled = statement.value("enabled");
    if (statement.kind() != kWebhookEndpointKind || !object || !client || !url || !enabled)
        return std::nullopt;
    StatedWebhookEndpoint stated{QString::fromStdString(*client), QString::fromStdString(*url), *enabled == "1"};
    if (!ApiClientService::isValidName(stated.clientName) || !WebhookService::isValidUrl(stated.url)
        || (*enabled != "0" && *enabled != "1") || *object != webhookEndpointObjectId(stated.clientName, stated.url))
        return std::nullopt;
    return stated;
}

Result<std::int64_t> signWebhookEndpoint(const QSqlDatabase &db, const security::Actor &actor,
                                         const StatedWebhookEndpoint &after, const std::string &change, std::int64_t nowMs)
{
    auto signed_ = security::SignedStatements(db).sign(actor, kWebhookEndpointObject,
                                                       webhookEndpointObjectId(after.clientName, after.url),
                                                       webhookEndpointStatement(after, change), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::api
