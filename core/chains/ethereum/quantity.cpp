#include "core/chains/ethereum/quantity.h"

#include <QByteArray>
#include <QJsonValue>

namespace exchange::ethereum {

namespace {

constexpr std::size_t kMaxDigits = 64;   // 256 bits
constexpr std::size_t kInt128Digits = 31; // below 2^124

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int digitValue(char c)
{
    return c <= '9' ? c - '0' : c <= 'F' ? c - 'A' + 10 : c - 'a' + 10;
}

// The text as it may appear in a message: a hostile node's answer is cut short.
std::string shown(std::string_view text)
{
    return "\"" + std::string(text.substr(0, 72)) + (text.size() > 72 ? "…" : "") + "\"";
}

// The hex digits of a well-formed QUANTITY, or why it is not one.
Result<std::string_view> digitsOf(std::string_view text)
{
    if (!text.starts_with("0x"))
        return Error{ErrorCode::InvalidInput, shown(text) + " is not a QUANTITY: it does not start with \"0x\""};
    const std::string_view digits = text.substr(2);
    if (digits.empty())
        return Error{ErrorCode::InvalidInput, shown(text) + " is not a QUANTITY: it has no digits (zero is \"0x0\")"};
    for (char c : digits) {
        if (!isHexDigit(c))
            return Error{ErrorCode::InvalidInput, shown(text) + " is not a QUANTITY: it holds a character that is not a hex digit"};
    }
    if (digits.size() > 1 && digits.front() == '0')
        return Error{ErrorCode::InvalidInput, shown(text) + " is not a QUANTITY: it has a leading zero"};
    if (digits.size() > kMaxDigits)
        return Error{ErrorCode::InvalidInput, shown(text) + " is not a QUANTITY: it is wider than 256 bits"};
    return digits;
}

} // namespace

Result<UInt256> parseQuantity256(std::string_view text)
{
    auto digits = digitsOf(text);
    if (!digits)
        return digits.error();
    // Big-endian bytes, a nibble of padding in front of an odd count.
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(kMaxDigits / 2));
    const std::string_view d = digits.value();
    std::size_t i = 0;
    if (d.size() % 2 == 1)
        bytes.append(static_cast<char>(digitValue(d[i++])));
    for (; i < d.size(); i += 2)
        bytes.append(static_cast<char>(digitValue(d[i]) * 16 + digitValue(d[i + 1])));
    return UInt256::fromBigEndian(bytes);
}

Result<int128> parseQuantityText(std::string_view text)
{
    auto digits = digitsOf(text);
    if (!digits)
        return digits.error();
    if (digits.value().size() > kInt128Digits)
        return Error{ErrorCode::InvalidInput, shown(text) + " is 2^124 or more, beyond what the exchange counts"};
    int128 v = 0;
    for (char c : digits.value())
        v = v * 16 + digitValue(c);
    return v;
}

Result<int128> parseQuantity(const QJsonValue &value)
{
    if (!value.isString())
        return Error{ErrorCode::InvalidInput, "the value is not a QUANTITY: it is not a string"};
    return parseQuantityText(value.toString().toStdString());
}

QString quantity(uint128 value)
{
    if (value == 0)
        return QStringLiteral("0x0");
    QString digits;
    while (value) {
        digits.prepend(QLatin1Char("0123456789abcdef"[static_cast<int>(value & 0xf)]));
        value >>= 4;
    }
    return QStringLiteral("0x") + digits;
}

} // namespace exchange::ethereum
