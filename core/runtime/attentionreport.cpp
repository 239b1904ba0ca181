#include "core/runtime/attentionreport.h"

#include "core/demo/demodata.h"
#include "core/demo/publishedkeys.h"
#include "core/runtime/coreservices.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

#include <map>

namespace exchange {

namespace {

Result<void> readWithdrawals(Database &database, AttentionReport &report, std::map<std::string, HotShortfall> &queues)
{
    const QSqlDatabase db = database.connection();
    auto counts = sql::run(db, QStringLiteral("SELECT state, COUNT(*), MIN(requested_at) FROM withdrawals"
                                              " WHERE state IN ('under_review', 'error', 'failed', 'manual_payout')"
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
    auto deposits = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM deposits WHERE state = 'unattributed'"));
    if (!deposits)
        return deposits.error();
    if (deposits.value().next())
        report.unattributedDeposits = deposits.value().value(0).toInt();
    return {};
}

Result<void> readPublishedKeys(Database &database, AttentionReport &report)
{
    const QSqlDatabase db = database.connection();
    auto demo = isDemoDatabase(db);
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

Result<void> readReport(CoreServices &services, AttentionReport &report)
{
    std::map<std::string, HotShortfall> queues;
    {
        // One snapshot for the counts and the queue.
        UnitOfWork work(services.database(), UnitOfWork::Access::Read);
        if (auto began = work.began(); !began)
            return began.error();
        if (auto read = readWithdrawals(services.database(), report, queues); !read)
            return read.error();
        work.rollback();
    }
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
    auto assets = services.assetSettings().list();
    if (!assets)
        return assets.error();
    for (const AssetRecord &record : assets.value())
        report.assets.emplace(record.asset.code, record.asset);
    auto checked = services.ledgerChecker().lastReport();
    if (!checked)
        return checked.error();
    report.lastLedgerCheck = checked.value();
    if (auto published = readPublishedKeys(services.database(), report); !published)
        return published.error();
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
