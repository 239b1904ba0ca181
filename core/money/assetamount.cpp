#include "core/money/assetamount.h"

#include <algorithm>

namespace exchange {

namespace {
uint128 pow10(int exponent)
{
    uint128 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}
uint128 magnitude(int128 v)
{
    return v < 0 ? ~static_cast<uint128>(v) + 1 : static_cast<uint128>(v);
}
} // namespace

std::weak_ordering operator<=>(const AssetAmount &a, const AssetAmount &b)
{
    const int128 x = a.amount.baseUnits();
    const int128 y = b.amount.baseUnits();
    const int signX = (x > 0) - (x < 0);
    const int signY = (y > 0) - (y < 0);
    if (signX != signY)
        return signX < signY ? std::weak_ordering::less : std::weak_ordering::greater;
    // x / 10^da against y / 10^db  <=>  x * 10^db against y * 10^da
    const int da = std::clamp(a.decimals, 0, 38);
    const int db = std::clamp(b.decimals, 0, 38);
    int c = compareProducts(magnitude(x), pow10(db), magnitude(y), pow10(da));
    if (signX < 0)
        c = -c;
    if (c < 0)
        return std::weak_ordering::less;
    if (c > 0)
        return std::weak_ordering::greater;
    return std::weak_ordering::equivalent;
}

} // namespace exchange
