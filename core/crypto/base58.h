#pragma once
// Bitcoin's base58 and base58check (4-byte double-SHA-256 checksum), used
// here only to print and read BIP-32 extended keys (xprv/xpub).

#include "core/base/result.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::base58 {

std::string encode(const QByteArray &bytes);
Result<QByteArray> decode(std::string_view text);
std::string encodeCheck(const QByteArray &payload);
Result<QByteArray> decodeCheck(std::string_view text);

} // namespace exchange::base58
