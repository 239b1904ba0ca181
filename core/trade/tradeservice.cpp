#include "core/trade/tradeservice.h"
#include "core/base/message.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/trade/settlement.h"
#include "core/trade/traderepository.h"

#include <QJsonObject>
#include <QObject>

#include <unordered_set>

namespace exchange::trade {

std::optional<Asset> TradeService::asset(const std::string &code)
{
    if (auto native = nativeAsset(code))
        return native;
    auto it = m_tokens.find(code);
    if (it == m_tokens.end()) {
        // A token added since: the rows again (a code that is none is rare:
        // the API refuses it before it gets here).
        auto rows = AssetRepository(m_database.connection(), m_database.dialect()).list();
        if (!rows)
            return std::nullopt;
        m_tokens.clear();
        for (const AssetRecord &r : rows.value()) {
            if (!r.asset.identity.isNative())
                m_tokens.emplace(r.asset.code, r.asset);
        }
        it = m_tokens.find(code);
    }
    return it == m_tokens.end() ? std::nullopt : std::optional<Asset>(it->second);
}

std::string TradeService::chainOf(const std::string &code)
{
    const auto a = asset(code);
    return a ? std::string(chainName(a->chain)) : std::string();
}

QJsonObject TradeService::describe(const Order &o)
{
    const auto sell = asset(o.sellCurrency);
    const auto buy = asset(o.buyCurrency);
    return QJsonObject{{QStringLiteral("status"), QString::fromLatin1(orderStatusName(o.status).data())},
                       {QStringLiteral("sender_pk"), QString::fromStdString(o.senderPk)},
                       {QStringLiteral("sell"), QString::fromStdString(sell ? sell->format(o.sellAmount) : "")
                                                    + u' ' + QString::fromStdString(o.sellCurrency)},
                       {QStringLiteral("buy"), QString::fromStdString(buy ? buy->format(o.buyAmount) : "")
                                                   + u' ' + QString::fromStdString(o.buyCurrency)}};
}

TradeService::TradeService(Database &database, ledger::LedgerService &ledger, const Clock &clock,
                           security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_ledger(ledger), m_clock(clock), m_audit(audit), m_notifier(notifier), m_refusals(clock)
{
    if (!m_notifier)
        return;
    // The context lives in this thread: a notice published on another
    // thread arrives here queued, one from this thread at once (so the
    // service's own, published while m_announcing, are told apart).
    m_foreignChanges = std::make_unique<QObject>();
    QObject::connect(m_notifier, &ChangeNotifier::changed, m_foreignChanges.get(),
                     [this](ChangeNotifier::Topic topic, const QString &) {
                         if (topic == ChangeNotifier::Topic::Trade && !m_announcing)
                             invalidate();
                     });
}

TradeService::~TradeService() = default;

TradeService::Market &TradeService::market(const std::string &a, const std::string &b)
{
    const bool ordered = a < b;
    const std::string &first = ordered ? a : b;
    const std::string &second = ordered ? b : a;
    auto [it, inserted] = m_markets.try_emplace(first + "/" + second);
    if (inserted) {
        it->second.first = first;
        it->second.second = second;
    }
    return it->second;
}

void TradeService::invalidate()
{
    m_started = false;
    m_markets.clear();
    m_pendingCustomers.clear();
    m_history.reset(); // read again on the next request
    m_historyChanges.clear();
}

void TradeService::historyChanged(Order order)
{
    if (m_history)
        m_historyChanges.push_back(std::move(order));
}

void TradeService::applyHistoryChanges()
{
    if (m_history && !m_historyChanges.empty())
        m_history = m_history->with(std::move(m_historyChanges));
    m_historyChanges.clear();
}

void TradeService::announce()
{
    if (!m_notifier)
        return;
    m_announcing = true;
    m_notifier->publish(ChangeNotifier::Topic::Trade, QString());
    m_announcing = false;
}

Result<void> TradeService::start()
{
    m_markets.clear();
    TradeRepository repo(m_database.connection(), m_database.dialect(), &m_statements);
    auto maxId = repo.maxOrderId();
    if (!maxId)
        return maxId.error();
    auto open = repo.openOrders();
    if (!open)
        return open.error();
    for (const Order &o : open.value()) {
        Market &m = market(o.sellCurrency, o.buyCurrency);
        const book::Side side = o.sellCurrency == m.first ? book::Side::SellBase : book::Side::SellQuote;
        auto restored = m.book.restore(book::BookOrder{static_cast<book::OrderId>(o.id), side, o.sellAmount,
                                                       o.buyAmount, static_cast<std::uint64_t>(o.priority)});
        if (!restored) {
            m_markets.clear();
            return Error{restored.error().code, "order " + std::to_string(o.id) + ": " + restored.error().message};
        }
    }
    m_addresses.clear();
    for (Chain chain : {Chain::Ethereum, Chain::Algorand, Chain::Stellar}) {
        auto address = repo.address(std::string(chainName(chain)));
        if (!address)
            return address.error();
        m_addresses[chain] = address.value();
    }
    if (auto policy = m_refusals.loadPolicy(m_database.connection()); !policy)
        return policy.error();
    m_nextId = static_cast<std::uint64_t>(maxId.value()) + 1;
    m_started = true;
    return {};
}

Result<std::int64_t> TradeService::customerFor(TradeRepository &repo, const std::string &asset,
                                               const std::string &publicKey, std::int64_t now)
{
    const std::string chain = chainOf(asset);
    const std::string key = chain + ":" + publicKey;
    if (auto it = m_customers.find(key); it != m_customers.end())
        return it->second;
    if (auto it = m_pendingCustomers.find(key); it != m_pendingCustomers.end())
        return it->second;
    auto found = repo.traderCustomer(chain, publicKey);
    if (!found)
        return found.error();
    if (found.value()) {
        m_customers.emplace(key, *found.value());
        return *found.value();
    }
    auto added = repo.addTrader(chain, publicKey, now);
    if (!added)
        return added.error();
    m_pendingCustomers.emplace(key, added.value());
    return added.value();
}

Result<TradeService::Placed> TradeService::placeOne(TradeRepository &repo, const NewOrder &n, std::int64_t now,
                                                    std::vector<ledger::TransferRequest> &requests)
{
    if (n.buyCurrency == n.sellCurrency)
        return makeError(ErrorCode::InvalidInput, MessageId::TradeSameCurrency);
    if (!n.buyAmount.isPositive() || !n.sellAmount.isPositive())
        return makeError(ErrorCode::InvalidInput, MessageId::TradeAmountsPositive);
    auto customer = customerFor(repo, n.sellCurrency, n.senderPk, now);
    if (!customer)
        return customer.error();

    Order current;
    current.id = static_cast<std::int64_t>(m_nextId++);
    current.senderPk = n.senderPk;
    current.receiverPk = n.receiverPk;
    current.buyCurrency = n.buyCurrency;
    current.sellCurrency = n.sellCurrency;
    current.buyAmount = n.buyAmount;
    current.sellAmount = n.sellAmount;
    current.txId = n.txId;
    current.signature = n.signature;
    current.customerId = customer.value();
    current.priority = current.id;
    current.createdAtMs = now;

    Market &m = market(n.sellCurrency, n.buyCurrency);
    const book::Side side = n.sellCurrency == m.first ? book::Side::SellBase : book::Side::SellQuote;
    auto placed = m.book.place(book::BookOrder{static_cast<book::OrderId>(current.id), side, n.sellAmount,
                                               n.buyAmount, static_cast<std::uint64_t>(current.priority)},
                               m_nextId);
    if (!placed)
        return placed.error();
    Placed result;
    result.orderId = current.id;
    result.restingId = static_cast<std::int64_t>(placed->resting);
    result.fills = m.book.fills();

    auto accepted = settlement::accepted(current);
    requests.insert(requests.end(), accepted.begin(), accepted.end());
    for (const book::Fill &f : result.fills) {
        auto makerRow = repo.find(static_cast<std::int64_t>(f.maker));
        if (!makerRow)
            return makerRow.error();
        if (!makerRow.value() || makerRow.value()->status != OrderStatus::Open)
            return Error{ErrorCode::Corrupted, "the book holds an order the store does not have open"};
        const Order maker = *makerRow.value();
        current.status = OrderStatus::Filled;
        current.counterpartyId = maker.id;
        current.filledAtMs = now;
        if (auto r = repo.insertOrder(current); !r)
            return r.error();
        historyChanged(current);
        if (auto r = repo.markFilled(maker.id, current.id, now); !r)
            return r.error();
        Order filledMaker = maker;
        filledMaker.status = OrderStatus::Filled;
        filledMaker.counterpartyId = current.id;
        filledMaker.filledAtMs = now;
        historyChanged(std::move(filledMaker));
        FillRecord record{0, now, current.id, maker.id, current.sellCurrency, current.buyCurrency,
                          f.takerGave, f.takerGot, f.makerGave, f.makerGot};
        if (auto r = repo.insertFill(record); !r)
            return r.error();
        // What each receiver is owed on its buy chain: the TX table of 001.
        if (f.makerGot.isPositive()) {
            if (auto r = repo.insertPayout(Payout{0, maker.id, "fill", chainOf(maker.buyCurrency), maker.buyCurrency,
                                                  maker.receiverPk, f.makerGot, "owed", {}, now});
                !r)
                return r.error();
        }
        if (f.takerGot.isPositive()) {
            if (auto r = repo.insertPayout(Payout{0, current.id, "fill", chainOf(current.buyCurrency),
                                                  current.buyCurrency, current.receiverPk, f.takerGot, "owed", {}, now});
                !r)
                return r.error();
        }
        auto transfers = settlement::filled(current, maker, f);
        requests.insert(requests.end(), transfers.begin(), transfers.end());
        if (f.makerChild) {
            Order child = maker;
            child.id = static_cast<std::int64_t>(f.makerChild);
            child.sellAmount = f.makerChildSell;
            child.buyAmount = f.makerChildBuy;
            child.txId.clear();
            child.signature.clear();
            child.creatorId = maker.id;
            child.counterpartyId = 0;
            child.status = OrderStatus::Open;
            child.priority = static_cast<std::int64_t>(f.makerPriority);
            child.createdAtMs = now;
            child.filledAtMs = 0;
            child.cancelledAtMs = 0;
            if (auto r = repo.insertOrder(child); !r)
                return r.error();
            historyChanged(child);
            requests.push_back(settlement::hold(child));
        }
        if (f.takerChild) {
            Order child = current;
            child.id = static_cast<std::int64_t>(f.takerChild);
            child.sellAmount = f.takerChildSell;
            child.buyAmount = f.takerChildBuy;
            child.txId.clear();
            child.signature.clear();
            child.creatorId = current.id;
            child.counterpartyId = 0;
            child.status = OrderStatus::Open;
            child.filledAtMs = 0;
            current = child;
            requests.push_back(settlement::hold(current));
        } else {
            current.status = OrderStatus::Filled; // completely: nothing left to insert
        }
    }
    if (current.status == OrderStatus::Open) {
        if (auto r = repo.insertOrder(current); !r)
            return r.error();
        historyChanged(current);
    }
    return result;
}

Result<std::vector<Result<TradeService::Placed>>> TradeService::placeIn(const std::vector<NewOrder> &orders)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    m_historyChanges.clear();
    TradeRepository repo(work.db(), m_database.dialect(), &m_statements);
    const std::int64_t now = m_clock.nowMs();
    std::vector<ledger::TransferRequest> requests;
    std::vector<Result<Placed>> results;
    std::unordered_set<std::string> funding;
    for (const NewOrder &n : orders) {
        // A deposit funds one order only, also within one batch.
        if (!funding.insert(n.sellCurrency + ":" + n.txId).second) {
            results.emplace_back(makeError(ErrorCode::Conflict, MessageId::TradeTransactionAlreadyFunds));
            continue;
        }
        auto used = repo.txIdUsed(n.sellCurrency, n.txId);
        if (!used)
            return used.error();
        if (used.value()) {
            results.emplace_back(makeError(ErrorCode::Conflict, MessageId::TradeTransactionAlreadyFunds));
            continue;
        }
        auto placed = placeOne(repo, n, now, requests);
        if (!placed && placed.error().code != ErrorCode::InvalidInput)
            return placed.error(); // the engine may have moved: the batch fails as a whole
        results.push_back(std::move(placed));
    }
    if (!requests.empty()) {
        if (auto posted = m_ledger.submitLinkedIn(work, requests); !posted)
            return posted.error();
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    applyHistoryChanges();
    m_customers.insert(m_pendingCustomers.begin(), m_pendingCustomers.end());
    m_pendingCustomers.clear();
    return results;
}

Result<std::vector<Result<TradeService::Placed>>> TradeService::placeAll(const std::vector<NewOrder> &orders)
{
    if (!m_started) {
        if (auto s = start(); !s)
            return s.error();
    }
    auto batch = placeIn(orders);
    if (batch) {
        if (m_notifier)
            announce();
        if (m_notifier)
            m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
        return batch;
    }
    // Rolled back: the engine is ahead of the store. Rebuild it, then try
    // each order alone so that only the one at fault is refused.
    invalidate();
    if (auto s = start(); !s)
        return s.error();
    if (orders.size() == 1)
        return batch.error();
    std::vector<Result<Placed>> results;
    for (const NewOrder &n : orders) {
        auto one = placeIn({n});
        if (one) {
            results.push_back(std::move(one.value().front()));
            continue;
        }
        invalidate();
        if (auto s = start(); !s)
            return s.error();
        results.emplace_back(one.error());
    }
    announce();
    return results;
}

Result<TradeService::Placed> TradeService::place(const NewOrder &order)
{
    auto all = placeAll({order});
    if (!all)
        return all.error();
    return std::move(all.value().front());
}

Result<Order> TradeService::cancel(std::int64_t orderId, const std::string *senderPk, const security::Actor *actor)
{
    if (actor) {
        if (auto allowed = security::authorize(*actor, security::Action::CancelOrder); !allowed)
            return allowed.error();
    }
    if (!m_started) {
        if (auto s = start(); !s)
            return s.error();
    }
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (actor) {
        // The operator's role as it is now, not as it was at sign-in.
        if (auto allowed = security::authorizeNow(work.db(), *actor, security::Action::CancelOrder); !allowed)
            return allowed.error();
    }
    TradeRepository repo(work.db(), m_database.dialect(), &m_statements);
    auto found = repo.find(orderId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, MessageId::TradeNoSuchOrder);
    Order o = *found.value();
    if (senderPk && o.senderPk != *senderPk)
        return makeError(ErrorCode::Unauthorized, MessageId::TradeOnlySenderCancels);
    if (o.status != OrderStatus::Open)
        return makeError(ErrorCode::WrongState, MessageId::TradeOnlyOpenCancels);
    const std::int64_t now = m_clock.nowMs();
    const QJsonObject before = describe(o);
    if (auto r = repo.markCancelled(o.id, now); !r)
        return r.error();
    o.status = OrderStatus::Cancelled;
    o.cancelledAtMs = now;
    // The remainder is owed back to the sender on the chain it came from.
    if (auto r = repo.insertPayout(Payout{0, o.id, "refund", chainOf(o.sellCurrency), o.sellCurrency, o.senderPk,
                                          o.sellAmount, "owed", {}, now});
        !r)
        return r.error();
    if (auto r = m_ledger.submitLinkedIn(work, {settlement::cancelled(o)}); !r)
        return r.error();
    if (actor) {
        if (auto a = m_audit.append(work.db(), *actor, "order.cancel", "order", std::to_string(o.id), before,
                                    describe(o));
            !a)
            return a.error();
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_historyChanges.clear();
    historyChanged(o);
    applyHistoryChanges();
    Market &m = market(o.sellCurrency, o.buyCurrency);
    if (!m.book.cancel(static_cast<book::OrderId>(o.id)))
        invalidate(); // the engine disagreed with the store; rebuilt on next use
    if (actor)
        m_audit.announce();
    announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
    return o;
}

Result<Order> TradeService::cancelBySender(std::int64_t orderId, const std::string &senderPk)
{
    return cancel(orderId, &senderPk, nullptr);
}

Result<Order> TradeService::cancelByOperator(const security::Actor &actor, std::int64_t orderId)
{
    return cancel(orderId, nullptr, &actor);
}

Result<void> TradeService::recordPayoutBroadcast(std::int64_t payoutId, const std::string &chainTxId)
{
    TradeRepository repo(m_database.connection(), m_database.dialect(), &m_statements);
    auto payout = repo.findPayout(payoutId);
    if (!payout)
        return payout.error();
    if (!payout.value())
        return Error{ErrorCode::NotFound, "no such payout"};
    const auto chain = chainFromName(payout.value()->platform);
    if (!chain)
        return Error{ErrorCode::Corrupted, "a payout names an unknown chain"};
    auto canonical = chains::validateTxId(*chain, chainTxId);
    if (!canonical)
        return canonical.error();
    if (auto r = repo.setPayoutState(payoutId, "owed", "broadcast", canonical.value(), m_clock.nowMs()); !r)
        return r;
    announce();
    return {};
}

Result<void> TradeService::recordPayoutConfirmed(std::int64_t payoutId)
{
    TradeRepository repo(m_database.connection(), m_database.dialect(), &m_statements);
    if (auto r = repo.setPayoutState(payoutId, "broadcast", "paid", {}, m_clock.nowMs()); !r)
        return r;
    announce();
    return {};
}

Result<void> TradeService::logRefusal(const Refusal &refusal)
{
    // Outside a transaction: one small insert (or update) commits on its own.
    TradeRepository repo(m_database.connection(), m_database.dialect(), &m_statements);
    if (auto r = m_refusals.record(repo, refusal); !r)
        return r.error();
    announce();
    return {};
}

Result<void> TradeService::logRefusal(const std::string &message, const std::string &reason)
{
    Refusal refusal;
    refusal.reason = reason;
    refusal.payload = message;
    return logRefusal(refusal);
}

Result<PruneReport> TradeService::pruneLog()
{
    TradeRepository repo(m_database.connection(), m_database.dialect(), &m_statements);
    auto pruned = m_refusals.prune(repo);
    if (pruned && pruned.value().byAge + pruned.value().bySize > 0)
        announce();
    return pruned;
}

Result<bool> TradeService::txIdUsed(const std::string &sellAsset, const std::string &txId)
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).txIdUsed(sellAsset, txId);
}

Result<std::optional<std::string>> TradeService::exchangeAddress(Chain chain)
{
    // Read when the service starts: a changed address takes effect on restart.
    // One not configured then is looked for again, so that the first
    // `exctl trade address set` opens the API without a restart.
    if (m_started && m_addresses[chain])
        return m_addresses[chain];
    auto read = TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).address(std::string(chainName(chain)));
    if (read && m_started)
        m_addresses[chain] = read.value();
    return read;
}

MarketDepth TradeService::depth(const std::string &base, const std::string &quote, std::size_t maxLevels)
{
    if (!m_started)
        (void)start();
    MarketDepth d;
    d.base = base;
    d.quote = quote;
    if (base == quote)
        return d;
    Market &m = market(base, quote);
    const book::Side askSide = base == m.first ? book::Side::SellBase : book::Side::SellQuote;
    d.asks = m.book.levels(askSide, maxLevels);
    d.bids = m.book.levels(book::opposite(askSide), maxLevels);
    for (const auto &l : m.book.levels(askSide, static_cast<std::size_t>(-1)))
        d.askOrders += l.orders;
    for (const auto &l : m.book.levels(book::opposite(askSide), static_cast<std::size_t>(-1)))
        d.bidOrders += l.orders;
    return d;
}

std::vector<book::BookOrder> TradeService::restingOrders(const std::string &a, const std::string &b)
{
    if (!m_started)
        (void)start();
    Market &m = market(a, b);
    auto out = m.book.orders(book::Side::SellBase);
    const auto other = m.book.orders(book::Side::SellQuote);
    out.insert(out.end(), other.begin(), other.end());
    return out;
}

Result<std::optional<Order>> TradeService::order(std::int64_t id)
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).find(id);
}

Result<std::vector<Order>> TradeService::orders(int limit, std::int64_t beforeId)
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).orders(limit, beforeId);
}

Result<std::vector<Order>> TradeService::allOrders()
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).allOrders();
}

Result<std::shared_ptr<const OrderHistory>> TradeService::orderHistory()
{
    if (!m_history) {
        auto all = allOrders();
        if (!all)
            return all.error();
        m_history = OrderHistory::of(std::move(all).value());
        m_historyChanges.clear();
    }
    return m_history;
}

Result<std::vector<FillRecord>> TradeService::recentFills(int limit)
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).recentFills(limit);
}

Result<std::vector<Payout>> TradeService::payouts(int limit)
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).payouts(limit);
}

Result<std::vector<LogEntry>> TradeService::log(int limit)
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).log(limit);
}

Result<std::vector<AssetStats>> TradeService::statistics()
{
    return TradeRepository(m_database.connection(), m_database.dialect(), &m_statements).statistics();
}

} // namespace exchange::trade
