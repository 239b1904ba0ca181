#pragma once
// SignedWebhookEndpoints: the webhook URLs admins signed
// (webhookendpointstatement.h), not the webhook_endpoints rows: an event may
// go to a URL only when the newest webhook_endpoint statement about that
// client and URL that an admin in good standing signed (traced from the
// vault's pinned admin key, AdminStatements) says it is enabled, and the
// client's row is as an admin signed it (SignedApiClients: its key, scopes
// and enabled state, which decide what it is told). With no pin nothing is
// in force. Read once per delivery pass:
//
//   auto trusted = SignedWebhookEndpoints::read(db, pinnedAdminKey);
//   if (QString why = trusted.value().refusal(clientRow, url); !why.isEmpty()) ...

#include "core/api/apiclient.h"
#include "core/api/signedapiclients.h"
#include "core/base/result.h"
#include "core/security/adminstatements.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace exchange::api {

class SignedWebhookEndpoints final
{
public:
    // clients, endpoints: the signed_statements of kind api_client and
    // webhook_endpoint, any order.
    SignedWebhookEndpoints(const security::TrustChain &chain, const std::vector<security::SignedStatementRecord> &clients,
                           const std::vector<security::SignedStatementRecord> &endpoints);
    static Result<SignedWebhookEndpoints> read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey);

    // Empty when events may be sent to url for the client its row
    // describes; otherwise why not, in a sentence for the delivery's last
    // error and the log.
    QString refusal(const ApiClient &clientRow, const QString &url) const;
    // Whether an admin signed url for the client and it is enabled now.
    bool inForce(const QString &clientName, const QString &url) const;

private:
    SignedApiClients m_clients;
    security::AdminStatements m_endpoints;
};

} // namespace exchange::api
