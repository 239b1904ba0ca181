#include "core/api/tradecurrencies.h"

#include "core/api/traderequest.h"

#include <algorithm>

namespace exchange::api {

TradeCurrencies TradeCurrencies::read(const TokenSource &tokens)
{
    TradeCurrencies currencies;
    if (!tokens)
        return currencies;
    for (Chain chain : {Chain::Ethereum, Chain::Algorand, Chain::Stellar}) {
        auto inForce = tokens(chain);
        if (!inForce) {
            currencies.m_someUnavailable = true;
            continue;
        }
        for (const wallets::WatchedToken &t : inForce.value()) {
            Asset a;
            a.code = t.asset;
            a.name = t.asset;
            a.chain = chain;
            a.decimals = t.decimals;
            a.displayDecimals = std::min(2, t.decimals);
            a.identity = t.identity;
            currencies.m_tokens.push_back(std::move(a));
        }
    }
    return currencies;
}

Result<Asset> TradeCurrencies::find(std::string_view name, std::string_view field, MessageId unknown) const
{
    if (const auto chain = platformFromName(name))
        return nativeAssetOf(*chain);
    const auto token = std::find_if(m_tokens.begin(), m_tokens.end(), [&](const Asset &a) { return a.code == name; });
    if (token != m_tokens.end())
        return *token;
    if (m_someUnavailable)
        return makeError(ErrorCode::Unavailable, MessageId::TradeTokensUnavailable, {std::string(field)});
    return makeError(ErrorCode::InvalidInput, unknown);
}

} // namespace exchange::api
