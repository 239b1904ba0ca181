#pragma once
// An unsigned 256-bit integer for chain quantities that exceed 128 bits
// (Ethereum's value and fee fields are uint256 wei). Exact: decimal and
// byte conversions refuse overflow instead of truncating. No arithmetic
// beyond what encoding needs; money arithmetic belongs to exchange::Amount.

#include "core/base/result.h"
#include "core/money/int128.h"

#include <QByteArray>

#include <array>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace exchange {

class UInt256 final
{
public:
    constexpr UInt256() = default;
    constexpr UInt256(std::uint64_t value) : m_limbs{value, 0, 0, 0} {}

    static UInt256 fromUint128(uint128 value);
    // Big-endian bytes, at most 32 (leading zeros allowed).
    static Result<UInt256> fromBigEndian(const QByteArray &bytes);
    // Decimal digits only, no sign, no leading zeros (except "0").
    static Result<UInt256> fromDecimal(std::string_view text);

    // Big-endian without leading zero bytes (zero is empty), as RLP wants.
    QByteArray toMinimalBigEndian() const;
    QByteArray toBigEndian32() const;
    std::string toDecimal() const;

    bool isZero() const { return m_limbs[0] == 0 && m_limbs[1] == 0 && m_limbs[2] == 0 && m_limbs[3] == 0; }
    // Whether the value fits in 64 bits.
    bool fitsUint64() const { return m_limbs[1] == 0 && m_limbs[2] == 0 && m_limbs[3] == 0; }
    std::uint64_t lowUint64() const { return m_limbs[0]; }

    friend bool operator==(const UInt256 &, const UInt256 &) = default;
    friend std::strong_ordering operator<=>(const UInt256 &a, const UInt256 &b)
    {
        for (int i = 3; i >= 0; --i) {
            if (a.m_limbs[static_cast<size_t>(i)] != b.m_limbs[static_cast<size_t>(i)])
                return a.m_limbs[static_cast<size_t>(i)] <=> b.m_limbs[static_cast<size_t>(i)];
        }
        return std::strong_ordering::equal;
    }

private:
    // Least significant limb first.
    std::array<std::uint64_t, 4> m_limbs{};
};

} // namespace exchange
