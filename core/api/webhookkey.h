#pragma once
// WebhookKey: the server's own Ed25519 key that signs every webhook. Its
// seed is a key of the key vault ("webhook:signing"), encrypted at rest like
// the hot keys, made once the first time the vault is unlocked in the
// process that leads (ensure()); its public key is the row's public id,
// answered at GET /v1/webhook-key. While the vault is locked nothing is
// signed, so nothing is sent: deliveries wait, and the duty says why.
//
// The signature is over  id + "\n" + timestamp + "\n" + body  (the event id,
// the X-Webhook-Timestamp in Unix seconds, the body's bytes as sent).

#include "core/base/result.h"
#include "core/security/actor.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace exchange::security {
class KeyVault;
}

namespace exchange::api {

class WebhookKey final
{
public:
    static constexpr const char *kVaultName = "webhook:signing";

    // With the vault unlocked: makes the key unless it exists; true when it
    // made it. WrongState while locked.
    static Result<bool> ensure(security::KeyVault &vault, const security::Actor &actor);
    // The 32-byte public key; nullopt before ensure() made it.
    static Result<std::optional<QByteArray>> publicKey(const QSqlDatabase &db);
    // The 64-byte signature; WrongState while the vault is locked, NotFound
    // before the key is made.
    static Result<QByteArray> sign(const security::KeyVault &vault, const QByteArray &message);
    static QByteArray signedText(const QByteArray &eventId, const QByteArray &timestamp, const QByteArray &body);
};

} // namespace exchange::api
