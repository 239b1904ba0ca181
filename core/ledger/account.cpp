#include "core/ledger/account.h"

namespace exchange::ledger {

namespace {
// Stored balances are bounded by the schema (< 10^39 < 2^127 - 1 would not
// hold for a sum, but each side is a sum of checked additions), so a
// difference of two never overflows.
Amount difference(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() - b.baseUnits());
}
} // namespace

Amount Account::balance() const
{
    return isDebitNormal(key.kind) ? difference(debitsPosted, creditsPosted) : difference(creditsPosted, debitsPosted);
}

Amount Account::available() const
{
    if (isDebitNormal(key.kind))
        return difference(balance(), creditsPending);
    return difference(balance(), debitsPending);
}

Amount Account::reserved() const
{
    return isDebitNormal(key.kind) ? creditsPending : debitsPending;
}

} // namespace exchange::ledger
