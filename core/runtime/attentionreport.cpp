#include "core/runtime/attentionreport.h"

#include "core/api/webhookservice.h"
#include "core/chains/publishedkeys.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/refuelrepository.h"
#include "core/money/asset.h"
#include "core/runtime/coreservices.h"
#include "core/security/trustanchor.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <algorithm>
#include <map>
#include <set>

namespace exchange {

namespace {

// Approved and processing withdrawals of an asset, and how many of them
// have no signed transaction yet.
struct Payable {
    int all = 0;
    int notSigned = 0;
};

Result<void> readWithdrawals(Database &database, AttentionReport &report, std::map<std::string, HotShortfall> &queues,
                             std::map<std::string, Payable> &payable)
{
    const QSqlDatabase db = database.connection();
    auto counts = sql::run(db, QStringLiteral("SELECT state, COUNT(*), MIN(requested_at) FROM withdrawals"
                                              " WHERE state IN ('under_review', 'error', 'failed', 'manual_payout',"
                                              " 'held_for_integrity')"
                                              " GROUP BY state"));
    if (!counts)
        return counts.error();
    while (counts.value().next()) {
        const QString state = counts.value().value(0).toString();
        const int n = counts.value().value(1).toInt();
        if (state == u"under_review") {
            report.underReview = n;
            report.oldestReviewRequestedAtMs = counts.value().value(2).toLongLong();
        } else if (state == u"manual_payout") {
            report.manualWaiting = n;
        } else if (state == u"held_for_integrity") {
            report.heldForIntegrity = n;
        } else {
            report.inError += n;
        }
    }
    // What hot must pay: every payout on its way or waiting to be retried.
    auto queued = sql::run(db, QStringLiteral("SELECT asset, amount, fee FROM withdrawals"
                                              " WHERE state IN ('approved', 'processing', 'error')"));
    if (!queued)
        return queued.error();
    while (queued.value().next()) {
        const std::string asset = queued.value().value(0).toString().toStdString();
        auto amount = Dialect::amountFromSql(queued.value().value(1));
        auto fee = Dialect::amountFromSql(queued.value().value(2));
        if (!amount || !fee)
            return Error{ErrorCode::Corrupted, "a queued " + asset + " withdrawal has an unreadable amount"};
        HotShortfall &q = queues[asset];
        q.asset = asset;
        q.queued = Amount::fromBaseUnits(q.queued.baseUnits() + amount.value().baseUnits() + fee.value().baseUnits());
        ++q.queuedCount;
    }
    // Every payout on its way needs its chain's node; only those without a
    // signed transaction yet need the vault and the hot key.
    auto waiting = sql::run(db, QStringLiteral("SELECT w.asset, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM withdrawal_payouts p"
                                               " WHERE p.withdrawal_id = w.id AND p.state IN ('signed', 'broadcast'))"
                                               " THEN 0 ELSE 1 END) FROM withdrawals w"
                                               " WHERE w.state IN ('approved', 'processing') GROUP BY w.asset"));
    if (!waiting)
        return waiting.error();
    while (waiting.value().next()) {
        Payable &p = payable[waiting.value().value(0).toString().toStdString()];
        p.all = waiting.value().value(1).toInt();
        p.notSigned = waiting.value().value(2).toInt();
    }
    auto deposits = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM deposits WHERE state = 'unattributed'"));
    if (!deposits)
        return deposits.error();
    if (deposits.value().next())
        report.unattributedDeposits = deposits.value().value(0).toInt();
    // Refused since the address's last signed sweep, with deposits still
    // planned: each is found by the audit log's object index.
    auto refused = sql::run(db, QStringLiteral("SELECT COUNT(DISTINCT d.to_address) FROM deposits d"
                                               " WHERE d.state = 'collection_planned' AND EXISTS (SELECT 1 FROM audit_log a"
                                               " WHERE a.object_type = 'deposit_address' AND a.object_id = d.to_address"
                                               " AND a.action = 'collection.refused' AND a.at > COALESCE((SELECT MAX(c.created_at)"
                                               " FROM collections c WHERE c.from_address = d.to_address), 0))"));
    if (!refused)
        return refused.error();
    if (refused.value().next())
        report.collectionsRefused = refused.value().value(0).toInt();
    return {};
}

Result<void> readPublishedKeys(Database &database, AttentionReport &report)
{
    const QSqlDatabase db = database.connection();
    auto demo = MetaRepository(db).isDemoDatabase();
    if (!demo)
        return demo.error();
    report.demoDatabase = demo.value();
    if (report.demoDatabase)
        return {};
    auto configured = sql::run(db, QStringLiteral("SELECT key, SUBSTR(key, 15), value FROM meta WHERE key LIKE 'trade.address.%'"
                                                  " UNION ALL SELECT tier || ' ' || asset || ' wallet', chain, address"
                                                  " FROM wallets WHERE tier <> 'deposit'"));
    if (!configured)
        return configured.error();
    while (configured.value().next()) {
        const std::string chainText = configured.value().value(1).toString().toStdString();
        const auto chain = chainFromName(chainText);
        const std::string address = configured.value().value(2).toString().toStdString();
        if (chain && publishedKeyOrigin(*chain, address))
            report.publishedKeys.push_back({configured.value().value(0).toString().toStdString(), chainText, address});
    }
    return {};
}

// What stops the payouts waiting on each chain before any node is asked:
// the vault and its hot keys (their names and public ids are stored in
// the clear) and the chain's node URL.
Result<void> readPayoutBlocks(CoreServices &services, const std::map<std::string, Payable> &payable, AttentionReport &report)
{
    std::map<Chain, Payable> waiting;
    for (const auto &[code, count] : payable) {
        if (const auto asset = report.assets.find(code); asset != report.assets.end()) {
            waiting[asset->second.chain].all += count.all;
            waiting[asset->second.chain].notSigned += count.notSigned;
        }
    }
    if (waiting.empty())
        return {};
    const QSqlDatabase db = services.database().connection();
    auto vault = MetaRepository(db).get(QStringLiteral("vault"));
    if (!vault)
        return vault.error();
    std::set<std::string> keys;
    auto stored = sql::run(db, QStringLiteral("SELECT name FROM vault_keys"));
    if (!stored)
        return stored.error();
    while (stored.value().next())
        keys.insert(stored.value().value(0).toString().toStdString());
    // The pin as listed in the clear: enough to say why nothing is signed
    // (the signer itself reads the sealed one).
    auto pin = security::listedPinnedAdminKey(db);
    if (!pin)
        return pin.error();
    const bool unpinned = vault.value() && pin.value().isEmpty();
    auto chains = services.wallets().chainSettings();
    if (!chains)
        return chains.error();
    // On SQLite this process leads, so its vault is the one that signs.
    const bool lockedHere = vault.value() && services.database().dialect().isSQLite() && !services.vault().isUnlocked();
    for (const auto &[chain, count] : waiting) {
        const int toSign = count.notSigned;
        if (toSign > 0 && !vault.value())
            report.payoutBlocks.push_back({chain, PayoutBlock::Reason::NoVault, toSign});
        if (toSign > 0 && lockedHere)
            report.payoutBlocks.push_back({chain, PayoutBlock::Reason::VaultLocked, toSign});
        if (toSign > 0 && unpinned)
            report.payoutBlocks.push_back({chain, PayoutBlock::Reason::NoPin, toSign});
        if (toSign > 0 && vault.value() && !keys.contains("hot:" + std::string(chainName(chain))))
            report.payoutBlocks.push_back({chain, PayoutBlock::Reason::NoHotKey, toSign});
        const bool hasNode = std::any_of(chains.value().begin(), chains.value().end(),
                                         [chain](const wallets::ChainSettings &c) { return c.chain == chain && !c.nodeUrl.empty(); });
        if (!hasNode)
            report.payoutBlocks.push_back({chain, PayoutBlock::Reason::NoNode, count.all});
    }
    return {};
}

// Ethereum's fee wallet against the token sweeps waiting for its gas.
Result<void> readFeeWallet(Database &database, AttentionReport &report)
{
    using deposits::CollectionState;
    const Chain chain = Chain::Ethereum;
    const std::string &coin = nativeAssetOf(chain).code;
    std::set<std::string> open; // addresses with a sweep or a refuel on its way
    auto sweeps = deposits::CollectionRepository(database.connection(), database.dialect())
                      .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!sweeps)
        return sweeps.error();
    for (const deposits::CollectionRecord &r : sweeps.value()) {
        if (r.chain == chain)
            open.insert(r.fromAddress);
    }
    auto refuels = deposits::RefuelRepository(database.connection(), database.dialect())
                       .inStates({CollectionState::Signed, CollectionState::Broadcast});
    if (!refuels)
        return refuels.error();
    FeeWalletShort fee;
    for (const deposits::RefuelRecord &r : refuels.value()) {
        if (r.chain != chain)
            continue;
        open.insert(r.toAddress);
        fee.needed = Amount::fromBaseUnits(fee.needed.baseUnits() + r.amount.baseUnits() + r.maxFee.baseUnits());
    }
    deposits::DepositFilter filter;
    filter.state = deposits::DepositState::CollectionPlanned;
    filter.limit = 1'000'000;
    auto planned = deposits::DepositRepository(database.connection(), database.dialect()).list(filter);
    if (!planned)
        return planned.error();
    std::set<std::string> waiting;
    for (const deposits::DepositRecord &d : planned.value()) {
        if (d.chain == chain && d.asset != coin && !open.contains(d.to))
            waiting.insert(d.to);
    }
    if (waiting.empty())
        return {};
    fee.addressesWaiting = static_cast<int>(waiting.size());
    auto recent = deposits::RefuelRepository(database.connection(), database.dialect()).recent(20);
    if (!recent)
        return recent.error();
    Amount each;
    for (const deposits::RefuelRecord &r : recent.value()) {
        if (r.chain == chain)
            each = std::max(each, Amount::fromBaseUnits(r.amount.baseUnits() + r.maxFee.baseUnits()));
    }
    fee.needed = Amount::fromBaseUnits(fee.needed.baseUnits() + each.baseUnits() * fee.addressesWaiting);
    for (const wallets::TierOverview &tier : report.tiers) {
        if (tier.tier != wallets::WalletTier::Fee || tier.asset != coin || tier.wallets == 0)
            continue;
        fee.registered = true;
        fee.spendable = tier.chainBalance ? std::min(*tier.chainBalance, tier.ledgerBalance) : tier.ledgerBalance;
    }
    if (!fee.registered || !fee.spendable.isPositive() || fee.spendable < fee.needed)
        report.feeWalletShort = fee;
    return {};
}

Result<void> readReport(CoreServices &services, AttentionReport &report)
{
    std::map<std::string, HotShortfall> queues;
    std::map<std::string, Payable> payable; // approved and processing, by asset
    {
        // One snapshot for the counts and the queue.
        UnitOfWork work(services.database(), UnitOfWork::Access::Read);
        if (auto began = work.began(); !began)
            return began.error();
        if (auto read = readWithdrawals(services.database(), report, queues, payable); !read)
            return read.error();
        work.rollback();
    }
    auto hooks = api::WebhookService::failuresIn(services.database().connection());
    if (!hooks)
        return hooks.error();
    report.webhooksFailing = hooks.value().failing;
    report.webhooksFailed = hooks.value().failed;
    report.oldestWebhookEventAtMs = hooks.value().oldestEventAtMs.value_or(0);
    auto tiers = services.wallets().overview();
    if (!tiers)
        return tiers.error();
    report.tiers = std::move(tiers).value();
    for (auto &[asset, queue] : queues) {
        for (const wallets::TierOverview &tier : report.tiers) {
            if (tier.asset != asset || tier.tier != wallets::WalletTier::Hot)
                continue;
            queue.fromChain = tier.chainBalance.has_value();
            queue.spendable = tier.chainBalance.value_or(tier.ledgerBalance);
        }
        if (queue.queued > queue.spendable)
            report.hotShort.push_back(queue);
    }
    for (const wallets::TierOverview &tier : report.tiers) {
        if (tier.tier != wallets::WalletTier::Hot || !tier.maxBalance)
            continue;
        const Amount balance = tier.chainBalance.value_or(tier.ledgerBalance);
        if (balance > *tier.maxBalance)
            report.hotOverMax.push_back({tier.asset, balance, *tier.maxBalance});
    }
    for (const wallets::TierOverview &tier : report.tiers) {
        // The fee wallet's own coin row, once one is registered.
        const auto chain = nativeAsset(tier.asset);
        if (tier.tier != wallets::WalletTier::Fee || !chain || tier.wallets == 0 || !tier.lowBalance)
            continue;
        const Amount balance = tier.chainBalance ? std::min(*tier.chainBalance, tier.ledgerBalance) : tier.ledgerBalance;
        if (balance < *tier.lowBalance)
            report.feeWalletLow.push_back({chain->chain, balance, *tier.lowBalance, tier.maxBalance});
    }
    if (auto fee = readFeeWallet(services.database(), report); !fee)
        return fee.error();
    auto assets = services.assetSettings().list();
    if (!assets)
        return assets.error();
    for (const AssetRecord &record : assets.value())
        report.assets.emplace(record.asset.code, record.asset);
    if (auto blocks = readPayoutBlocks(services, payable, report); !blocks)
        return blocks.error();
    auto checked = services.ledgerChecker().lastReport();
    if (!checked)
        return checked.error();
    report.lastLedgerCheck = checked.value();
    if (auto published = readPublishedKeys(services.database(), report); !published)
        return published.error();
    auto xpub = customers::DepositKeys::ethereumXpub(services.database().connection());
    if (!xpub && xpub.error().code != ErrorCode::Conflict)
        return xpub.error();
    report.depositXpubMismatch = !xpub;
    if (!xpub || xpub.value()) {
        auto pool = services.depositKeys().algorandPool();
        if (!pool)
            return pool.error();
        if (pool.value().low())
            report.algorandPoolLow = pool.value();
    }
    return {};
}

} // namespace

Result<AttentionReport> readAttentionReport(CoreServices &services)
{
    AttentionReport report;
    if (auto read = readReport(services, report); !read)
        return read.error();
    return report;
}

} // namespace exchange
