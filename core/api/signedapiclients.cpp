#include "core/api/signedapiclients.h"

#include "core/api/apiclientstatement.h"
#include "core/security/keyregistration.h"
#include "core/security/signedstatements.h"
#include "core/security/trustchain.h"

#include <algorithm>

namespace exchange::api {

SignedApiClients::SignedApiClients(const security::TrustChain &chain,
                                   const std::vector<security::SignedStatementRecord> &statements)
    : m_statements(chain, statements, kApiClientKind, kApiClientObject,
                   [](const security::Statement &statement) { return apiClientFrom(statement).has_value(); })
{
}

Result<SignedApiClients> SignedApiClients::read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey,
                                                const QString &name)
{
    const security::SignedStatements store(db);
    auto registrations = store.ofKind(security::KeyRegistration::kKind);
    if (!registrations)
        return registrations.error();
    auto statements = store.forObject(kApiClientObject, name.toStdString());
    if (!statements)
        return statements.error();
    // Stored for the client, but of another kind: not a statement about it.
    std::erase_if(statements.value(), [](const security::SignedStatementRecord &r) { return r.kind != kApiClientKind; });
    const security::TrustChain chain(pinnedAdminKey, std::move(registrations).value());
    return SignedApiClients(chain, statements.value());
}

std::optional<ApiClient> SignedApiClients::inForce(const QString &name) const
{
    const auto trusted = m_statements.newest(name.toStdString());
    if (!trusted)
        return std::nullopt;
    return apiClientFrom(trusted->statement);
}

bool SignedApiClients::matches(const ApiClient &row) const
{
    const auto signed_ = inForce(row.name);
    return signed_ && signed_->name == row.name && signed_->publicKey == row.publicKey && signed_->scopes == row.scopes
           && signed_->enabled == row.enabled;
}

} // namespace exchange::api
