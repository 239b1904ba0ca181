#pragma once
// 128-bit integer aliases (GCC/Clang extension) and exact helpers on them:
// decimal conversion and a 256-bit-intermediate multiply-divide.

#include <optional>
#include <string>
#include <string_view>

namespace exchange {

__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

inline constexpr int128 kInt128Max = static_cast<int128>(~static_cast<uint128>(0) >> 1);
inline constexpr uint128 kUint128Max = ~static_cast<uint128>(0);

// Direction of an explicit rounding. Callers pick the one that favours the
// exchange and say why where they call it.
enum class Rounding {
    TowardZero,
    AwayFromZero,
    Floor,   // toward negative infinity
    Ceiling, // toward positive infinity
};

// Decimal digits of |value| with a leading '-' for negatives.
std::string int128ToString(int128 value);
std::string uint128ToString(uint128 value);

// Strict decimal integer: optional '-', then digits only; nullopt on
// anything else or on overflow.
std::optional<int128> int128FromString(std::string_view text);

// floor(a * b / divisor) and the remainder flag, exact for all inputs
// (the product may need 256 bits); nullopt if divisor is 0 or the quotient
// does not fit 128 bits.
struct MulDivResult {
    uint128 quotient = 0;
    bool inexact = false; // the remainder was non-zero
};
std::optional<MulDivResult> mulDiv(uint128 a, uint128 b, uint128 divisor);

// The 256-bit product a * b as (high, low).
void multiply256(uint128 a, uint128 b, uint128 &high, uint128 &low);

// Sign of a*b - c*d, exact (256-bit products): compares ratios and
// differently scaled amounts by cross-multiplication, never by division.
int compareProducts(uint128 a, uint128 b, uint128 c, uint128 d);

} // namespace exchange
