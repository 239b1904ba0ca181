#pragma once
// EIP-191 personal_sign messages (version 0x45), as wallets and ethers'
// signMessage/verifyMessage make them: secp256k1 over Keccak-256 of
// "\x19Ethereum Signed Message:\n" + decimal length + message. Signatures
// are 65 bytes r || s || v; verification accepts v of 27/28 or 0/1 and
// refuses high-s, zero and out-of-range values.

#include "core/base/result.h"

#include <QByteArray>

#include <string_view>

namespace exchange::ethereum {

QByteArray personalMessageHash(const QByteArray &message);
// 65 bytes with v = 27 or 28.
Result<QByteArray> signPersonalMessage(const QByteArray &secretKey, const QByteArray &message);
// The 20-byte address that signed the message.
Result<QByteArray> recoverPersonalSigner(const QByteArray &message, const QByteArray &signature);
// Succeeds only when the signature is well-formed and recovers to address.
Result<void> verifyPersonalMessage(std::string_view address, const QByteArray &message,
                                   const QByteArray &signature);

} // namespace exchange::ethereum
