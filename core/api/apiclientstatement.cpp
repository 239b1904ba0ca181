#include "core/api/apiclientstatement.h"

#include "core/api/apiclientservice.h"
#include "core/crypto/hex.h"
#include "core/security/actor.h"
#include "core/security/signedstatements.h"

namespace exchange::api {

security::Statement apiClientStatement(const ApiClient &after, const std::string &change)
{
    security::Statement s(kApiClientKind);
    s.add(kApiClientObject, after.name.toStdString())
        .add("change", change)
        .add("public_key", hex::encode(after.publicKey))
        .add("scopes", apiScopesText(after.scopes).toStdString())
        .add("enabled", after.enabled ? std::string("1") : std::string("0"));
    return s;
}

std::optional<ApiClient> apiClientFrom(const security::Statement &statement)
{
    const auto name = statement.value(kApiClientObject);
    const auto key = statement.value("public_key");
    const auto scopes = statement.value("scopes");
    const auto enabled = statement.value("enabled");
    if (statement.kind() != kApiClientKind || !name || !key || !scopes || !enabled)
        return std::nullopt;
    ApiClient client;
    client.name = QString::fromStdString(*name);
    if (!ApiClientService::isValidName(client.name))
        return std::nullopt;
    auto publicKey = ApiClientService::parsePublicKey(QString::fromStdString(*key));
    auto parsedScopes = parseApiScopes(QString::fromStdString(*scopes));
    if (key->size() != 64 || !publicKey || !parsedScopes || (*enabled != "0" && *enabled != "1"))
        return std::nullopt;
    client.publicKey = publicKey.value();
    client.scopes = parsedScopes.value();
    client.enabled = *enabled == "1";
    return client;
}

Result<std::int64_t> signApiClient(const QSqlDatabase &db, const security::Actor &actor, const ApiClient &after,
                                   const std::string &change, std::int64_t nowMs)
{
    auto signed_ = security::SignedStatements(db).sign(actor, kApiClientObject, after.name.toStdString(),
                                                       apiClientStatement(after, change), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::api
