#pragma once
// One trustline of a Stellar account as Horizon's account balances list it
// (a credit_alphanum4/12 line): the asset by code and issuer, its balance,
// limit and the liabilities of the account's open offers, in stroops, and
// whether the issuer authorised it (is_authorized). What stellar-core lets
// the account send and receive of that asset follows from these.

#include "core/money/amount.h"
#include "core/money/assetidentity.h"

#include <algorithm>

namespace exchange::stellar {

struct HorizonTrustline {
    AssetIdentity asset; // a stellar_credit: code and issuer
    Amount balance;
    Amount limit;
    Amount buyingLiabilities;
    Amount sellingLiabilities;
    bool authorized = false;

    // What the account can send (op_underfunded beyond): its balance less
    // what its offers have promised to sell, never below 0.
    Amount spendable() const
    {
        return Amount::fromBaseUnits(std::max<int128>(balance.baseUnits() - sellingLiabilities.baseUnits(), 0));
    }
    // What it can still receive (op_line_full beyond): the limit less its
    // balance and what its offers may buy, never below 0.
    Amount room() const
    {
        return Amount::fromBaseUnits(
            std::max<int128>(limit.baseUnits() - balance.baseUnits() - buyingLiabilities.baseUnits(), 0));
    }
};

} // namespace exchange::stellar
