#pragma once
// The statement an admin signs when they add or disable a back-office
// client (ApiClientService): the client's name, what changed, and then the
// whole client after the change, so that the newest statement alone says
// what is in force:
//
//   kind=api_client
//   api_client=webapp
//   change=api_client.add
//   public_key=d75a9801…  (64 hex digits)
//   scopes=read,customers
//   enabled=1
//
// Stored as object ("api_client", NAME) in signed_statements, in the
// change's own transaction. The authenticator trusts a client only as these
// statements say (SignedApiClients), never as the api_clients row says.

#include "core/api/apiclient.h"
#include "core/base/result.h"
#include "core/security/statement.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::security { struct Actor; }

namespace exchange::api {

inline constexpr const char *kApiClientKind = "api_client";
inline constexpr const char *kApiClientObject = "api_client";

// change: the audit action, "api_client.add" or "api_client.disable".
security::Statement apiClientStatement(const ApiClient &after, const std::string &change);
// The client a statement of that kind states (name, key, scopes, enabled;
// no id or times); nullopt when it does not state all of them well formed.
std::optional<ApiClient> apiClientFrom(const security::Statement &statement);

// Signs the change into signed_statements, in the caller's transaction.
// Unauthorized when the actor cannot sign: an unsigned client would be
// refused every request, so none is registered.
Result<std::int64_t> signApiClient(const QSqlDatabase &db, const security::Actor &actor, const ApiClient &after,
                                   const std::string &change, std::int64_t nowMs);

} // namespace exchange::api
