#pragma once
// SQL for the withdrawal settings of each asset (withdrawal_settings): the
// four-eyes threshold, above which a withdrawal needs two approvers, and
// whether a withdrawal to a new destination waits for review. It sits
// with the settings so that the asset settings' rules can read it (a limit
// below the four-eyes amount) without knowing the withdrawals; the
// withdrawals read it here too. Decides nothing.

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

#include <optional>
#include <string>

namespace exchange {

class WithdrawalSettingsRepository final
{
public:
    WithdrawalSettingsRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // Above this amount two approvers are needed; none: one is enough.
    Result<std::optional<Amount>> twoApproversAbove(const std::string &asset) const;
    Result<void> setTwoApproversAbove(const std::string &asset, std::optional<Amount> threshold);
    // On: a withdrawal to an address not on the customer's list waits for
    // review. Off (the default, and for an asset without a row).
    Result<bool> reviewNewDestinations(const std::string &asset) const;
    Result<void> setReviewNewDestinations(const std::string &asset, bool on);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange
