#pragma once
// FeeWalletRefill: how much should move from warm to a chain's fee wallet.
// The fee wallet is filled to the max balance an admin signed for it (the
// chain's settings in force, SignedChainSettings, traced from the pin the
// database lists: the export is unsigned, so nothing here needs the vault),
// counting what it can spend now and the fundings already on their way.
// Pure arithmetic in plan(); read() gathers its inputs.
//
//   auto refill = FeeWalletRefill::read(db, Chain::Ethereum, spendable, inFlight);
//   if (refill && refill.value().amount.isPositive()) ... export it

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/money/asset.h"

#include <QSqlDatabase>

#include <optional>
#include <string>

namespace exchange::withdrawals {

struct FeeWalletRefill {
    Amount have;   // what the fee wallet can spend, plus what is on its way to it
    std::optional<Amount> max; // the signed max balance; nullopt: none signed
    std::optional<Amount> low; // the signed low-balance alert; nullopt: none
    Amount amount; // the proposed move; zero: nothing to move
    std::string why; // how the amount was chosen, or why there is none

    // The move that fills a wallet holding `have` to `max`.
    static FeeWalletRefill plan(const Asset &coin, Amount have, std::optional<Amount> max, std::optional<Amount> low);
    // The same with the limits an admin signed for `chain` (nothing signed:
    // no max, so nothing is proposed).
    static Result<FeeWalletRefill> read(const QSqlDatabase &db, Chain chain, Amount spendable, Amount inFlight);
};

} // namespace exchange::withdrawals
