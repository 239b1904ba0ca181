#pragma once
// TradeCurrencies: what /trade's buy_currency and sell_currency may name.
// A chain's own coin by its platform name of 001 ("Ethereum", any letter
// case), as before; a token by its asset code ("USDC", exactly as listed),
// with the identity an admin signed (deposits::tokensInForce), never only
// what its row says: the token's chain then gives the address, signature
// and tx_id rules, and the funding payment must move that token. A chain
// whose tokens cannot be shown to be in force now (the key vault locked, a
// row that differs from what was signed) lends none of them: a name that is
// no coin's is then refused as unavailable (try again), never guessed.

#include "core/base/message.h"
#include "core/base/result.h"
#include "core/wallets/tokensinforce.h"
#include "core/money/asset.h"

#include <functional>
#include <string_view>
#include <vector>

namespace exchange::api {

class TradeCurrencies final
{
public:
    // What a chain's tokens in force are (DepositService::tokensInForce).
    using TokenSource = std::function<Result<std::vector<wallets::WatchedToken>>(Chain)>;

    // The three coins, no token.
    TradeCurrencies() = default;
    // The coins and every chain's tokens in force, as `tokens` answers now.
    static TradeCurrencies read(const TokenSource &tokens);

    // The asset `name` names in the payload field `field` ("buy_currency"):
    // a coin by its platform name, else a token by its code. unknown: the
    // refusal when it is neither (InvalidInput); Unavailable when it is no
    // coin and some chain's tokens cannot be checked now.
    Result<Asset> find(std::string_view name, std::string_view field, MessageId unknown) const;

    const std::vector<Asset> &tokens() const { return m_tokens; }

private:
    std::vector<Asset> m_tokens;
    bool m_someUnavailable = false;
};

} // namespace exchange::api
