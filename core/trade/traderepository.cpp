#include "core/trade/traderepository.h"

#include "core/store/sql.h"
#include "core/trade/statementcache.h"

#include <QSqlQuery>

#include <map>

namespace exchange::trade {

namespace {

const QString kOrderColumns = QStringLiteral(
    "id, sender_pk, receiver_pk, buy_currency, sell_currency, buy_amount, sell_amount, tx_id, signature,"
    " creator_id, counterparty_id, customer_id, status, priority, created_at, filled_at, cancelled_at");

QVariant nullableText(const std::string &s)
{
    return s.empty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromStdString(s));
}

QVariant nullableId(std::int64_t id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(static_cast<qlonglong>(id));
}

std::string text(const QVariant &v) { return v.toString().toStdString(); }

} // namespace

Result<QSqlQuery *> TradeRepository::run(const QString &statement, const QVariantList &values) const
{
    return (m_cache ? *m_cache : m_uncached).run(m_db, statement, values);
}

Result<Order> TradeRepository::readOrder(const QSqlQuery &q) const
{
    Order o;
    o.id = q.value(0).toLongLong();
    o.senderPk = text(q.value(1));
    o.receiverPk = text(q.value(2));
    o.buyCurrency = text(q.value(3));
    o.sellCurrency = text(q.value(4));
    auto buy = Dialect::amountFromSql(q.value(5));
    auto sell = Dialect::amountFromSql(q.value(6));
    if (!buy)
        return buy.error();
    if (!sell)
        return sell.error();
    o.buyAmount = buy.value();
    o.sellAmount = sell.value();
    o.txId = text(q.value(7));
    o.signature = text(q.value(8));
    o.creatorId = q.value(9).toLongLong();
    o.counterpartyId = q.value(10).toLongLong();
    o.customerId = q.value(11).toLongLong();
    const auto status = orderStatusFromName(text(q.value(12)));
    if (!status)
        return Error{ErrorCode::Corrupted, "an order has an unknown status"};
    o.status = *status;
    o.priority = q.value(13).toLongLong();
    o.createdAtMs = q.value(14).toLongLong();
    o.filledAtMs = q.value(15).toLongLong();
    o.cancelledAtMs = q.value(16).toLongLong();
    return o;
}

Result<std::vector<Order>> TradeRepository::selectOrders(const QString &rest, const QVariantList &values) const
{
    auto q = run(QStringLiteral("SELECT %1 FROM trade_orders %2").arg(kOrderColumns, rest), values);
    if (!q)
        return q.error();
    std::vector<Order> out;
    while (q.value()->next()) {
        auto o = readOrder(*q.value());
        if (!o)
            return o.error();
        out.push_back(std::move(o).value());
    }
    q.value()->finish();
    return out;
}

Result<std::int64_t> TradeRepository::maxOrderId() const
{
    auto q = run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM trade_orders"));
    if (!q)
        return q.error();
    const std::int64_t max = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    return max;
}

Result<std::vector<Order>> TradeRepository::openOrders() const
{
    return selectOrders(QStringLiteral("WHERE status = 'open' ORDER BY priority, id"), {});
}

Result<std::vector<Order>> TradeRepository::orders(int limit, std::int64_t beforeId) const
{
    if (beforeId > 0)
        return selectOrders(QStringLiteral("WHERE id < ? ORDER BY id DESC LIMIT ?"),
                            {static_cast<qlonglong>(beforeId), limit});
    return selectOrders(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

Result<std::vector<Order>> TradeRepository::allOrders() const
{
    return selectOrders(QStringLiteral("ORDER BY id"), {});
}

Result<std::optional<Order>> TradeRepository::find(std::int64_t id) const
{
    auto found = selectOrders(QStringLiteral("WHERE id = ?"), {static_cast<qlonglong>(id)});
    if (!found)
        return found.error();
    if (found.value().empty())
        return std::optional<Order>{};
    return std::optional<Order>(found.value().front());
}

Result<bool> TradeRepository::txIdUsed(const std::string &sellCurrency, const std::string &txId) const
{
    auto q = run(QStringLiteral("SELECT 1 FROM trade_orders WHERE sell_currency = ? AND tx_id = ?"),
                      {QString::fromStdString(sellCurrency), QString::fromStdString(txId)});
    if (!q)
        return q.error();
    const bool used = q.value()->next();
    q.value()->finish();
    return used;
}

Result<std::optional<std::int64_t>> TradeRepository::traderCustomer(const std::string &chain,
                                                                     const std::string &publicKey) const
{
    auto q = run(QStringLiteral("SELECT customer_id FROM trade_traders WHERE chain = ? AND public_key = ?"),
                      {QString::fromStdString(chain), QString::fromStdString(publicKey)});
    if (!q)
        return q.error();
    std::optional<std::int64_t> customer;
    if (q.value()->next())
        customer = q.value()->value(0).toLongLong();
    q.value()->finish();
    return customer;
}

Result<std::int64_t> TradeRepository::addTrader(const std::string &chain, const std::string &publicKey,
                                                std::int64_t nowMs)
{
    const QString name = QStringLiteral("trader %1 %2").arg(QString::fromStdString(chain), QString::fromStdString(publicKey));
    auto q = run(QStringLiteral("INSERT INTO customers (name, email, created_at) VALUES (?, NULL, ?) RETURNING id"),
                      {name, static_cast<qlonglong>(nowMs)});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error{ErrorCode::Internal, "customer insert returned no id"};
    const std::int64_t id = q.value()->value(0).toLongLong();
    q.value()->finish();
    auto t = run(QStringLiteral("INSERT INTO trade_traders (chain, public_key, customer_id) VALUES (?, ?, ?)"),
                      {QString::fromStdString(chain), QString::fromStdString(publicKey), static_cast<qlonglong>(id)});
    if (!t)
        return t.error();
    return id;
}

Result<void> TradeRepository::insertOrder(const Order &o)
{
    auto q = run(
                      QStringLiteral("INSERT INTO trade_orders (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(kOrderColumns),
                      QVariantList{static_cast<qlonglong>(o.id), QString::fromStdString(o.senderPk),
                                   QString::fromStdString(o.receiverPk), QString::fromStdString(o.buyCurrency),
                                   QString::fromStdString(o.sellCurrency), m_dialect.amountToSql(o.buyAmount),
                                   m_dialect.amountToSql(o.sellAmount), nullableText(o.txId),
                                   QString::fromStdString(o.signature), nullableId(o.creatorId),
                                   nullableId(o.counterpartyId), static_cast<qlonglong>(o.customerId),
                                   QString::fromLatin1(orderStatusName(o.status).data()),
                                   static_cast<qlonglong>(o.priority), static_cast<qlonglong>(o.createdAtMs),
                                   nullableId(o.filledAtMs), nullableId(o.cancelledAtMs)});
    if (!q)
        return q.error();
    return {};
}

Result<void> TradeRepository::markFilled(std::int64_t id, std::int64_t counterpartyId, std::int64_t atMs)
{
    auto q = run(
                      QStringLiteral("UPDATE trade_orders SET status = 'filled', counterparty_id = ?, filled_at = ?"
                                     " WHERE id = ? AND status = 'open'"),
                      {static_cast<qlonglong>(counterpartyId), static_cast<qlonglong>(atMs), static_cast<qlonglong>(id)});
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() != 1)
        return Error{ErrorCode::Corrupted, "a matched order was not open in the store"};
    return {};
}

Result<void> TradeRepository::markCancelled(std::int64_t id, std::int64_t atMs)
{
    auto q = run(
                      QStringLiteral("UPDATE trade_orders SET status = 'cancelled', cancelled_at = ?"
                                     " WHERE id = ? AND status = 'open'"),
                      {static_cast<qlonglong>(atMs), static_cast<qlonglong>(id)});
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() != 1)
        return Error{ErrorCode::WrongState, "the order is not open"};
    return {};
}

Result<void> TradeRepository::insertFill(const FillRecord &f)
{
    auto q = run(
                      QStringLiteral("INSERT INTO trade_fills (at, taker_id, maker_id, taker_sells, taker_buys,"
                                     " taker_gave, taker_got, maker_gave, maker_got) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      QVariantList{static_cast<qlonglong>(f.atMs), static_cast<qlonglong>(f.takerId),
                                   static_cast<qlonglong>(f.makerId), QString::fromStdString(f.takerSells),
                                   QString::fromStdString(f.takerBuys), m_dialect.amountToSql(f.takerGave),
                                   m_dialect.amountToSql(f.takerGot), m_dialect.amountToSql(f.makerGave),
                                   m_dialect.amountToSql(f.makerGot)});
    if (!q)
        return q.error();
    return {};
}

Result<void> TradeRepository::insertPayout(const Payout &p)
{
    auto q = run(
                      QStringLiteral("INSERT INTO trade_payouts (order_id, kind, platform, asset, receiver_pk, amount,"
                                     " status, tx_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      QVariantList{static_cast<qlonglong>(p.orderId), QString::fromStdString(p.kind),
                                   QString::fromStdString(p.platform), QString::fromStdString(p.asset),
                                   QString::fromStdString(p.receiverPk), m_dialect.amountToSql(p.amount),
                                   QString::fromStdString(p.status), nullableText(p.txId),
                                   static_cast<qlonglong>(p.createdAtMs), static_cast<qlonglong>(p.createdAtMs)});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Payout>> TradeRepository::findPayout(std::int64_t id) const
{
    auto q = run(QStringLiteral("SELECT id, order_id, kind, platform, asset, receiver_pk, amount, status, tx_id,"
                                " created_at FROM trade_payouts WHERE id = ?"),
                 {static_cast<qlonglong>(id)});
    if (!q)
        return q.error();
    std::optional<Payout> found;
    if (q.value()->next()) {
        Payout p;
        p.id = q.value()->value(0).toLongLong();
        p.orderId = q.value()->value(1).toLongLong();
        p.kind = text(q.value()->value(2));
        p.platform = text(q.value()->value(3));
        p.asset = text(q.value()->value(4));
        p.receiverPk = text(q.value()->value(5));
        auto a = Dialect::amountFromSql(q.value()->value(6));
        if (!a)
            return a.error();
        p.amount = a.value();
        p.status = text(q.value()->value(7));
        p.txId = text(q.value()->value(8));
        p.createdAtMs = q.value()->value(9).toLongLong();
        found = std::move(p);
    }
    q.value()->finish();
    return found;
}

Result<void> TradeRepository::setPayoutState(std::int64_t id, const std::string &from, const std::string &to,
                                             const std::string &txId, std::int64_t atMs)
{
    auto q = run(QStringLiteral("UPDATE trade_payouts SET status = ?, tx_id = COALESCE(?, tx_id), updated_at = ?"
                                " WHERE id = ? AND status = ?"),
                 {QString::fromStdString(to), nullableText(txId), static_cast<qlonglong>(atMs),
                  static_cast<qlonglong>(id), QString::fromStdString(from)});
    if (!q)
        return q.error();
    if (q.value()->numRowsAffected() != 1)
        return Error{ErrorCode::WrongState, "the payout is not " + from};
    return {};
}

Result<std::int64_t> TradeRepository::insertLog(const LogEntry &e, std::int64_t sizeBytes)
{
    auto q = run(QStringLiteral("INSERT INTO trade_log (at, payload_head, reason, source, endpoint, status,"
                                " payload_sha256, payload_bytes, repeats, size_bytes)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {static_cast<qlonglong>(e.atMs), QString::fromStdString(e.message), QString::fromStdString(e.reason),
                  QString::fromStdString(e.source), QString::fromStdString(e.endpoint), e.status,
                  QString::fromStdString(e.payloadSha256), static_cast<qlonglong>(e.payloadBytes),
                  static_cast<qlonglong>(e.repeats), static_cast<qlonglong>(sizeBytes)});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return Error{ErrorCode::Internal, "log insert returned no id"};
    const std::int64_t id = q.value()->value(0).toLongLong();
    q.value()->finish();
    return id;
}

Result<bool> TradeRepository::addLogRepeat(std::int64_t id)
{
    auto q = run(QStringLiteral("UPDATE trade_log SET repeats = repeats + 1 WHERE id = ?"), {static_cast<qlonglong>(id)});
    if (!q)
        return q.error();
    return q.value()->numRowsAffected() == 1;
}

Result<int> TradeRepository::deleteLogBefore(std::int64_t atMs)
{
    auto q = run(QStringLiteral("DELETE FROM trade_log WHERE at < ?"), {static_cast<qlonglong>(atMs)});
    if (!q)
        return q.error();
    return q.value()->numRowsAffected();
}

Result<std::int64_t> TradeRepository::logBytes() const
{
    auto q = run(QStringLiteral("SELECT COALESCE(SUM(size_bytes), 0) FROM trade_log"));
    if (!q)
        return q.error();
    const std::int64_t total = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    return total;
}

Result<int> TradeRepository::deleteLogBeyond(std::int64_t maxBytes)
{
    // The newest row whose newer rows (itself included) exceed the budget:
    // it and every older row go.
    auto q = run(QStringLiteral("SELECT id FROM (SELECT id, SUM(size_bytes) OVER (ORDER BY id DESC ROWS UNBOUNDED PRECEDING)"
                                " AS newer FROM trade_log) t WHERE newer > ? ORDER BY id DESC LIMIT 1"),
                 {static_cast<qlonglong>(maxBytes)});
    if (!q)
        return q.error();
    const std::int64_t cutoff = q.value()->next() ? q.value()->value(0).toLongLong() : 0;
    q.value()->finish();
    if (cutoff == 0)
        return 0;
    auto d = run(QStringLiteral("DELETE FROM trade_log WHERE id <= ?"), {static_cast<qlonglong>(cutoff)});
    if (!d)
        return d.error();
    return d.value()->numRowsAffected();
}

Result<std::vector<FillRecord>> TradeRepository::recentFills(int limit) const
{
    auto q = run(
                      QStringLiteral("SELECT id, at, taker_id, maker_id, taker_sells, taker_buys, taker_gave, taker_got,"
                                     " maker_gave, maker_got FROM trade_fills ORDER BY id DESC LIMIT ?"),
                      {limit});
    if (!q)
        return q.error();
    std::vector<FillRecord> out;
    while (q.value()->next()) {
        FillRecord f;
        f.id = q.value()->value(0).toLongLong();
        f.atMs = q.value()->value(1).toLongLong();
        f.takerId = q.value()->value(2).toLongLong();
        f.makerId = q.value()->value(3).toLongLong();
        f.takerSells = text(q.value()->value(4));
        f.takerBuys = text(q.value()->value(5));
        Amount *fields[] = {&f.takerGave, &f.takerGot, &f.makerGave, &f.makerGot};
        for (int i = 0; i < 4; ++i) {
            auto a = Dialect::amountFromSql(q.value()->value(6 + i));
            if (!a)
                return a.error();
            *fields[i] = a.value();
        }
        out.push_back(std::move(f));
    }
    return out;
}

Result<std::vector<Payout>> TradeRepository::payouts(int limit) const
{
    auto q = run(
                      QStringLiteral("SELECT id, order_id, kind, platform, asset, receiver_pk, amount, status, tx_id,"
                                     " created_at FROM trade_payouts ORDER BY id DESC LIMIT ?"),
                      {limit});
    if (!q)
        return q.error();
    std::vector<Payout> out;
    while (q.value()->next()) {
        Payout p;
        p.id = q.value()->value(0).toLongLong();
        p.orderId = q.value()->value(1).toLongLong();
        p.kind = text(q.value()->value(2));
        p.platform = text(q.value()->value(3));
        p.asset = text(q.value()->value(4));
        p.receiverPk = text(q.value()->value(5));
        auto a = Dialect::amountFromSql(q.value()->value(6));
        if (!a)
            return a.error();
        p.amount = a.value();
        p.status = text(q.value()->value(7));
        p.txId = text(q.value()->value(8));
        p.createdAtMs = q.value()->value(9).toLongLong();
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<LogEntry>> TradeRepository::log(int limit) const
{
    auto q = run(QStringLiteral("SELECT id, at, payload_head, reason, source, endpoint, status, payload_sha256,"
                                " payload_bytes, repeats FROM trade_log ORDER BY id DESC LIMIT ?"),
                 {limit});
    if (!q)
        return q.error();
    std::vector<LogEntry> out;
    while (q.value()->next()) {
        const QSqlQuery &r = *q.value();
        out.push_back(LogEntry{r.value(0).toLongLong(), r.value(1).toLongLong(), text(r.value(2)), text(r.value(3)),
                               text(r.value(4)), text(r.value(5)), r.value(6).toInt(), text(r.value(7)),
                               r.value(8).toLongLong(), r.value(9).toLongLong()});
    }
    q.value()->finish();
    return out;
}

Result<std::vector<AssetStats>> TradeRepository::statistics() const
{
    std::map<std::string, AssetStats> byAsset;
    auto sums = [&](const QString &statement, Amount AssetStats::*field) -> Result<void> {
        auto q = run(statement);
        if (!q)
            return q.error();
        while (q.value()->next()) {
            auto a = Dialect::amountFromSql(q.value()->value(1));
            if (!a)
                return a.error();
            const std::string asset = text(q.value()->value(0));
            AssetStats &s = byAsset[asset];
            s.asset = asset;
            auto total = (s.*field).plus(a.value());
            if (!total)
                return total.error();
            s.*field = total.value();
        }
        return {};
    };
    const std::pair<QString, Amount AssetStats::*> queries[] = {
        {QStringLiteral("SELECT sell_currency, amount_sum(sell_amount) FROM trade_orders"
                        " WHERE creator_id IS NULL GROUP BY sell_currency"), &AssetStats::totalIn},
        {QStringLiteral("SELECT sell_currency, amount_sum(sell_amount) FROM trade_orders"
                        " WHERE status = 'open' GROUP BY sell_currency"), &AssetStats::unfilled},
        {QStringLiteral("SELECT asset, amount_sum(amount) FROM trade_payouts WHERE kind = 'refund' GROUP BY asset"),
         &AssetStats::refunds},
        {QStringLiteral("SELECT asset, amount_sum(amount) FROM trade_payouts WHERE kind = 'fill' AND status = 'owed'"
                        " GROUP BY asset"), &AssetStats::owedOut},
        {QStringLiteral("SELECT asset, amount_sum(amount) FROM trade_payouts WHERE kind = 'fill' AND status <> 'owed'"
                        " GROUP BY asset"), &AssetStats::paidOut},
    };
    for (const auto &[statement, field] : queries) {
        if (auto r = sums(statement, field); !r)
            return r.error();
    }
    std::vector<AssetStats> out;
    for (auto &[asset, s] : byAsset) {
        int128 profit = s.totalIn.baseUnits() - s.unfilled.baseUnits() - s.refunds.baseUnits() - s.owedOut.baseUnits()
            - s.paidOut.baseUnits();
        s.profit = Amount::fromBaseUnits(profit);
        out.push_back(s);
    }
    return out;
}

Result<std::optional<std::string>> TradeRepository::address(const std::string &chain) const
{
    auto q = run(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                      {QStringLiteral("trade.address.") + QString::fromStdString(chain)});
    if (!q)
        return q.error();
    std::optional<std::string> value;
    if (q.value()->next())
        value = text(q.value()->value(0));
    q.value()->finish();
    return value;
}

} // namespace exchange::trade
