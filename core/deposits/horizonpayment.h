#pragma once
// One record of Horizon's /accounts/{id}/payments stream (with
// join=transactions), read strictly: a payment, path_payment_strict_receive
// or path_payment_strict_send that succeeded and pays the base account (or
// one of its muxed M-addresses: to_muxed and to_muxed_id) lumens or one of
// the watched credit assets (code and issuer both equal) becomes an
// ObservedPayment of what the destination received (a path payment's
// "amount" and destination asset, never its source side); anything else
// is irrelevant (nullopt) or malformed (an error naming the field).

#include "core/base/result.h"
#include "core/deposits/observedpayment.h"
#include "core/wallets/tokensinforce.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace exchange::deposits {

struct HorizonRecord {
    std::string pagingToken;
    std::optional<ObservedPayment> payment; // nullopt: not a deposit to us
    // A credit asset the base account received that is none of the watched
    // tokens, as "CODE:ISSUER" (for the watcher to tell an operator); empty
    // otherwise.
    std::string unwatchedAsset;
};

Result<HorizonRecord> parseHorizonPayment(const QByteArray &json, const std::string &baseAccount,
                                          const std::vector<wallets::WatchedToken> &tokens);

} // namespace exchange::deposits
