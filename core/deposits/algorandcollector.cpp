#include "core/deposits/algorandcollector.h"

#include "core/base/changenotifier.h"
#include "core/base/message.h"
#include "core/base/clock.h"
#include "core/encoding/exactjson.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/chains/algorand/storedsend.h"
#include "core/deposits/algoranddepositkey.h"
#include "core/deposits/algorandrefueler.h"
#include "core/deposits/algorandtokencollection.h"
#include "core/deposits/refuelrepository.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/sweepsettlement.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/wallets/signerdestinations.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace exchange::deposits {

using wallets::WalletTier;

namespace {

const std::string kAsset = "ALGO";

Amount plus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}
Amount minus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() - b.baseUnits());
}
Amount micro(std::uint64_t v)
{
    return Amount::fromBaseUnits(static_cast<int128>(v));
}

int parts(const wallets::CollectionPlan &p)
{
    return (p.toHot.isPositive() ? 1 : 0) + (p.toWarm.isPositive() ? 1 : 0) + (p.toCold.isPositive() ? 1 : 0);
}

} // namespace

struct AlgorandCollector::Tiers {
    std::optional<wallets::Wallet> hot, warm, cold;
    Amount hotBalance, warmBalance; // as read from algod, plus what this run sends
    Amount hotMax, warmMax;
};

AlgorandCollector::AlgorandCollector(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                     security::AuditLog &audit, wallets::WalletService &wallets,
                                     algorand::AlgodClient &algod, algorand::AlgodClient *indexer, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_algod(algod),
      m_indexer(indexer), m_notifier(notifier)
{
}

Amount AlgorandCollector::sweepFee(const algorand::SuggestedParams &params)
{
    // algod's rule: the fee is max(min-fee, fee per byte x the size of the
    // signed transaction). The size depends on the amount and the fee
    // themselves (msgpack integers grow with their value), so take the
    // largest size any sweep with these params can have: every integer at
    // its widest, a signature of 64 bytes. One fee then fits every leg of a
    // plan, and it overpays by a few bytes' worth only while the network is
    // congested (fee per byte is 0 otherwise).
    algorand::PaymentTransaction widest;
    widest.sender = QByteArray(32, '\xff');
    widest.receiver = QByteArray(32, '\xff');
    widest.amount = std::numeric_limits<std::uint64_t>::max();
    widest.fee = std::numeric_limits<std::uint64_t>::max();
    widest.firstValid = std::numeric_limits<std::uint64_t>::max() - kValidityRounds;
    widest.lastValid = std::numeric_limits<std::uint64_t>::max();
    widest.genesisId = params.genesisId;
    widest.genesisHash = params.genesisHash.size() == 32 ? params.genesisHash : QByteArray(32, '\xff');
    widest.signature = QByteArray(64, '\xff');
    const int128 bySize = static_cast<int128>(params.feePerByte) * widest.encodeSigned().size();
    return Amount::fromBaseUnits(std::max(bySize, static_cast<int128>(params.minFee)));
}

Result<AlgorandCollector::Tiers> AlgorandCollector::readTiers()
{
    Tiers tiers;
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain != Chain::Algorand || w.asset != kAsset || w.tier == WalletTier::Deposit || w.tier == WalletTier::Fee)
            continue;
        auto &slot = w.tier == WalletTier::Hot ? tiers.hot : w.tier == WalletTier::Warm ? tiers.warm : tiers.cold;
        if (!slot)
            slot = w;
    }
    auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(kAsset);
    if (!asset)
        return asset.error();
    tiers.hotMax = asset.value().settings.hotMax;
    tiers.warmMax = asset.value().settings.warmMax;
    // The planner needs hot's and warm's balances; read them (and cold's,
    // for the Wallets screen) now. Unreadable: no plan, the deposits wait.
    for (auto *tier : {&tiers.hot, &tiers.warm, &tiers.cold}) {
        if (!*tier)
            continue;
        auto account = m_algod.account((*tier)->address);
        if (!account)
            return account.error();
        (*tier)->chainBalance = micro(account.value().amount);
        if (auto recorded = m_wallets.recordChainBalance((*tier)->id, *(*tier)->chainBalance); !recorded)
            return recorded.error();
    }
    if (tiers.hot)
        tiers.hotBalance = *tiers.hot->chainBalance;
    if (tiers.warm)
        tiers.warmBalance = *tiers.warm->chainBalance;
    return tiers;
}

Result<std::vector<SweepPlan>> AlgorandCollector::plan(const wallets::PinnedKeySource &pin)
{
    auto params = m_algod.params();
    if (!params)
        return params.error();
    auto tiers = readTiers();
    if (!tiers)
        return tiers.error();
    auto plans = planWith(tiers.value(), params.value());
    if (!plans)
        return plans.error();
    const auto inForce = tokens(pin, plans.value());
    auto tokenPlans = AlgorandTokenCollection(m_database, m_clock, m_ledger, m_audit, m_wallets, m_algod, m_notifier)
                          .plan(inForce, params.value());
    if (!tokenPlans)
        return tokenPlans.error();
    plans.value().insert(plans.value().end(), tokenPlans.value().begin(), tokenPlans.value().end());
    return plans;
}

std::vector<wallets::WatchedToken> AlgorandCollector::tokens(const wallets::PinnedKeySource &pin, std::vector<SweepPlan> &plans)
{
    auto inForce = wallets::tokensInForce(m_database.connection(), m_database.dialect(), Chain::Algorand, pin);
    if (inForce)
        return inForce.value();
    SweepPlan waiting;
    waiting.asset = "tokens";
    waiting.waiting = "ASA collection waits: " + inForce.error().message;
    plans.push_back(waiting);
    return {};
}

Result<std::vector<SweepPlan>> AlgorandCollector::planWith(Tiers &tiers, const algorand::SuggestedParams &params)
{
    DepositFilter filter;
    filter.state = DepositState::CollectionPlanned;
    filter.asset = kAsset;
    filter.limit = 100000;
    auto planned = DepositRepository(m_database.connection(), m_database.dialect()).list(filter);
    if (!planned)
        return planned.error();
    std::map<std::string, SweepPlan> byAddress;
    for (const DepositRecord &d : planned.value()) {
        if (d.chain != Chain::Algorand)
            continue;
        SweepPlan &p = byAddress[d.to];
        p.address = d.to;
        p.asset = kAsset;
        p.depositIds.push_back(d.id);
        p.total = plus(p.total, d.amount);
    }
    const Amount feeEach = sweepFee(params);
    const auto planFor = [&tiers](Amount net) {
        return wallets::CollectionPlanner::plan({net, tiers.hotBalance, tiers.warmBalance, tiers.hotMax, tiers.warmMax});
    };
    std::vector<SweepPlan> plans;
    for (auto &[address, p] : byAddress) {
        p.feeEach = feeEach;
        if (!tiers.hot || !tiers.warm) {
            p.waiting = "Algorand has no hot or warm wallet registered";
            plans.push_back(p);
            continue;
        }
        auto account = m_algod.account(address);
        if (!account)
            return account.error();
        // What may leave the address: the planned deposits, but never what
        // the account must keep. Whatever stays behind (the min balance,
        // and deposits not yet planned) stays in wallet:deposit in the
        // ledger too, which moves only what leaves the address (each
        // sweep's amount and its fee), so the books match the chain.
        const Amount spendable = account.value().amount > account.value().minBalance
                                     ? micro(account.value().amount - account.value().minBalance)
                                     : Amount::zero();
        const Amount movable = std::min(p.total, spendable, [](Amount a, Amount b) { return a.baseUnits() < b.baseUnits(); });
        // Each sweep pays its own fee out of what moves: plan for one
        // sweep, and again while the split needs more.
        std::optional<wallets::CollectionPlan> split;
        for (int sweeps = 1; sweeps <= 3; ++sweeps) {
            const Amount net = minus(movable, Amount::fromBaseUnits(feeEach.baseUnits() * sweeps));
            if (!net.isPositive()) {
                p.waiting = "the address can spend " + movable.toBaseUnitString() + " microalgos above its minimum balance of "
                          + std::to_string(account.value().minBalance) + "; the fees would take all of it";
                break;
            }
            auto s = planFor(net);
            if (!s) {
                p.waiting = s.error().message;
                break;
            }
            if (parts(s.value()) <= sweeps) {
                split = s.value();
                // Fewer legs than fees reserved: give the spare fee back to
                // the legs if that does not need another leg.
                if (parts(s.value()) < sweeps) {
                    auto fewer = planFor(minus(movable, Amount::fromBaseUnits(feeEach.baseUnits() * parts(s.value()))));
                    if (fewer && parts(fewer.value()) == parts(s.value()))
                        split = fewer.value();
                }
                break;
            }
        }
        if (split && split->toCold.isPositive() && !tiers.cold) {
            p.waiting = "the plan sends to cold, and Algorand has no cold wallet registered";
            split.reset();
        }
        if (split) {
            p.split = split;
            // The next address's plan sees what this one fills.
            tiers.hotBalance = plus(tiers.hotBalance, split->toHot);
            tiers.warmBalance = plus(tiers.warmBalance, split->toWarm);
        }
        plans.push_back(p);
    }
    return plans;
}

Result<CollectionRunReport> AlgorandCollector::run(const security::Actor &actor, const security::KeyVault &vault)
{
    if (auto allowed = security::authorize(actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    CollectionRunReport report;
    // What is stored goes out (again) first: the new plan then sees the
    // address's balance after it.
    if (auto followed = follow(report); !followed)
        return followed.error();
    auto params = m_algod.params();
    if (!params)
        return params.error();
    auto settings = m_wallets.chainSettings(Chain::Algorand);
    if (!settings)
        return settings.error();
    if (auto network = algorand::checkNetwork(params.value(), settings.value().network); !network)
        return network.error();
    auto destinations = wallets::SignerDestinations::fromVault(m_database.connection(), vault);
    if (!destinations)
        return destinations.error();
    auto tiers = readTiers();
    if (!tiers)
        return tiers.error();
    auto plans = planWith(tiers.value(), params.value());
    if (!plans)
        return plans.error();
    report.plans = plans.value();
    for (const SweepPlan &p : report.plans) {
        if (!p.split)
            continue;
        if (auto stored = signAndStore(actor, vault, destinations.value(), p, tiers.value(), params.value(), report); !stored)
            report.problems.push_back(p.address + ": " + stored.error().message);
    }
    // The ASAs, after the coin: an address whose ALGO sweeps were just
    // signed waits for them.
    const auto inForce = tokens([&vault] { return vault.pinnedAdminKey(); }, report.plans);
    if (auto tokenRun = AlgorandTokenCollection(m_database, m_clock, m_ledger, m_audit, m_wallets, m_algod, m_notifier)
                            .run(actor, vault, destinations.value(), inForce, params.value(), report);
        !tokenRun)
        report.problems.push_back("ASA collection: " + tokenRun.error().message);
    if (auto followed = follow(report); !followed)
        return followed.error();
    return report;
}

Result<void> AlgorandCollector::signAndStore(const security::Actor &actor, const security::KeyVault &vault,
                                             const wallets::SignerDestinations &destinations, const SweepPlan &plan,
                                             const Tiers &tiers, const algorand::SuggestedParams &params,
                                             CollectionRunReport &report)
{
    auto wallet = wallets::WalletRepository(m_database.connection(), m_database.dialect()).findByAddress(Chain::Algorand, plan.address);
    if (!wallet)
        return wallet.error();
    if (!wallet.value() || !wallet.value()->derivationIndex || *wallet.value()->derivationIndex < 0
        || *wallet.value()->derivationIndex >= (std::int64_t(1) << 31))
        return Error{ErrorCode::NotFound, "the deposit address has no derivation index: its key is not the exchange's"};
    auto sender = algorand::decodeAddress(plan.address);
    if (!sender)
        return sender.error();

    struct Leg {
        WalletTier tier;
        const wallets::Wallet *to;
        Amount amount;
        std::uint64_t firstValid = 0;
    };
    std::vector<Leg> legs;
    if (plan.split->toHot.isPositive())
        legs.push_back({WalletTier::Hot, &*tiers.hot, plan.split->toHot});
    if (plan.split->toWarm.isPositive())
        legs.push_back({WalletTier::Warm, &*tiers.warm, plan.split->toWarm});
    if (plan.split->toCold.isPositive())
        legs.push_back({WalletTier::Cold, &*tiers.cold, plan.split->toCold});
    // Every leg's destination first: one the signer cannot verify signs
    // none of the plan's sweeps.
    for (const Leg &leg : legs) {
        if (auto trusted = destinations.check(Chain::Algorand, leg.tier, kAsset, leg.to->address); !trusted)
            return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier)
                .refuse(actor, plan, leg.tier, leg.to->address, wallets::SignerDestinations::checkName(leg.tier),
                        trusted.error(), report);
    }

    // The sequence of a sweep is its first valid round, unique per sender
    // (the collections table says so). Several sweeps of one address, in
    // this run or a recent one, take distinct rounds counting down from the
    // last round: a first valid round in the past is as good (the sweep is
    // alive from now to first valid + 1000), one in the future is not
    // (algod refuses it until then).
    const std::uint64_t lowest = params.lastRound > kValidityRounds - 1 ? params.lastRound - (kValidityRounds - 1) : 1;
    auto used = CollectionRepository(m_database.connection(), m_database.dialect())
                    .sequencesFrom(Chain::Algorand, plan.address, static_cast<std::int64_t>(lowest));
    if (!used)
        return used.error();
    const std::set<std::int64_t> taken(used.value().begin(), used.value().end());
    std::uint64_t round = params.lastRound;
    for (Leg &leg : legs) {
        while (round >= lowest && round > 0 && taken.count(static_cast<std::int64_t>(round)))
            --round;
        if (round < lowest || round == 0)
            return Error{ErrorCode::Conflict, "no free first valid round for another sweep from this address; try again later"};
        leg.firstValid = round--;
    }
    const std::string groupKey = "algorand:" + plan.address + ":" + std::to_string(legs.front().firstValid);
    const std::int64_t now = m_clock.nowMs();

    std::vector<CollectionRecord> sweeps;
    auto signedAll = withAlgorandDepositKey(vault, *wallet.value(), [&](const QByteArray &secret) -> Result<void> {
        for (const Leg &leg : legs) {
            algorand::PaymentTransaction tx;
            tx.sender = sender.value();
            tx.receiver = algorand::decodeAddress(leg.to->address).value();
            tx.amount = static_cast<std::uint64_t>(leg.amount.baseUnits());
            tx.fee = static_cast<std::uint64_t>(plan.feeEach.baseUnits());
            tx.firstValid = leg.firstValid;
            tx.lastValid = leg.firstValid + kValidityRounds;
            tx.genesisId = params.genesisId;
            tx.genesisHash = params.genesisHash;
            if (auto valid = tx.validate(); !valid)
                return valid.error();
            tx.sign(secret);
            CollectionRecord r;
            r.groupKey = groupKey;
            r.chain = Chain::Algorand;
            r.asset = kAsset;
            r.fromAddress = plan.address;
            r.tier = leg.tier;
            r.toAddress = leg.to->address;
            r.amount = leg.amount;
            r.maxFee = plan.feeEach; // Algorand charges exactly the fee named
            r.sequence = static_cast<std::int64_t>(tx.firstValid);
            r.rawTx = tx.encodeSigned().toHex().toStdString();
            r.txid = tx.id();
            r.state = CollectionState::Signed;
            r.createdAtMs = now;
            sweeps.push_back(std::move(r));
        }
        return Result<void>();
    });
    if (!signedAll)
        return signedAll.error();

    return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier).storeSigned(actor, plan, groupKey, sweeps, report);
}

Result<std::optional<std::uint64_t>> AlgorandCollector::indexerConfirmedRound(const std::string &txid, std::uint64_t lastValid)
{
    // The indexer's GET /v2/transactions/{txid}: the transaction with its
    // confirmed-round, or 404. A 404 says "never confirmed" only once the
    // indexer has read past the last valid round (GET /health, "round").
    auto answer = m_indexer->getAndWait(QStringLiteral("/v2/transactions/") + QString::fromStdString(txid));
    if (!answer)
        return answer.error();
    if (answer.value().status == 200) {
        const std::string text = answer.value().body.toStdString();
        auto json = encoding::parseJson(text);
        const encoding::JsonValue *tx = json ? json.value().member("transaction") : nullptr;
        const encoding::JsonValue *round = tx ? tx->member("confirmed-round") : nullptr;
        const auto n = round && round->kind == encoding::JsonValue::Kind::Number ? algorand::parseUint64(round->text) : std::nullopt;
        if (!n)
            return Error{ErrorCode::Unavailable, "the indexer's answer for " + txid + " has no confirmed-round"};
        return std::optional<std::uint64_t>(*n);
    }
    if (answer.value().status != 404)
        return Error{ErrorCode::Unavailable, "the indexer answered HTTP " + std::to_string(answer.value().status) + " for " + txid};
    auto health = m_indexer->getAndWait(QStringLiteral("/health"));
    if (!health)
        return health.error();
    const std::string text = health.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *round = json ? json.value().member("round") : nullptr;
    const auto n = round && round->kind == encoding::JsonValue::Kind::Number ? algorand::parseUint64(round->text) : std::nullopt;
    if (health.value().status != 200 || !n)
        return Error{ErrorCode::Unavailable, "the indexer's /health has no round"};
    if (*n <= lastValid)
        return Error{ErrorCode::Unavailable, "the indexer has not read up to round " + std::to_string(lastValid) + " yet"};
    return std::optional<std::uint64_t>(0);
}

Result<void> AlgorandCollector::follow(CollectionRunReport &report)
{
    auto open = CollectionRepository(m_database.connection(), m_database.dialect())
                    .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!open)
        return open.error();
    auto refuels = RefuelRepository(m_database.connection(), m_database.dialect())
                       .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!refuels)
        return refuels.error();
    report.awaitingConfirmations = 0; // a count of now, not a running total
    std::vector<CollectionRecord> ours;
    for (const CollectionRecord &r : open.value())
        if (r.chain == Chain::Algorand)
            ours.push_back(r);
    const bool refuelling = std::any_of(refuels.value().begin(), refuels.value().end(),
                                        [](const RefuelRecord &r) { return r.chain == Chain::Algorand; });
    if (ours.empty() && !refuelling)
        return {};
    auto settings = m_wallets.chainSettings(Chain::Algorand);
    if (!settings)
        return settings.error();
    // Algorand is final once in a block; a setting above 1 waits that many
    // rounds all the same.
    const std::uint64_t confirmations = static_cast<std::uint64_t>(std::max(settings.value().confirmations, 1));
    auto params = m_algod.params();
    if (!params)
        return params.error();
    const std::uint64_t lastRound = params.value().lastRound;
    if (refuelling) {
        AlgorandRefueler::IndexerCheck indexer;
        if (m_indexer)
            indexer = [this](const std::string &txid, std::uint64_t lastValid) { return indexerConfirmedRound(txid, lastValid); };
        if (auto followed = AlgorandRefueler(m_database, m_clock, m_ledger, m_audit, m_algod, m_notifier)
                                .follow(static_cast<int>(confirmations), lastRound, indexer, report);
            !followed)
            return followed;
    }
    for (CollectionRecord sweep : ours) {
        CollectionRepository collections(m_database.connection(), m_database.dialect());
        const auto markSent = [&]() -> Result<void> {
            if (sweep.state != CollectionState::Signed)
                return {};
            if (auto moved = collections.advance(sweep.id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt,
                                                 sweep.note, m_clock.nowMs());
                !moved)
                return moved;
            sweep.state = CollectionState::Broadcast;
            ++report.broadcast;
            return {};
        };
        // An ALGO sweep is a payment, an ASA's an asset transfer. Its txid
        // is the hash of the very transfer (asset, amount, receiver): algod
        // confirming it is the chain showing that transfer, since a
        // transaction in a block was applied whole.
        const QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(sweep.rawTx));
        std::uint64_t lastValid = 0;
        if (sweep.asset == kAsset) {
            auto tx = algorand::PaymentTransaction::decodeSigned(raw);
            if (!tx || tx.value().id() != sweep.txid)
                return Error{ErrorCode::Corrupted, "the stored sweep " + sweep.txid + " does not decode to its txid"};
            lastValid = tx.value().lastValid;
        } else {
            auto tx = algorand::AssetTransferTransaction::decodeSigned(raw);
            if (!tx || tx.value().id() != sweep.txid || tx.value().amount != static_cast<std::uint64_t>(sweep.amount.baseUnits())
                || algorand::encodeAddress(tx.value().receiver) != sweep.toAddress)
                return Error{ErrorCode::Corrupted, "the stored sweep " + sweep.txid + " does not decode to its txid and amount"};
            lastValid = tx.value().lastValid;
        }

        auto pending = m_algod.pending(sweep.txid);
        if (!pending)
            return pending.error();
        std::uint64_t confirmedRound = pending.value().confirmedRound;
        if (confirmedRound == 0 && lastRound > lastValid) {
            // Past its last valid round it can never be confirmed; but algod
            // forgets old rounds, so it may have been confirmed unseen.
            if (!m_indexer) {
                report.problems.push_back(sweep.txid + ": past its last valid round " + std::to_string(lastValid)
                                          + " and algod does not know it; set the Algorand indexer URL so that the"
                                            " collector can tell whether it was confirmed");
                continue;
            }
            auto indexed = indexerConfirmedRound(sweep.txid, lastValid);
            if (!indexed) {
                report.problems.push_back(sweep.txid + ": " + indexed.error().message);
                ++report.awaitingConfirmations;
                continue;
            }
            confirmedRound = indexed.value().value_or(0);
            if (confirmedRound == 0) {
                if (auto settled = settle(sweep, false, "not confirmed by its last valid round " + std::to_string(lastValid),
                                          report);
                    !settled)
                    return settled;
                continue;
            }
        }
        if (confirmedRound == 0) {
            // Not confirmed (or never arrived): send the stored bytes, which
            // algod takes as the same transaction, never a second one.
            if (auto sent = algorand::sendStored(m_algod, raw, sweep.txid); !sent) {
                report.problems.push_back(sent.error().message);
                continue;
            }
            if (auto marked = markSent(); !marked)
                return marked;
            ++report.awaitingConfirmations;
            continue;
        }
        if (auto marked = markSent(); !marked) // sent before a crash and confirmed since
            return marked;
        // algod's latest round is at least the one it confirmed in, even
        // if the params read at the start of this pass are older.
        const std::uint64_t latest = std::max(lastRound, confirmedRound);
        if (latest - confirmedRound + 1 < confirmations) {
            ++report.awaitingConfirmations;
            continue;
        }
        if (auto settled = settle(sweep, true, std::string(), report); !settled)
            return settled;
    }
    return {};
}

Result<void> AlgorandCollector::settle(const CollectionRecord &sweep, bool succeeded, const std::string &note,
                                       CollectionRunReport &report)
{
    // A confirmed payment was charged exactly its fee field; one that never
    // made it into a block was charged nothing.
    const Amount fee = succeeded ? sweep.maxFee : Amount::zero();

    return SweepSettlement(m_database, m_clock, m_ledger, m_audit, m_notifier).settle(sweep, {succeeded, fee, note}, report);
}

} // namespace exchange::deposits
