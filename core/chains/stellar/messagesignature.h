#pragma once
// Stellar message signatures in the two forms clients make them: plain
// Ed25519 over the message bytes (the Stellar SDK's Keypair.sign), and
// SEP-53 (Keypair.signMessage in the SDKs, Freighter, xBull, the Stellar
// CLI): Ed25519 over SHA-256("Stellar Signed Message:\n" + message). The
// signer is named by its G… id.

#include "core/base/result.h"

#include <QByteArray>

#include <string_view>

namespace exchange::stellar {

QByteArray signMessage(const QByteArray &seed, const QByteArray &message);
// Refuses a malformed account id, a signature that is not 64 bytes, and a
// signature that does not verify.
Result<void> verifyMessage(std::string_view accountId, const QByteArray &message,
                           const QByteArray &signature);

// SHA-256 of the SEP-53 prefix and the message: what SEP-53 signs.
QByteArray sep53MessageHash(const QByteArray &message);
QByteArray signSep53Message(const QByteArray &seed, const QByteArray &message);
// As verifyMessage, for a SEP-53 signature.
Result<void> verifySep53Message(std::string_view accountId, const QByteArray &message,
                                const QByteArray &signature);

} // namespace exchange::stellar
