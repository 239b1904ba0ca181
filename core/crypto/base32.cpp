#include "core/crypto/base32.h"

#include <cstdint>

namespace exchange::base32 {

namespace {

constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int symbolValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

} // namespace

std::string encode(const QByteArray &bytes)
{
    std::string text;
    text.reserve(static_cast<size_t>(bytes.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char byte : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.push_back(alphabet[(buffer >> bits) & 0x1f]);
        }
        buffer &= (1u << bits) - 1;
    }
    if (bits > 0)
        text.push_back(alphabet[(buffer << (5 - bits)) & 0x1f]);
    return text;
}

Result<QByteArray> decode(std::string_view text)
{
    // 8 symbols carry 5 bytes; a tail of 1, 3 or 6 symbols cannot come from
    // whole bytes.
    const size_t tail = text.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return makeError(ErrorCode::InvalidInput, "base32 text has an impossible length");
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(text.size() * 5 / 8));
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=')
            return makeError(ErrorCode::InvalidInput, "base32 text must not be padded");
        const int value = symbolValue(c);
        if (value < 0)
            return makeError(ErrorCode::InvalidInput, "base32 text has a character outside A-Z and 2-7");
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(static_cast<char>((buffer >> bits) & 0xff));
        }
        buffer &= (1u << bits) - 1;
    }
    if (buffer != 0)
        return makeError(ErrorCode::InvalidInput, "base32 text has non-zero unused trailing bits");
    return bytes;
}

} // namespace exchange::base32
