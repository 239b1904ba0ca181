#include "core/crypto/uint256.h"

namespace exchange {

UInt256 UInt256::fromUint128(uint128 value)
{
    UInt256 result;
    result.m_limbs[0] = static_cast<std::uint64_t>(value);
    result.m_limbs[1] = static_cast<std::uint64_t>(value >> 64);
    return result;
}

Result<UInt256> UInt256::fromBigEndian(const QByteArray &bytes)
{
    if (bytes.size() > 32)
        return makeError(ErrorCode::InvalidInput, "integer is wider than 256 bits");
    UInt256 result;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[size - 1 - i]));
        result.m_limbs[static_cast<size_t>(i / 8)] |= byte << (8 * (i % 8));
    }
    return result;
}

Result<UInt256> UInt256::fromDecimal(std::string_view text)
{
    if (text.empty())
        return makeError(ErrorCode::InvalidInput, "integer text is empty");
    if (text.size() > 1 && text[0] == '0')
        return makeError(ErrorCode::InvalidInput, "integer text has a leading zero");
    UInt256 result;
    for (char c : text) {
        if (c < '0' || c > '9')
            return makeError(ErrorCode::InvalidInput, "integer text has a non-digit");
        // result = result * 10 + digit, watching the carry out of the top.
        uint128 carry = static_cast<unsigned>(c - '0');
        for (auto &limb : result.m_limbs) {
            const uint128 product = static_cast<uint128>(limb) * 10 + carry;
            limb = static_cast<std::uint64_t>(product);
            carry = product >> 64;
        }
        if (carry != 0)
            return makeError(ErrorCode::InvalidInput, "integer is larger than 2^256 - 1");
    }
    return result;
}

QByteArray UInt256::toBigEndian32() const
{
    QByteArray out(32, '\0');
    for (int i = 0; i < 32; ++i)
        out[31 - i] = static_cast<char>((m_limbs[static_cast<size_t>(i / 8)] >> (8 * (i % 8))) & 0xff);
    return out;
}

QByteArray UInt256::toMinimalBigEndian() const
{
    const QByteArray full = toBigEndian32();
    qsizetype first = 0;
    while (first < full.size() && full[first] == 0)
        ++first;
    return full.mid(first);
}

std::string UInt256::toDecimal() const
{
    if (isZero())
        return "0";
    std::array<std::uint64_t, 4> limbs = m_limbs;
    std::string digits;
    const auto allZero = [&limbs] { return limbs[0] == 0 && limbs[1] == 0 && limbs[2] == 0 && limbs[3] == 0; };
    while (!allZero()) {
        uint128 remainder = 0;
        for (int i = 3; i >= 0; --i) {
            const uint128 current = (remainder << 64) | limbs[static_cast<size_t>(i)];
            limbs[static_cast<size_t>(i)] = static_cast<std::uint64_t>(current / 10);
            remainder = current % 10;
        }
        digits.push_back(static_cast<char>('0' + static_cast<int>(remainder)));
    }
    return {digits.rbegin(), digits.rend()};
}

} // namespace exchange
