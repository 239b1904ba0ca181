#pragma once
// InternalDestination: whether a withdrawal's destination is one of the
// exchange's own addresses, as the wallets rows say when it is requested.
//  - another customer's deposit address of the chain (Ethereum, Algorand),
//    or the Stellar base account (hot) as an M-address whose id names an
//    existing customer: internal, to that customer (any asset of the
//    chain: a token is paid in to the same address);
//  - the customer's own deposit address (or M-address): refused, it would
//    only come back;
//  - the base account without an id, an id that names no customer, a
//    deposit address issued to nobody, a hot, warm, cold or fee wallet:
//    refused, the money would land unattributed (the address book refuses
//    the same addresses as a customer's own);
//  - anything else: not internal, paid on chain.
// A decision for the request only: the signer decides again from the
// addresses it trusts (InternalTransfer). Reads only; the caller's
// connection (inside its transaction).

#include "core/base/chain.h"
#include "core/base/result.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::withdrawals {

class InternalDestination final
{
public:
    // The customer the destination (canonical spelling) pays in the
    // ledger, nothing for a payout on chain, or InvalidInput saying why
    // it is refused.
    static Result<std::optional<std::int64_t>> receiver(const QSqlDatabase &db, std::int64_t sender, Chain chain,
                                                        const std::string &destination);

    // The Stellar base account and the customer id an M-address names;
    // nothing for an address that is not muxed.
    struct Muxed {
        std::string account;
        std::uint64_t id = 0;
        std::optional<std::int64_t> customerId; // nothing: an id no customer can have
    };
    static std::optional<Muxed> muxed(const std::string &destination);
};

} // namespace exchange::withdrawals
