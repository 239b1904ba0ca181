#include "core/crypto/hex.h"

namespace exchange::hex {

namespace {

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string encode(const QByteArray &bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(static_cast<size_t>(bytes.size()) * 2);
    for (char byte : bytes) {
        const auto value = static_cast<unsigned char>(byte);
        text.push_back(digits[value >> 4]);
        text.push_back(digits[value & 0x0f]);
    }
    return text;
}

Result<QByteArray> decode(std::string_view text)
{
    if (text.size() % 2 != 0)
        return makeError(ErrorCode::InvalidInput, "hex text has an odd number of digits");
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(text.size() / 2));
    for (size_t i = 0; i < text.size(); i += 2) {
        const int high = digitValue(text[i]);
        const int low = digitValue(text[i + 1]);
        if (high < 0 || low < 0)
            return makeError(ErrorCode::InvalidInput,
                             "hex text has a non-hex character at position " + std::to_string(high < 0 ? i : i + 1));
        bytes.append(static_cast<char>((high << 4) | low));
    }
    return bytes;
}

Result<QByteArray> decodePrefixed(std::string_view text)
{
    if (text.size() < 2 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
        return makeError(ErrorCode::InvalidInput, "hex text must start with 0x");
    return decode(text.substr(2));
}

Result<QByteArray> decodeOptionalPrefix(std::string_view text)
{
    if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        return decode(text.substr(2));
    return decode(text);
}

} // namespace exchange::hex
