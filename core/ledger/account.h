#pragma once
// A ledger account's balances, TigerBeetle style: posted and pending
// debits and credits kept apart, never negative. A hold shows as pending
// until it is posted or voided.

#include "core/ledger/chartofaccounts.h"
#include "core/money/amount.h"

#include <cstdint>

namespace exchange::ledger {

struct Account {
    std::int64_t id = 0;
    AccountKey key;
    std::uint32_t flags = NoFlags;
    Amount debitsPending;
    Amount debitsPosted;
    Amount creditsPending;
    Amount creditsPosted;

    // Posted balance on the account's normal side.
    Amount balance() const;
    // What can still be moved out: the normal-side posted balance less the
    // holds against it (a customer's available funds).
    Amount available() const;
    // Funds reserved by holds on the outgoing side.
    Amount reserved() const;

    bool sameBalances(const Account &other) const
    {
        return debitsPending == other.debitsPending && debitsPosted == other.debitsPosted
            && creditsPending == other.creditsPending && creditsPosted == other.creditsPosted;
    }
};

} // namespace exchange::ledger
