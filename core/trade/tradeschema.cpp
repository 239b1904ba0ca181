#include "core/trade/tradeschema.h"

namespace exchange::trade {

QStringList tradeSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE trade_traders ("
                        " chain TEXT NOT NULL,"
                        " public_key TEXT NOT NULL,"
                        " customer_id BIGINT NOT NULL REFERENCES customers (id),"
                        " PRIMARY KEY (chain, public_key))");
    // Ids are chosen by the trade service (the matching engine numbers the
    // derived orders it creates), so they are plain keys, not identities.
    s << QStringLiteral("CREATE TABLE trade_orders ("
                        " id BIGINT PRIMARY KEY,"
                        " sender_pk TEXT NOT NULL,"
                        " receiver_pk TEXT NOT NULL,"
                        " buy_currency TEXT NOT NULL REFERENCES assets (code),"
                        " sell_currency TEXT NOT NULL REFERENCES assets (code),"
                        " %1, %2,"
                        " tx_id TEXT,"
                        " signature TEXT NOT NULL,"
                        " creator_id BIGINT REFERENCES trade_orders (id),"
                        " counterparty_id BIGINT,"
                        " customer_id BIGINT NOT NULL REFERENCES customers (id),"
                        " status TEXT NOT NULL CHECK (status IN ('open', 'filled', 'cancelled')),"
                        " priority BIGINT NOT NULL,"
                        " created_at BIGINT NOT NULL,"
                        " filled_at BIGINT,"
                        " cancelled_at BIGINT,"
                        " CHECK (buy_currency <> sell_currency),"
                        " CHECK ((creator_id IS NULL) = (tx_id IS NOT NULL)))")
             .arg(d.amountColumn(QStringLiteral("buy_amount")), d.amountColumn(QStringLiteral("sell_amount")));
    // A deposit transaction funds one order only.
    s << QStringLiteral("CREATE UNIQUE INDEX trade_orders_tx ON trade_orders (sell_currency, tx_id)");
    s << QStringLiteral("CREATE INDEX trade_orders_status ON trade_orders (status, priority)");
    s << QStringLiteral("CREATE INDEX trade_orders_creator ON trade_orders (creator_id)");
    s << QStringLiteral("CREATE TABLE trade_fills ("
                        " %1,"
                        " at BIGINT NOT NULL,"
                        " taker_id BIGINT NOT NULL UNIQUE REFERENCES trade_orders (id),"
                        " maker_id BIGINT NOT NULL UNIQUE REFERENCES trade_orders (id),"
                        " taker_sells TEXT NOT NULL,"
                        " taker_buys TEXT NOT NULL,"
                        " %2, %3, %4, %5)")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("taker_gave")),
                  d.amountColumn(QStringLiteral("taker_got")), d.amountColumn(QStringLiteral("maker_gave")),
                  d.amountColumn(QStringLiteral("maker_got")));
    // The TX table of 001: what the exchange owes each receiver, paid by the
    // withdrawal pipeline's hot-wallet payout, which records the chain's
    // transaction id once broadcast.
    s << QStringLiteral("CREATE TABLE trade_payouts ("
                        " %1,"
                        " order_id BIGINT NOT NULL REFERENCES trade_orders (id),"
                        " kind TEXT NOT NULL CHECK (kind IN ('fill', 'refund')),"
                        " platform TEXT NOT NULL,"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " receiver_pk TEXT NOT NULL,"
                        " %2,"
                        " status TEXT NOT NULL CHECK (status IN ('owed', 'broadcast', 'paid')),"
                        " tx_id TEXT,"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " UNIQUE (order_id, kind))")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("amount")));
    s << QStringLiteral("CREATE INDEX trade_payouts_status ON trade_payouts (status, asset)");
    // The Log table of 001: every refused request, its payload as received.
    s << QStringLiteral("CREATE TABLE trade_log ("
                        " %1,"
                        " at BIGINT NOT NULL,"
                        " message TEXT NOT NULL,"
                        " reason TEXT NOT NULL)")
             .arg(d.idColumn(QStringLiteral("id")));
    // The exchange's receiving addresses for trades (meta trade.address.*)
    // are not set here: this migration once set the keys of a published seed
    // on every new database. The demo data adds those; a real exchange sets
    // its own (ExchangeAddresses).
    return s;
}

} // namespace exchange::trade
