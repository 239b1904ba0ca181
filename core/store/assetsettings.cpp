#include "core/store/assetsettings.h"

namespace exchange {

std::string_view assetSettingKey(AssetSetting setting)
{
    switch (setting) {
    case AssetSetting::MinDeposit: return "min_deposit";
    case AssetSetting::MinCollection: return "min_collection";
    case AssetSetting::WithdrawFee: return "withdraw_fee";
    case AssetSetting::Limit24h: return "limit_24h";
    case AssetSetting::Limit72h: return "limit_72h";
    case AssetSetting::HotMax: return "hot_max";
    case AssetSetting::WarmMax: return "warm_max";
    }
    return "";
}

std::optional<AssetSetting> assetSettingFromKey(std::string_view key)
{
    for (AssetSetting setting : kAllAssetSettings) {
        if (assetSettingKey(setting) == key)
            return setting;
    }
    return std::nullopt;
}

Amount AssetSettings::get(AssetSetting setting) const
{
    switch (setting) {
    case AssetSetting::MinDeposit: return minDeposit;
    case AssetSetting::MinCollection: return minCollection;
    case AssetSetting::WithdrawFee: return withdrawFee;
    case AssetSetting::Limit24h: return limit24h;
    case AssetSetting::Limit72h: return limit72h;
    case AssetSetting::HotMax: return hotMax;
    case AssetSetting::WarmMax: return warmMax;
    }
    return {};
}

void AssetSettings::set(AssetSetting setting, Amount value)
{
    switch (setting) {
    case AssetSetting::MinDeposit: minDeposit = value; return;
    case AssetSetting::MinCollection: minCollection = value; return;
    case AssetSetting::WithdrawFee: withdrawFee = value; return;
    case AssetSetting::Limit24h: limit24h = value; return;
    case AssetSetting::Limit72h: limit72h = value; return;
    case AssetSetting::HotMax: hotMax = value; return;
    case AssetSetting::WarmMax: warmMax = value; return;
    }
}

Result<void> AssetSettings::validate() const
{
    for (AssetSetting setting : kAllAssetSettings) {
        if (get(setting).isNegative())
            return Result<void>::failure(ErrorCode::InvalidInput,
                                         std::string(assetSettingKey(setting)) + " may not be negative");
    }
    if (limit72h < limit24h)
        return Result<void>::failure(ErrorCode::InvalidInput,
                                     "limit_72h may not be smaller than limit_24h");
    return {};
}

} // namespace exchange
