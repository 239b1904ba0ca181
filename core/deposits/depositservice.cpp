#include "core/deposits/depositservice.h"
#include "core/base/message.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/deposits/depositrepository.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/ethereumdepositxpub.h"
#include "core/wallets/walletrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDeposits, "exchange.deposits")

namespace exchange::deposits {

using ledger::TransferCode;
using ledger::TransferRequest;

namespace {

constexpr int kAttempts = 8;
constexpr std::string_view kIgnoredDeposits = "ignored_deposits";
constexpr std::string_view kUnattributedDeposits = "unattributed_deposits";

// A Stellar memo (text or id) naming a customer by id: digits only.
std::optional<std::int64_t> customerFromMemo(const std::string &memo)
{
    if (memo.empty() || memo.size() > 18)
        return std::nullopt;
    std::int64_t id = 0;
    for (char c : memo) {
        if (c < '0' || c > '9')
            return std::nullopt;
        id = id * 10 + (c - '0');
    }
    return id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

// What names the customer of a Stellar payment to the base account: the
// muxed address's id or the memo, which must agree when both are given
// (disagree: an operator decides).
struct StellarReference {
    std::string text;
    bool disagree = false;
};

StellarReference stellarReference(const ObservedPayment &p)
{
    if (p.muxedId.empty())
        return {p.memo, false};
    if (p.memo.empty() || p.memo == p.muxedId)
        return {p.muxedId, false};
    return {std::string(), true};
}

QJsonObject describe(const DepositRecord &d, const Asset &asset)
{
    QJsonObject o{{QStringLiteral("chain"), QString::fromLatin1(chainName(d.chain))},
                  {QStringLiteral("txid"), QString::fromStdString(d.txid)},
                  {QStringLiteral("index"), d.index},
                  {QStringLiteral("asset"), QString::fromStdString(d.asset)},
                  {QStringLiteral("amount"), QString::fromStdString(asset.format(d.amount))},
                  {QStringLiteral("to"), QString::fromStdString(d.to)},
                  {QStringLiteral("state"), QString::fromLatin1(depositStateName(d.state))}};
    if (d.customerId)
        o.insert(QStringLiteral("customer"), static_cast<qint64>(*d.customerId));
    return o;
}

} // namespace

DepositService::DepositService(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                               security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_notifier(notifier)
{
}

DepositService::~DepositService() = default;

Result<IngestReport> DepositService::ingest(const std::vector<ObservedPayment> &payments,
                                            const std::optional<CursorUpdate> &cursor)
{
    return ingestOnce(payments, cursor, nullptr, nullptr);
}

Result<DepositRecord> DepositService::ingestManually(const security::Actor &actor, const ObservedPayment &payment)
{
    if (auto allowed = security::authorize(actor, security::Action::AssignDeposit); !allowed)
        return allowed.error();
    // An operator names the asset, not its token: a token asset's payment
    // is of the token its row names, which ingestOne checks against the
    // signed identity like a watcher's.
    ObservedPayment typed = payment;
    if (typed.token.isNative()) {
        if (auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(typed.asset); asset)
            typed.token = asset.value().asset.identity;
    }
    std::optional<std::int64_t> id;
    auto report = ingestOnce({typed}, std::nullopt, &actor, &id);
    if (!report)
        return report.error();
    if (report.value().skipped)
        return Error{ErrorCode::InvalidInput, "the payment is not to an exchange address of that chain, or its asset is not configured"};
    if (report.value().mismatched)
        return Error{ErrorCode::Conflict, "a deposit with this chain, txid and index is recorded with other facts"};
    auto found = DepositRepository(m_database.connection(), m_database.dialect()).findByKey(payment.chain, payment.txid, payment.index);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::Internal, "the deposit was not recorded"};
    return *found.value();
}

Result<IngestReport> DepositService::ingestOnce(const std::vector<ObservedPayment> &payments,
                                                const std::optional<CursorUpdate> &cursor,
                                                const security::Actor *manualActor, std::optional<std::int64_t> *lastId)
{
    // The batch's prepared statements go with the batch, whichever way it
    // ends (they must not outlive the connection).
    struct ReleaseStatements {
        BatchCache &batch;
        ~ReleaseStatements() { batch.deposits.reset(); }
    } release{m_batch};
    Error last{ErrorCode::Conflict, "the store was too busy; try again"};
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        IngestReport report;
        UnitOfWork work(m_database);
        if (auto began = work.began(); !began)
            return began.error();
        if (manualActor) {
            if (auto allowed = security::authorizeNow(work.db(), *manualActor, security::Action::AssignDeposit); !allowed)
                return allowed.error();
        }
        m_batch = BatchCache{};
        m_batch.deposits = std::make_unique<DepositRepository>(work.db(), m_database.dialect());
        // The customers the memos name, looked up together.
        std::vector<qint64> named;
        for (const ObservedPayment &p : payments) {
            if (auto id = customerFromMemo(stellarReference(p).text))
                named.push_back(*id);
        }
        if (!named.empty()) {
            auto known = CustomerRepository(work.db()).existing(named);
            if (!known)
                return known.error();
            for (qint64 id : named)
                m_batch.customers.emplace(id, known.value().count(id) > 0);
        }
        Result<void> done;
        for (const ObservedPayment &p : payments) {
            std::optional<std::int64_t> recorded;
            done = ingestOne(work, p, report, &recorded);
            if (!done)
                break;
            if (recorded && manualActor) {
                auto row = DepositRepository(work.db(), m_database.dialect()).find(*recorded);
                auto asset = AssetRepository(work.db(), m_database.dialect()).find(p.asset);
                if (row && row.value() && asset) {
                    auto audited = m_audit.append(work.db(), *manualActor, "deposit.ingest", "deposit",
                                                  std::to_string(*recorded), {}, describe(*row.value(), asset.value().asset));
                    if (!audited) {
                        done = audited.error();
                        break;
                    }
                }
            }
            if (lastId)
                *lastId = recorded;
        }
        if (done && !m_batch.postings.empty()) {
            auto booked = m_ledger.submitLinkedIn(work, m_batch.postings, &m_batch.accounts);
            if (!booked) {
                done = booked.error();
            } else if (!manualActor) {
                // An automatic money movement: one audit record per committed
                // batch, listing every booking in it (manual ingests are
                // audited one by one above).
                QJsonArray bookings;
                for (const auto &t : booked.value())
                    bookings.append(QJsonObject{{QStringLiteral("transfer"), QString::fromStdString(t.id)},
                                                {QStringLiteral("asset"), QString::fromStdString(t.asset)},
                                                {QStringLiteral("amount_base_units"), QString::fromStdString(t.amount.toBaseUnitString())},
                                                {QStringLiteral("credited"), static_cast<qint64>(t.creditAccountId)}});
                const std::string source = cursor ? cursor->name : std::string("ingest");
                auto audited = m_audit.append(work.db(), security::Actor::system("deposits"), "deposit.book", "watcher",
                                              source, {}, QJsonObject{{QStringLiteral("bookings"), bookings}});
                if (!audited)
                    done = audited.error();
            }
        }
        if (done && cursor && cursor->tokensOf)
            done = sameTokensInForce(work, *cursor->tokensOf, cursor->tokensRead);
        if (done && cursor)
            done = DepositRepository(work.db(), m_database.dialect()).setCursor(*cursor, m_clock.nowMs());
        if (done)
            done = work.commit();
        if (done) {
            m_ledger.rememberAccounts(m_batch.accounts);
            if (m_notifier && (report.recorded || report.credited || report.plannedForCollection)) {
                m_notifier->publish(ChangeNotifier::Topic::Deposit, QString());
                m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
            }
            if (manualActor || !m_batch.postings.empty())
                m_audit.announce();
            return report;
        }
        if (done.error().code != ErrorCode::Conflict)
            return done.error();
        last = done.error();
        work.rollback();
        QThread::msleep(static_cast<unsigned long>(1 + attempt * attempt));
    }
    return last;
}

Result<void> DepositService::ingestOne(UnitOfWork &work, const ObservedPayment &p, IngestReport &report,
                                       std::optional<std::int64_t> *recordedId)
{
    const QSqlDatabase &db = work.db();
    DepositRepository &deposits = *m_batch.deposits;
    const std::int64_t now = m_clock.nowMs();

    // Only payments into an exchange wallet, of an asset configured for
    // that chain, are deposits.
    auto assetIt = m_batch.assets.find(p.asset);
    if (assetIt == m_batch.assets.end()) {
        auto found = AssetRepository(db, m_database.dialect()).find(p.asset);
        assetIt = m_batch.assets.emplace(p.asset, found ? std::optional<AssetRecord>(found.value()) : std::nullopt).first;
    }
    if (!assetIt->second || assetIt->second->asset.chain != p.chain || !p.amount.isPositive() || p.txid.empty()
        || p.index < 0) {
        ++report.skipped;
        return {};
    }
    const AssetRecord &asset = *assetIt->second;
    // The token the chain says moved must be the asset's, as an admin
    // signed it. Anything else fails the batch: the watcher reads it again
    // once the rows are put right, and nothing is credited as the wrong
    // token meanwhile.
    if (asset.asset.identity != p.token)
        return makeError(ErrorCode::Corrupted, MessageId::DepositNotTheAssetsToken, {p.token.describe(), p.asset});
    if (!p.token.isNative()) {
        auto inForce = m_batch.tokens.find(static_cast<int>(p.chain));
        if (inForce == m_batch.tokens.end()) {
            auto read = wallets::tokensInForce(db, m_database.dialect(), p.chain, m_pin);
            if (!read)
                return read.error();
            inForce = m_batch.tokens.emplace(static_cast<int>(p.chain), std::move(read).value()).first;
        }
        const bool signedAsThis = std::any_of(inForce->second.begin(), inForce->second.end(), [&](const wallets::WatchedToken &t) {
            return t.asset == p.asset && t.identity == p.token;
        });
        if (!signedAsThis)
            return makeError(ErrorCode::Corrupted, MessageId::DepositNotTheAssetsToken, {p.token.describe(), p.asset});
    }
    // Addresses are kept in their canonical spelling (EIP-55 on Ethereum,
    // where nodes report lower case).
    auto canonical = chains::validateAddress(p.chain, p.to);
    if (!canonical) {
        ++report.skipped;
        return {};
    }
    ObservedPayment payment = p;
    payment.to = canonical.value();
    const std::string walletKey = std::string(chainName(p.chain)) + ":" + payment.to;
    auto walletIt = m_batch.wallets.find(walletKey);
    if (walletIt == m_batch.wallets.end()) {
        auto found = wallets::WalletRepository(db, m_database.dialect()).findByAddress(p.chain, payment.to);
        if (!found)
            return found.error();
        walletIt = m_batch.wallets.emplace(walletKey, found.value()).first;
    }
    const std::optional<wallets::Wallet> &wallet = walletIt->second;
    // On Ethereum and Algorand customers pay their own deposit addresses;
    // what reaches hot, warm or cold there is the exchange's own money
    // moving (collections, replenishment), not a deposit.
    // (A wallet is an address of its chain: it receives the chain's coin
    // and its tokens alike.)
    if (!wallet || (p.chain != Chain::Stellar && wallet->tier != wallets::WalletTier::Deposit)) {
        ++report.skipped;
        return {};
    }
    // Likewise a payment from one of the exchange's own wallets (on
    // Stellar: warm replenishing the base account).
    if (auto from = chains::validateAddress(p.chain, p.from); from) {
        const std::string fromKey = std::string(chainName(p.chain)) + ":" + from.value();
        auto fromIt = m_batch.wallets.find(fromKey);
        if (fromIt == m_batch.wallets.end()) {
            auto found = wallets::WalletRepository(db, m_database.dialect()).findByAddress(p.chain, from.value());
            if (!found)
                return found.error();
            fromIt = m_batch.wallets.emplace(fromKey, found.value()).first;
        }
        if (fromIt->second) {
            ++report.skipped;
            return {};
        }
    }

    auto existing = deposits.findByKey(p.chain, p.txid, p.index);
    if (!existing)
        return existing.error();
    DepositRecord deposit;
    bool isNew = false;
    if (existing.value()) {
        deposit = *existing.value();
        if (deposit.amount != p.amount || deposit.asset != p.asset || deposit.to != payment.to) {
            ++report.mismatched;
            qCWarning(lcDeposits).noquote() << "payment" << QString::fromStdString(deposit.transferId())
                                            << "seen again with other facts; the recorded deposit stands";
            return {};
        }
        if (deposit.state != DepositState::Pending || !p.confirmed) {
            ++report.duplicates;
            return {};
        }
    } else if (!p.confirmed) {
        auto inserted = deposits.insert(payment, std::nullopt, DepositState::Pending, now);
        if (!inserted)
            return inserted.error();
        ++report.recorded;
        ++report.pending;
        if (recordedId)
            *recordedId = inserted.value().id;
        return {};
    } else {
        // Confirmed at first sight: the rules run first and the row is
        // written once, in its resulting state.
        isNew = true;
        deposit.chain = payment.chain;
        deposit.txid = payment.txid;
        deposit.index = payment.index;
        deposit.state = DepositState::Pending;
    }

    // Confirmed: apply the rules.
    const wallets::Wallet &w = *wallet;
    const AssetSettings &settings = asset.settings;
    std::optional<std::int64_t> customer;
    std::optional<std::int64_t> notDerivedFor; // the customer the row names, when it is not the seed's address
    if (w.tier == wallets::WalletTier::Deposit) {
        customer = w.customerId;
        auto derived = derivedFromTheSeed(db, w);
        if (!derived)
            return derived.error();
        if (customer && !derived.value()) {
            notDerivedFor = customer;
            customer.reset();
            ++report.notDerived;
        }
    } else if (p.chain == Chain::Stellar && w.tier == wallets::WalletTier::Hot)
        customer = customerFromMemo(stellarReference(p).text);
    if (customer) {
        auto known = m_batch.customers.find(*customer);
        if (known == m_batch.customers.end())
            known = m_batch.customers.emplace(*customer, CustomerRepository(db).find(*customer).ok()).first;
        if (!known->second)
            customer.reset();
    }

    const ledger::AccountKey walletAccount = ledger::walletAccount(wallets::walletTierName(w.tier), p.asset);
    DepositEvent event = DepositEvent::ConfirmedForCustomer;
    ledger::AccountKey credit;
    if (p.amount < settings.minDeposit) {
        event = DepositEvent::ConfirmedBelowMinimum;
        credit = ledger::equityAccount(kIgnoredDeposits, p.asset);
        ++report.ignored;
    } else if (!customer) {
        event = DepositEvent::ConfirmedUnattributed;
        credit = ledger::equityAccount(kUnattributedDeposits, p.asset);
        ++report.unattributed;
    } else {
        credit = ledger::customerAccount(*customer, p.asset);
        ++report.credited;
    }
    auto next = nextDepositState(deposit.state, event);
    if (!next)
        return next.error();
    // The funds are in the exchange's wallet whatever the rule says; the
    // ledger records who they belong to.
    // Booked with the rest of the batch, in the same transaction.
    m_batch.postings.push_back(TransferRequest::posted(deposit.transferId(), TransferCode::Deposit, walletAccount, credit,
                                                       p.amount, p.txid));
    const std::optional<std::int64_t> owner = event == DepositEvent::ConfirmedForCustomer ? customer : std::nullopt;
    std::string note;
    if (event == DepositEvent::ConfirmedBelowMinimum)
        note = Message{MessageId::DepositBelowMinimum, {}}.english();
    else if (notDerivedFor)
        note = Message{MessageId::DepositAddressNotDerived, {std::to_string(*notDerivedFor)}}.english();
    else if (stellarReference(p).disagree)
        note = Message{MessageId::DepositMuxedIdAndMemoDisagree, {p.muxedId, p.memo}}.english();
    else if (!p.muxedId.empty() && !owner)
        note = Message{MessageId::DepositToMuxedId, {p.muxedId}}.english();
    if (isNew) {
        DepositState state = next.value();
        if (state == DepositState::Credited && w.tier != wallets::WalletTier::Deposit) {
            auto inHot = nextDepositState(state, DepositEvent::AlreadyInHot); // Stellar: paid into the base account
            if (!inHot)
                return inHot.error();
            state = inHot.value();
        }
        auto inserted = deposits.insert(payment, owner, state, now, note);
        if (!inserted)
            return inserted.error();
        ++report.recorded;
        if (recordedId)
            *recordedId = inserted.value().id;
        deposit = std::move(inserted).value();
    } else {
        if (auto updated = deposits.update(deposit.id, deposit.state, next.value(), owner, note, now); !updated)
            return updated;
        deposit.state = next.value();
        deposit.customerId = owner;
    }
    if (deposit.state == DepositState::Credited)
        return planCollections(work, deposit, w, asset, report);
    return {};
}

Result<void> DepositService::sameTokensInForce(UnitOfWork &work, Chain chain, std::vector<wallets::WatchedToken> read)
{
    auto inForce = m_batch.tokens.find(static_cast<int>(chain));
    if (inForce == m_batch.tokens.end()) {
        auto now = wallets::tokensInForce(work.db(), m_database.dialect(), chain, m_pin);
        if (!now)
            return now.error();
        inForce = m_batch.tokens.emplace(static_cast<int>(chain), std::move(now).value()).first;
    }
    std::vector<wallets::WatchedToken> now = inForce->second;
    const auto byCode = [](const wallets::WatchedToken &a, const wallets::WatchedToken &b) { return a.asset < b.asset; };
    std::sort(now.begin(), now.end(), byCode);
    std::sort(read.begin(), read.end(), byCode);
    if (now != read)
        return makeError(ErrorCode::WrongState, MessageId::DepositTokensChanged, {std::string(chainName(chain))});
    return {};
}

Result<bool> DepositService::derivedFromTheSeed(const QSqlDatabase &db, const wallets::Wallet &wallet)
{
    // Algorand's pool is derived with the vault open (SLIP-0010 has no
    // public derivation): nothing to check it against here.
    if (wallet.chain != Chain::Ethereum)
        return true;
    if (auto known = m_batch.derived.find(wallet.id); known != m_batch.derived.end())
        return known->second;
    bool derived = false;
    std::string why;
    auto xpub = wallets::EthereumDepositXpub::read(db);
    if (!xpub && xpub.error().code != ErrorCode::Conflict && xpub.error().code != ErrorCode::Corrupted)
        return xpub.error();
    if (!xpub) {
        why = xpub.error().message;
    } else if (!xpub.value()) {
        why = "no Ethereum xpub is recorded yet (unlock the vault once to record it)";
    } else if (!wallet.derivationIndex || *wallet.derivationIndex < 0 || *wallet.derivationIndex > 0x7fffffff) {
        why = "the wallet has no derivation index";
    } else {
        auto address = wallets::EthereumDepositXpub::address(*xpub.value(), static_cast<std::uint32_t>(*wallet.derivationIndex));
        derived = address && address.value() == wallet.address;
        if (!derived)
            why = "its address is not the recorded xpub's child at index " + std::to_string(*wallet.derivationIndex);
    }
    if (!derived)
        qCWarning(lcDeposits).noquote() << "deposit wallet" << wallet.id << "credits nobody:" << QString::fromStdString(why)
                                        << "- its deposits wait unattributed for an operator";
    m_batch.derived.emplace(wallet.id, derived);
    return derived;
}

Result<void> DepositService::planCollections(UnitOfWork &work, const DepositRecord &deposit, const wallets::Wallet &wallet,
                                             const AssetRecord &asset, IngestReport &report)
{
    DepositRepository deposits(work.db(), m_database.dialect());
    const std::int64_t now = m_clock.nowMs();
    if (wallet.tier != wallets::WalletTier::Deposit) {
        // Stellar: deposits arrive in the base (hot) account itself.
        auto next = nextDepositState(deposit.state, DepositEvent::AlreadyInHot);
        if (!next)
            return next.error();
        return deposits.update(deposit.id, deposit.state, next.value(), deposit.customerId, deposit.note, now);
    }
    // What waits on this address, this deposit included.
    auto waiting = deposits.inState(DepositState::Credited, deposit.chain, deposit.to);
    if (!waiting)
        return waiting.error();
    Amount total;
    for (const DepositRecord &d : waiting.value())
        total = Amount::fromBaseUnits(total.baseUnits() + d.amount.baseUnits());
    if (total < asset.settings.minCollection)
        return {};
    for (const DepositRecord &d : waiting.value()) {
        auto next = nextDepositState(d.state, DepositEvent::CollectionPlanned);
        if (!next)
            return next.error();
        if (auto updated = deposits.update(d.id, d.state, next.value(), d.customerId, d.note, now); !updated)
            return updated;
        ++report.plannedForCollection;
    }
    return {};
}

Result<DepositRecord> DepositService::assign(const security::Actor &actor, std::int64_t depositId, std::int64_t customerId)
{
    if (auto allowed = security::authorize(actor, security::Action::AssignDeposit); !allowed)
        return allowed.error();
    Error last{ErrorCode::Conflict, "the store was too busy; try again"};
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        UnitOfWork work(m_database);
        if (auto began = work.began(); !began)
            return began.error();
        // The operator's role as it is now, not as it was at sign-in.
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::AssignDeposit); !allowed)
            return allowed.error();
        DepositRepository deposits(work.db(), m_database.dialect());
        auto found = deposits.find(depositId);
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::NotFound, MessageId::DepositUnknown, {std::to_string(depositId)});
        DepositRecord deposit = *found.value();
        auto next = nextDepositState(deposit.state, DepositEvent::Assigned);
        if (!next)
            return next.error();
        if (auto customer = CustomerRepository(work.db()).find(customerId); !customer)
            return customer.error();
        auto asset = AssetRepository(work.db(), m_database.dialect()).find(deposit.asset);
        if (!asset)
            return asset.error();
        const QJsonObject before = describe(deposit, asset.value().asset);
        auto booked = m_ledger.submitLinkedIn(
            work, {TransferRequest::posted("deposit-assign:" + std::to_string(deposit.id), TransferCode::Deposit,
                                           ledger::equityAccount(kUnattributedDeposits, deposit.asset),
                                           ledger::customerAccount(customerId, deposit.asset), deposit.amount, deposit.txid,
                                           Message{MessageId::DepositAssignedBy, {actor.displayName()}}.english())});
        if (!booked)
            return booked.error();
        if (auto updated = deposits.update(deposit.id, deposit.state, next.value(), customerId, Message{MessageId::DepositAssignedBy, {actor.displayName()}}.english(),
                                           m_clock.nowMs());
            !updated)
            return updated.error();
        deposit.state = next.value();
        deposit.customerId = customerId;
        IngestReport report;
        auto wallet = wallets::WalletRepository(work.db(), m_database.dialect()).findByAddress(deposit.chain, deposit.to);
        if (!wallet)
            return wallet.error();
        if (!wallet.value())
            return makeError(ErrorCode::NotFound, MessageId::DepositWalletNotRegistered);
        auto planned = planCollections(work, deposit, *wallet.value(), asset.value(), report);
        auto after = deposits.find(deposit.id);
        Result<void> done = planned;
        if (done && after && after.value())
            done = m_audit.append(work.db(), actor, "deposit.assign", "deposit", std::to_string(deposit.id), before,
                                  describe(*after.value(), asset.value().asset))
                       .ok()
                ? Result<void>()
                : Result<void>(Error{ErrorCode::Internal, "the audit record could not be written"});
        if (done)
            done = work.commit();
        if (done) {
            m_audit.announce();
            if (m_notifier) {
                m_notifier->publish(ChangeNotifier::Topic::Deposit, QString::number(deposit.id));
                m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
            }
            auto result = DepositRepository(m_database.connection(), m_database.dialect()).find(deposit.id);
            if (!result)
                return result.error();
            return *result.value();
        }
        if (done.error().code != ErrorCode::Conflict)
            return done.error();
        last = done.error();
    }
    return last;
}

Result<std::vector<DepositRecord>> DepositService::list(const DepositFilter &filter) const
{
    return DepositRepository(m_database.connection(), m_database.dialect()).list(filter);
}

Result<std::vector<wallets::WatchedToken>> DepositService::tokensInForce(Chain chain) const
{
    return wallets::tokensInForce(m_database.connection(), m_database.dialect(), chain, m_pin);
}

Result<std::optional<std::string>> DepositService::cursor(const std::string &name) const
{
    return DepositRepository(m_database.connection(), m_database.dialect()).cursor(name);
}

Result<void> DepositService::setCursor(const security::Actor &actor, const CursorUpdate &cursor)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    if (cursor.name.empty() || cursor.value.empty())
        return Error{ErrorCode::InvalidInput, "a cursor has a name and a value"};
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    DepositRepository deposits(work.db(), m_database.dialect());
    auto before = deposits.cursor(cursor.name);
    if (!before)
        return before.error();
    if (auto set = deposits.setCursor(cursor, m_clock.nowMs()); !set)
        return set;
    const auto describeCursor = [](const std::optional<std::string> &value) {
        return value ? QJsonObject{{QStringLiteral("cursor"), QString::fromStdString(*value)}} : QJsonObject{};
    };
    if (auto audited = m_audit.append(work.db(), actor, "watcher.cursor", "watcher", cursor.name,
                                      describeCursor(before.value()), describeCursor(cursor.value));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed;
    m_audit.announce();
    return {};
}

} // namespace exchange::deposits
