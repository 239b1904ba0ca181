#include "core/deposits/sweepsettlement.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSweeps, "exchange.collector")

namespace exchange::deposits {

using ledger::TransferCode;
using ledger::TransferRequest;
using wallets::WalletTier;

namespace {
constexpr std::string_view kNetworkFees = "network_fees";
}

SweepSettlement::SweepSettlement(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                 security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_notifier(notifier)
{
}

Error SweepSettlement::refuse(const security::Actor &actor, const SweepPlan &plan, wallets::WalletTier tier,
                              const std::string &to, const std::string &check, const Error &why, CollectionRunReport &report)
{
    ++report.refused;
    qCWarning(lcSweeps, "sweep from %s to %s not signed (%s): %s", plan.address.c_str(), to.c_str(), check.c_str(),
              why.message.c_str());
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return why;
    QJsonArray deposits;
    for (std::int64_t id : plan.depositIds)
        deposits.append(static_cast<qint64>(id));
    const QJsonObject described{{QStringLiteral("check"), QString::fromStdString(check)},
                                {QStringLiteral("tier"), QString::fromLatin1(wallets::walletTierName(tier))},
                                {QStringLiteral("to"), QString::fromStdString(to)},
                                {QStringLiteral("deposits"), deposits},
                                {QStringLiteral("reason"), QString::fromStdString(why.message)}};
    auto audited = m_audit.append(work.db(), actor, "collection.refused", "deposit_address", plan.address, {}, described);
    if (audited && work.commit())
        m_audit.announce();
    else
        qCWarning(lcSweeps, "the refusal could not be recorded in the audit log");
    return why;
}

Result<void> SweepSettlement::storeSigned(const security::Actor &actor, const SweepPlan &plan, const std::string &groupKey,
                                         const std::vector<CollectionRecord> &sweeps, CollectionRunReport &report)
{
    const std::int64_t now = m_clock.nowMs();
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    CollectionRepository collections(work.db(), m_database.dialect());
    DepositRepository deposits(work.db(), m_database.dialect());
    QJsonArray described;
    for (const CollectionRecord &r : sweeps) {
        auto inserted = collections.insert(r);
        if (!inserted)
            return inserted.error();
        described.append(QJsonObject{{QStringLiteral("txid"), QString::fromStdString(r.txid)},
                                     {QStringLiteral("tier"), QString::fromLatin1(wallets::walletTierName(r.tier))},
                                     {QStringLiteral("to"), QString::fromStdString(r.toAddress)},
                                     {QStringLiteral("amount_base_units"), QString::fromStdString(r.amount.toBaseUnitString())},
                                     {QStringLiteral("max_fee_base_units"), QString::fromStdString(r.maxFee.toBaseUnitString())},
                                     {QStringLiteral("sequence"), static_cast<qint64>(r.sequence)}});
    }
    for (std::int64_t id : plan.depositIds) {
        auto found = deposits.find(id);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{ErrorCode::NotFound, "deposit " + std::to_string(id) + " is gone"};
        auto next = nextDepositState(found.value()->state, DepositEvent::CollectionBroadcast);
        if (!next)
            return next.error(); // someone else collects it already
        if (auto updated = deposits.update(id, found.value()->state, next.value(), found.value()->customerId,
                                           found.value()->note, now);
            !updated)
            return updated;
        if (auto linked = collections.linkDeposit(groupKey, id); !linked)
            return linked;
    }
    if (auto audited = m_audit.append(work.db(), actor, "collection.sign", "collection", groupKey, {},
                                      QJsonObject{{QStringLiteral("from"), QString::fromStdString(plan.address)},
                                                  {QStringLiteral("deposits"), static_cast<qint64>(plan.depositIds.size())},
                                                  {QStringLiteral("total_base_units"), QString::fromStdString(plan.total.toBaseUnitString())},
                                                  {QStringLiteral("sweeps"), described}});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed;
    m_audit.announce();
    report.signedSweeps += static_cast<int>(sweeps.size());
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Deposit, QString());
    return {};
}

Result<void> SweepSettlement::settle(const CollectionRecord &sweep, const SweepOutcome &outcome, CollectionRunReport &report)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    std::vector<TransferRequest> postings;
    const std::string_view deposit = wallets::walletTierName(WalletTier::Deposit);
    if (outcome.succeeded)
        postings.push_back(TransferRequest::posted("collection:" + sweep.txid, TransferCode::Collection,
                                                   ledger::walletAccount(wallets::walletTierName(sweep.tier), sweep.asset),
                                                   ledger::walletAccount(deposit, sweep.asset), sweep.amount, sweep.txid));
    // The network's fee is in the chain's coin, also for a token's sweep
    // (its gas came from the coin the address held).
    const std::string &coin = nativeAssetOf(sweep.chain).code;
    if (outcome.fee.isPositive())
        postings.push_back(TransferRequest::posted("collection-fee:" + sweep.txid, TransferCode::NetworkFee,
                                                   ledger::expenseAccount(kNetworkFees, coin), ledger::walletAccount(deposit, coin),
                                                   outcome.fee, sweep.txid));
    if (!postings.empty()) {
        if (auto booked = m_ledger.submitLinkedIn(work, postings); !booked)
            return booked.error();
    }
    CollectionRepository collections(work.db(), m_database.dialect());
    const CollectionState next = outcome.succeeded ? CollectionState::Confirmed : CollectionState::Failed;
    if (auto moved = collections.advance(sweep.id, sweep.state, next, outcome.fee, outcome.note, m_clock.nowMs()); !moved)
        return moved;
    // The group's deposits are collected when every sweep is; one failed
    // sweep returns them to planned, for an operator to look at the chain.
    auto group = collections.group(sweep.groupKey);
    if (!group)
        return group.error();
    bool allDone = true, anyFailed = !outcome.succeeded;
    for (const CollectionRecord &r : group.value()) {
        if (r.id == sweep.id)
            continue;
        allDone = allDone && (r.state == CollectionState::Confirmed || r.state == CollectionState::Failed);
        anyFailed = anyFailed || r.state == CollectionState::Failed;
    }
    if (allDone) {
        auto ids = collections.groupDeposits(sweep.groupKey);
        if (!ids)
            return ids.error();
        DepositRepository deposits(work.db(), m_database.dialect());
        for (std::int64_t id : ids.value()) {
            auto found = deposits.find(id);
            if (!found)
                return found.error();
            if (!found.value())
                continue;
            auto state = nextDepositState(found.value()->state,
                                          anyFailed ? DepositEvent::CollectionFailed : DepositEvent::CollectionConfirmed);
            if (!state)
                return state.error();
            if (auto updated = deposits.update(id, found.value()->state, state.value(), found.value()->customerId,
                                               anyFailed ? std::string("a collection sweep failed on chain") : found.value()->note,
                                               m_clock.nowMs());
                !updated)
                return updated;
        }
    }
    if (auto audited = m_audit.append(work.db(), security::Actor::system("collector"),
                                      outcome.succeeded ? "collection.confirm" : "collection.fail", "collection", sweep.txid, {},
                                      QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(chainName(sweep.chain))},
                                                  {QStringLiteral("tier"), QString::fromLatin1(wallets::walletTierName(sweep.tier))},
                                                  {QStringLiteral("amount_base_units"), QString::fromStdString(sweep.amount.toBaseUnitString())},
                                                  {QStringLiteral("fee_base_units"), QString::fromStdString(outcome.fee.toBaseUnitString())}});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed;
    m_audit.announce();
    if (outcome.succeeded)
        ++report.confirmed;
    else
        ++report.failed;
    if (m_notifier) {
        m_notifier->publish(ChangeNotifier::Topic::Deposit, QString());
        m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
        m_notifier->publish(ChangeNotifier::Topic::Wallet, QString());
    }
    qCInfo(lcSweeps).noquote() << chainName(sweep.chain).data() << "sweep" << QString::fromStdString(sweep.txid)
                               << (outcome.succeeded ? "confirmed" : "failed");
    return {};
}

} // namespace exchange::deposits
