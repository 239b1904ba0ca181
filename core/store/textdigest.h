#pragma once
// What a log keeps of a payload it must not store whole: the SHA-256 of its
// bytes (lowercase hex) and a prefix of at most N bytes cut on a UTF-8
// character boundary. Also registered as SQLite functions (sha256_hex,
// utf8_prefix) for the migration that shortened old rows.

#include <cstddef>
#include <string>
#include <string_view>

namespace exchange {

std::string sha256Hex(std::string_view bytes);
// The longest prefix of at most maxBytes that does not split a UTF-8
// sequence; invalid bytes are kept as they are (they are not split either).
std::string utf8Prefix(std::string_view text, std::size_t maxBytes);

} // namespace exchange
