#pragma once
// Stellar message signatures as the Stellar SDK's Keypair.sign makes them:
// plain Ed25519 over the message bytes, the signer named by its G… id.

#include "core/base/result.h"

#include <QByteArray>

#include <string_view>

namespace exchange::stellar {

QByteArray signMessage(const QByteArray &seed, const QByteArray &message);
// Refuses a malformed account id, a signature that is not 64 bytes, and a
// signature that does not verify.
Result<void> verifyMessage(std::string_view accountId, const QByteArray &message,
                           const QByteArray &signature);

} // namespace exchange::stellar
