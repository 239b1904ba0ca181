#pragma once
// The statement an admin signs when they change an asset's money settings
// (the seven amounts of AssetSettings and the four-eyes amount): which
// asset, each setting changed with its old and new value, and then every
// money setting of the asset as it is after the change, so that the newest
// valid statement alone says what is in force (SignedSettings). Amounts are
// base units, so the text has one spelling whatever the display decimals:
//
//   kind=asset.settings
//   asset=XLM
//   old.limit_24h_units=10000000000
//   new.limit_24h_units=20000000000
//   min_deposit_units=10000000
//   ...
//   warm_max_units=...
//   two_approvers_above_units=none
//   review_new_destinations=on        (only when on)
//
// Stored as object ("asset", CODE) in signed_statements, in the change's
// own transaction.

#include "core/base/result.h"
#include "core/security/statement.h"
#include "core/store/assetsettings.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::security {

struct Actor;

// Every setting of an asset that decides whether money moves on its own.
struct MoneySettings {
    AssetSettings amounts;
    std::optional<Amount> twoApproversAbove; // nullopt: one approver is enough
    bool reviewNewDestinations = false;      // a withdrawal to an address not on the customer's list waits for review

    friend bool operator==(const MoneySettings &, const MoneySettings &) = default;
};

inline constexpr const char *kAssetSettingsKind = "asset.settings";
// The statement's key of the four-eyes amount (beside assetSettingKey()'s).
inline constexpr std::string_view kTwoApproversAboveKey = "two_approvers_above";
// The statement's key of the new-destinations review: "on" or "off". Said
// in the full set only when on (a statement without it, as every one signed
// before the setting existed, states it off), and as old./new. when it
// changes.
inline constexpr std::string_view kReviewNewDestinationsKey = "review_new_destinations";

Statement assetSettingsStatement(const std::string &asset, const MoneySettings &before, const MoneySettings &after);

// The settings in force a statement of kind asset.settings states (its
// full set, not the changes); nullopt when it states no complete,
// well-formed set.
std::optional<MoneySettings> moneySettingsFrom(const Statement &statement);

// Signs the change into signed_statements, in the caller's transaction,
// when the actor can sign (an operator whose code was just confirmed);
// the statement's id, or 0 when the actor cannot sign or nothing changed.
Result<std::int64_t> signAssetSettings(const QSqlDatabase &db, const Actor &actor, const std::string &asset,
                                       const MoneySettings &before, const MoneySettings &after, std::int64_t nowMs);

} // namespace exchange::security
