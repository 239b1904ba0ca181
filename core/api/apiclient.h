#pragma once
// ApiClient: a service of the exchange's own (its web app) that calls the
// back-office API, known by a unique name and the Ed25519 public key its
// requests are signed with; the server keeps no secret of theirs. Scopes say
// which endpoints it may call; a disabled client is refused everything.

#include "core/base/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

namespace exchange::api {

enum class ApiScope : unsigned {
    Read = 1,        // GET /v1/ping and other reads of the exchange itself
    Customers = 2,   // the customers' records
    Withdrawals = 4, // withdrawals on customers' behalf
};
// A set of scopes, ApiScope values or'ed together.
using ApiScopes = unsigned;

// "read", "customers", "withdrawals": the names in exctl, the table and errors.
std::string_view apiScopeName(ApiScope scope);
// "read,customers" (any order, no repeats, at least one) -> the set;
// InvalidInput naming the first unknown name.
Result<ApiScopes> parseApiScopes(const QString &commaList);
// The set as "read,customers,withdrawals", always in this order.
QString apiScopesText(ApiScopes scopes);

struct ApiClient {
    qint64 id = 0;
    QString name;
    QByteArray publicKey; // 32 bytes
    ApiScopes scopes = 0;
    bool enabled = true;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool has(ApiScope scope) const { return (scopes & static_cast<unsigned>(scope)) != 0; }
};

} // namespace exchange::api
