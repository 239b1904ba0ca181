#include "core/api/signedwebhookendpoints.h"

#include "core/api/apiclientstatement.h"
#include "core/api/webhookendpointstatement.h"
#include "core/security/keyregistration.h"
#include "core/security/signedstatements.h"
#include "core/security/trustchain.h"

namespace exchange::api {

SignedWebhookEndpoints::SignedWebhookEndpoints(const security::TrustChain &chain,
                                               const std::vector<security::SignedStatementRecord> &clients,
                                               const std::vector<security::SignedStatementRecord> &endpoints)
    : m_clients(chain, clients),
      m_endpoints(chain, endpoints, kWebhookEndpointKind, kWebhookEndpointObject,
                  [](const security::Statement &statement) { return webhookEndpointFrom(statement).has_value(); })
{
}

Result<SignedWebhookEndpoints> SignedWebhookEndpoints::read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey)
{
    const security::SignedStatements store(db);
    auto registrations = store.ofKind(security::KeyRegistration::kKind);
    if (!registrations)
        return registrations.error();
    auto clients = store.ofKind(kApiClientKind);
    if (!clients)
        return clients.error();
    auto endpoints = store.ofKind(kWebhookEndpointKind);
    if (!endpoints)
        return endpoints.error();
    const security::TrustChain chain(pinnedAdminKey, std::move(registrations).value());
    return SignedWebhookEndpoints(chain, clients.value(), endpoints.value());
}

bool SignedWebhookEndpoints::inForce(const QString &clientName, const QString &url) const
{
    const auto trusted = m_endpoints.newest(webhookEndpointObjectId(clientName, url));
    if (!trusted)
        return false;
    const auto stated = webhookEndpointFrom(trusted->statement);
    return stated && stated->enabled && stated->clientName == clientName && stated->url == url;
}

QString SignedWebhookEndpoints::refusal(const ApiClient &clientRow, const QString &url) const
{
    if (!m_clients.matches(clientRow))
        return QStringLiteral("not sent: the service client %1 is not as an admin signed it").arg(clientRow.name);
    if (!m_clients.inForce(clientRow.name)->enabled)
        return QStringLiteral("not sent: the service client %1 is disabled").arg(clientRow.name);
    if (!inForce(clientRow.name, url))
        return QStringLiteral("not sent: no admin signed %1 as a webhook endpoint of %2").arg(url, clientRow.name);
    return {};
}

} // namespace exchange::api
