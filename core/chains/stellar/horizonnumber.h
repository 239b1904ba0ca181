#pragma once
// A whole number as Horizon writes one: as a string ("sequence", the fees
// of /fee_stats and a transaction's fee_charged) or as a JSON number
// ("subentry_count"), read exactly: 0 to 2^63 - 1, digits only.

#include <cstdint>
#include <optional>

namespace exchange::encoding {
struct JsonValue;
}

namespace exchange::stellar {

std::optional<std::int64_t> horizonWholeNumber(const encoding::JsonValue *value);

} // namespace exchange::stellar
