#pragma once
// RFC 4648 base32 (alphabet A-Z 2-7) without padding, as Stellar StrKey and
// Algorand addresses use it. Decoding is strict: upper case only, no '=',
// no length that cannot come from whole bytes, no non-zero unused bits.

#include "core/base/result.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::base32 {

std::string encode(const QByteArray &bytes);
Result<QByteArray> decode(std::string_view text);

} // namespace exchange::base32
