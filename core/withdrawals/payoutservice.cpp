#include "core/withdrawals/payoutservice.h"
#include "core/base/message.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/exchangeidentity.h"
#include "core/security/keyvault.h"
#include "core/security/signerjournal.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/retryingtransaction.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/wallets/tokensinforce.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/apiwithdrawalrequestrepository.h"
#include "core/withdrawals/internaltransfer.h"
#include "core/withdrawals/payoutauthorization.h"
#include "core/withdrawals/payoutjson.h"
#include "core/withdrawals/withdrawalmoves.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/requestsignaturerepository.h"
#include "core/withdrawals/signerjournalcheck.h"
#include "core/withdrawals/signertrustcheck.h"
#include "core/withdrawals/withdrawaljson.h"
#include "core/withdrawals/withdrawalledger.h"
#include "core/withdrawals/withdrawalrepository.h"

#include <QJsonObject>

#include <algorithm>

namespace exchange::withdrawals {

namespace {

Amount sum(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}

} // namespace

PayoutService::PayoutService(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                             wallets::WalletService &wallets, ChainPayer &payer, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_ledger(ledger), m_audit(audit), m_wallets(wallets), m_payer(payer),
      m_notifier(notifier), m_steps(database, clock, ledger, audit, payer, m_assets, notifier),
      m_replacement(database, clock, audit, payer)
{
}

void PayoutService::setReplacementPolicy(ReplacementPolicy policy)
{
    m_replacement.setPolicy(std::move(policy));
}

Result<PayoutRunReport> PayoutService::speedUp(const security::KeyVault &vault, std::int64_t withdrawalId)
{
    if (!m_payer.replaceable())
        return Error{ErrorCode::InvalidInput, "payouts on " + std::string(chainName(m_payer.chain())) + " cannot be replaced"};
    auto report = follow();
    if (!report)
        return report;
    auto done = signAll(vault, {}, withdrawalId, std::move(report.value()));
    std::string why = "withdrawal " + std::to_string(withdrawalId) + "'s payout was not replaced";
    for (const std::string &problem : done ? done.value().problems : std::vector<std::string>())
        why += "; " + problem;
    return done && done.value().replaced == 0 ? Result<PayoutRunReport>(Error{ErrorCode::WrongState, why}) : done;
}

PayoutService::~PayoutService() = default;

Result<void> PayoutService::loadAssets()
{
    auto all = AssetRepository(m_database.connection(), m_database.dialect()).list();
    if (!all)
        return all.error();
    m_assets.clear();
    const Asset &coin = nativeAssetOf(m_payer.chain());
    m_assets.emplace(coin.code, coin);
    for (const AssetRecord &record : all.value()) {
        if (record.asset.chain == m_payer.chain() && !record.asset.identity.isNative())
            m_assets.emplace(record.asset.code, record.asset);
    }
    return {};
}

Result<PayoutRunReport> PayoutService::follow()
{
    PayoutRunReport report;
    report.asset = nativeAssetOf(m_payer.chain()).code;
    if (auto loaded = loadAssets(); !loaded)
        return loaded.error();
    if (auto followed = followInto(report); !followed)
        return followed.error();
    return report;
}

Result<PayoutRunReport> PayoutService::run(const security::KeyVault &vault)
{
    PayoutRunReport report;
    const Asset &coin = nativeAssetOf(m_payer.chain());
    report.asset = coin.code;
    if (auto loaded = loadAssets(); !loaded)
        return loaded.error();
    report.assets.push_back(coin.code);
    for (const auto &[code, asset] : m_assets) {
        if (code != coin.code)
            report.assets.push_back(code);
    }
    if (auto followed = followInto(report); !followed)
        return followed.error();
    if (auto started = startApproved(report); !started)
        return started.error();
    if (auto held = countHeld(report); !held)
        return held.error();

    WithdrawalRepository withdrawals(m_database.connection(), m_database.dialect());
    std::vector<WithdrawalRecord> processing;
    for (const std::string &code : report.assets) {
        WithdrawalFilter filter;
        filter.state = WithdrawalState::Processing;
        filter.asset = code;
        filter.limit = 1000;
        filter.oldestFirst = true; // a long queue is paid in the order it came
        auto listed = withdrawals.list(filter);
        if (!listed)
            return listed.error();
        processing.insert(processing.end(), listed.value().begin(), listed.value().end());
    }
    // One queue for the chain, oldest first: the coin's and the tokens'
    // payouts share hot's sequence and its coin for fees.
    std::stable_sort(processing.begin(), processing.end(),
                     [](const WithdrawalRecord &a, const WithdrawalRecord &b) { return a.id < b.id; });
    return signAll(vault, processing, std::nullopt, std::move(report));
}

Result<PayoutRunReport> PayoutService::signAll(const security::KeyVault &vault, const std::vector<WithdrawalRecord> &processing,
                                               std::optional<std::int64_t> speedUpId, PayoutRunReport report)
{
    const Asset &coin = nativeAssetOf(m_payer.chain());
    std::vector<const WithdrawalRecord *> waiting;
    PayoutRepository payouts(m_database.connection(), m_database.dialect());
    auto open = payouts.inStates(m_payer.chain(), {PayoutState::Signed, PayoutState::Broadcast});
    if (!open)
        return open.error();
    auto newest = speedUpId ? PayoutReplacement::newestOpen(open.value(), *speedUpId) : PayoutRecord();
    auto found = speedUpId ? Result<std::vector<PayoutRecord>>(Error{ErrorCode::NotFound, ""}) : m_replacement.stuck(open.value(), m_clock.nowMs());
    if (!newest || (!speedUpId && !found))
        return !newest ? newest.error() : found.error();
    const std::vector<PayoutRecord> stuck = speedUpId ? std::vector<PayoutRecord>{newest.value()} : found.value();
    HotCoverage committed(coin); // what the open payouts may still take from hot
    // A frozen customer's payouts wait, not cancelled: unfreezing resumes them.
    std::vector<qint64> owners;
    for (const WithdrawalRecord &w : processing)
        owners.push_back(w.customerId);
    auto frozen = CustomerRepository(m_database.connection()).notActive(owners);
    if (!frozen)
        return frozen.error();
    for (const WithdrawalRecord &w : processing) {
        const bool hasOpen = std::any_of(open.value().begin(), open.value().end(),
                                         [&w](const PayoutRecord &p) { return p.withdrawalId == w.id; });
        if (hasOpen)
            continue;
        if (const auto owner = frozen.value().find(w.customerId); owner != frozen.value().end()) {
            report.problems.push_back(Message{MessageId::CustomerFrozenPayoutWaits,
                                              {std::to_string(w.id), owner->second.externalId.toStdString()}}
                                          .english());
            continue;
        }
        waiting.push_back(&w);
    }
    for (const PayoutRecord &p : open.value()) {
        if (!PayoutReplacement::superseded(p, open.value())) // rivals on one nonce: one is mined
            committed.add(p);
    }
    if (waiting.empty() && stuck.empty())
        return report;

    if (!vault.isUnlocked()) {
        report.problems.push_back(std::to_string(waiting.size() + stuck.size()) + " payout(s) wait: the key vault is locked");
        return report;
    }
    auto hot = hotWallet();
    if (!hot)
        return hot.error();
    if (!hot.value()) {
        report.problems.push_back("no hot wallet is registered for " + coin.code + ": payouts wait");
        return report;
    }
    auto opened = journal();
    if (!opened) {
        report.journalUnusable = true;
        report.problems.push_back(Message{MessageId::SignerJournalUnusable, {opened.error().message}}.english());
        return report;
    }
    auto pinned = vault.pinnedAdminKey();
    if (!pinned)
        return pinned.error();
    auto bound = vault.boundExchangeId();
    if (!bound)
        return bound.error();
    // First the journal: a pin deleted from a pinned exchange's database is
    // that (SignerPinRemoved), not a new exchange waiting for its first pin.
    if (auto trusted = SignerTrustCheck::confirm(*opened.value(), pinned.value(), bound.value(), m_clock.nowMs());
        !trusted) {
        report.journalUnusable = true;
        report.problems.push_back(trusted.error().message);
        return report;
    }
    // Fail closed: without a pin there is nothing to verify a request, an
    // approval or a setting by, so nothing is signed. The withdrawals wait,
    // as they are: nothing is wrong with them.
    if (!pinned.value()) {
        report.noPinnedAdminKey = true;
        report.problems.push_back(Message{MessageId::SignerNoPinnedAdminKey, {}}.english());
        return report;
    }
    // The assets that may be paid now: the coin, and the tokens whose rows
    // are what an admin signed. Without that, the tokens' payouts wait.
    std::map<std::string, const Asset *> payable{{coin.code, &coin}};
    const bool anyToken = std::any_of(waiting.begin(), waiting.end(),
                                      [&coin](const WithdrawalRecord *w) { return w->asset != coin.code; })
                          || std::any_of(stuck.begin(), stuck.end(), [&coin](const PayoutRecord &p) { return p.asset != coin.code; });
    if (anyToken) {
        auto tokens = wallets::tokensInForce(m_database.connection(), m_database.dialect(), m_payer.chain(),
                                             [&vault] { return vault.pinnedAdminKey(); });
        if (!tokens)
            report.problems.push_back(
                Message{MessageId::PayoutTokensWait, {std::string(chainName(m_payer.chain())), tokens.error().message}}.english());
        else
            for (const wallets::WatchedToken &t : tokens.value()) {
                const auto row = m_assets.find(t.asset);
                if (row != m_assets.end() && row->second.identity == t.identity && row->second.decimals == t.decimals)
                    payable.emplace(t.asset, &row->second);
            }
    }
    // Fail closed for an asset no admin has ever signed the settings of:
    // no limits to check its payouts by. They wait, as they are.
    const auto limits = PayoutAuthorization::limitsSigned(m_database.connection(), *pinned.value());
    for (auto it = payable.begin(); it != payable.end();) {
        const bool queued = std::any_of(waiting.begin(), waiting.end(),
                                        [&it](const WithdrawalRecord *w) { return w->asset == it->first; });
        if (!queued) {
            ++it;
            continue;
        }
        if (auto signedOnce = limits(it->first, m_clock.nowMs()); !signedOnce) {
            if (signedOnce.error().code != ErrorCode::WrongState)
                return signedOnce.error();
            report.settingsUnsigned = true;
            report.problems.push_back(signedOnce.error().message);
            it = payable.erase(it);
            continue;
        }
        ++it;
    }
    PayoutAuthorization authorization(m_database.connection(), m_database.dialect(), *pinned.value(), limits);
    authorization.setApiRequestCheck(m_apiRequests);
    std::map<std::string, Asset> signedTokens;
    for (const auto &[code, asset] : payable) {
        if (!asset->identity.isNative())
            signedTokens.emplace(code, *asset);
    }
    authorization.useSignedAssets(std::move(signedTokens));
    for (const WithdrawalRecord *w : waiting) {
        const auto asset = payable.find(w->asset);
        if (asset == payable.end())
            continue; // its token or its settings are not in force: said above
        if (auto paid = payOne(vault, authorization, *hot.value(), w->id, *asset->second, committed, report); !paid) {
            if (paid.error().code == ErrorCode::Unavailable || paid.error().code == ErrorCode::Conflict
                || paid.error().code == ErrorCode::WrongState) {
                report.problems.push_back("withdrawal " + std::to_string(w->id) + ": " + paid.error().message);
                continue;
            }
            return paid.error();
        }
    }
    for (const PayoutRecord &pending : stuck) {
        const auto asset = payable.find(pending.asset);
        auto w = WithdrawalRepository(m_database.connection(), m_database.dialect()).get(pending.withdrawalId);
        auto request = customerRequest(pending.withdrawalId);
        if (!w || !request)
            return !w ? w.error() : request.error();
        auto stored = asset == payable.end()
                          ? Result<PayoutRecord>(Error{ErrorCode::WrongState, pending.asset + " is not paid now (said above)"})
                          : m_replacement.replace(vault, authorization, *opened.value(), *hot.value(), w.value(),
                                                  *asset->second, pending, request.value(), m_steps.actor());
        if (!stored) {
            report.problems.push_back("withdrawal " + std::to_string(pending.withdrawalId) + " not sped up: " + stored.error().message);
            continue;
        }
        ++report.replaced;
        if (auto sent = sendStored(stored.value(), report); !sent)
            return sent.error();
    }
    return report;
}

Result<void> PayoutService::startApproved(PayoutRunReport &report)
{
    std::vector<WithdrawalRecord> approved;
    for (const std::string &code : report.assets) {
        WithdrawalFilter filter;
        filter.state = WithdrawalState::Approved;
        filter.asset = code;
        filter.limit = 1000;
        filter.oldestFirst = true; // a long queue is paid in the order it came
        auto listed = WithdrawalRepository(m_database.connection(), m_database.dialect()).list(filter);
        if (!listed)
            return listed.error();
        approved.insert(approved.end(), listed.value().begin(), listed.value().end());
    }
    for (const WithdrawalRecord &listed : approved) {
        auto moved = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
            WithdrawalRepository repo(work.db(), m_database.dialect());
            auto w = repo.get(listed.id);
            if (!w)
                return w.error();
            if (w.value().state != WithdrawalState::Approved)
                return false; // taken by another process meanwhile
            auto state = moveThrough(repo, w.value(), {WithdrawalEvent::PayoutStarted}, Message{MessageId::PayoutStarted, {}}.english(), std::nullopt,
                                     m_clock.nowMs());
            if (!state)
                return state.error();
            WithdrawalRecord after = w.value();
            after.state = state.value();
            after.note = Message{MessageId::PayoutStarted, {}}.english();
            if (auto audited = m_steps.record(work, "withdrawal.payout_started", w.value(), after, nullptr); !audited)
                return audited.error();
            return true;
        });
        if (!moved)
            return moved.error();
        if (moved.value()) {
            ++report.started;
            m_steps.announce(listed.id);
        }
    }
    return {};
}

Result<void> PayoutService::payOne(const security::KeyVault &vault, PayoutAuthorization &authorization,
                                   const wallets::Wallet &hot, std::int64_t withdrawalId, const Asset &asset,
                                   HotCoverage &committed, PayoutRunReport &report)
{
    auto found = WithdrawalRepository(m_database.connection(), m_database.dialect()).get(withdrawalId);
    if (!found)
        return found.error();
    const WithdrawalRecord w = found.value();
    if (w.state != WithdrawalState::Processing || w.asset != asset.code)
        return {};
    // Whether this money may move at all, from the ledger and signatures.
    auto refused = authorization.check(w);
    if (!refused)
        return refused.error();
    if (refused.value())
        return holdForIntegrity(w.id, refused.value()->check, std::string(), refused.value()->reason.english(), report);
    if (w.internalTo) { // another customer's deposit address: settled in the ledger, nothing signed
        auto settled = InternalTransfer(m_database, m_clock, m_ledger, m_audit).settle(vault, w, m_steps.actor());
        if (!settled)
            return settled.error();
        if (settled.value())
            return holdForIntegrity(w.id, settled.value()->check, {}, settled.value()->reason.english(), report);
        ++report.settledInternally;
        m_steps.announce(w.id);
        return {};
    }

    auto maxFee = m_payer.maxFee(w, asset, hot);
    if (!maxFee) {
        // The chain says this transfer cannot be made as it is (a token
        // that refuses it): it alone goes to error, the queue goes on.
        if (maxFee.error().code == ErrorCode::InvalidInput)
            return m_steps.toError(w.id, WithdrawalEvent::PayoutRefused,
                                   Message{MessageId::PayoutNotPayableFromHot, {maxFee.error().message}}.english(), report);
        return m_steps.toError(w.id, WithdrawalEvent::NodeUnreachable, Message{MessageId::PayoutNodeUnreachableFees, {maxFee.error().message}}.english(), report);
    }
    auto covered = hotCovers(w, asset, hot, maxFee.value(), committed, report);
    if (!covered)
        return covered.error();
    if (!covered.value())
        return {};

    PayoutRepository sequences(m_database.connection(), m_database.dialect());
    // Hot's own sequence, or a free Stellar channel's (StellarChannelPool).
    auto from = m_payer.sequenceAccount(hot, vault);
    if (!from && from.error().code == ErrorCode::WrongState) {
        // Every channel busy: it waits for a later run, said once a run.
        if (std::find(report.problems.begin(), report.problems.end(), from.error().message) == report.problems.end())
            report.problems.push_back(from.error().message);
        return {};
    }
    if (!from)
        return from.error();
    const std::string &source = from.value();
    auto chainNext = m_payer.chainSequence(source);
    if (!chainNext)
        return m_steps.toError(w.id, WithdrawalEvent::NodeUnreachable, Message{MessageId::PayoutNodeUnreachable, {chainNext.error().message}}.english(), report);
    std::int64_t sequence = chainNext.value();
    // The stored counter matters only while payouts from hot are on their
    // way (signed before the node saw them). With none open, the chain's
    // own count is right, also after one expired without using its number;
    // a channel is offered only with none open.
    if (m_payer.sequential() && committed.open() > 0 && source == hot.address) {
        auto stored = sequences.nextSequence(m_payer.chain(), source);
        if (!stored)
            return stored.error();
        if (stored.value())
            sequence = std::max(sequence, *stored.value());
    }
    // What the signer itself remembers comes before what the rows say.
    auto opened = journal();
    if (!opened) {
        report.journalUnusable = true;
        return Error{ErrorCode::Unavailable, Message{MessageId::SignerJournalUnusable, {opened.error().message}}.english()};
    }
    if (auto fresh = opened.value()->refresh(); !fresh) {
        report.journalUnusable = true;
        return Error{ErrorCode::Unavailable, Message{MessageId::SignerJournalUnusable, {fresh.error().message}}.english()};
    }
    auto request = customerRequest(w.id);
    if (!request)
        return request.error();
    auto finding = SignerJournalCheck(*opened.value(), m_database.connection(), m_database.dialect())
                       .beforeSigning(w, std::string(chainName(m_payer.chain())), source, sequence,
                                      m_payer.sequential(), request.value());
    if (!finding)
        return finding.error();
    if (finding.value())
        return holdForIntegrity(w.id, finding.value()->check, finding.value()->journalTxid,
                                finding.value()->reason.english(), report);

    auto signedPayout = m_payer.sign(w, asset, hot, vault, sequence, maxFee.value());
    if (!signedPayout) {
        // This withdrawal cannot go as it is (a destination the chain would
        // refuse, an amount below what it needs): it alone goes to error,
        // the queue goes on.
        if (signedPayout.error().code == ErrorCode::InvalidInput)
            return m_steps.toError(w.id, WithdrawalEvent::PayoutRefused,
                                   Message{MessageId::PayoutNotPayableFromHot, {signedPayout.error().message}}.english(), report);
        return signedPayout.error();
    }
    PayoutRecord payout = signedPayout.value();
    payout.withdrawalId = w.id;
    payout.state = PayoutState::Signed;
    payout.createdAtMs = m_clock.nowMs();

    // Persist before send: the signed bytes, the next sequence and the audit
    // record, in one commit, while the withdrawal is still processing.
    auto stored = inRetryingTransaction<PayoutRecord>(m_database, [&](UnitOfWork &work) -> Result<PayoutRecord> {
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto now = repo.get(w.id);
        if (!now)
            return now.error();
        if (now.value().state != WithdrawalState::Processing)
            return Error{ErrorCode::WrongState, "withdrawal " + std::to_string(w.id) + " left processing meanwhile; nothing signed is kept"};
        PayoutRepository payouts(work.db(), m_database.dialect());
        // Signed again with the same fields (a retry after a refusal, with the
        // same sequence and fees): the same bytes, the same txid. The refused
        // attempt is taken up again rather than stored twice.
        auto same = payouts.findByTxid(payout.txid);
        if (!same)
            return same.error();
        Result<PayoutRecord> inserted = Error{ErrorCode::Internal, "not stored"};
        if (same.value()) {
            if (same.value()->withdrawalId != w.id || same.value()->state != PayoutState::Dropped)
                return Error{ErrorCode::Conflict, "the signed payout has the txid of payout " + std::to_string(same.value()->id)
                                                      + " already; nothing stored"};
            if (auto revived = payouts.advance(same.value()->id, PayoutState::Dropped, PayoutState::Signed, std::nullopt,
                                               "signed again", payout.createdAtMs);
                !revived)
                return revived.error();
            inserted = *same.value();
            inserted.value().state = PayoutState::Signed;
        } else {
            inserted = payouts.insert(payout);
        }
        if (!inserted)
            return inserted.error();
        if (m_payer.sequential()) {
            if (auto next = payouts.setNextSequence(m_payer.chain(), payout.source, payout.sequence + 1); !next)
                return next.error();
        }
        if (auto audited = m_steps.record(work, "withdrawal.payout_signed", w, w, &inserted.value()); !audited)
            return audited.error();
        return inserted.value();
    });
    if (!stored)
        return stored.error();
    committed.add(payout);
    ++report.signedNew;
    return sendStored(stored.value(), report);
}

Result<bool> PayoutService::hotCovers(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                      const Amount &maxFee, const HotCoverage &committed, PayoutRunReport &report)
{
    const auto unreachable = [&](const Error &e) -> Result<bool> {
        if (auto sent = m_steps.toError(w.id, WithdrawalEvent::NodeUnreachable, Message{MessageId::PayoutNodeUnreachableBalance, {e.message}}.english(), report);
            !sent)
            return sent.error();
        return false;
    };
    // What hot lacks of each asset: the first shortfall as it is, later
    // ones add what their payout alone needs.
    const auto tooShort = [&](const HotCoverage::Shortfall &s) -> Result<bool> {
        if (const auto it = report.hotShortBy.find(s.asset); it == report.hotShortBy.end())
            report.hotShortBy.emplace(s.asset, s.lacking);
        else
            it->second = sum(it->second, s.thisOne);
        if (auto sent = m_steps.toError(w.id, WithdrawalEvent::HotShort, s.why.english(), report); !sent)
            return sent.error();
        return false;
    };
    auto held = m_payer.balance(hot.address, asset);
    if (!held)
        return unreachable(held.error());
    if (const auto lacking = committed.amount(asset, w.amount, maxFee, held.value()))
        return tooShort(*lacking);
    if (asset.identity.isNative())
        return true;
    auto coinHeld = m_payer.balance(hot.address, nativeAssetOf(m_payer.chain()));
    if (!coinHeld)
        return unreachable(coinHeld.error());
    if (const auto lacking = committed.fee(asset, maxFee, coinHeld.value()))
        return tooShort(*lacking);
    return true;
}

Result<void> PayoutService::sendStored(const PayoutRecord &payout, PayoutRunReport &report, bool nodeHasIt)
{
    // Never on the wire before the journal holds it on the disk.
    if (auto kept = journaled(payout); !kept) {
        report.journalUnusable = true;
        report.problems.push_back(payout.txid + ": not sent: "
                                  + Message{MessageId::SignerJournalUnusable, {kept.error().message}}.english());
        return {};
    }
    auto sent = nodeHasIt ? Result<void>() : m_payer.send(payout);
    if (!sent && sent.error().code == ErrorCode::Unavailable) {
        auto w = WithdrawalRepository(m_database.connection(), m_database.dialect()).get(payout.withdrawalId);
        if (w && w.value().state == WithdrawalState::Processing)
            return m_steps.toError(payout.withdrawalId, WithdrawalEvent::NodeUnreachable,
                                   Message{MessageId::PayoutNodeUnreachableToSend, {payout.txid}}.english(), report);
        report.problems.push_back(payout.txid + ": " + sent.error().message);
        return {};
    }
    return m_steps.sent(payout, sent, report);
}

Result<void> PayoutService::followInto(PayoutRunReport &report)
{
    auto open = PayoutRepository(m_database.connection(), m_database.dialect())
                    .inStates(m_payer.chain(), {PayoutState::Signed, PayoutState::Broadcast});
    if (!open)
        return open.error();
    report.awaiting = 0;
    std::vector<std::int64_t> settled; // a replacement and its original settle once
    for (const PayoutRecord &p : open.value()) {
        if (std::find(settled.begin(), settled.end(), p.withdrawalId) != settled.end())
            continue;
        const bool replaced = PayoutReplacement::superseded(p, open.value()); // never sent again
        auto w = WithdrawalRepository(m_database.connection(), m_database.dialect()).get(p.withdrawalId);
        if (!w)
            return w.error();
        // error waits for an operator's retry; then this payout is sent again.
        if (w.value().state == WithdrawalState::Error)
            continue;
        auto status = m_payer.status(p);
        if (!status) {
            report.problems.push_back(p.txid + ": " + status.error().message);
            if (status.error().code == ErrorCode::Unavailable)
                return {}; // the node is away: the next run follows again
            continue;
        }
        switch (status.value().kind) {
        case PayoutStatus::Kind::Unseen:
            if (auto sent = replaced ? Result<void>() : sendStored(p, report); !sent)
                return sent;
            report.awaiting += replaced ? 0 : 1; // a withdrawal waits once
            break;
        case PayoutStatus::Kind::Pending:
            if (!replaced && (p.state == PayoutState::Signed || w.value().state == WithdrawalState::Processing)) {
                if (auto sent = sendStored(p, report, true); !sent) // marks it broadcast; the node knows it already
                    return sent;
            }
            report.awaiting += replaced ? 0 : 1; // a withdrawal waits once
            break;
        case PayoutStatus::Kind::Succeeded:
        case PayoutStatus::Kind::Failed:
        case PayoutStatus::Kind::Expired:
            if (auto done = m_steps.settle(p, status.value(), report); !done)
                return done;
            settled.push_back(p.withdrawalId);
            break;
        }
    }
    return {};
}

Result<void> PayoutService::countHeld(PayoutRunReport &report)
{
    report.heldTotal = 0;
    for (const std::string &code : report.assets) {
        auto q = sql::run(m_database.connection(),
                          QStringLiteral("SELECT COUNT(*) FROM withdrawals WHERE state = ? AND asset = ?"),
                          {QString::fromLatin1(withdrawalStateName(WithdrawalState::HeldForIntegrity)),
                           QString::fromStdString(code)});
        if (!q)
            return q.error();
        report.heldTotal += q.value().next() ? q.value().value(0).toInt() : 0;
    }
    return {};
}

Result<security::SignerJournal *> PayoutService::journal()
{
    if (m_journal)
        return m_journal.get();
    auto id = security::ExchangeIdentity::obtain(m_database, m_audit);
    if (!id)
        return id.error();
    auto opened = security::SignerJournal::open(
        security::SignerJournal::pathFor(security::SignerJournal::directory(), id.value()), id.value());
    if (!opened)
        return opened.error();
    for (const std::string &warning : opened.value().warnings())
        qWarning("%s", warning.c_str());
    m_journal = std::make_unique<security::SignerJournal>(std::move(opened.value()));
    return m_journal.get();
}

Result<std::string> PayoutService::customerRequest(std::int64_t withdrawalId) const
{
    auto signatures = RequestSignatureRepository(m_database.connection()).of(withdrawalId);
    if (!signatures)
        return signatures.error();
    if (!signatures.value().empty())
        return requestKeyOf(signatures.value()).value_or(std::string());
    // A client's nonce is signed and never used twice while its timestamp
    // (signed too) is fresh: the signed request pays once, whatever
    // withdrawal it is stored with.
    auto client = ApiWithdrawalRequestRepository(m_database.connection()).of(withdrawalId);
    if (!client)
        return client.error();
    if (!client.value())
        return std::string();
    return "api " + client.value()->client.toStdString() + " at " + client.value()->timestamp.toStdString() + " nonce "
           + client.value()->nonce.toStdString();
}

Result<void> PayoutService::journaled(const PayoutRecord &payout)
{
    auto opened = journal();
    if (!opened)
        return opened.error();
    security::SignerJournal &j = *opened.value();
    if (auto fresh = j.refresh(); !fresh)
        return fresh;
    if (j.byTxid(payout.txid))
        return {};
    auto head = m_audit.head();
    if (!head)
        return head.error();
    security::SignerRecord line;
    line.withdrawalId = payout.withdrawalId;
    line.chain = std::string(chainName(payout.chain));
    line.asset = payout.asset;
    line.amount = m_steps.assetNamed(payout.asset).format(payout.amount);
    line.destination = payout.destination;
    line.source = payout.source;
    line.txid = payout.txid;
    line.sequence = payout.sequence;
    line.atMs = m_clock.nowMs();
    line.auditSeq = head.value().seq;
    line.auditHash = head.value().hash;
    auto request = customerRequest(payout.withdrawalId);
    if (!request)
        return request.error();
    line.request = request.value();
    auto appended = j.append(line);
    if (!appended)
        return appended.error();
    return {};
}

Result<void> PayoutService::holdForIntegrity(std::int64_t withdrawalId, const std::string &check,
                                             const std::string &journalTxid, const std::string &reason,
                                             PayoutRunReport &report)
{
    auto done = inRetryingTransaction<bool>(m_database, [&](UnitOfWork &work) -> Result<bool> {
        WithdrawalRepository repo(work.db(), m_database.dialect());
        auto w = repo.get(withdrawalId);
        if (!w)
            return w.error();
        if (w.value().state != WithdrawalState::Processing)
            return false;
        const Asset &asset = m_steps.assetNamed(w.value().asset);
        auto state = moveThrough(repo, w.value(), {WithdrawalEvent::IntegrityCheckFailed}, reason, std::nullopt,
                                 m_clock.nowMs());
        if (!state)
            return state.error();
        WithdrawalRecord after = w.value();
        after.state = state.value();
        after.note = reason;
        QJsonObject described = describeWithdrawal(after, asset);
        described.insert(QStringLiteral("check"), QString::fromStdString(check));
        if (!journalTxid.empty())
            described.insert(QStringLiteral("journal_txid"), QString::fromStdString(journalTxid));
        auto audited = m_audit.append(work.db(), m_steps.actor(), "withdrawal.held_for_integrity", "withdrawal",
                                      std::to_string(withdrawalId), describeWithdrawal(w.value(), asset), described);
        if (!audited)
            return audited.error();
        return true;
    });
    if (!done)
        return done.error();
    if (done.value()) {
        ++report.held;
        ++report.heldTotal;
        report.problems.push_back("withdrawal " + std::to_string(withdrawalId) + " held: " + reason);
        qCritical("withdrawal %lld held for integrity: %s", static_cast<long long>(withdrawalId), reason.c_str());
        m_steps.announce(withdrawalId);
    }
    return {};
}

Result<std::optional<wallets::Wallet>> PayoutService::hotWallet() const
{
    auto all = m_wallets.list();
    if (!all)
        return all.error();
    const Asset &coin = nativeAssetOf(m_payer.chain());
    for (const wallets::Wallet &w : all.value()) {
        if (w.chain == m_payer.chain() && w.tier == wallets::WalletTier::Hot && w.asset == coin.code)
            return std::optional<wallets::Wallet>(w);
    }
    return std::optional<wallets::Wallet>();
}

} // namespace exchange::withdrawals
