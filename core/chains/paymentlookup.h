#pragma once
// PaymentLookup: how the trade API learns what a funding transaction did,
// from the chain client of the sell currency's chain. Answers arrive through
// a callback on the caller's thread (real clients are asynchronous network
// code). Errors: NotFound (no such transaction), Unavailable (the node could
// not be reached or answered nonsense: the API answers 503 and stores only
// the Log row). checkFunding() then decides whether the payment funds the
// order: confirmed, from the sender, to the exchange, at least sell_amount.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/money/assetidentity.h"

#include <functional>
#include <optional>
#include <string>

namespace exchange::chains {

struct PaymentQuery {
    Chain chain = Chain::Ethereum;
    std::string txId;         // canonical form (chains::validateTxId)
    std::string expectedFrom; // what the order claims; for fakes and logs
    std::string expectedTo;
    // The asset the payment must move: the chain's coin, or a token (an
    // ERC-20 Transfer log, a Stellar credit payment, an ASA transfer), whose
    // transfer to expectedTo is then what the answer describes.
    AssetIdentity asset{};
};

struct Payment {
    std::string from;
    std::string to;
    Amount amount;            // base units of the asset asked for (the chain's coin, or the token)
    bool confirmed = false;   // final enough to trade on (chain rules)
    // What manual payouts check besides (issue 8): a transaction included
    // but failed (reverted) moved nothing; the fee its sender paid, when the
    // node says; and, when it moves another asset than the chain's native
    // one (a token, an ASA, a Stellar credit; or the coin when a token was
    // asked for), which (amount then zero).
    bool succeeded = true;
    std::optional<Amount> fee;
    std::string otherAsset;
};

class PaymentLookup
{
public:
    using Callback = std::function<void(Result<Payment>)>;
    virtual ~PaymentLookup() = default;
    virtual void lookup(const PaymentQuery &query, Callback done) = 0;
};

// Whether `payment` funds an order selling `sellAmount` from `sender` to the
// exchange's `exchangeAddress`. Addresses compare in their canonical form.
Result<void> checkFunding(Chain chain, const Payment &payment, const std::string &sender,
                          const std::string &exchangeAddress, Amount sellAmount);

} // namespace exchange::chains
