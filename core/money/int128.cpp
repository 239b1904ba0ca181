#include "core/money/int128.h"

#include <algorithm>
#include <cstdint>

namespace exchange {

std::string uint128ToString(uint128 value)
{
    if (value == 0)
        return "0";
    std::string digits;
    while (value != 0) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
        value /= 10;
    }
    std::reverse(digits.begin(), digits.end());
    return digits;
}

std::string int128ToString(int128 value)
{
    if (value >= 0)
        return uint128ToString(static_cast<uint128>(value));
    // Negate in unsigned arithmetic so that the most negative value works.
    return "-" + uint128ToString(~static_cast<uint128>(value) + 1);
}

std::optional<int128> int128FromString(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty())
        return std::nullopt;
    uint128 magnitude = 0;
    const uint128 limit = static_cast<uint128>(kInt128Max) + (negative ? 1 : 0);
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<uint128>(c - '0');
        if (magnitude > (limit - digit) / 10)
            return std::nullopt;
        magnitude = magnitude * 10 + digit;
    }
    if (negative)
        return static_cast<int128>(~magnitude + 1);
    return static_cast<int128>(magnitude);
}

void multiply256(uint128 a, uint128 b, uint128 &high, uint128 &low)
{
    const uint128 mask = (static_cast<uint128>(1) << 64) - 1;
    const uint128 a0 = a & mask, a1 = a >> 64;
    const uint128 b0 = b & mask, b1 = b >> 64;
    const uint128 p00 = a0 * b0;
    const uint128 p01 = a0 * b1;
    const uint128 p10 = a1 * b0;
    const uint128 p11 = a1 * b1;
    const uint128 middle = (p00 >> 64) + (p01 & mask) + (p10 & mask);
    low = (p00 & mask) | (middle << 64);
    high = p11 + (p01 >> 64) + (p10 >> 64) + (middle >> 64);
}

int compareProducts(uint128 a, uint128 b, uint128 c, uint128 d)
{
    uint128 leftHigh = 0, leftLow = 0, rightHigh = 0, rightLow = 0;
    multiply256(a, b, leftHigh, leftLow);
    multiply256(c, d, rightHigh, rightLow);
    if (leftHigh != rightHigh)
        return leftHigh < rightHigh ? -1 : 1;
    if (leftLow != rightLow)
        return leftLow < rightLow ? -1 : 1;
    return 0;
}

std::optional<MulDivResult> mulDiv(uint128 a, uint128 b, uint128 divisor)
{
    if (divisor == 0)
        return std::nullopt;
    uint128 high = 0, low = 0;
    multiply256(a, b, high, low);
    if (high >= divisor) // the quotient would need more than 128 bits
        return std::nullopt;
    if (high == 0)
        return MulDivResult{low / divisor, low % divisor != 0};

    // Restoring long division of (high:low) by divisor, one bit at a time.
    // The remainder starts as high (< divisor) and stays below divisor; the
    // carry bit covers the moment it is shifted past 128 bits.
    uint128 remainder = high;
    uint128 quotient = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = (remainder >> 127) != 0;
        remainder = (remainder << 1) | ((low >> bit) & 1);
        quotient <<= 1;
        if (carry || remainder >= divisor) {
            remainder -= divisor;
            quotient |= 1;
        }
    }
    return MulDivResult{quotient, remainder != 0};
}

} // namespace exchange
