#include "core/withdrawals/payoutsteps.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/base/message.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/retryingtransaction.h"
#include "core/store/unitofwork.h"
#include "core/wallets/wallet.h"
#include "core/withdrawals/payoutjson.h"
#include "core/withdrawals/payoutreplacement.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/withdrawaljson.h"
#include "core/withdrawals/withdrawalledger.h"
#include "core/withdrawals/withdrawalmoves.h"
#include "core/withdrawals/withdrawalrepository.h"

#include <QJsonObject>

namespace exchange::withdrawals {

PayoutSteps::PayoutSteps(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                         const ChainPayer &payer, const std::map<std::string, Asset> &assets, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_payer(payer), m_assets(assets),
      m_notifier(notifier), m_actor(security::Actor::system("payouts"))
{
}

Result<void> PayoutSteps::sent(const PayoutRecord &payout, const Result<void> &sent, PayoutRunReport &report)
{
    const std::int64_t now = m_clock.nowMs();
    auto done = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        WithdrawalRepository repo(work.db(), m_database.dialect());
        PayoutRepository payouts(work.db(), m_database.dialect());
        auto w = repo.get(payout.withdrawalId);
        if (!w)
            return w.error();
        WithdrawalRecord after = w.value();
        PayoutRecord p = payout;
        std::string action;
        if (sent) {
            if (p.state == PayoutState::Signed) {
                if (auto moved = payouts.advance(p.id, PayoutState::Signed, PayoutState::Broadcast, std::nullopt, p.note, now); !moved)
                    return moved.error();
                p.state = PayoutState::Broadcast;
            }
            if (w.value().state != WithdrawalState::Processing)
                return false; // already broadcast (a re-send), or left for an operator
            auto state = moveThrough(repo, w.value(), {WithdrawalEvent::PayoutBroadcast}, Message{MessageId::PayoutSent, {p.txid}}.english(), std::nullopt, now);
            if (!state)
                return state.error();
            after.state = state.value();
            after.note = Message{MessageId::PayoutSent, {p.txid}}.english();
            action = "withdrawal.payout_broadcast";
        } else {
            // Refused: it will never be on chain. Its sequence is free again
            // if nothing later took one.
            const std::string note = Message{MessageId::PayoutNodeRefused, {sent.error().message}}.english();
            if (auto moved = payouts.advance(p.id, p.state, PayoutState::Dropped, std::nullopt, note, now); !moved)
                return moved.error();
            p.state = PayoutState::Dropped;
            p.note = note;
            auto rival = PayoutReplacement::rivalOpen(work.db(), m_database.dialect(), p); // its nonce is not free
            if (!rival)
                return rival.error();
            if (m_payer.sequential() && !rival.value()) {
                auto next = payouts.nextSequence(p.chain, p.source);
                if (!next)
                    return next.error();
                if (next.value() && *next.value() == p.sequence + 1) {
                    if (auto reset = payouts.setNextSequence(p.chain, p.source, p.sequence); !reset)
                        return reset.error();
                }
            }
            if (w.value().state == WithdrawalState::Processing) {
                auto state = moveThrough(repo, w.value(), {WithdrawalEvent::PayoutRefused}, note, std::nullopt, now);
                if (!state)
                    return state.error();
                after.state = state.value();
                after.note = note;
            }
            action = "withdrawal.payout_refused";
        }
        if (auto audited = record(work, action, w.value(), after, &p); !audited)
            return audited.error();
        return true;
    });
    if (!done)
        return done.error();
    if (sent)
        ++report.broadcast;
    else
        ++report.errors;
    announce(payout.withdrawalId);
    return {};
}

Result<void> PayoutSteps::settle(const PayoutRecord &payout, const PayoutStatus &status, PayoutRunReport &report)
{
    const bool succeeded = status.kind == PayoutStatus::Kind::Succeeded;
    const std::int64_t now = m_clock.nowMs();
    auto done = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        WithdrawalRepository repo(work.db(), m_database.dialect());
        PayoutRepository payouts(work.db(), m_database.dialect());
        auto w = repo.get(payout.withdrawalId);
        if (!w)
            return w.error();
        WithdrawalLedger ledger(m_ledger);
        PayoutRecord p = payout;
        WithdrawalRecord after = w.value();
        std::string action;
        // Sent before a crash and decided since: it passes through broadcast.
        const bool stillProcessing = w.value().state == WithdrawalState::Processing;
        if (succeeded) {
            if (auto booked = ledger.settlePaid(work, w.value(), wallets::WalletTier::Hot, status.fee, p.txid); !booked)
                return booked.error();
            if (auto moved = payouts.advance(p.id, p.state, PayoutState::Confirmed, status.fee, p.note, now); !moved)
                return moved.error();
            if (auto dropped = PayoutReplacement::dropRivals(work.db(), m_database.dialect(), p, now); !dropped)
                return dropped.error();
            p.state = PayoutState::Confirmed;
            p.fee = status.fee;
            auto state = stillProcessing
                             ? moveThrough(repo, w.value(), {WithdrawalEvent::PayoutBroadcast, WithdrawalEvent::PayoutConfirmed}, "paid " + p.txid, p.txid, now)
                             : moveThrough(repo, w.value(), {WithdrawalEvent::PayoutConfirmed}, "paid " + p.txid, p.txid, now);
            if (!state)
                return state.error();
            after.state = state.value();
            after.txid = p.txid;
            action = "withdrawal.paid";
        } else {
            const bool expired = status.kind == PayoutStatus::Kind::Expired;
            const std::string note =
                status.note.empty()
                    ? Message{expired ? MessageId::PayoutExpired : MessageId::PayoutFailed, {p.txid}}.english()
                    : Message{expired ? MessageId::PayoutExpiredBecause : MessageId::PayoutFailedBecause, {p.txid, status.note}}
                          .english();
            if (status.kind == PayoutStatus::Kind::Failed) {
                if (auto booked = ledger.bookFee(work, w.value(), wallets::WalletTier::Hot, status.fee, p.txid); !booked)
                    return booked.error();
            }
            const PayoutState to = status.kind == PayoutStatus::Kind::Expired ? PayoutState::Dropped : PayoutState::Failed;
            if (auto moved = payouts.advance(p.id, p.state, to, status.fee, note, now); !moved)
                return moved.error();
            if (auto dropped = PayoutReplacement::dropRivals(work.db(), m_database.dialect(), p, now); !dropped)
                return dropped.error();
            p.state = to;
            p.fee = status.fee;
            auto state = stillProcessing
                             ? moveThrough(repo, w.value(), {WithdrawalEvent::PayoutBroadcast, WithdrawalEvent::PayoutFailed}, note, std::nullopt, now)
                             : moveThrough(repo, w.value(), {WithdrawalEvent::PayoutFailed}, note, std::nullopt, now);
            if (!state)
                return state.error();
            after.state = state.value();
            after.note = note;
            action = "withdrawal.payout_failed";
        }
        if (auto audited = record(work, action, w.value(), after, &p); !audited)
            return audited.error();
        return true;
    });
    if (!done)
        return done.error();
    if (succeeded)
        ++report.succeeded;
    else
        ++report.failed;
    announce(payout.withdrawalId);
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
    return {};
}

Result<void> PayoutSteps::toError(std::int64_t withdrawalId, WithdrawalEvent event, const std::string &note,
                                    PayoutRunReport &report)
{
    auto done = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto w = repo.get(withdrawalId);
        if (!w)
            return w.error();
        if (w.value().state != WithdrawalState::Processing)
            return false;
        auto state = moveThrough(repo, w.value(), {event}, note, std::nullopt, m_clock.nowMs());
        if (!state)
            return state.error();
        WithdrawalRecord after = w.value();
        after.state = state.value();
        after.note = note;
        if (auto audited = record(work, "withdrawal.payout_error", w.value(), after, nullptr); !audited)
            return audited.error();
        return true;
    });
    if (!done)
        return done.error();
    if (done.value()) {
        ++report.errors;
        report.problems.push_back("withdrawal " + std::to_string(withdrawalId) + ": " + note);
        announce(withdrawalId);
    }
    return {};
}

Result<void> PayoutSteps::record(UnitOfWork &work, const std::string &action, const WithdrawalRecord &before,
                                   const WithdrawalRecord &after, const PayoutRecord *payout)
{
    const Asset &asset = assetNamed(before.asset);
    QJsonObject described = describeWithdrawal(after, asset);
    if (payout)
        described = merged(described, describePayout(*payout));
    auto audited = m_audit.append(work.db(), m_actor, action, "withdrawal", std::to_string(before.id),
                                  describeWithdrawal(before, asset), described);
    if (!audited)
        return audited.error();
    return {};
}

const Asset &PayoutSteps::assetNamed(const std::string &code) const
{
    const auto it = m_assets.find(code);
    return it == m_assets.end() ? nativeAssetOf(m_payer.chain()) : it->second;
}

void PayoutSteps::announce(std::int64_t withdrawalId)
{
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Withdrawal, QString::number(withdrawalId));
}

} // namespace exchange::withdrawals
