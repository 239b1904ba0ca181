#pragma once
// The rules between an asset's settings, in one place for every path: the
// console checks them before it asks for a code, exctl asset set before it
// saves, and AssetSettingsService again inside the transaction that saves,
// so that no path stores a setting that breaks an error rule. Pure: the
// settings before and after a change and a few facts in, problems out. A
// problem is a code and the two amounts it compares, never text; callers put
// it into words (the console translated, exctl in English: describe()).
//
// Only rules that involve a changed setting are checked: an inconsistency
// already stored does not block an unrelated edit (and is not the editor's
// to answer for); every edit of one of its settings is checked in full.

#include "core/money/amount.h"
#include "core/money/asset.h"
#include "core/store/assetsettings.h"

#include <optional>
#include <string>
#include <vector>

namespace exchange {

enum class SettingRule {
    MinDepositAboveMinCollection, // error: min deposit ≤ min collection
    FeeNotBelowLimit24h,          // error: a fee, if any, < 24h limit
    Limit72hBelowLimit24h,        // error: 24h limit ≤ 72h limit
    FourEyesAboveLimit24h,        // warning: four-eyes amount ≤ 24h limit
    HotMaxBelowBalance,           // warning: new hot max ≥ what hot holds now
    WarmMaxBelowBalance,          // warning: new warm max ≥ what warm holds now
};

enum class RuleSeverity { Error, Warning };

RuleSeverity severityOf(SettingRule rule);

struct SettingProblem {
    SettingRule rule = SettingRule::MinDepositAboveMinCollection;
    // The setting the problem belongs to: the changed one of the two
    // compared (the first named, when both changed).
    AssetSetting setting = AssetSetting::MinDeposit;
    // The two amounts in the order the rule names them: min deposit and min
    // collection; fee and 24h limit; 72h and 24h limit; four-eyes amount and
    // 24h limit; new max and the wallet's balance.
    Amount value;
    Amount bound;

    RuleSeverity severity() const { return severityOf(rule); }
    friend bool operator==(const SettingProblem &, const SettingProblem &) = default;
};

// What the rules compare with besides the settings themselves.
struct SettingFacts {
    std::optional<Amount> twoApproversAbove; // the four-eyes amount, if one is set
    Amount hotBalance;
    Amount warmBalance;
};

class AssetSettingsRules final
{
public:
    // The problems of going from current to proposed, errors first, then in
    // the order of the enum.
    static std::vector<SettingProblem> check(const AssetSettings &current, const AssetSettings &proposed,
                                             const SettingFacts &facts);
    static bool hasErrors(const std::vector<SettingProblem> &problems);
    // In an operator's words, English (exctl, logs, the core's refusal):
    // "the 72h limit (1 XLM) cannot be below the 24h limit (10,000.00 XLM)".
    static std::string describe(const SettingProblem &problem, const Asset &asset);
};

} // namespace exchange
