#pragma once
// Standard base64 (RFC 4648 section 4, with padding). Decoding is strict:
// only the canonical encoding of some bytes is accepted (no whitespace, no
// missing or extra padding, no non-zero unused bits), so one value has one
// spelling.

#include "core/base/result.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::base64 {

std::string encode(const QByteArray &bytes);
Result<QByteArray> decode(std::string_view text);

} // namespace exchange::base64
