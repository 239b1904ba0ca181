#pragma once
// Withdrawal words for people: state titles, how long one has waited, and
// what an approval will do. One place, for the model, the details and the
// dialogs.

#include "core/withdrawals/payoutauthorization.h"
#include "core/withdrawals/withdrawalstate.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

class WithdrawalText final
{
    Q_DECLARE_TR_FUNCTIONS(WithdrawalText)
public:
    static QString stateTitle(exchange::withdrawals::WithdrawalState state);
    // "3 d 4 h", "2 h 05 min", "12 min", "under a minute".
    static QString duration(std::int64_t ms);
    // "1 of 2", "0 of 1".
    static QString approvals(int given, int required);
    // Whether the payout signer can verify an approval: "✓ signature
    // verified", "✗ signed by a key no admin registered", …; standing
    // nullopt: the approval has no signed statement at all (which the
    // signer never counts).
    static QString signatureMark(std::optional<exchange::withdrawals::PayoutAuthorization::Standing> standing);
};
