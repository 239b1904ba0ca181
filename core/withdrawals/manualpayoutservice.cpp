#include "core/withdrawals/manualpayoutservice.h"
#include "core/base/message.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/chains/paymentlookup.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/retryingtransaction.h"
#include "core/wallets/chainpaymentlookups.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/fullapproval.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/withdrawaldecisionlog.h"
#include "core/withdrawals/withdrawaljson.h"
#include "core/withdrawals/withdrawalledger.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalstatement.h"

#include <QEventLoop>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>

namespace exchange::withdrawals {

namespace {

Result<Asset> assetOf(const QSqlDatabase &db, const Dialect &dialect, const std::string &code)
{
    auto asset = AssetRepository(db, dialect).find(code);
    if (!asset)
        return asset.error();
    return asset.value().asset;
}

// txid's canonical spelling, refused when it is no TxId of the chain or
// when a withdrawal already uses it (this one: uploaded already).
Result<std::string> usableTxid(const QSqlDatabase &db, const WithdrawalRepository &repo, const WithdrawalRecord &w,
                               const std::string &txid)
{
    auto canonical = chains::validateTxId(w.chain, txid);
    if (!canonical)
        return makeError(ErrorCode::InvalidInput, MessageId::TxIdInvalid,
                         {std::string(chainName(w.chain)), canonical.error().message});
    auto user = repo.findByTxid(canonical.value());
    if (!user)
        return user.error();
    if (user.value()) {
        if (*user.value() == w.id) {
            const Error uploaded =
                makeError(ErrorCode::WrongState, MessageId::TxIdUploadedFor, {canonical.value(), std::to_string(w.id)});
            // Uploaded since w was read: named with who did it, as the state is.
            auto now = repo.get(w.id);
            return now ? WithdrawalDecisionLog(db).refusal(now.value(), WithdrawalEvent::TxIdVerified, uploaded) : uploaded;
        }
        return makeError(ErrorCode::InvalidInput, MessageId::TxIdPaysAnother,
                         {canonical.value(), std::to_string(*user.value())});
    }
    return canonical.value();
}

// A hot payout the signer made for another withdrawal is that one's, even
// before its withdrawal shows the txid (broadcast, not yet confirmed): two
// withdrawals of the same amount to the same address must not both be
// marked paid by it.
Result<void> noOtherPayout(const QSqlDatabase &db, const Dialect &dialect, const WithdrawalRecord &w, const std::string &txid)
{
    auto payout = PayoutRepository(db, dialect).findByTxid(txid);
    if (!payout)
        return payout.error();
    if (payout.value() && payout.value()->withdrawalId != w.id)
        return makeError(ErrorCode::InvalidInput, MessageId::TxIdPaysAnother,
                         {txid, std::to_string(payout.value()->withdrawalId)});
    return {};
}

std::string canonicalAddress(Chain chain, const std::string &address)
{
    auto c = chains::validateAddress(chain, address);
    return c ? c.value() : address;
}

// Whether the transaction the chain reported pays w from one of `wallets`
// of tier (warm for a manual payout, hot for a held one released as paid),
// in plain words when it does not.
Result<void> paysWithdrawal(const WithdrawalRecord &w, const Asset &asset, const chains::Payment &p, const std::string &txid,
                            const std::vector<std::string> &warm, wallets::WalletTier tier = wallets::WalletTier::Warm)
{
    const auto refuse = [&txid](MessageId why, std::vector<std::string> args = {}) {
        return makeError(ErrorCode::InvalidInput, MessageId::TxIdRefused,
                         {txid, Message{why, std::move(args)}.english()});
    };
    if (!p.succeeded)
        return refuse(MessageId::TxIdFailedOnChain);
    if (!p.confirmed)
        return makeError(ErrorCode::WrongState, MessageId::TxIdNotConfirmed, {txid, std::string(chainName(w.chain))});
    if (!p.otherAsset.empty())
        return refuse(MessageId::TxIdPaysOtherAsset, {p.otherAsset, asset.code});
    const std::string to = canonicalAddress(w.chain, p.to);
    if (to != w.destination)
        return to.empty() ? refuse(MessageId::TxIdPaysToContract, {w.destination})
                          : refuse(MessageId::TxIdPaysOtherAddress, {to, w.destination});
    if (p.from.empty() && p.amount.isZero())
        return refuse(MessageId::TxIdPaysNothingTo, {w.destination});
    const std::string from = canonicalAddress(w.chain, p.from);
    if (std::find(warm.begin(), warm.end(), from) == warm.end()) {
        std::string wallets;
        for (const std::string &a : warm)
            wallets += (wallets.empty() ? "" : ", ") + a;
        if (tier == wallets::WalletTier::Hot)
            return refuse(warm.size() == 1 ? MessageId::TxIdNotFromHotWallet : MessageId::TxIdNotFromHotWallets,
                          {wallets, from});
        return refuse(warm.size() == 1 ? MessageId::TxIdNotFromWarmWallet : MessageId::TxIdNotFromWarmWallets,
                      {wallets, from});
    }
    if (p.amount < w.amount)
        return refuse(MessageId::TxIdPaysTooLittle, {asset.format(p.amount), asset.code, asset.format(w.amount), asset.code});
    return {};
}

} // namespace

ManualPayoutService::ManualPayoutService(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                         security::AuditLog &audit, wallets::WalletService &wallets, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_notifier(notifier)
{
}

Result<WithdrawalRecord> ManualPayoutService::sendToManual(const security::Actor &actor, std::int64_t id, const std::string &note)
{
    // Choosing how a withdrawal is paid is a reviewer's decision, with the
    // same four eyes as paying it from hot; the money moves only when holders
    // of the warm keys sign outside, and is marked paid only when the chain
    // shows it.
    if (auto allowed = security::authorize(actor, security::Action::ApproveWithdrawal); !allowed)
        return allowed.error();
    auto done = inRetryingTransaction<WithdrawalRecord>(m_database, [&](UnitOfWork &work) -> Result<WithdrawalRecord> {
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ApproveWithdrawal); !allowed)
            return allowed.error();
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto found = repo.lockForDecision(id);
        if (!found)
            return found.error();
        WithdrawalRecord w = found.value();
        auto next = WithdrawalDecisionLog(work.db()).nextState(w, WithdrawalEvent::SentToManual);
        if (!next)
            return next.error();
        // A frozen customer's money leaves neither from hot nor from warm.
        auto customer = CustomerRepository(work.db()).find(w.customerId);
        if (!customer)
            return customer.error();
        if (!customer.value().mayMoveMoney())
            return makeError(ErrorCode::WrongState, MessageId::CustomerFrozenNoApproval,
                             {std::to_string(id), customer.value().externalId.toStdString()});
        // Four eyes: paid by hand only with the approvals paying from hot needs.
        if (auto approved = requireFullApproval(repo, w); !approved)
            return approved.error();
        auto asset = assetOf(work.db(), m_database.dialect(), w.asset);
        if (!asset)
            return asset.error();
        const std::string kept = note.find_first_not_of(" \t\r\n") == std::string::npos
                                     ? "sent to manual payout from warm by " + actor.displayName()
                                     : note;
        const std::int64_t now = m_clock.nowMs();
        if (auto moved = repo.advance(id, w.state, next.value(), kept, now); !moved)
            return moved.error();
        auto signature = signWithdrawalDecision(work.db(), actor, w, "manual_payout", now, {{"note", kept}});
        if (!signature)
            return signature.error();
        const QJsonObject before = describeWithdrawal(w, asset.value());
        w.state = next.value();
        w.note = kept;
        w.updatedAtMs = now;
        QJsonObject after = describeWithdrawal(w, asset.value());
        after.insert(QStringLiteral("paid_from"), QStringLiteral("warm"));
        if (signature.value() != 0)
            after.insert(QStringLiteral("signed_statement"), static_cast<qint64>(signature.value()));
        if (auto audited = m_audit.append(work.db(), actor, "withdrawal.manual", "withdrawal", std::to_string(id), before, after);
            !audited)
            return audited.error();
        return w;
    });
    if (done)
        announce(id);
    return done;
}

Result<std::string> ManualPayoutService::checkTxid(std::int64_t id, const std::string &txid) const
{
    WithdrawalRepository repo(m_database.connection(), m_database.dialect());
    auto w = repo.get(id);
    if (!w)
        return w.error();
    return usableTxid(m_database.connection(), repo, w.value(), txid);
}

Result<std::vector<std::string>> ManualPayoutService::warmWallets(const WithdrawalRecord &w) const
{
    return walletsOf(w, wallets::WalletTier::Warm);
}

Result<std::vector<std::string>> ManualPayoutService::hotWallets(const WithdrawalRecord &w) const
{
    return walletsOf(w, wallets::WalletTier::Hot);
}

Result<std::vector<std::string>> ManualPayoutService::walletsOf(const WithdrawalRecord &w, wallets::WalletTier tier) const
{
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    std::vector<std::string> found;
    // A wallet is an address of its chain: it holds the chain's coin and
    // its tokens alike (its row names the coin).
    for (const wallets::Wallet &wallet : all.value()) {
        if (wallet.tier == tier && wallet.chain == w.chain)
            found.push_back(canonicalAddress(w.chain, wallet.address));
    }
    if (!found.empty())
        return found;
    return makeError(ErrorCode::NotFound, tier == wallets::WalletTier::Hot ? MessageId::NoHotWalletRegistered : MessageId::NoWarmWallet,
                     {w.asset, std::string(chainName(w.chain))});
}

Result<WithdrawalRecord> ManualPayoutService::find(std::int64_t id) const
{
    return WithdrawalRepository(m_database.connection(), m_database.dialect()).get(id);
}

Result<chains::Payment> ManualPayoutService::lookupOnChain(const WithdrawalRecord &w, const std::string &txid,
                                                          const std::string &expectedFrom) const
{
    // A token's withdrawal is paid by a transfer of that token (the
    // contract, credit asset or ASA the asset names), never by the coin.
    auto asset = assetOf(m_database.connection(), m_database.dialect(), w.asset);
    if (!asset)
        return asset.error();
    const chains::PaymentQuery query{w.chain, txid, expectedFrom, w.destination, asset.value().identity};
    std::optional<Result<chains::Payment>> answer;
    if (m_lookup) {
        // An injected lookup lives on this thread: wait for it here.
        QEventLoop loop;
        m_lookup->lookup(query, [&answer, &loop](Result<chains::Payment> r) {
            answer = std::move(r);
            loop.quit();
        });
        if (!answer)
            loop.exec();
        return std::move(*answer);
    }
    auto settings = m_wallets.chainSettings();
    if (!settings)
        return settings.error();
    // The configured nodes are asked from a thread of their own, with its own
    // event loop, while this one waits: a nested event loop here would run
    // the core thread's other queued jobs in the middle of this one. The
    // lookups time out by themselves (10 s per request).
    std::unique_ptr<QThread> worker(QThread::create([&answer, &query, nodes = settings.value()] {
        wallets::ChainPaymentLookups lookups(nodes);
        QEventLoop loop;
        std::optional<Result<chains::Payment>> got;
        lookups.lookup().lookup(query, [&got, &loop](Result<chains::Payment> r) {
            got = std::move(r);
            loop.quit();
        });
        if (!got)
            loop.exec();
        answer = std::move(got);
    }));
    worker->start();
    worker->wait();
    if (!answer)
        return Error{ErrorCode::Unavailable, "the chain lookup ended without an answer"};
    return std::move(*answer);
}

Result<WithdrawalRecord> ManualPayoutService::uploadTxid(const security::Actor &actor, std::int64_t id, const std::string &txid)
{
    static const PaidOutside upload{security::Action::UploadTxId, WithdrawalEvent::TxIdVerified, wallets::WalletTier::Warm,
                                    "txid", "withdrawal.txid", MessageId::WarmCannotCover, std::nullopt};
    return markPaid(actor, id, txid, upload);
}

Result<WithdrawalRecord> ManualPayoutService::releaseHeldAsPaid(const security::Actor &actor, std::int64_t id,
                                                               const std::string &txid)
{
    // The signer pays from hot: a transaction from anywhere else is not the
    // payout the journal remembers (a customer's own transfer, say). Booked
    // as PayoutService books a confirmed hot payout.
    static const PaidOutside release{security::Action::ReleaseHeldWithdrawal, WithdrawalEvent::ReleasedAsPaid,
                                     wallets::WalletTier::Hot, "release_paid", "withdrawal.release_paid",
                                     MessageId::HeldHotCannotCover, MessageId::HeldReleasedAsPaidBy};
    return markPaid(actor, id, txid, release);
}

Result<WithdrawalRecord> ManualPayoutService::markPaid(const security::Actor &actor, std::int64_t id, const std::string &txid,
                                                       const PaidOutside &how)
{
    const bool fromWarm = how.from == wallets::WalletTier::Warm;
    if (auto allowed = security::authorize(actor, how.action); !allowed)
        return allowed.error();
    // Everything that needs no network first, so that a wrong state or a
    // reused TxId is the answer whether or not the node is up.
    auto found = find(id);
    if (!found)
        return found.error();
    const WithdrawalRecord w = found.value();
    // The state before the TxId: one uploaded already is named with who did it.
    if (auto next = WithdrawalDecisionLog(m_database.connection()).nextState(w, how.event); !next)
        return next.error();
    // Four eyes wherever money leaves by hand; a held withdrawal's money
    // has left already, by the signer.
    if (fromWarm) {
        if (auto approved = requireFullApproval(WithdrawalRepository(m_database.connection(), m_database.dialect()), w);
            !approved)
            return approved.error();
    }
    auto canonical = checkTxid(id, txid);
    if (!canonical)
        return canonical.error();
    if (!fromWarm) {
        if (auto mine = noOtherPayout(m_database.connection(), m_database.dialect(), w, canonical.value()); !mine)
            return mine.error();
    }
    auto asset = assetOf(m_database.connection(), m_database.dialect(), w.asset);
    if (!asset)
        return asset.error();
    auto payers = walletsOf(w, how.from);
    if (!payers)
        return payers.error();

    auto payment = lookupOnChain(w, canonical.value(), payers.value().front());
    if (!payment) {
        if (payment.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, MessageId::TxIdNotFound, {canonical.value(), std::string(chainName(w.chain))});
        if (payment.error().code == ErrorCode::Unavailable)
            return makeError(ErrorCode::Unavailable, MessageId::TxIdUncheckable, {canonical.value(), payment.error().message});
        return payment.error();
    }
    if (auto pays = paysWithdrawal(w, asset.value(), payment.value(), canonical.value(), payers.value(), how.from); !pays)
        return pays.error();
    const Amount networkFee = payment.value().fee.value_or(Amount::zero());

    auto done = inRetryingTransaction<WithdrawalRecord>(m_database, [&](UnitOfWork &work) -> Result<WithdrawalRecord> {
        if (auto allowed = security::authorizeNow(work.db(), actor, how.action); !allowed)
            return allowed.error();
        WithdrawalRepository repo(work.db(), m_database.dialect());
        // Read again, locked: another operator may have decided meanwhile,
        // or be deciding now (then this one waits and reads their commit).
        auto current = repo.lockForDecision(id);
        if (!current)
            return current.error();
        WithdrawalRecord now = current.value();
        auto next = WithdrawalDecisionLog(work.db()).nextState(now, how.event);
        if (!next)
            return next.error();
        // A withdrawal sent to manual payout before four eyes applied there
        // (or by a row written outside the services) is not paid on one say.
        if (fromWarm) {
            if (auto approved = requireFullApproval(repo, now); !approved)
                return approved.error();
        }
        if (auto usable = usableTxid(work.db(), repo, now, canonical.value()); !usable)
            return usable.error();
        if (!fromWarm) {
            if (auto mine = noOtherPayout(work.db(), m_database.dialect(), now, canonical.value()); !mine)
                return mine.error();
        }
        const std::int64_t at = m_clock.nowMs();
        const std::optional<std::string> note =
            how.note ? std::optional<std::string>(Message{*how.note, {canonical.value(), actor.displayName()}}.english())
                     : std::nullopt;
        auto moved = note ? repo.advanceWithTxidAndNote(id, now.state, next.value(), canonical.value(), *note, at)
                          : repo.advanceWithTxid(id, now.state, next.value(), canonical.value(), at);
        if (!moved)
            return moved.error();
        if (auto settled = WithdrawalLedger(m_ledger).settlePaid(work, now, how.from, networkFee, canonical.value());
            !settled) {
            if (settled.error().code != ErrorCode::InsufficientFunds)
                return settled.error();
            return makeError(ErrorCode::InsufficientFunds, how.cannotCover,
                             {now.asset, asset.value().format(now.amount), now.asset,
                              nativeAssetOf(now.chain).format(networkFee)});
        }
        auto signature = signWithdrawalDecision(work.db(), actor, now, how.decision, at, {{"txid", canonical.value()}});
        if (!signature)
            return signature.error();
        const QJsonObject before = describeWithdrawal(now, asset.value());
        now.state = next.value();
        now.txid = canonical.value();
        if (note)
            now.note = *note;
        now.updatedAtMs = at;
        QJsonObject after = describeWithdrawal(now, asset.value());
        after.insert(QStringLiteral("paid_from"), QString::fromStdString(canonicalAddress(w.chain, payment.value().from)));
        after.insert(QStringLiteral("paid_amount"), QString::fromStdString(asset.value().format(payment.value().amount)));
        after.insert(QStringLiteral("network_fee"), QString::fromStdString(nativeAssetOf(now.chain).format(networkFee)));
        if (signature.value() != 0)
            after.insert(QStringLiteral("signed_statement"), static_cast<qint64>(signature.value()));
        if (auto audited = m_audit.append(work.db(), actor, how.auditAction, "withdrawal", std::to_string(id), before, after);
            !audited)
            return audited.error();
        return now;
    });
    if (done)
        announce(id);
    return done;
}

Result<WithdrawalRecord> ManualPayoutService::releaseHeldAsRejected(const security::Actor &actor, std::int64_t id,
                                                                   const std::string &reason)
{
    if (auto allowed = security::authorize(actor, security::Action::ReleaseHeldWithdrawal); !allowed)
        return allowed.error();
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(ErrorCode::InvalidInput, MessageId::HeldReleaseNeedsReason);
    auto done = inRetryingTransaction<WithdrawalRecord>(m_database, [&](UnitOfWork &work) -> Result<WithdrawalRecord> {
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ReleaseHeldWithdrawal); !allowed)
            return allowed.error();
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto found = repo.lockForDecision(id);
        if (!found)
            return found.error();
        WithdrawalRecord w = found.value();
        auto next = WithdrawalDecisionLog(work.db()).nextState(w, WithdrawalEvent::ReleasedAsRejected);
        if (!next)
            return next.error();
        auto asset = assetOf(work.db(), m_database.dialect(), w.asset);
        if (!asset)
            return asset.error();
        const std::int64_t now = m_clock.nowMs();
        if (auto moved = repo.advance(id, w.state, next.value(), reason, now); !moved)
            return moved.error();
        if (auto voided = WithdrawalLedger(m_ledger).release(work, w); !voided)
            return voided.error();
        auto signature = signWithdrawalDecision(work.db(), actor, w, "release_reject", now, {{"note", reason}});
        if (!signature)
            return signature.error();
        const QJsonObject before = describeWithdrawal(w, asset.value());
        w.state = next.value();
        w.note = reason;
        w.updatedAtMs = now;
        QJsonObject after = describeWithdrawal(w, asset.value());
        if (signature.value() != 0)
            after.insert(QStringLiteral("signed_statement"), static_cast<qint64>(signature.value()));
        if (auto audited = m_audit.append(work.db(), actor, "withdrawal.release_reject", "withdrawal", std::to_string(id),
                                          before, after);
            !audited)
            return audited.error();
        return w;
    });
    if (done)
        announce(id);
    return done;
}

void ManualPayoutService::announce(std::int64_t id)
{
    m_audit.announce();
    if (m_notifier) {
        m_notifier->publish(ChangeNotifier::Topic::Withdrawal, QString::number(id));
        m_notifier->publish(ChangeNotifier::Topic::Ledger, QString());
    }
}

} // namespace exchange::withdrawals
