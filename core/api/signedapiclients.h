#pragma once
// SignedApiClients: the back-office clients as admins signed them
// (apiclientstatement.h), not as the api_clients rows say: per client name,
// the newest api_client statement that an admin in good standing signed
// with a key that chains to the vault's pinned admin key (AdminStatements).
// A client is trusted only when its row states exactly that key, those
// scopes and that enabled state; with no pin, none is in force.
//
//   auto signedClients = SignedApiClients::read(db, pinnedAdminKey, "webapp");
//   bool trusted = signedClients.value().matches(row);

#include "core/api/apiclient.h"
#include "core/base/result.h"
#include "core/security/adminstatements.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace exchange::security { class TrustChain; }

namespace exchange::api {

class SignedApiClients final
{
public:
    // statements: signed_statements of kind api_client, any order.
    SignedApiClients(const security::TrustChain &chain, const std::vector<security::SignedStatementRecord> &statements);
    // The statements about one client from the database, traced from
    // pinnedAdminKey (the vault's; empty: nothing is trusted).
    static Result<SignedApiClients> read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey, const QString &name);

    // The client as the newest trusted statement states it (name, key,
    // scopes, enabled); nullopt when no admin signed one.
    std::optional<ApiClient> inForce(const QString &name) const;
    // Whether the row says what is in force: same name, key, scopes and
    // enabled state.
    bool matches(const ApiClient &row) const;
    const std::vector<security::AdminStatements::Problem> &problems() const { return m_statements.problems(); }

private:
    security::AdminStatements m_statements;
};

} // namespace exchange::api
