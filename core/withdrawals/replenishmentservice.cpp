#include "core/withdrawals/replenishmentservice.h"

#include "core/base/clock.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerservice.h"
#include "core/ledger/transferrequest.h"
#include "core/store/assetsettings.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/security/trustanchor.h"
#include "core/store/assetsettings.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/wallets/signerdestinations.h"
#include "core/wallets/tokensinforce.h"
#include "core/wallets/walletservice.h"

#include <QJsonObject>

#include <algorithm>

namespace exchange::withdrawals {

using wallets::WalletTier;

namespace {

std::string tierName(WalletTier t)
{
    return std::string(wallets::walletTierName(t));
}

QJsonObject describe(const ReplenishmentRecord &r, const Asset &asset)
{
    QJsonObject o{{QStringLiteral("asset"), QString::fromStdString(r.asset)},
                  {QStringLiteral("chain"), QString::fromLatin1(chainName(r.chain))},
                  {QStringLiteral("from"), QString::fromStdString(tierName(r.fromTier))},
                  {QStringLiteral("to"), QString::fromStdString(tierName(r.toTier))},
                  {QStringLiteral("from_address"), QString::fromStdString(r.fromAddress)},
                  {QStringLiteral("to_address"), QString::fromStdString(r.toAddress)},
                  {QStringLiteral("amount"), QString::fromStdString(asset.format(r.amount))},
                  {QStringLiteral("max_fee"), QString::fromStdString(nativeAssetOf(r.chain).format(r.maxFee))},
                  {QStringLiteral("state"), QString::fromLatin1(replenishmentStateName(r.state))}};
    if (r.txid)
        o.insert(QStringLiteral("txid"), QString::fromStdString(*r.txid));
    if (!r.note.empty())
        o.insert(QStringLiteral("note"), QString::fromStdString(r.note));
    return o;
}

// The number of differences describeDifference() lists: the export a
// file is closest to is the one it differs from least.
std::size_t differences(const std::string &description)
{
    return static_cast<std::size_t>(std::count(description.begin(), description.end(), ';')) + 1;
}

} // namespace

ReplenishmentService::ReplenishmentService(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                           security::AuditLog &audit, wallets::WalletService &wallets, ChainAccess chains)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_chains(std::move(chains))
{
}

Result<wallets::Wallet> ReplenishmentService::wallet(Chain chain, WalletTier tier, const std::string &asset) const
{
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    // A wallet is an address of its chain: it holds the chain's coin and
    // its tokens alike (its row names the coin).
    for (const auto &w : all.value()) {
        if (w.chain == chain && w.tier == tier)
            return w;
    }
    return Error{ErrorCode::NotFound, asset + " has no " + tierName(tier) + " wallet on " + std::string(chainName(chain))
                                          + ": exctl wallet add"};
}

Result<Asset> ReplenishmentService::signedAsset(const Asset &row) const
{
    if (row.identity.isNative())
        return row;
    const auto pin = [this]() -> Result<std::optional<QByteArray>> {
        auto listed = security::listedPinnedAdminKey(m_database.connection());
        if (!listed)
            return listed.error();
        if (listed.value().isEmpty())
            return std::optional<QByteArray>();
        return std::optional<QByteArray>(listed.value());
    };
    auto tokens = wallets::tokensInForce(m_database.connection(), m_database.dialect(), row.chain, pin);
    if (!tokens)
        return Error{tokens.error().code == ErrorCode::Corrupted ? ErrorCode::Conflict : tokens.error().code,
                     row.code + " is not in force, so none of it moves: " + tokens.error().message};
    for (const wallets::WatchedToken &t : tokens.value()) {
        if (t.asset != row.code)
            continue;
        if (t.identity != row.identity || t.decimals != row.decimals)
            break;
        Asset signedOne = row;
        signedOne.identity = t.identity;
        return signedOne;
    }
    return Error{ErrorCode::Conflict, row.code + " is not in force (its row is not the identity an admin signed), so none of it moves"};
}

Result<void> ReplenishmentService::checkDestination(Chain chain, WalletTier tier, const std::string &registeredAs,
                                                    const std::string &address) const
{
    auto destinations = wallets::SignerDestinations::listed(m_database.connection());
    if (!destinations)
        return destinations.error();
    return destinations.value().check(chain, tier, registeredAs, address);
}

Result<FeeWalletRefill> ReplenishmentService::feeWalletRefill(ReplenishmentChain &chain, const std::string &feeAddress) const
{
    const Asset &coin = nativeAssetOf(chain.chain());
    auto spendable = chain.spendable(feeAddress, coin);
    if (!spendable)
        return spendable.error();
    auto inFlight = ReplenishmentRepository(m_database.connection(), m_database.dialect()).inFlight();
    if (!inFlight)
        return inFlight.error();
    const auto on = inFlight.value().find({coin.code, WalletTier::Fee});
    return FeeWalletRefill::read(m_database.connection(), chain.chain(), spendable.value(),
                                 on == inFlight.value().end() ? Amount::zero() : on->second);
}

Result<AssetReplenishment> ReplenishmentService::planAsset(
    const Asset &asset, const QueueSums &queue, const std::map<std::pair<std::string, WalletTier>, Amount> &inFlight)
{
    AssetReplenishment a;
    a.asset = asset;
    a.queue = queue;
    if (auto it = inFlight.find({asset.code, WalletTier::Hot}); it != inFlight.end())
        a.inFlightToHot = it->second;
    if (auto it = inFlight.find({asset.code, WalletTier::Warm}); it != inFlight.end())
        a.inFlightToWarm = it->second;
    a.feeAsset = nativeAssetOf(asset.chain);
    auto record = AssetRepository(m_database.connection(), m_database.dialect()).find(asset.code);
    if (!record)
        return record.error();
    ReplenishmentChain *chain = m_chains(asset.chain);
    const auto note = [&a](const std::string &problem) {
        if (a.problem.empty())
            a.problem = problem;
    };
    auto moved = signedAsset(asset);
    if (!moved) {
        note(moved.error().message);
    } else if (!chain) {
        note(std::string(chainName(asset.chain)) + " has no node URL: exctl chain set " + std::string(chainName(asset.chain))
             + " --node URL");
    } else {
        auto fee = chain->feeAllowance(moved.value());
        if (fee)
            a.feeAllowance = fee.value();
        else
            note(fee.error().message);
        for (WalletTier tier : {WalletTier::Hot, WalletTier::Warm}) {
            auto found = wallet(asset.chain, tier, asset.code);
            if (!found) {
                note(found.error().message);
                continue;
            }
            auto spendable = chain->spendable(found.value().address, moved.value());
            if (!spendable) {
                note(spendable.error().message);
                continue;
            }
            (tier == WalletTier::Hot ? a.hotSpendable : a.warmSpendable) = spendable.value();
        }
        if (wallets::hasFeeWallet(asset.chain) && asset.identity.isNative()) {
            if (auto feeWallet = wallet(asset.chain, WalletTier::Fee, asset.code)) {
                auto refill = feeWalletRefill(*chain, feeWallet.value().address);
                if (refill)
                    a.warmToFee = refill.value();
                else
                    note(refill.error().message);
            }
        }
        if (!fee) {
            // Without a fee allowance the plan would be short by the fees.
            a.hotSpendable.reset();
            a.warmSpendable.reset();
        }
    }
    ReplenishmentInput in;
    in.asset = asset;
    in.queued = queue.automatic;
    in.queuedCount = queue.automaticCount;
    in.manual = queue.manual;
    in.manualCount = queue.manualCount;
    // A token's fees are the coin's: none comes out of the token's amounts.
    in.feePerTransaction = asset.identity.isNative() ? a.feeAllowance : Amount::zero();
    in.hotSpendable = a.hotSpendable;
    in.warmSpendable = a.warmSpendable;
    in.hotMax = record.value().settings.hotMax;
    in.warmMax = record.value().settings.warmMax;
    in.inFlightToHot = a.inFlightToHot;
    in.inFlightToWarm = a.inFlightToWarm;
    a.plan = ReplenishmentPlanner::plan(in);
    return a;
}

Result<std::vector<AssetReplenishment>> ReplenishmentService::plan()
{
    ReplenishmentRepository repo(m_database.connection(), m_database.dialect());
    auto queue = repo.queueSums();
    if (!queue)
        return queue.error();
    auto inFlight = repo.inFlight();
    if (!inFlight)
        return inFlight.error();
    auto assets = AssetRepository(m_database.connection(), m_database.dialect()).list();
    if (!assets)
        return assets.error();
    std::vector<AssetReplenishment> out;
    for (const auto &record : assets.value()) {
        const auto q = queue.value().find(record.asset.code);
        auto one = planAsset(record.asset, q == queue.value().end() ? QueueSums{} : q->second, inFlight.value());
        if (!one)
            return one.error();
        out.push_back(std::move(one).value());
    }
    return out;
}

Result<ExportedFile> ReplenishmentService::exportTransfer(const security::Actor &actor, const ExportRequest &request)
{
    if (auto allowed = security::authorize(actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    if (request.to != WalletTier::Hot && request.to != WalletTier::Warm && request.to != WalletTier::Fee)
        return Error{ErrorCode::InvalidInput,
                     "replenishment goes to hot (from warm), to warm (from cold) or to the fee wallet (from warm)"};
    const WalletTier from = request.to == WalletTier::Warm ? WalletTier::Cold : WalletTier::Warm;
    auto record = AssetRepository(m_database.connection(), m_database.dialect()).find(request.asset);
    if (!record)
        return record.error();
    if (request.to == WalletTier::Fee) {
        const Asset &coinOf = nativeAssetOf(record.value().asset.chain);
        if (!wallets::hasFeeWallet(coinOf.chain))
            return Error{ErrorCode::InvalidInput, std::string(chainName(coinOf.chain)) + " has no fee wallet"};
        if (record.value().asset.code != coinOf.code)
            return Error{ErrorCode::InvalidInput, "the fee wallet holds only " + coinOf.code + ": fund it with --asset " + coinOf.code};
    }
    auto moved = signedAsset(record.value().asset);
    if (!moved)
        return moved.error();
    const Asset asset = moved.value();
    const Asset &coin = nativeAssetOf(asset.chain);
    ReplenishmentChain *chain = m_chains(asset.chain);
    if (!chain)
        return Error{ErrorCode::InvalidInput, std::string(chainName(asset.chain)) + " has no node URL: exctl chain set "
                                                  + std::string(chainName(asset.chain)) + " --node URL"};
    auto fromWallet = wallet(asset.chain, from, asset.code);
    if (!fromWallet)
        return fromWallet.error();
    auto toWallet = wallet(asset.chain, request.to, asset.code);
    if (!toWallet)
        return toWallet.error();
    const std::string fromAddress = fromWallet.value().address;
    const std::string toAddress = toWallet.value().address;
    if (auto trusted = checkDestination(asset.chain, request.to, toWallet.value().asset, toAddress); !trusted)
        return trusted.error();

    Amount amount;
    if (request.amount) {
        if (!request.amount->isPositive())
            return Error{ErrorCode::InvalidInput, "the amount to move must be positive"};
        amount = *request.amount;
    } else if (request.to == WalletTier::Fee) {
        auto refill = feeWalletRefill(*chain, toAddress);
        if (!refill)
            return refill.error();
        if (!refill.value().amount.isPositive())
            return Error{ErrorCode::InvalidInput, "nothing to move to the fee wallet (" + refill.value().why + "); give --amount to move anyway"};
        amount = refill.value().amount;
    } else {
        auto plans = plan();
        if (!plans)
            return plans.error();
        for (const auto &p : plans.value()) {
            if (p.asset.code != asset.code)
                continue;
            const auto &move = request.to == WalletTier::Hot ? p.plan.warmToHot : p.plan.coldToWarm;
            if (!move)
                return Error{ErrorCode::Unavailable, "no plan for " + asset.code + ": " + p.problem};
            if (move->amount.isZero())
                return Error{ErrorCode::InvalidInput, "nothing to move to " + tierName(request.to) + " (" + move->why
                                                          + "); give --amount to move anyway"};
            amount = move->amount;
        }
        if (amount.isZero())
            return Error{ErrorCode::NotFound, "unknown asset " + asset.code};
    }

    const std::string firstWarm = from == WalletTier::Warm ? ": replenish warm from cold first (--tier warm)" : "";
    if (!asset.identity.isNative()) {
        // The token first: without it the node cannot even estimate the call.
        auto held = chain->spendable(fromAddress, asset);
        if (!held)
            return held.error();
        if (held.value().baseUnits() < amount.baseUnits())
            return Error{ErrorCode::InvalidInput, tierName(from) + " holds " + asset.format(held.value()) + " " + asset.code
                                                      + ", the move needs " + asset.format(amount) + " " + asset.code + firstWarm};
    }
    auto prepared = chain->prepare(fromAddress, toAddress, amount, asset);
    if (!prepared)
        return prepared.error();
    auto spendable = chain->spendable(fromAddress, coin);
    if (!spendable)
        return spendable.error();
    const Amount needsCoin = asset.identity.isNative() ? Amount::fromBaseUnits(amount.baseUnits() + prepared.value().maxFee.baseUnits())
                                                        : prepared.value().maxFee;
    if (spendable.value().baseUnits() < needsCoin.baseUnits()) {
        if (asset.identity.isNative())
            return Error{ErrorCode::InvalidInput,
                         tierName(from) + " can spend " + asset.format(spendable.value()) + " " + asset.code + ", the move needs "
                             + asset.format(amount) + " plus up to " + asset.format(prepared.value().maxFee) + " in fees" + firstWarm};
        return Error{ErrorCode::InvalidInput, tierName(from) + " can spend " + coin.format(spendable.value()) + " " + coin.code
                                                  + ", the move of " + asset.code + " needs up to " + coin.format(prepared.value().maxFee)
                                                  + " " + coin.code + " for its network fee: send " + coin.code + " to "
                                                  + tierName(from) + " first"};
    }

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    ReplenishmentRepository repo(work.db(), m_database.dialect());
    auto existing = repo.findByUnsigned(prepared.value().unsignedTx);
    if (!existing)
        return existing.error();
    if (existing.value())
        return ExportedFile{*existing.value(), chain->fileContents(existing.value()->unsignedTx), true};
    // The chain takes one transaction per nonce (sequence number): a second
    // export from the same wallet before the first is sent would be a rival
    // of it, and only one of the two could ever arrive.
    auto waiting = repo.waitingFrom(asset.chain, fromAddress);
    if (!waiting)
        return waiting.error();
    if (!waiting.value().empty()) {
        const ReplenishmentRecord &w = waiting.value().front();
        return Error{ErrorCode::Conflict, "replenishment " + std::to_string(w.id) + " (" + asset.format(w.amount) + " " + asset.code
                                              + " from " + tierName(w.fromTier) + ") is still waiting for its signed file and holds"
                                              + " that wallet's next transaction: import it, or exctl replenish cancel "
                                              + std::to_string(w.id)};
    }
    ReplenishmentRecord r;
    r.asset = asset.code;
    r.chain = asset.chain;
    r.fromTier = from;
    r.toTier = request.to;
    r.fromAddress = fromAddress;
    r.toAddress = toAddress;
    r.amount = amount;
    r.maxFee = prepared.value().maxFee;
    r.unsignedTx = prepared.value().unsignedTx;
    r.exportedBy = actor.displayName();
    r.createdAtMs = r.updatedAtMs = m_clock.nowMs();
    auto stored = repo.insert(r);
    if (!stored)
        return stored.error();
    if (auto audited = m_audit.append(work.db(), actor, "replenishment.export", "replenishment",
                                      std::to_string(stored.value().id), {}, describe(stored.value(), asset));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return ExportedFile{stored.value(), chain->fileContents(stored.value().unsignedTx), false};
}

Result<ImportOutcome> ReplenishmentService::importSigned(const security::Actor &actor, const QByteArray &file)
{
    if (auto allowed = security::authorize(actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    ReplenishmentChain *chain = nullptr;
    std::optional<SignedTransfer> signedTx;
    std::string reasons;
    for (Chain c : {Chain::Ethereum, Chain::Stellar, Chain::Algorand}) {
        ReplenishmentChain *candidate = m_chains(c);
        if (!candidate)
            continue;
        auto read = candidate->readSigned(file);
        if (read) {
            chain = candidate;
            signedTx = read.value();
            break;
        }
        reasons += (reasons.empty() ? "" : "; ") + std::string(chainName(c)) + ": " + read.error().message;
    }
    if (!chain)
        return Error{ErrorCode::InvalidInput, "not a signed transaction of a chain with a node (" + reasons + "); nothing was sent"};

    ReplenishmentRepository reader(m_database.connection(), m_database.dialect());
    auto found = reader.findByUnsigned(signedTx->unsignedTx);
    if (!found)
        return found.error();
    if (!found.value()) {
        auto open = reader.list(ReplenishmentState::Exported, 50);
        if (!open)
            return open.error();
        std::string closest;
        std::int64_t closestId = 0;
        for (const auto &r : open.value()) {
            if (r.chain != chain->chain())
                continue;
            const std::string d = chain->describeDifference(r.unsignedTx, signedTx->unsignedTx);
            if (closest.empty() || differences(d) < differences(closest)) {
                closest = d;
                closestId = r.id;
            }
        }
        if (closest.empty())
            return Error{ErrorCode::InvalidInput, "no exported replenishment is this transaction; nothing was sent"};
        return Error{ErrorCode::InvalidInput, "this is not the exported transaction: it differs from replenishment "
                                                  + std::to_string(closestId) + " (" + closest + "); nothing was sent"};
    }
    ReplenishmentRecord r = *found.value();
    if (r.txid && *r.txid != signedTx->txid)
        return Error{ErrorCode::Conflict, "replenishment " + std::to_string(r.id) + " was already imported signed differently (as "
                                              + *r.txid + "); nothing was sent"};
    if (r.state == ReplenishmentState::Cancelled)
        return Error{ErrorCode::WrongState, "replenishment " + std::to_string(r.id) + " was cancelled (" + r.note
                                                + "): nothing was sent; export a new one"};
    if (r.state == ReplenishmentState::Failed)
        return Error{ErrorCode::InvalidInput, "replenishment " + std::to_string(r.id) + " failed on the chain (" + r.note
                                                  + "): export a new one"};
    if (auto signer = chain->checkSigner(signedTx.value(), r.fromAddress); !signer)
        return signer.error();
    if (r.state == ReplenishmentState::Confirmed)
        return ImportOutcome{r, true};
    // The file is exactly the export, but the signed addresses may have
    // changed since: what is sent must go where an admin says now.
    std::string registeredAs = nativeAssetOf(r.chain).code;
    if (auto to = wallet(r.chain, r.toTier, r.asset))
        registeredAs = to.value().asset;
    if (auto trusted = checkDestination(r.chain, r.toTier, registeredAs, r.toAddress); !trusted)
        return trusted.error();

    auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(r.asset);
    if (!asset)
        return asset.error();
    // A token still in force, and the export moves it as signed now, or
    // nothing is sent.
    auto inForce = signedAsset(asset.value().asset);
    if (!inForce)
        return Error{inForce.error().code, inForce.error().message + "; nothing was sent"};
    auto moves = chain->movedAsset(r.unsignedTx);
    if (!moves)
        return moves.error();
    if (moves.value() != inForce.value().identity)
        return Error{ErrorCode::Conflict, "replenishment " + std::to_string(r.id) + " moves " + moves.value().describe() + ", but "
                                              + r.asset + " is " + inForce.value().identity.describe()
                                              + " as an admin signed it now: nothing was sent; cancel it and export again"};
    const bool alreadyImported = r.state == ReplenishmentState::Broadcast || !r.signedTx.isEmpty();
    if (r.signedTx.isEmpty()) {
        // Stored before it is sent: a crash after the broadcast leaves the
        // same bytes to send again, never a second transaction.
        UnitOfWork work(m_database);
        if (auto began = work.began(); !began)
            return began.error();
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::RequestReplenishment); !allowed)
            return allowed.error();
        ReplenishmentRepository repo(work.db(), m_database.dialect());
        if (auto stored = repo.storeSigned(r.id, signedTx->signedTx, signedTx->txid, m_clock.nowMs()); !stored)
            return stored.error();
        r.signedTx = signedTx->signedTx;
        r.txid = signedTx->txid;
        if (auto audited = m_audit.append(work.db(), actor, "replenishment.import", "replenishment", std::to_string(r.id),
                                          describe(*found.value(), asset.value().asset), describe(r, asset.value().asset));
            !audited)
            return audited.error();
        if (auto committed = work.commit(); !committed)
            return committed.error();
        m_audit.announce();
    }
    // The same bytes as stored, whatever file brought them.
    if (auto sent = chain->broadcast(SignedTransfer{r.unsignedTx, r.signedTx, *r.txid}); !sent)
        return Error{sent.error().code, sent.error().message + " (replenishment " + std::to_string(r.id)
                                            + " keeps the signed transaction; import the file again to retry)"};
    if (r.state == ReplenishmentState::Exported) {
        // Broadcast already: recorded whoever the operator is by now.
        UnitOfWork work(m_database);
        if (auto began = work.began(); !began)
            return began.error();
        ReplenishmentRepository repo(work.db(), m_database.dialect());
        if (auto moved = repo.advance(r.id, ReplenishmentState::Exported, ReplenishmentState::Broadcast, {}, m_clock.nowMs());
            !moved)
            return moved.error();
        const QJsonObject before = describe(r, asset.value().asset);
        r.state = ReplenishmentState::Broadcast;
        if (auto audited = m_audit.append(work.db(), actor, "replenishment.broadcast", "replenishment", std::to_string(r.id),
                                          before, describe(r, asset.value().asset));
            !audited)
            return audited.error();
        if (auto committed = work.commit(); !committed)
            return committed.error();
        m_audit.announce();
    }
    if (auto settled = settle(r, *chain, actor); !settled)
        return settled.error();
    auto now = reader.find(r.id);
    if (!now)
        return now.error();
    return ImportOutcome{now.value().value_or(r), alreadyImported};
}

Result<ReplenishmentRecord> ReplenishmentService::cancel(const security::Actor &actor, std::int64_t id)
{
    if (auto allowed = security::authorize(actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::RequestReplenishment); !allowed)
        return allowed.error();
    ReplenishmentRepository repo(work.db(), m_database.dialect());
    auto found = repo.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::NotFound, "no replenishment " + std::to_string(id)};
    ReplenishmentRecord r = *found.value();
    if (r.state != ReplenishmentState::Exported)
        return Error{ErrorCode::WrongState, "replenishment " + std::to_string(id) + " is "
                                                + std::string(replenishmentStateName(r.state)) + ": only an exported one can be cancelled"};
    if (!r.signedTx.isEmpty())
        return Error{ErrorCode::WrongState, "replenishment " + std::to_string(id) + " has a signed transaction that may still reach "
                                                + "the chain: import its file again instead"};
    auto asset = AssetRepository(work.db(), m_database.dialect()).find(r.asset);
    if (!asset)
        return asset.error();
    const std::string note = "cancelled by " + actor.displayName();
    if (auto moved = repo.advance(id, ReplenishmentState::Exported, ReplenishmentState::Cancelled, note, m_clock.nowMs()); !moved)
        return moved.error();
    const QJsonObject before = describe(r, asset.value().asset);
    r.state = ReplenishmentState::Cancelled;
    r.note = note;
    if (auto audited = m_audit.append(work.db(), actor, "replenishment.cancel", "replenishment", std::to_string(id), before,
                                      describe(r, asset.value().asset));
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return r;
}

Result<void> ReplenishmentService::settle(const ReplenishmentRecord &r, ReplenishmentChain &chain, const security::Actor &actor)
{
    if (r.state != ReplenishmentState::Broadcast || !r.txid)
        return {};
    auto status = chain.status(*r.txid, r.unsignedTx);
    if (!status)
        return status.error();
    if (status.value().verdict != ChainVerdict::Confirmed && status.value().verdict != ChainVerdict::Failed)
        return {};
    auto asset = AssetRepository(m_database.connection(), m_database.dialect()).find(r.asset);
    if (!asset)
        return asset.error();
    const ReplenishmentState next =
        status.value().verdict == ChainVerdict::Confirmed ? ReplenishmentState::Confirmed : ReplenishmentState::Failed;
    // Algorand charges exactly the fee the transaction names (maxFee).
    const Amount fee = status.value().fee.value_or(r.maxFee);
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    // A funding of the fee wallet someone sent and booked by its txid
    // (exctl collect fund-fee) before importing it here: its amount is in
    // the books already, only its network fee is not.
    bool amountBooked = false;
    if (r.toTier == WalletTier::Fee) {
        auto funded = sql::run(work.db(), QStringLiteral("SELECT 1 FROM ledger_transfers WHERE id = ?"),
                               {QString::fromStdString("fee-funding:" + *r.txid)});
        if (!funded)
            return funded.error();
        amountBooked = funded.value().next();
    }
    std::vector<ledger::TransferRequest> postings;
    const ledger::AccountKey source = ledger::walletAccount(wallets::walletTierName(r.fromTier), r.asset);
    // The network fee is the chain's coin, whatever moved (see
    // WithdrawalLedger's fee transfer): from the source tier's coin account.
    const Asset &coin = nativeAssetOf(r.chain);
    const ledger::AccountKey feeSource = ledger::walletAccount(wallets::walletTierName(r.fromTier), coin.code);
    if (next == ReplenishmentState::Confirmed && !amountBooked)
        postings.push_back(ledger::TransferRequest::posted("replenishment:" + std::to_string(r.id), ledger::TransferCode::Replenishment,
                                                           ledger::walletAccount(wallets::walletTierName(r.toTier), r.asset),
                                                           source, r.amount, *r.txid));
    if (fee.isPositive())
        postings.push_back(ledger::TransferRequest::posted("replenishment-fee:" + std::to_string(r.id), ledger::TransferCode::NetworkFee,
                                                           ledger::expenseAccount(ledger::owner::NetworkFees, coin.code), feeSource,
                                                           fee, *r.txid));
    if (!postings.empty()) {
        if (auto booked = m_ledger.submitLinkedIn(work, postings); !booked)
            return Error{booked.error().code, "replenishment " + std::to_string(r.id) + " is "
                                                  + std::string(replenishmentStateName(next)) + " on the chain but cannot be booked: "
                                                  + booked.error().message};
    }
    ReplenishmentRepository repo(work.db(), m_database.dialect());
    if (auto moved = repo.advance(r.id, ReplenishmentState::Broadcast, next, status.value().note, m_clock.nowMs()); !moved)
        return moved.error();
    ReplenishmentRecord after = r;
    after.state = next;
    after.note = status.value().note;
    QJsonObject booked = describe(after, asset.value().asset);
    booked.insert(QStringLiteral("fee"), QString::fromStdString(coin.format(fee)));
    booked.insert(QStringLiteral("fee_asset"), QString::fromStdString(coin.code));
    if (auto audited = m_audit.append(work.db(), actor, std::string("replenishment.") + std::string(replenishmentStateName(next)),
                                      "replenishment", std::to_string(r.id), describe(r, asset.value().asset), booked);
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    return {};
}

Result<std::vector<ReplenishmentRecord>> ReplenishmentService::follow()
{
    ReplenishmentRepository reader(m_database.connection(), m_database.dialect());
    auto broadcast = reader.list(ReplenishmentState::Broadcast, 1000);
    if (!broadcast)
        return broadcast.error();
    std::vector<ReplenishmentRecord> changed;
    for (const auto &r : broadcast.value()) {
        ReplenishmentChain *chain = m_chains(r.chain);
        if (!chain)
            continue;
        if (auto settled = settle(r, *chain, security::Actor::system("replenishment")); !settled)
            return settled.error();
        auto now = reader.find(r.id);
        if (!now)
            return now.error();
        if (now.value() && now.value()->state != r.state)
            changed.push_back(*now.value());
    }
    return changed;
}

Result<std::vector<ReplenishmentRecord>> ReplenishmentService::list(int limit) const
{
    return ReplenishmentRepository(m_database.connection(), m_database.dialect()).list(std::nullopt, limit);
}

} // namespace exchange::withdrawals
