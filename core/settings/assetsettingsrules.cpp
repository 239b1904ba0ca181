#include "core/settings/assetsettingsrules.h"

#include <algorithm>

namespace exchange {

RuleSeverity severityOf(SettingRule rule)
{
    switch (rule) {
    case SettingRule::MinDepositAboveMinCollection:
    case SettingRule::FeeNotBelowLimit24h:
    case SettingRule::Limit72hBelowLimit24h: return RuleSeverity::Error;
    case SettingRule::FourEyesAboveLimit24h:
    case SettingRule::HotMaxBelowBalance:
    case SettingRule::WarmMaxBelowBalance: return RuleSeverity::Warning;
    }
    return RuleSeverity::Error;
}

std::vector<SettingProblem> AssetSettingsRules::check(const AssetSettings &current, const AssetSettings &proposed,
                                                      const SettingFacts &facts)
{
    const auto changed = [&](AssetSetting setting) { return current.get(setting) != proposed.get(setting); };
    std::vector<SettingProblem> problems;
    // A rule between two settings: checked when either changed, shown at
    // the one that changed (the first when both did).
    const auto pair = [&](SettingRule rule, AssetSetting first, AssetSetting second, bool broken) {
        if (!broken || (!changed(first) && !changed(second)))
            return;
        const AssetSetting at = changed(first) ? first : second;
        problems.push_back({rule, at, proposed.get(first), proposed.get(second)});
    };

    pair(SettingRule::MinDepositAboveMinCollection, AssetSetting::MinDeposit, AssetSetting::MinCollection,
         proposed.minDeposit > proposed.minCollection);
    // A zero fee with a zero limit (every withdrawal reviewed, free) is a
    // setting; any fee at or above the 24h limit makes every withdrawal
    // exceed it.
    pair(SettingRule::FeeNotBelowLimit24h, AssetSetting::WithdrawFee, AssetSetting::Limit24h,
         proposed.withdrawFee > Amount::zero() && proposed.withdrawFee >= proposed.limit24h);
    pair(SettingRule::Limit72hBelowLimit24h, AssetSetting::Limit72h, AssetSetting::Limit24h,
         proposed.limit72h < proposed.limit24h);

    // The four-eyes amount is not an asset setting here: only the 24h
    // limit moving can break it.
    if (facts.twoApproversAbove && changed(AssetSetting::Limit24h) && *facts.twoApproversAbove > proposed.limit24h)
        problems.push_back({SettingRule::FourEyesAboveLimit24h, AssetSetting::Limit24h, *facts.twoApproversAbove,
                            proposed.limit24h});
    if (changed(AssetSetting::HotMax) && proposed.hotMax < facts.hotBalance)
        problems.push_back({SettingRule::HotMaxBelowBalance, AssetSetting::HotMax, proposed.hotMax, facts.hotBalance});
    if (changed(AssetSetting::WarmMax) && proposed.warmMax < facts.warmBalance)
        problems.push_back(
            {SettingRule::WarmMaxBelowBalance, AssetSetting::WarmMax, proposed.warmMax, facts.warmBalance});

    std::stable_sort(problems.begin(), problems.end(), [](const SettingProblem &a, const SettingProblem &b) {
        return a.severity() == RuleSeverity::Error && b.severity() != RuleSeverity::Error;
    });
    return problems;
}

bool AssetSettingsRules::hasErrors(const std::vector<SettingProblem> &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const SettingProblem &p) { return p.severity() == RuleSeverity::Error; });
}

std::string AssetSettingsRules::describe(const SettingProblem &problem, const Asset &asset)
{
    const std::string value = asset.formatGrouped(problem.value) + " " + asset.code;
    const std::string bound = asset.formatGrouped(problem.bound) + " " + asset.code;
    switch (problem.rule) {
    case SettingRule::MinDepositAboveMinCollection:
        return "the min deposit (" + value + ") cannot be above the min collection (" + bound + ")";
    case SettingRule::FeeNotBelowLimit24h:
        return "the withdrawal fee (" + value + ") must be below the 24h limit (" + bound
            + "), or every withdrawal would exceed it";
    case SettingRule::Limit72hBelowLimit24h:
        return "the 72h limit (" + value + ") cannot be below the 24h limit (" + bound + ")";
    case SettingRule::FourEyesAboveLimit24h:
        return "the four-eyes amount (" + value + ") is above the 24h limit (" + bound
            + "): withdrawals between the two wait for one approver only";
    case SettingRule::HotMaxBelowBalance:
        return "the hot max balance (" + value + ") is below what the hot wallet holds now (" + bound
            + "): collections send nothing to hot until it falls below";
    case SettingRule::WarmMaxBelowBalance:
        return "the warm max balance (" + value + ") is below what the warm wallet holds now (" + bound
            + "): collections send nothing to warm until it falls below";
    }
    return "the settings do not fit together";
}

} // namespace exchange
