#pragma once
// Algorand addresses: base32 (no padding) of the 32-byte Ed25519 public key
// followed by the last 4 bytes of its SHA-512/256, 58 characters. Parsing
// is strict (length, alphabet, trailing bits, checksum); transaction ids
// are the 52-character base32 of a 32-byte hash.

#include "core/base/result.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::algorand {

std::string encodeAddress(const QByteArray &publicKey);
Result<QByteArray> decodeAddress(std::string_view text);

// "TX" id: base32 of SHA-512/256("TX" || msgpack) without padding.
std::string encodeTxId(const QByteArray &hash32);
Result<QByteArray> decodeTxId(std::string_view text);

} // namespace exchange::algorand
