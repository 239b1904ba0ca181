#pragma once
// TradeService: the exchange of 001 behind the API. It owns the matching
// engine (one OrderBook per pair of assets) and keeps it equal to the store:
// an accepted order, its fills, derived orders, payouts and ledger transfers
// commit in one database transaction, and the book is rebuilt from the open
// orders when the service starts or a commit fails. Signatures and funding
// payments are checked by the caller (the API) before place().
// Single-threaded: every call runs on the thread that owns the service (the
// core thread in the console, the main thread of `exctl serve`).

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/book/orderbook.h"
#include "core/money/asset.h"
#include "core/security/actor.h"
#include "core/trade/marketdepth.h"
#include "core/trade/order.h"
#include "core/trade/orderhistory.h"
#include "core/trade/refusallog.h"
#include "core/trade/statementcache.h"
#include "core/trade/traderecords.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QJsonObject;
class QObject;

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
class UnitOfWork;
namespace ledger { class LedgerService; struct TransferRequest; }
namespace security { class AuditLog; }
}

namespace exchange::trade {

class TradeRepository;

class TradeService final
{
public:
    struct Placed {
        std::int64_t orderId = 0;
        std::int64_t restingId = 0; // the order or derived order left open; 0 if filled
        std::vector<book::Fill> fills;
    };

    TradeService(Database &database, ledger::LedgerService &ledger, const Clock &clock, security::AuditLog &audit,
                 ChangeNotifier *notifier = nullptr);
    ~TradeService();

    // Loads the book from the store; place() and cancel() call it if needed.
    Result<void> start();

    // One order in its own transaction.
    Result<Placed> place(const NewOrder &order);
    // Several in one transaction (group commit for the API); if the batch
    // cannot commit, each is retried on its own so one bad order sinks no
    // other. The outer error is for the store as a whole.
    Result<std::vector<Result<Placed>>> placeAll(const std::vector<NewOrder> &orders);

    // The sender's own cancel (its signature checked by the API).
    Result<Order> cancelBySender(std::int64_t orderId, const std::string &senderPk);
    // An operator's cancel: needs CancelOrder; audited with the change.
    Result<Order> cancelByOperator(const security::Actor &actor, std::int64_t orderId);

    // The withdrawal pipeline's record of a payout of the TX table: owed ->
    // broadcast (with the chain's transaction id, valid on the payout's
    // chain) -> paid once confirmed. Any other step is WrongState.
    Result<void> recordPayoutBroadcast(std::int64_t payoutId, const std::string &chainTxId);
    Result<void> recordPayoutConfirmed(std::int64_t payoutId);

    // A refused request: the only thing it stores is a Log row (or one more
    // repeat on its source's row), kept small and pruned (refusallog.h).
    Result<void> logRefusal(const Refusal &refusal);
    // The same without where it came from (source, endpoint and status unknown).
    Result<void> logRefusal(const std::string &message, const std::string &reason);
    // The Log's bounds: the settings of meta (read by start()) or these.
    const RefusalLogPolicy &refusalLogPolicy() const { return m_refusals.policy(); }
    void setRefusalLogPolicy(const RefusalLogPolicy &policy) { m_refusals.setPolicy(policy); }
    // A pruning pass now (the Log also prunes itself as it is written).
    Result<PruneReport> pruneLog();
    Result<bool> txIdUsed(const std::string &sellAsset, const std::string &txId);
    // The asset a currency code names, a coin or a token as its row says:
    // for its chain and decimals (which token moves money is the API's to
    // check against the admin's signature before it places an order).
    std::optional<Asset> asset(const std::string &code);
    Result<std::optional<std::string>> exchangeAddress(Chain chain);

    // Views. depth() and restingOrders() read the engine; the rest the store.
    MarketDepth depth(const std::string &base, const std::string &quote, std::size_t maxLevels);
    std::vector<book::BookOrder> restingOrders(const std::string &assetA, const std::string &assetB);
    Result<std::optional<Order>> order(std::int64_t id);
    Result<std::vector<Order>> orders(int limit, std::int64_t beforeId = 0);
    Result<std::vector<Order>> allOrders();
    // Every order, immutable, current as of this service's last commit: read
    // from the store on the first call after start(), then kept up to date
    // from the orders each commit changed. Safe to read on any thread.
    Result<std::shared_ptr<const OrderHistory>> orderHistory();
    Result<std::vector<FillRecord>> recentFills(int limit);
    Result<std::vector<Payout>> payouts(int limit);
    Result<std::vector<LogEntry>> log(int limit);
    Result<std::vector<AssetStats>> statistics();

private:
    struct Market {
        std::string first; // the pair in code order: "ALGO"/"ETH"
        std::string second;
        book::OrderBook book;
    };
    Market &market(const std::string &a, const std::string &b);
    Result<std::vector<Result<Placed>>> placeIn(const std::vector<NewOrder> &orders);
    Result<Placed> placeOne(TradeRepository &repo, const NewOrder &order, std::int64_t now,
                            std::vector<ledger::TransferRequest> &requests);
    std::string chainOf(const std::string &asset); // "" for an unknown code
    QJsonObject describe(const Order &order);
    Result<std::int64_t> customerFor(TradeRepository &repo, const std::string &asset, const std::string &publicKey,
                                     std::int64_t now);
    Result<Order> cancel(std::int64_t orderId, const std::string *senderPk, const security::Actor *actor);
    void invalidate(); // the engine may differ from the store: rebuild on next use
    void announce();
    void historyChanged(Order order); // an order written in the open transaction
    void applyHistoryChanges();        // after its commit

    Database &m_database;
    ledger::LedgerService &m_ledger;
    const Clock &m_clock;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
    // Trade changes another process (or thread) committed, as the notifier
    // republishes them, make the book and the history be read again; the
    // service's own announcements do not.
    std::unique_ptr<QObject> m_foreignChanges;
    bool m_announcing = false;
    bool m_started = false;
    std::uint64_t m_nextId = 1;
    std::map<std::string, Market> m_markets;
    std::unordered_map<std::string, std::int64_t> m_customers;        // "chain:key" -> customer
    std::unordered_map<std::string, std::int64_t> m_pendingCustomers; // added in the open transaction
    std::map<Chain, std::optional<std::string>> m_addresses;          // read on start
    std::map<std::string, Asset, std::less<>> m_tokens;               // token rows, read again for a code not among them
    StatementCache m_statements;
    RefusalLog m_refusals;
    std::shared_ptr<const OrderHistory> m_history; // null until first asked for
    std::vector<Order> m_historyChanges;           // written in the open transaction
};

} // namespace exchange::trade
