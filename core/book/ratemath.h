#pragma once
// Exact rate arithmetic for the matching engine: ratios of two amounts are
// compared by cross-multiplication and scaled by multiply-divide with an
// explicit rounding, never through floating point. Fast paths when the
// operands fit 64 bits; the 256-bit helpers of int128.h otherwise.

#include "core/money/int128.h"

namespace exchange::book {

inline constexpr uint128 kU64Limit = static_cast<uint128>(1) << 64;

// Sign of a*b - c*d for non-negative operands.
inline int compareCross(uint128 a, uint128 b, uint128 c, uint128 d)
{
    if (a < kU64Limit && b < kU64Limit && c < kU64Limit && d < kU64Limit) {
        const uint128 left = a * b;
        const uint128 right = c * d;
        return left < right ? -1 : (left > right ? 1 : 0);
    }
    return compareProducts(a, b, c, d);
}

// floor(a * b / divisor), or ceil when roundUp; the caller guarantees the
// quotient fits (it is never more than one of the operands here).
inline uint128 scale(uint128 a, uint128 b, uint128 divisor, bool roundUp)
{
    if (a < kU64Limit && b < kU64Limit) {
        const uint128 product = a * b;
        const uint128 q = product / divisor;
        return (roundUp && q * divisor != product) ? q + 1 : q;
    }
    const auto r = mulDiv(a, b, divisor);
    return (roundUp && r->inexact) ? r->quotient + 1 : r->quotient;
}

} // namespace exchange::book
