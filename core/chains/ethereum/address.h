#pragma once
// Ethereum addresses: the last 20 bytes of Keccak-256 of the public key,
// written with the EIP-55 mixed-case checksum. Parsing accepts all-lower
// and all-upper hex, and mixed case only when the checksum matches.

#include "core/base/result.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::ethereum {

// From a 65-byte uncompressed or 33-byte compressed secp256k1 public key.
Result<QByteArray> addressFromPublicKey(const QByteArray &publicKey);
Result<QByteArray> addressFromSecretKey(const QByteArray &secretKey);
// "0x" + EIP-55 checksummed hex of a 20-byte address.
std::string checksumAddress(const QByteArray &address);
Result<QByteArray> parseAddress(std::string_view text);

} // namespace exchange::ethereum
