#include "core/chains/stellar/horizonnumber.h"

#include "core/encoding/exactjson.h"

#include <limits>

namespace exchange::stellar {

std::optional<std::int64_t> horizonWholeNumber(const encoding::JsonValue *value)
{
    if (!value || (value->kind != encoding::JsonValue::Kind::String && value->kind != encoding::JsonValue::Kind::Number)
        || value->text.empty() || value->text.size() > 19)
        return std::nullopt;
    std::uint64_t n = 0; // 19 digits fit; above 2^63 - 1 is refused below
    for (char c : value->text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (n > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    return static_cast<std::int64_t>(n);
}

} // namespace exchange::stellar
