#pragma once
// Hexadecimal text <-> bytes. Decoding is strict: an even number of hex
// digits and nothing else, so a truncated or padded value is refused rather
// than silently reinterpreted.

#include "core/base/result.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::hex {

// Lowercase, no prefix.
std::string encode(const QByteArray &bytes);
// Digits of either case, no prefix, even length (empty is allowed).
Result<QByteArray> decode(std::string_view text);
// Like decode(), but the text must start with "0x" (Ethereum style).
Result<QByteArray> decodePrefixed(std::string_view text);
// Like decode(), after removing an optional "0x".
Result<QByteArray> decodeOptionalPrefix(std::string_view text);

} // namespace exchange::hex
