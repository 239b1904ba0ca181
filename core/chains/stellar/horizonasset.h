#pragma once
// The asset of one of Horizon's operation records, read strictly: its
// asset_type, asset_code and asset_issuer (with a prefix, the
// source_asset_* ones of a path payment). Lumens are native; a credit
// asset's code has 1 to 4 letters and digits for credit_alphanum4 and 5 to
// 12 for credit_alphanum12, as the ledger keeps them, and its issuer is a
// G… account in canonical spelling. Anything else is an error naming the
// field, so a record is never read as some other asset.

#include "core/base/result.h"
#include "core/money/assetidentity.h"

#include <string_view>

namespace exchange::encoding {
struct JsonValue;
}

namespace exchange::stellar {

Result<AssetIdentity> horizonAsset(const encoding::JsonValue &record, std::string_view prefix = {});

} // namespace exchange::stellar
