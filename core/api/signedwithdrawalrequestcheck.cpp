#include "core/api/signedwithdrawalrequestcheck.h"

#include "core/api/backofficesigning.h"
#include "core/api/signedapiclients.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"

namespace exchange::api {

Result<std::optional<std::string>> SignedWithdrawalRequestCheck::check(const QSqlDatabase &db, const QByteArray &pinnedAdminKey,
                                                                       const withdrawals::ApiWithdrawalRequest &request)
{
    using Why = std::optional<std::string>;
    const std::string client = request.client.toStdString();
    if (pinnedAdminKey.isEmpty())
        return Why("no admin key is pinned to trace client " + client + " to");
    auto clients = SignedApiClients::read(db, pinnedAdminKey, request.client);
    if (!clients)
        return clients.error();
    const auto inForce = clients.value().inForce(request.client);
    if (!inForce)
        return Why("no admin signed the back-office client " + client);
    if (!inForce->enabled)
        return Why("the back-office client " + client + " is disabled");
    if (!inForce->has(ApiScope::Withdrawals))
        return Why("the back-office client " + client + " may not request withdrawals (no scope withdrawals)");
    auto signature = base64::decode(std::string_view(request.signature.constData(), static_cast<std::size_t>(request.signature.size())));
    const QByteArray canonical =
        backoffice::canonicalString(request.method, request.target, request.timestamp, request.nonce, request.body);
    if (!signature || signature.value().size() != crypto::ed25519::SignatureSize
        || inForce->publicKey.size() != crypto::ed25519::PublicKeySize
        || !crypto::ed25519::verify(inForce->publicKey, canonical, signature.value()))
        return Why("the request kept with it is not signed by the back-office client " + client + "'s key");
    return Why();
}

} // namespace exchange::api
