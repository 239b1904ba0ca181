#include "core/api/backofficeauthenticator.h"

#include "core/api/apiclientservice.h"
#include "core/api/backofficesigning.h"
#include "core/base/clock.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"

#include <algorithm>

namespace exchange::api {

using Status = HttpResponse::StatusCode;

namespace {

BackOfficeRefusal unauthorized(const char *code, const QString &message)
{
    return BackOfficeRefusal{Status::Unauthorized, QByteArray(code), message};
}

BackOfficeRefusal unavailable()
{
    return BackOfficeRefusal{Status::ServiceUnavailable, QByteArrayLiteral("unavailable"),
                             QStringLiteral("the exchange cannot answer now; try again later")};
}

} // namespace

BackOfficeAuthenticator::BackOfficeAuthenticator(ApiClientService &clients, const Clock &clock, PinnedKey pinnedAdminKey)
    : m_clients(clients), m_clock(clock), m_pinnedAdminKey(std::move(pinnedAdminKey))
{
}

std::variant<ApiClient, BackOfficeRefusal> BackOfficeAuthenticator::authenticate(const HttpRequest &request)
{
    auto verified = verify(request, pinnedKey());
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&verified))
        return *refusal;
    const Verified &v = std::get<Verified>(verified);
    auto fresh = useNonces({&v});
    if (const auto *refusal = std::get_if<BackOfficeRefusal>(&fresh))
        return *refusal;
    if (!std::get<std::vector<bool>>(fresh).front())
        return replayed();
    return v.client;
}

BackOfficeRefusal BackOfficeAuthenticator::replayed()
{
    return unauthorized("replayed_nonce", QStringLiteral("this X-Nonce was used already; every request needs a new one"));
}

std::variant<std::vector<bool>, BackOfficeRefusal> BackOfficeAuthenticator::useNonces(const std::vector<const Verified *> &requests)
{
    std::vector<ApiClientService::ClientNonce> nonces;
    nonces.reserve(requests.size());
    qint64 nowMs = 0;
    for (const Verified *v : requests) {
        nonces.push_back({v->client.id, v->nonce});
        nowMs = std::max(nowMs, v->nowMs);
    }
    auto fresh = m_clients.useNonces(nonces, nowMs);
    if (!fresh)
        return unavailable();
    return std::move(fresh).value();
}

QByteArray BackOfficeAuthenticator::pinnedKey() const
{
    return m_pinnedAdminKey ? m_pinnedAdminKey() : QByteArray();
}

std::variant<BackOfficeAuthenticator::Verified, BackOfficeRefusal> BackOfficeAuthenticator::verify(const HttpRequest &request,
                                                                                                   const QByteArray &pinnedAdminKey) const
{
    const QByteArray name = request.header(backoffice::kClientHeader);
    const QByteArray timestamp = request.header(backoffice::kTimestampHeader);
    const QByteArray nonce = request.header(backoffice::kNonceHeader);
    const QByteArray signatureText = request.header(backoffice::kSignatureHeader);
    if (name.isEmpty() || timestamp.isEmpty() || nonce.isEmpty() || signatureText.isEmpty())
        return unauthorized("missing_authentication",
                            QStringLiteral("sign the request: X-Client, X-Timestamp, X-Nonce and X-Signature are needed"));
    qint64 seconds = 0;
    if (!backoffice::isTimestamp(timestamp, &seconds))
        return unauthorized("malformed_authentication", QStringLiteral("X-Timestamp is unix seconds in decimal digits"));
    if (!backoffice::isNonce(nonce))
        return unauthorized("malformed_authentication",
                            QStringLiteral("X-Nonce is 16 to 64 of A-Z, a-z, 0-9, '-' and '_'"));
    auto signature = base64::decode(std::string_view(signatureText.constData(), static_cast<std::size_t>(signatureText.size())));
    if (!signature || signature.value().size() != crypto::ed25519::SignatureSize)
        return unauthorized("malformed_authentication",
                            QStringLiteral("X-Signature is a 64-byte Ed25519 signature in base64"));
    const QString clientName = QString::fromUtf8(name);
    if (!ApiClientService::isValidName(clientName))
        return unauthorized("unknown_client", QStringLiteral("no such client"));

    // The only state read before the signature verifies: the key to verify with.
    auto found = m_clients.findByName(clientName);
    if (!found)
        return unavailable();
    if (!found.value())
        return unauthorized("unknown_client", QStringLiteral("no such client"));
    const ApiClient &client = *found.value();
    const QByteArray canonical = backoffice::canonicalString(request.method, request.target, timestamp, nonce, request.body);
    if (client.publicKey.size() != crypto::ed25519::PublicKeySize
        || !crypto::ed25519::verify(client.publicKey, canonical, signature.value()))
        return unauthorized("bad_signature", QStringLiteral("the signature does not verify"));

    // The row is trusted only as an admin signed it: a key swapped, a scope
    // widened or a client inserted in SQL has no such statement.
    auto signedAsStored = m_clients.matchesSigned(client, pinnedAdminKey);
    if (!signedAsStored)
        return unavailable();
    if (!signedAsStored.value())
        return unauthorized("client_not_signed",
                            QStringLiteral("this client is not registered as an admin signed it (or the key vault pins no admin key)"));

    if (!client.enabled)
        return unauthorized("client_disabled", QStringLiteral("this client is disabled"));
    const qint64 nowMs = m_clock.nowMs();
    const qint64 skewMs = nowMs - seconds * 1000;
    if (skewMs > backoffice::kMaxSkewSeconds * 1000 || skewMs < -backoffice::kMaxSkewSeconds * 1000)
        return unauthorized("stale_timestamp",
                            QStringLiteral("X-Timestamp is more than %1 s from the server's time (%2)")
                                .arg(backoffice::kMaxSkewSeconds)
                                .arg(nowMs / 1000));
    return Verified{client, QString::fromLatin1(nonce), nowMs};
}

std::optional<BackOfficeRefusal> BackOfficeAuthenticator::requireScope(const ApiClient &client, ApiScope scope)
{
    if (client.has(scope))
        return std::nullopt;
    return BackOfficeRefusal{Status::Forbidden, QByteArrayLiteral("missing_scope"),
                             QStringLiteral("this client lacks the scope %1").arg(QLatin1String(apiScopeName(scope).data()))};
}

} // namespace exchange::api
