#include "core/security/settingsstatement.h"

#include "core/security/actor.h"
#include "core/security/signedstatements.h"

namespace exchange::security {

namespace {

std::string unitsKey(std::string_view setting)
{
    return std::string(setting) + "_units";
}

std::string unitsText(const std::optional<Amount> &amount)
{
    return amount ? amount->toBaseUnitString() : std::string("none");
}

std::string onOff(bool on)
{
    return on ? "on" : "off";
}

std::optional<Amount> amountFrom(const Statement &statement, const std::string &key)
{
    const auto text = statement.value(key);
    if (!text)
        return std::nullopt;
    auto amount = Amount::fromBaseUnitString(*text);
    if (!amount || amount.value().isNegative())
        return std::nullopt;
    return amount.value();
}

} // namespace

Statement assetSettingsStatement(const std::string &asset, const MoneySettings &before, const MoneySettings &after)
{
    Statement s(kAssetSettingsKind);
    s.add("asset", asset);
    for (AssetSetting setting : kAllAssetSettings) {
        const Amount was = before.amounts.get(setting);
        const Amount now = after.amounts.get(setting);
        if (was == now)
            continue;
        s.add("old." + unitsKey(assetSettingKey(setting)), was.toBaseUnitString());
        s.add("new." + unitsKey(assetSettingKey(setting)), now.toBaseUnitString());
    }
    if (before.twoApproversAbove != after.twoApproversAbove) {
        s.add("old." + unitsKey(kTwoApproversAboveKey), unitsText(before.twoApproversAbove));
        s.add("new." + unitsKey(kTwoApproversAboveKey), unitsText(after.twoApproversAbove));
    }
    if (before.reviewNewDestinations != after.reviewNewDestinations) {
        s.add("old." + std::string(kReviewNewDestinationsKey), onOff(before.reviewNewDestinations));
        s.add("new." + std::string(kReviewNewDestinationsKey), onOff(after.reviewNewDestinations));
    }
    for (AssetSetting setting : kAllAssetSettings)
        s.add(unitsKey(assetSettingKey(setting)), after.amounts.get(setting).toBaseUnitString());
    s.add(unitsKey(kTwoApproversAboveKey), unitsText(after.twoApproversAbove));
    if (after.reviewNewDestinations)
        s.add(std::string(kReviewNewDestinationsKey), onOff(true));
    return s;
}

std::optional<MoneySettings> moneySettingsFrom(const Statement &statement)
{
    if (statement.kind() != kAssetSettingsKind)
        return std::nullopt;
    MoneySettings settings;
    for (AssetSetting setting : kAllAssetSettings) {
        const auto amount = amountFrom(statement, unitsKey(assetSettingKey(setting)));
        if (!amount)
            return std::nullopt;
        settings.amounts.set(setting, *amount);
    }
    const auto fourEyes = statement.value(unitsKey(kTwoApproversAboveKey));
    if (!fourEyes)
        return std::nullopt;
    if (*fourEyes != "none") {
        const auto amount = amountFrom(statement, unitsKey(kTwoApproversAboveKey));
        if (!amount)
            return std::nullopt;
        settings.twoApproversAbove = *amount;
    }
    if (const auto review = statement.value(std::string(kReviewNewDestinationsKey))) {
        if (*review != "on" && *review != "off")
            return std::nullopt;
        settings.reviewNewDestinations = *review == "on";
    }
    return settings;
}

Result<std::int64_t> signAssetSettings(const QSqlDatabase &db, const Actor &actor, const std::string &asset,
                                       const MoneySettings &before, const MoneySettings &after, std::int64_t nowMs)
{
    if (!actor.signer || before == after)
        return std::int64_t{0};
    auto signed_ = SignedStatements(db).sign(actor, "asset", asset, assetSettingsStatement(asset, before, after), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::security
