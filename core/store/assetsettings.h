#pragma once
// The per-asset settings of the money flows (002_…): min deposit, min
// collection, withdrawal fee, the 24h and 72h withdrawal limits and the max
// balances of the hot and warm wallets. All amounts are in the asset's base
// units and never negative. The store keeps them (the assets table); the
// rules between them are core/settings/assetsettingsrules.

#include "core/money/amount.h"
#include "core/money/asset.h"

#include <array>
#include <optional>
#include <cstdint>
#include <string_view>

namespace exchange {

enum class AssetSetting {
    MinDeposit,
    MinCollection,
    WithdrawFee,
    Limit24h,
    Limit72h,
    HotMax,
    WarmMax,
};

inline constexpr std::array<AssetSetting, 7> kAllAssetSettings{
    AssetSetting::MinDeposit, AssetSetting::MinCollection, AssetSetting::WithdrawFee,
    AssetSetting::Limit24h,   AssetSetting::Limit72h,      AssetSetting::HotMax,
    AssetSetting::WarmMax,
};

// Stable snake_case key: the column name, the JSON key, the exctl option
// without "--" and with '-' for '_'.
std::string_view assetSettingKey(AssetSetting setting);
std::optional<AssetSetting> assetSettingFromKey(std::string_view key);

struct AssetSettings {
    Amount minDeposit;
    Amount minCollection;
    Amount withdrawFee;
    Amount limit24h;
    Amount limit72h;
    Amount hotMax;
    Amount warmMax;

    Amount get(AssetSetting setting) const;
    void set(AssetSetting setting, Amount value);

    // Every amount non-negative, and the 72h limit at least the 24h limit
    // (the 72h window contains the 24h one, so a smaller 72h limit would
    // silently be the binding one).
    Result<void> validate() const;

    friend bool operator==(const AssetSettings &, const AssetSettings &) = default;
};

// An asset as the store keeps it: definition, settings, and the version
// that an update must name (optimistic concurrency between consoles).
struct AssetRecord {
    Asset asset;
    AssetSettings settings;
    int version = 0;
    std::int64_t updatedAtMs = 0;
};

} // namespace exchange
