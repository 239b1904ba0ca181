#include "core/trade/settlement.h"

#include "core/ledger/chartofaccounts.h"

namespace exchange::trade::settlement {

using ledger::TransferCode;
using ledger::TransferRequest;

namespace {

std::string orderKey(const Order &o) { return "trade:" + std::to_string(o.id); }
std::string fillKey(const Order &taker, const Order &maker)
{
    return "trade:" + std::to_string(taker.id) + "x" + std::to_string(maker.id);
}
std::string reference(const Order &o) { return "order:" + std::to_string(o.id); }

} // namespace

ledger::AccountKey clearingAccount(const std::string &asset)
{
    // Equity kind: it may pass through zero inside a linked group.
    return ledger::equityAccount("trade_clearing", asset);
}

std::vector<TransferRequest> accepted(const Order &o)
{
    return {TransferRequest::posted(orderKey(o) + ":deposit", TransferCode::Deposit,
                                    ledger::walletAccount(ledger::owner::DepositWallet, o.sellCurrency),
                                    ledger::customerAccount(o.customerId, o.sellCurrency), o.sellAmount, reference(o),
                                    "trade deposit " + o.txId),
            hold(o)};
}

TransferRequest hold(const Order &o)
{
    return TransferRequest::pending(orderKey(o) + ":hold", TransferCode::Trade,
                                    ledger::customerAccount(o.customerId, o.sellCurrency),
                                    clearingAccount(o.sellCurrency), o.sellAmount, reference(o));
}

std::vector<TransferRequest> filled(const Order &taker, const Order &maker, const book::Fill &f)
{
    const std::string key = fillKey(taker, maker);
    const std::string &x = taker.sellCurrency; // = maker.buyCurrency
    const std::string &y = taker.buyCurrency;  // = maker.sellCurrency
    std::vector<TransferRequest> out;
    out.push_back(TransferRequest::post(orderKey(taker) + ":post", orderKey(taker) + ":hold", f.takerGave));
    out.push_back(TransferRequest::post(orderKey(maker) + ":post", orderKey(maker) + ":hold", f.makerGave));
    if (f.makerGot.isPositive())
        out.push_back(TransferRequest::posted(key + ":pay-maker", TransferCode::Trade, clearingAccount(x),
                                              ledger::customerAccount(maker.customerId, x), f.makerGot, reference(maker)));
    if (const Amount spread = f.spreadInTakerSellAsset(); spread.isPositive())
        out.push_back(TransferRequest::posted(key + ":spread-" + x, TransferCode::TradeSpread, clearingAccount(x),
                                              ledger::revenueAccount(ledger::owner::TradingSpread, x), spread,
                                              reference(taker)));
    if (f.takerGot.isPositive())
        out.push_back(TransferRequest::posted(key + ":pay-taker", TransferCode::Trade, clearingAccount(y),
                                              ledger::customerAccount(taker.customerId, y), f.takerGot, reference(taker)));
    if (const Amount spread = f.spreadInTakerBuyAsset(); spread.isPositive())
        out.push_back(TransferRequest::posted(key + ":spread-" + y, TransferCode::TradeSpread, clearingAccount(y),
                                              ledger::revenueAccount(ledger::owner::TradingSpread, y), spread,
                                              reference(taker)));
    return out;
}

TransferRequest cancelled(const Order &o)
{
    return TransferRequest::voidHold(orderKey(o) + ":void", orderKey(o) + ":hold");
}

} // namespace exchange::trade::settlement
