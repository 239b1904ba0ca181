#include "core/trade/demomarket.h"

#include "core/base/manualclock.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/messagesignature.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/crypto/base64.h"
#include "core/crypto/hashes.h"
#include "core/crypto/hex.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/trade/tradeservice.h"

namespace exchange::trade {

namespace {

constexpr int kTraders = 4;

struct Trader {
    QByteArray ethKey;
    QByteArray algoSeed;
    QByteArray xlmSeed;
    std::string eth;
    std::string algo;
    std::string xlm;

    const std::string &address(Chain chain) const
    {
        switch (chain) {
        case Chain::Ethereum: return eth;
        case Chain::Algorand: return algo;
        case Chain::Stellar: return xlm;
        }
        return eth;
    }
    std::string sign(Chain chain, const QByteArray &message) const
    {
        switch (chain) {
        case Chain::Ethereum: return "0x" + hex::encode(ethereum::signPersonalMessage(ethKey, message).value());
        case Chain::Algorand: return base64::encode(algorand::signBytes(algoSeed, message));
        case Chain::Stellar: return base64::encode(stellar::signMessage(xlmSeed, message));
        }
        return {};
    }
};

Trader trader(int i)
{
    Trader t;
    t.ethKey = crypto::sha256("demo trader eth " + QByteArray::number(i));
    t.algoSeed = crypto::sha256("demo trader algo " + QByteArray::number(i));
    t.xlmSeed = crypto::sha256("demo trader xlm " + QByteArray::number(i));
    t.eth = ethereum::checksumAddress(ethereum::addressFromSecretKey(t.ethKey).value());
    t.algo = algorand::addressFromSeed(t.algoSeed);
    t.xlm = stellar::accountIdFromSeed(t.xlmSeed);
    return t;
}

std::string demoTxId(Chain chain, int n)
{
    const QByteArray hash = crypto::sha256("demo funding " + QByteArray::number(n));
    switch (chain) {
    case Chain::Ethereum: return "0x" + hex::encode(hash);
    case Chain::Algorand: return algorand::encodeTxId(hash);
    case Chain::Stellar: return hex::encode(hash);
    }
    return {};
}

std::string platform(Chain chain)
{
    switch (chain) {
    case Chain::Ethereum: return "Ethereum";
    case Chain::Algorand: return "Algorand";
    case Chain::Stellar: return "Stellar";
    }
    return {};
}

Amount pow10(int n)
{
    int128 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return Amount::fromBaseUnits(v);
}

struct Market {
    const char *base;
    const char *quote;
    long long mid;  // price in hundredths of the quote asset
    long long step; // between levels, hundredths
};

} // namespace

Result<void> addDemoMarket(Database &database, const Clock &clock)
{
    ManualClock at(clock.nowMs() - 2LL * 24 * 3600 * 1000);
    ledger::LedgerService ledger(database, at);
    security::AuditLog audit(database, at);
    TradeService trades(database, ledger, at, audit);
    if (auto started = trades.start(); !started)
        return started;

    std::vector<Trader> traders;
    for (int i = 0; i < kTraders; ++i)
        traders.push_back(trader(i));
    int serial = 0;
    // One order: `size` hundredths of base at `price` hundredths of quote.
    auto place = [&](const Market &m, bool sellsBase, long long size, long long price) -> Result<TradeService::Placed> {
        const Asset base = *nativeAsset(m.base);
        const Asset quote = *nativeAsset(m.quote);
        const Amount baseUnits = Amount::fromBaseUnits(static_cast<int128>(size) * pow10(base.decimals - 2).baseUnits());
        const Amount quoteUnits = Amount::fromBaseUnits(static_cast<int128>(size) * price * pow10(quote.decimals - 4).baseUnits());
        const Asset &sell = sellsBase ? base : quote;
        const Asset &buy = sellsBase ? quote : base;
        const Amount sellAmount = sellsBase ? baseUnits : quoteUnits;
        const Amount buyAmount = sellsBase ? quoteUnits : baseUnits;
        const Trader &t = traders[static_cast<std::size_t>(serial % kTraders)];
        const std::string tx = demoTxId(sell.chain, ++serial);
        // Signed as 001's clients sign: json.dumps(payload).
        const std::string payload = "{\"sender_pk\": \"" + t.address(sell.chain) + "\", \"receiver_pk\": \""
            + t.address(buy.chain) + "\", \"buy_currency\": \"" + platform(buy.chain) + "\", \"sell_currency\": \""
            + platform(sell.chain) + "\", \"buy_amount\": " + buy.format(buyAmount) + ", \"sell_amount\": "
            + sell.format(sellAmount) + ", \"tx_id\": \"" + tx + "\"}";
        at.advance(7 * 60 * 1000 + (serial * 7919) % 300000);
        return trades.place(NewOrder{t.address(sell.chain), t.address(buy.chain), buy.code, sell.code, buyAmount,
                                     sellAmount, tx, t.sign(sell.chain, QByteArray::fromStdString(payload))});
    };

    const Market markets[] = {{"ETH", "ALGO", 1500000, 2500}, {"ETH", "XLM", 3000000, 6000}, {"XLM", "ALGO", 50, 1}};
    for (const Market &m : markets) {
        // A resting book: ten levels a side, sizes that grow away from the middle.
        for (int level = 1; level <= 10; ++level) {
            for (int k = 0; k < 1 + level % 3; ++k) {
                const long long size = (m.mid > 1000 ? 15 : 150000) * (1 + (level * 3 + k * 5) % 7) + k * 3;
                if (auto r = place(m, true, size, m.mid + level * m.step + k * m.step / 5); !r)
                    return r.error();
                if (auto r = place(m, false, size + 7, m.mid - level * m.step - k * m.step / 5); !r)
                    return r.error();
            }
        }
        // Takers crossing the spread: fills, partial fills and derived orders.
        for (int i = 0; i < 4; ++i) {
            const long long size = (m.mid > 1000 ? 40 : 400000) + i * 13;
            if (auto r = place(m, i % 2 == 0, size, i % 2 == 0 ? m.mid - 2 * m.step : m.mid + 2 * m.step); !r)
                return r.error();
        }
    }
    // A trader changed their mind: cancelled by its sender.
    const Market &first = markets[0];
    auto resting = place(first, true, 5, first.mid + 40 * first.step);
    if (!resting)
        return resting.error();
    if (resting->restingId) {
        auto order = trades.order(resting->restingId);
        if (order && order.value()) {
            if (auto c = trades.cancelBySender(resting->restingId, order.value()->senderPk); !c)
                return c.error();
        }
    }
    // Requests the API refused: what the Log keeps.
    struct Refused {
        const char *payload;
        const char *reason;
        int status;
        const char *source; // documentation addresses (RFC 5737, 3849)
    };
    const Refused refused[] = {
        {"{\"sender_pk\": \"0x52908400098527886E0F7030069857D2E4169EE7\", \"receiver_pk\": \"GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7\", \"buy_currency\": \"Stellar\", \"sell_currency\": \"Ethereum\", \"buy_amount\": 1000, \"sell_amount\": 0.05, \"tx_id\": \"0x0e5c1f8a7d1b2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e\"}",
         "the signature does not match sender_pk and the payload", 403, "203.0.113.24"},
        {"{\"sender_pk\": \"not-an-address\", \"buy_currency\": \"Ethereum\"}", "missing field receiver_pk", 400,
         "198.51.100.7"},
        {"{\"sell_currency\": \"Dogecoin\"}", "unknown buy_currency (use Ethereum, Algorand, Stellar or a listed token's asset code)", 400,
         "2001:db8::5"},
    };
    for (const Refused &r : refused) {
        at.advance(11 * 60 * 1000);
        if (auto logged = trades.logRefusal(Refusal{r.source, "/trade", r.status, r.reason, r.payload}); !logged)
            return logged;
    }
    return {};
}

} // namespace exchange::trade
