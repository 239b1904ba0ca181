#pragma once
// BackOfficeAuthenticator: who sent a back-office request, from its signed
// headers (backofficesigning.h), in this order: the headers' form, the
// client's key by its name, the Ed25519 signature over the canonical
// string; only a request whose signature verifies reaches anything else
// (the client's row as an admin signed it, traced from the vault's pinned
// admin key: a row inserted or edited in SQL, or any client while no key is
// pinned, is client_not_signed; the client enabled, the timestamp within
// 60 s, the nonce never used before, which records it). Every refusal is 401, but a database that
// cannot be read (503); a missing scope is 403 (requireScope).

#include "core/api/apiclient.h"
#include "core/api/backofficerefusal.h"
#include "core/api/http/httprequest.h"

#include <QByteArray>

#include <QString>

#include <functional>
#include <variant>
#include <vector>

namespace exchange {
class Clock;
}

namespace exchange::api {

class ApiClientService;

class BackOfficeAuthenticator final
{
public:
    // The admin key the key vault pins (KeyVault::pinnedAdminKey()), asked
    // for each request; empty when none is pinned or it cannot be read.
    using PinnedKey = std::function<QByteArray()>;

    BackOfficeAuthenticator(ApiClientService &clients, const Clock &clock, PinnedKey pinnedAdminKey);

    std::variant<ApiClient, BackOfficeRefusal> authenticate(const HttpRequest &request);

    // authenticate() but the nonce: a request that passed every other
    // check, whose nonce is still to be used (for the server, which records
    // the nonces of the requests that arrive together in one transaction).
    struct Verified {
        ApiClient client;
        QString nonce;
        qint64 nowMs = 0;
    };
    // pinnedAdminKey: pinnedKey()'s answer. Safe on any thread that has its
    // own database connection (the server's verifier thread).
    std::variant<Verified, BackOfficeRefusal> verify(const HttpRequest &request, const QByteArray &pinnedAdminKey) const;
    // The pinned admin key now (on the thread that owns the key vault).
    QByteArray pinnedKey() const;
    // Records each request's nonce: whether each is fresh (a replay's is not);
    // a refusal for all when the database cannot be written.
    std::variant<std::vector<bool>, BackOfficeRefusal> useNonces(const std::vector<const Verified *> &requests);
    static BackOfficeRefusal replayed();
    // 403 missing_scope unless client holds scope.
    static std::optional<BackOfficeRefusal> requireScope(const ApiClient &client, ApiScope scope);

private:
    ApiClientService &m_clients;
    const Clock &m_clock;
    PinnedKey m_pinnedAdminKey;
};

} // namespace exchange::api
