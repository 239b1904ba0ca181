#include "core/withdrawals/payoutreplacement.h"

#include "core/base/clock.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/keyvault.h"
#include "core/security/signerjournal.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/retryingtransaction.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/wallets/wallet.h"
#include "core/withdrawals/chainpayer.h"
#include "core/withdrawals/payoutauthorization.h"
#include "core/withdrawals/payoutjson.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/signerjournalcheck.h"
#include "core/withdrawals/withdrawaljson.h"
#include "core/withdrawals/withdrawalrepository.h"

#include <QJsonObject>

#include <algorithm>

namespace exchange::withdrawals {

namespace {

constexpr const char *kSpeedUpRequested = "withdrawal.speed_up_requested";

QString fee(const PayoutRecord &p)
{
    return QString::fromStdString(nativeAssetOf(p.chain).format(p.maxFee));
}

} // namespace

ReplacementPolicy ReplacementPolicy::forChain(Chain chain)
{
    ReplacementPolicy policy;
    if (chain == Chain::Stellar) {
        policy.stuckAfterMs = kStellarStuckAfterMs;
        policy.defaultCap = Amount::fromBaseUnits(int128(100'000)); // 0.01 XLM
    }
    return policy;
}

PayoutReplacement::PayoutReplacement(Database &database, const Clock &clock, security::AuditLog &audit, ChainPayer &payer)
    : m_database(database), m_clock(clock), m_audit(audit), m_payer(payer), m_policy(ReplacementPolicy::forChain(payer.chain()))
{
}

Amount ReplacementPolicy::capOf(const std::string &asset) const
{
    const auto it = capByAsset.find(asset);
    return it == capByAsset.end() ? defaultCap : it->second;
}

bool PayoutReplacement::superseded(const PayoutRecord &p, const std::vector<PayoutRecord> &open)
{
    return std::any_of(open.begin(), open.end(), [&p](const PayoutRecord &q) {
        return q.withdrawalId == p.withdrawalId && q.sequence == p.sequence && q.source == p.source && q.id > p.id
               && isOpenPayout(q.state);
    });
}

Result<PayoutRecord> PayoutReplacement::newestOpen(const std::vector<PayoutRecord> &open, std::int64_t withdrawalId)
{
    const PayoutRecord *newest = nullptr;
    for (const PayoutRecord &p : open) {
        if (p.withdrawalId == withdrawalId && isOpenPayout(p.state) && (!newest || p.id > newest->id))
            newest = &p;
    }
    if (!newest)
        return Error{ErrorCode::NotFound, "withdrawal " + std::to_string(withdrawalId) + " has no payout on its way"};
    return *newest;
}

Result<std::vector<PayoutRecord>> PayoutReplacement::stuck(const std::vector<PayoutRecord> &open, std::int64_t nowMs) const
{
    std::vector<PayoutRecord> found;
    if (!m_payer.replaceable())
        return found;
    std::vector<const PayoutRecord *> newest;
    std::int64_t since = nowMs;
    for (const PayoutRecord &p : open) {
        if (p.state == PayoutState::Broadcast && !superseded(p, open)) {
            newest.push_back(&p);
            since = std::min(since, p.createdAtMs);
        }
    }
    if (newest.empty())
        return found;
    // An approver's request (the Withdrawals screen's Speed up) made after
    // the newest payout was signed.
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT object_id, MAX(at) FROM audit_log WHERE action = ? AND at > ? GROUP BY object_id"),
                      {QString::fromLatin1(kSpeedUpRequested), static_cast<qint64>(since)});
    if (!q)
        return q.error();
    std::map<std::int64_t, std::int64_t> asked;
    while (q.value().next())
        asked[q.value().value(0).toString().toLongLong()] = q.value().value(1).toLongLong();
    for (const PayoutRecord *p : newest) {
        const bool waited = m_policy.stuckAfterMs > 0 && nowMs - p->createdAtMs >= m_policy.stuckAfterMs;
        const auto request = asked.find(p->withdrawalId);
        if (waited || (request != asked.end() && request->second > p->createdAtMs))
            found.push_back(*p);
    }
    return found;
}

Result<PayoutRecord> PayoutReplacement::replace(const security::KeyVault &vault, PayoutAuthorization &authorization,
                                                const security::SignerJournal &journal, const wallets::Wallet &hot,
                                                const WithdrawalRecord &w, const Asset &asset, const PayoutRecord &pending,
                                                const std::string &request, const security::Actor &actor)
{
    // From hot, or through one of hot's own channels (Stellar): never a
    // source the rows alone name.
    auto ours = m_payer.paysThrough(hot, pending.source);
    if (!ours)
        return ours.error();
    if (pending.withdrawalId != w.id || pending.state != PayoutState::Broadcast || !ours.value())
        return Error{ErrorCode::WrongState, "payout " + pending.txid + " is not withdrawal " + std::to_string(w.id)
                                                + "'s broadcast payout from hot; it is not replaced"};
    if (w.state != WithdrawalState::Broadcast && w.state != WithdrawalState::Processing)
        return Error{ErrorCode::WrongState, "withdrawal " + std::to_string(w.id) + " is " + std::string(withdrawalStateName(w.state))
                                                + "; only one on its way is sped up"};
    // The same checks as before the first signature: the money may move.
    auto refused = authorization.check(w);
    if (!refused)
        return refused.error();
    if (refused.value())
        return Error{ErrorCode::WrongState, "not replaced: " + refused.value()->reason.english()};
    auto finding = SignerJournalCheck(journal, m_database.connection(), m_database.dialect())
                       .beforeSigning(w, std::string(chainName(pending.chain)), pending.source, pending.sequence,
                                      m_payer.sequential(), request);
    if (!finding)
        return finding.error();
    if (finding.value())
        return Error{ErrorCode::WrongState, "not replaced: " + finding.value()->reason.english()};

    auto signedOne = m_payer.signReplacement(w, asset, hot, vault, pending, m_policy.capOf(asset.code));
    if (!signedOne)
        return signedOne.error();
    PayoutRecord replacement = signedOne.value();
    // The node takes a replacement only when hot's coin covers it all (its
    // value and its max fee): one it would refuse is not stored, run after
    // run, while the first waits on.
    const Asset &coin = nativeAssetOf(pending.chain);
    auto held = m_payer.balance(hot.address, coin);
    if (!held)
        return held.error();
    const int128 needs = replacement.maxFee.baseUnits() + (asset.identity.isNative() ? replacement.amount.baseUnits() : 0);
    if (held.value().baseUnits() < needs)
        return Error{ErrorCode::InvalidInput,
                     "not replaced: hot holds " + coin.format(held.value()) + " " + coin.code + ", and the replacement needs up to "
                         + coin.format(Amount::fromBaseUnits(needs)) + " " + coin.code + " with its higher fee; replenish hot"};
    replacement.withdrawalId = w.id;
    replacement.state = PayoutState::Signed;
    replacement.createdAtMs = m_clock.nowMs();
    replacement.note = "replaces " + pending.txid;

    // Persist before send, with the audit record, while pending is still
    // the newest payout on its way.
    return inRetryingTransaction<PayoutRecord>(m_database, [&](UnitOfWork &work) -> Result<PayoutRecord> {
        PayoutRepository payouts(work.db(), m_database.dialect());
        auto all = payouts.ofWithdrawal(w.id);
        if (!all)
            return all.error();
        auto newest = newestOpen(all.value(), w.id);
        if (!newest || newest.value().id != pending.id || newest.value().state != PayoutState::Broadcast)
            return Error{ErrorCode::WrongState, "withdrawal " + std::to_string(w.id) + "'s payout " + pending.txid
                                                  + " was decided or replaced meanwhile; nothing stored"};
        auto now = WithdrawalRepository(work.db(), m_database.dialect()).get(w.id);
        if (!now)
            return now.error();
        if (now.value().state != w.state)
            return Error{ErrorCode::WrongState, "withdrawal " + std::to_string(w.id) + " moved meanwhile; nothing stored"};
        auto inserted = payouts.insert(replacement);
        if (!inserted)
            return inserted.error();
        QJsonObject after = merged(describeWithdrawal(now.value(), asset), describePayout(inserted.value()));
        after.insert(QStringLiteral("replaces"), QString::fromStdString(pending.txid));
        after.insert(QStringLiteral("replaced_max_fee"), fee(pending));
        auto audited = m_audit.append(work.db(), actor, "withdrawal.payout_replacement_signed", "withdrawal",
                                      std::to_string(w.id), describeWithdrawal(now.value(), asset), after);
        if (!audited)
            return audited.error();
        return inserted.value();
    });
}

Result<void> PayoutReplacement::dropRivals(const QSqlDatabase &db, const Dialect &dialect, const PayoutRecord &mined,
                                           std::int64_t nowMs)
{
    PayoutRepository payouts(db, dialect);
    auto all = payouts.ofWithdrawal(mined.withdrawalId);
    if (!all)
        return all.error();
    for (const PayoutRecord &p : all.value()) {
        if (p.id == mined.id || !isOpenPayout(p.state))
            continue;
        const std::string note = p.id < mined.id ? "replaced by " + mined.txid : "replacement not mined; " + mined.txid + " was";
        if (auto moved = payouts.advance(p.id, p.state, PayoutState::Dropped, std::nullopt, note, nowMs); !moved)
            return moved.error();
    }
    return {};
}

Result<bool> PayoutReplacement::rivalOpen(const QSqlDatabase &db, const Dialect &dialect, const PayoutRecord &p)
{
    auto all = PayoutRepository(db, dialect).ofWithdrawal(p.withdrawalId);
    if (!all)
        return all.error();
    return std::any_of(all.value().begin(), all.value().end(), [&p](const PayoutRecord &r) {
        return r.id != p.id && r.sequence == p.sequence && r.source == p.source && isOpenPayout(r.state);
    });
}

Result<void> PayoutReplacement::requestSpeedUp(Database &database, security::AuditLog &audit, const security::Actor &actor,
                                               std::int64_t withdrawalId)
{
    return inRetryingTransaction<void>(database, [&](UnitOfWork &work) -> Result<void> {
        // The approver's role as it is now, not as it was at sign-in.
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ApproveWithdrawal); !allowed)
            return allowed.error();
        auto w = WithdrawalRepository(work.db(), database.dialect()).get(withdrawalId);
        if (!w)
            return w.error();
        auto open = PayoutRepository(work.db(), database.dialect()).ofWithdrawal(withdrawalId);
        if (!open)
            return open.error();
        auto newest = newestOpen(open.value(), withdrawalId);
        if (!newest)
            return newest.error();
        if (newest.value().state != PayoutState::Broadcast)
            return Error{ErrorCode::WrongState, "withdrawal " + std::to_string(withdrawalId)
                                                    + "'s payout is not on chain yet; there is nothing to speed up"};
        auto asset = AssetRepository(work.db(), database.dialect()).find(w.value().asset);
        if (!asset)
            return asset.error();
        QJsonObject after = describeWithdrawal(w.value(), asset.value().asset);
        after.insert(QStringLiteral("txid"), QString::fromStdString(newest.value().txid));
        auto audited = audit.append(work.db(), actor, kSpeedUpRequested, "withdrawal",
                                    std::to_string(withdrawalId), describeWithdrawal(w.value(), asset.value().asset), after);
        if (!audited)
            return audited.error();
        return {};
    });
}

} // namespace exchange::withdrawals
