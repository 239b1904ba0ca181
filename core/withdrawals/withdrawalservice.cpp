#include "core/withdrawals/withdrawalservice.h"
#include "core/base/message.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/chainchecks.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/security/settingsstatement.h"
#include "core/settings/withdrawalsettingsrepository.h"
#include "core/store/assetrepository.h"
#include "core/store/customeraddressrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/retryingtransaction.h"
#include "core/store/savepoint.h"
#include "core/store/statementreuse.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/withdrawals/approvalsrequired.h"
#include "core/withdrawals/internaldestination.h"
#include "core/withdrawals/withdrawaldecisionlog.h"
#include "core/withdrawals/withdrawaljson.h"
#include "core/withdrawals/withdrawalledger.h"
#include "core/withdrawals/withdrawallimits.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalstatement.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exchange::withdrawals {

namespace {

std::string joined(const std::vector<LimitBreach> &breaches)
{
    std::string text;
    for (const LimitBreach &b : breaches)
        text += (text.empty() ? "" : "; ") + b.reason;
    return text;
}

} // namespace

WithdrawalService::WithdrawalService(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                                     security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_notifier(notifier)
{
}

struct WithdrawalService::Checked {
    AssetRecord asset;
    std::string destination; // canonical
};

Result<WithdrawalService::Checked> WithdrawalService::check(const NewRequest &r,
                                                            std::map<std::string, Result<AssetRecord>> &assets) const
{
    if (!r.amount.isPositive())
        return makeError(ErrorCode::InvalidInput, MessageId::WithdrawalAmountNotPositive);
    auto known = assets.find(r.asset);
    if (known == assets.end())
        known = assets.emplace(r.asset, AssetRepository(m_database.connection(), m_database.dialect()).find(r.asset)).first;
    const Result<AssetRecord> &found = known->second;
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::InvalidInput, "unknown asset " + r.asset};
        return found.error();
    }
    const AssetRecord &asset = found.value();
    auto canonical = chains::validateAddress(asset.asset.chain, r.destination);
    if (!canonical)
        return Error{ErrorCode::InvalidInput, "not a valid " + std::string(chainName(asset.asset.chain)) + " address for " + r.asset
                                                  + ": " + canonical.error().message};
    return Checked{asset, canonical.value()};
}

Result<WithdrawalRecord> WithdrawalService::requestIn(UnitOfWork &work, const NewRequest &n, const Checked &checked,
                                                      std::unordered_map<std::string, std::int64_t> &accounts)
{
    const AssetRecord &asset = checked.asset;
    const Amount fee = asset.settings.withdrawFee;
    auto customer = CustomerRepository(work.db()).find(n.customerId);
    if (!customer) {
        if (customer.error().code == ErrorCode::NotFound)
            return Error{ErrorCode::NotFound, "unknown customer " + std::to_string(n.customerId)};
        return customer.error();
    }
    // A frozen or closed customer's money stays where it is.
    if (!customer.value().mayMoveMoney())
        return makeError(ErrorCode::WrongState,
                         customer.value().state == CustomerState::Closed ? MessageId::CustomerClosedNoRequest
                                                                         : MessageId::CustomerFrozenNoRequest,
                         {customer.value().externalId.toStdString()});
    // Another customer's deposit address is paid in the ledger, never on
    // chain (InternalTransfer); one of the exchange's addresses that names
    // nobody, or the customer's own, is refused here.
    auto internal = InternalDestination::receiver(work.db(), n.customerId, asset.asset.chain, checked.destination);
    if (!internal)
        return internal.error();
    WithdrawalRepository repo(work.db(), m_database.dialect());
    const std::int64_t now = m_clock.nowMs();
    auto history = repo.history(n.customerId, n.asset, now - kLimitWindow72hMs);
    if (!history)
        return history.error();
    auto limits = WithdrawalLimits::check(LimitInput{asset.asset, asset.settings.limit24h, asset.settings.limit72h,
                                                     history.value(), n.amount, now});
    if (!limits)
        return limits.error();
    // A new destination is decided now and kept with the withdrawal;
    // it waits for review only where the asset's setting asks for it.
    auto listed = CustomerAddressRepository(work.db()).has(n.customerId, asset.asset.chain, checked.destination);
    if (!listed)
        return listed.error();
    auto reviewNew = WithdrawalSettingsRepository(work.db(), m_database.dialect()).reviewNewDestinations(n.asset);
    if (!reviewNew)
        return reviewNew.error();
    const bool newDestination = !listed.value();
    std::string reviewReason = joined(limits.value().breaches);
    if (newDestination && reviewNew.value())
        reviewReason += (reviewReason.empty() ? "" : "; ") + Message{MessageId::WithdrawalNewDestination, {}}.english();
    auto state = initialWithdrawalState(reviewReason.empty() ? WithdrawalEvent::RequestedWithinLimits
                                                             : WithdrawalEvent::RequestedOverLimit);
    if (!state)
        return state.error();
    WithdrawalRecord w;
    w.customerId = n.customerId;
    w.asset = n.asset;
    w.chain = asset.asset.chain;
    w.destination = checked.destination;
    w.amount = n.amount;
    w.fee = fee;
    w.state = state.value();
    w.reviewReason = reviewReason;
    w.newDestination = newDestination;
    w.internalTo = internal.value();
    w.requestedBy = n.actor.displayName();
    w.requestedAtMs = now;
    w.updatedAtMs = now;
    auto inserted = repo.insert(w);
    if (!inserted)
        return inserted.error();
    w = inserted.value();
    // The hold: the customer's available balance must cover amount and
    // fee, or the ledger refuses both and the request (row included) is
    // undone. The amount is held towards a clearing account, not
    // hot: whether hot can pay is a question for the payout (a short hot
    // wallet sends the withdrawal to error and asks for replenishment),
    // never a reason to refuse a customer who has the funds.
    if (auto held = WithdrawalLedger(m_ledger).hold(work, w, &accounts); !held) {
        if (held.error().code != ErrorCode::InsufficientFunds)
            return held.error();
        return makeError(ErrorCode::InsufficientFunds, MessageId::WithdrawalCannotCover,
                         {std::to_string(n.customerId), n.asset, asset.asset.format(n.amount), asset.asset.format(fee)});
    }
    // An operator who can sign signs the request itself: the payout
    // signer pays no request that nobody signed (a customer's signs
    // through the API, kept by also).
    auto signature = signWithdrawalDecision(work.db(), n.actor, w, "request", now);
    if (!signature)
        return signature.error();
    QJsonObject described = describeWithdrawal(w, asset.asset);
    if (signature.value() != 0)
        described.insert(QStringLiteral("signed_statement"), static_cast<qint64>(signature.value()));
    if (auto audited = m_audit.append(work.db(), n.actor, "withdrawal.request", "withdrawal", std::to_string(w.id), {},
                                      described);
        !audited)
        return audited.error();
    if (n.also) {
        if (auto kept = n.also(work, w); !kept)
            return kept.error();
    }
    return w;
}

Result<WithdrawalRecord> WithdrawalService::request(const security::Actor &actor, std::int64_t customerId, const std::string &assetCode,
                                                    const std::string &destination, Amount amount,
                                                    const AlsoInTransaction &also)
{
    auto all = requestAll({NewRequest{actor, customerId, assetCode, destination, amount, also}});
    return std::move(all.front());
}

std::vector<Result<WithdrawalRecord>> WithdrawalService::requestAll(const std::vector<NewRequest> &requests)
{
    std::vector<Result<Checked>> checked;
    checked.reserve(requests.size());
    std::map<std::string, Result<AssetRecord>> assets;
    for (const NewRequest &r : requests)
        checked.push_back(check(r, assets));
    // The refusals of one request: its savepoint is undone, the batch goes on.
    // Anything else (the store unreachable, a conflict to retry, a corrupted
    // row) is the batch's.
    const auto refusesOne = [](const Error &e) {
        return e.code != ErrorCode::Conflict && e.code != ErrorCode::Unavailable && e.code != ErrorCode::Internal
               && e.code != ErrorCode::Corrupted;
    };
    using Answers = std::vector<Result<WithdrawalRecord>>;
    // The ledger accounts the kept requests resolved (the customers', the
    // clearing and fee accounts): remembered once committed, so the next
    // batch looks none of them up. An undone request's are not kept: its
    // savepoint may have taken an account it made.
    WithdrawalLedger::AccountIds resolved;
    auto stored = inRetryingTransaction<Answers>(m_database, [&](UnitOfWork &work) -> Result<Answers> {
        // Each request runs the same statements: prepared once for all.
        StatementReuse reuse(work.db());
        resolved.clear();
        Answers answers;
        answers.reserve(requests.size());
        for (std::size_t i = 0; i < requests.size(); ++i) {
            if (!checked[i]) {
                answers.emplace_back(checked[i].error());
                continue;
            }
            Savepoint one(work);
            if (auto began = one.began(); !began)
                return began.error();
            WithdrawalLedger::AccountIds mine = resolved;
            auto done = requestIn(work, requests[i], checked[i].value(), mine);
            if (done) {
                if (auto kept = one.release(); !kept)
                    return kept.error();
                resolved = std::move(mine);
            } else {
                if (!refusesOne(done.error()))
                    return done.error();
                if (auto undone = one.rollback(); !undone)
                    return undone.error();
            }
            answers.push_back(std::move(done));
        }
        return answers;
    });
    if (!stored)
        return Answers(requests.size(), Result<WithdrawalRecord>(stored.error()));
    m_ledger.rememberAccounts(resolved);
    for (const Result<WithdrawalRecord> &w : stored.value())
        if (w)
            announce(w.value().id);
    return std::move(stored).value();
}

Result<WithdrawalRecord> WithdrawalService::approve(const security::Actor &actor, std::int64_t id)
{
    auto done = inRetryingTransaction<WithdrawalRecord>(m_database, [&](UnitOfWork &work) -> Result<WithdrawalRecord> {
        // The approver's role as it is now, not as it was at sign-in.
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ApproveWithdrawal); !allowed)
            return allowed.error();
        WithdrawalRepository repo(work.db(), m_database.dialect());
        // Locked first: a second approver waits here, then counts this one's
        // approval (else both could see none and neither move it on).
        auto found = repo.lockForDecision(id);
        if (!found)
            return found.error();
        WithdrawalRecord w = found.value();
        // Asked first, so that a wrong state is the error whoever asks.
        auto next = WithdrawalDecisionLog(work.db()).nextState(w, WithdrawalEvent::Approved);
        if (!next)
            return next.error();
        auto customer = CustomerRepository(work.db()).find(w.customerId);
        if (!customer)
            return customer.error();
        if (!customer.value().mayMoveMoney())
            return makeError(ErrorCode::WrongState, MessageId::CustomerFrozenNoApproval,
                             {std::to_string(id), customer.value().externalId.toStdString()});
        const std::string approver = actor.displayName();
        if (w.requestedBy == approver)
            return makeError(ErrorCode::Unauthorized, MessageId::WithdrawalOwnRequest);
        auto approvals = repo.approvals(id);
        if (!approvals)
            return approvals.error();
        for (const WithdrawalApproval &a : approvals.value()) {
            if (a.approver == approver)
                return makeError(ErrorCode::InvalidInput, MessageId::WithdrawalApprovedTwice, {approver, std::to_string(id)});
        }
        auto threshold = repo.twoApproversAbove(w.asset);
        if (!threshold)
            return threshold.error();
        const int required = approvalsRequired(w.amount, threshold.value());
        const std::int64_t now = m_clock.nowMs();
        if (auto added = repo.addApproval(id, approver, now); !added)
            return added.error();
        auto signature = signWithdrawalDecision(work.db(), actor, w, "approve", now);
        if (!signature)
            return signature.error();
        approvals.value().push_back(WithdrawalApproval{approver, now});
        auto asset = AssetRepository(work.db(), m_database.dialect()).find(w.asset);
        if (!asset)
            return asset.error();
        const QJsonObject before = describeWithdrawal(w, asset.value().asset);
        // Counted as manual payout counts them (approvalsrequired.h).
        if (countedApprovals(w, approvals.value()) >= required) {
            if (auto moved = repo.advance(id, w.state, next.value(), w.note, now); !moved)
                return moved.error();
            w.state = next.value();
            w.updatedAtMs = now;
        }
        QJsonArray names;
        for (const WithdrawalApproval &a : approvals.value())
            names.append(QString::fromStdString(a.approver));
        QJsonObject after = describeWithdrawal(w, asset.value().asset);
        after.insert(QStringLiteral("approvals"), names);
        after.insert(QStringLiteral("approvals_required"), required);
        if (signature.value() != 0)
            after.insert(QStringLiteral("signed_statement"), static_cast<qint64>(signature.value()));
        if (auto audited = m_audit.append(work.db(), actor, "withdrawal.approve", "withdrawal", std::to_string(id), before, after);
            !audited)
            return audited.error();
        return w;
    });
    if (done)
        announce(id);
    return done;
}

Result<WithdrawalRecord> WithdrawalService::reject(const security::Actor &actor, std::int64_t id, const std::string &reason)
{
    if (auto allowed = security::authorize(actor, security::Action::RejectWithdrawal); !allowed)
        return allowed.error();
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return makeError(ErrorCode::InvalidInput, MessageId::WithdrawalRejectionNeedsReason);
    return release(actor, security::Action::RejectWithdrawal, id, WithdrawalEvent::Rejected, reason, "withdrawal.reject");
}

Result<WithdrawalRecord> WithdrawalService::cancel(const security::Actor &actor, std::int64_t id)
{
    // Cancelling returns the funds exactly as a rejection does.
    if (auto allowed = security::authorize(actor, security::Action::CancelWithdrawal); !allowed)
        return allowed.error();
    return release(actor, security::Action::CancelWithdrawal, id, WithdrawalEvent::Cancelled,
                   Message{MessageId::WithdrawalCancelledBy, {actor.displayName()}}.english(), "withdrawal.cancel");
}

Result<WithdrawalRecord> WithdrawalService::retry(const security::Actor &actor, std::int64_t id)
{
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
        auto next = WithdrawalDecisionLog(work.db()).nextState(w, WithdrawalEvent::Retry);
        if (!next)
            return next.error();
        const std::int64_t now = m_clock.nowMs();
        const std::string note = Message{MessageId::WithdrawalRetriedBy, {actor.displayName()}}.english();
        if (auto moved = repo.advance(id, w.state, next.value(), note, now); !moved)
            return moved.error();
        auto asset = AssetRepository(work.db(), m_database.dialect()).find(w.asset);
        if (!asset)
            return asset.error();
        const QJsonObject before = describeWithdrawal(w, asset.value().asset);
        w.state = next.value();
        w.note = note;
        w.updatedAtMs = now;
        if (auto audited = m_audit.append(work.db(), actor, "withdrawal.retry", "withdrawal", std::to_string(id), before,
                                          describeWithdrawal(w, asset.value().asset));
            !audited)
            return audited.error();
        return w;
    });
    if (done)
        announce(id);
    return done;
}

Result<WithdrawalRecord> WithdrawalService::release(const security::Actor &actor, security::Action action, std::int64_t id,
                                                    WithdrawalEvent event, const std::string &note,
                                                    const std::string &auditAction)
{
    auto done = inRetryingTransaction<WithdrawalRecord>(m_database, [&](UnitOfWork &work) -> Result<WithdrawalRecord> {
        if (auto allowed = security::authorizeNow(work.db(), actor, action); !allowed)
            return allowed.error();
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto found = repo.lockForDecision(id);
        if (!found)
            return found.error();
        WithdrawalRecord w = found.value();
        auto next = WithdrawalDecisionLog(work.db()).nextState(w, event);
        if (!next)
            return next.error();
        const std::int64_t now = m_clock.nowMs();
        if (auto moved = repo.advance(id, w.state, next.value(), note, now); !moved)
            return moved.error();
        if (auto voided = WithdrawalLedger(m_ledger).release(work, w); !voided)
            return voided.error();
        auto signature = signWithdrawalDecision(work.db(), actor, w, event == WithdrawalEvent::Rejected ? "reject" : "cancel",
                                                now, {{"note", note}});
        if (!signature)
            return signature.error();
        auto asset = AssetRepository(work.db(), m_database.dialect()).find(w.asset);
        if (!asset)
            return asset.error();
        const QJsonObject before = describeWithdrawal(w, asset.value().asset);
        w.state = next.value();
        w.note = note;
        w.updatedAtMs = now;
        QJsonObject after = describeWithdrawal(w, asset.value().asset);
        if (signature.value() != 0)
            after.insert(QStringLiteral("signed_statement"), static_cast<qint64>(signature.value()));
        if (auto audited = m_audit.append(work.db(), actor, auditAction, "withdrawal", std::to_string(id), before, after);
            !audited)
            return audited.error();
        return w;
    });
    if (done)
        announce(id);
    return done;
}

Result<void> WithdrawalService::setTwoApproversAbove(const security::Actor &actor, const std::string &assetCode,
                                                     std::optional<Amount> threshold)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    if (threshold && threshold->isNegative())
        return Error{ErrorCode::InvalidInput, "the four-eyes threshold cannot be negative"};
    auto done = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ChangeMoneySettings); !allowed)
            return allowed.error();
        // The asset's row is locked first (PostgreSQL), as a change of its
        // amounts locks it by its UPDATE: the signed statement of either
        // change names the other's value as committed, never a stale one.
        if (!m_database.dialect().isSQLite()) {
            if (auto locked = sql::run(work.db(), QStringLiteral("SELECT code FROM assets WHERE code = ? FOR UPDATE"),
                                       {QString::fromStdString(assetCode)});
                !locked)
                return locked.error();
        }
        auto asset = AssetRepository(work.db(), m_database.dialect()).find(assetCode);
        if (!asset) {
            if (asset.error().code == ErrorCode::NotFound)
                return Error{ErrorCode::InvalidInput, "unknown asset " + assetCode};
            return asset.error();
        }
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto before = repo.twoApproversAbove(assetCode);
        if (!before)
            return before.error();
        auto review = WithdrawalSettingsRepository(work.db(), m_database.dialect()).reviewNewDestinations(assetCode);
        if (!review)
            return review.error();
        if (auto set = repo.setTwoApproversAbove(assetCode, threshold); !set)
            return set.error();
        const AssetSettings &amounts = asset.value().settings;
        if (auto signed_ = security::signAssetSettings(work.db(), actor, assetCode, {amounts, before.value(), review.value()},
                                                       {amounts, threshold, review.value()}, m_clock.nowMs());
            !signed_)
            return signed_.error();
        const Asset &a = asset.value().asset;
        const auto describeThreshold = [&a](const std::optional<Amount> &value) {
            return QJsonObject{{QStringLiteral("two_approvers_above"),
                                value ? QJsonValue(QString::fromStdString(a.format(*value))) : QJsonValue(QJsonValue::Null)}};
        };
        if (auto audited = m_audit.append(work.db(), actor, "withdrawal.settings", "asset", assetCode,
                                          describeThreshold(before.value()), describeThreshold(threshold));
            !audited)
            return audited.error();
        return true;
    });
    if (!done)
        return done.error();
    m_audit.announce();
    return {};
}

Result<void> WithdrawalService::setReviewNewDestinations(const security::Actor &actor, const std::string &assetCode, bool on)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    auto done = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        if (auto allowed = security::authorizeNow(work.db(), actor, security::Action::ChangeMoneySettings); !allowed)
            return allowed.error();
        // Locked as setTwoApproversAbove locks it: one statement after the other.
        if (!m_database.dialect().isSQLite()) {
            if (auto locked = sql::run(work.db(), QStringLiteral("SELECT code FROM assets WHERE code = ? FOR UPDATE"),
                                       {QString::fromStdString(assetCode)});
                !locked)
                return locked.error();
        }
        auto asset = AssetRepository(work.db(), m_database.dialect()).find(assetCode);
        if (!asset) {
            if (asset.error().code == ErrorCode::NotFound)
                return Error{ErrorCode::InvalidInput, "unknown asset " + assetCode};
            return asset.error();
        }
        WithdrawalSettingsRepository settings(work.db(), m_database.dialect());
        auto fourEyes = settings.twoApproversAbove(assetCode);
        if (!fourEyes)
            return fourEyes.error();
        auto before = settings.reviewNewDestinations(assetCode);
        if (!before)
            return before.error();
        if (auto set = settings.setReviewNewDestinations(assetCode, on); !set)
            return set.error();
        const AssetSettings &amounts = asset.value().settings;
        if (auto signed_ = security::signAssetSettings(work.db(), actor, assetCode, {amounts, fourEyes.value(), before.value()},
                                                       {amounts, fourEyes.value(), on}, m_clock.nowMs());
            !signed_)
            return signed_.error();
        const auto describe = [](bool value) {
            return QJsonObject{{QStringLiteral("review_new_destinations"), value}};
        };
        if (auto audited = m_audit.append(work.db(), actor, "withdrawal.settings", "asset", assetCode,
                                          describe(before.value()), describe(on));
            !audited)
            return audited.error();
        return true;
    });
    if (!done)
        return done.error();
    m_audit.announce();
    return {};
}

Result<bool> WithdrawalService::reviewNewDestinations(const std::string &asset) const
{
    return WithdrawalSettingsRepository(m_database.connection(), m_database.dialect()).reviewNewDestinations(asset);
}

Result<std::optional<Amount>> WithdrawalService::twoApproversAbove(const std::string &asset) const
{
    return WithdrawalRepository(m_database.connection(), m_database.dialect()).twoApproversAbove(asset);
}

Result<std::vector<WithdrawalRecord>> WithdrawalService::list(const WithdrawalFilter &filter) const
{
    return WithdrawalRepository(m_database.connection(), m_database.dialect()).list(filter);
}

Result<WithdrawalRecord> WithdrawalService::find(std::int64_t id) const
{
    return WithdrawalRepository(m_database.connection(), m_database.dialect()).get(id);
}

Result<std::vector<WithdrawalApproval>> WithdrawalService::approvals(std::int64_t id) const
{
    return WithdrawalRepository(m_database.connection(), m_database.dialect()).approvals(id);
}

void WithdrawalService::announce(std::int64_t id)
{
    m_audit.announce();
    if (m_notifier) {
        m_notifier->publish(ChangeNotifier::Topic::Withdrawal, QString::number(id));
        m_notifier->publish(ChangeNotifier::Topic::Ledger, QString()); // the holds
    }
}

} // namespace exchange::withdrawals
