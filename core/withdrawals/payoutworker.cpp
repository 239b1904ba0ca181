#include "core/withdrawals/payoutworker.h"
#include "core/base/message.h"

#include "core/base/changenotifier.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payerset.h"
#include "core/withdrawals/payoutservice.h"

namespace exchange::withdrawals {

namespace {

DutyStatus describe(const PayoutRunReport &r, const std::map<std::string, Asset> &assets, bool vaultUnlocked)
{
    // Counts as "paid: 2" rather than "2 paid": a message has no plural
    // forms, and these read well in every language without them.
    QStringList parts;
    const auto count = [&parts](MessageId id, int n) {
        if (n)
            parts << dutyWords(id, {std::to_string(n)});
    };
    count(MessageId::DutyPaid, r.succeeded);
    count(MessageId::DutySent, r.broadcast);
    count(MessageId::DutyAwaitingChain, r.awaiting);
    count(MessageId::DutyFailedOnChain, r.failed);
    count(MessageId::DutyToError, r.errors);
    for (const auto &[code, amount] : r.hotShortBy)
        parts << dutyWords(MessageId::DutyHotShort, {assets.count(code) ? assets.at(code).format(amount) : amount.toBaseUnitString(), code});
    for (const std::string &p : r.problems) {
        if (p.find("vault is locked") != std::string::npos)
            parts << dutyWords(MessageId::DutyWaitingVaultLocked);
        // "withdrawal 7: the signer's journal cannot be used…": the message alone, once.
        if (const auto at = p.find("the signer's journal cannot be used"); r.journalUnusable && at != std::string::npos) {
            const QString said = QString::fromStdString(p.substr(at));
            if (!parts.contains(said))
                parts << said;
        }
        // The vault, the database and the journal disagree (SignerTrustCheck).
        if (const auto said = Message::parse(p); r.journalUnusable && said
            && (said->id == MessageId::SignerPinRemoved || said->id == MessageId::SignerPinSwapped
                || said->id == MessageId::SignerExchangeMismatch))
            parts << QString::fromStdString(p);
        // No admin key pinned: nothing is signed until one is (fail closed).
        if (const auto said = Message::parse(p); r.noPinnedAdminKey && said && said->id == MessageId::SignerNoPinnedAdminKey)
            parts << QString::fromStdString(p);
        // No admin ever signed the asset's settings: the same, for one asset.
        if (const auto said = Message::parse(p); r.settingsUnsigned && said && said->id == MessageId::SignerSettingsUnsigned)
            parts << QString::fromStdString(p);
    }
    for (const std::string &w : r.warnings)
        parts << QString::fromStdString(w);
    if (r.heldTotal)
        parts << dutyWords(MessageId::DutyHeldForIntegrity, {std::to_string(r.heldTotal)});
    QString text = dutyJoin(parts);
    if (parts.isEmpty())
        text = dutyWords(vaultUnlocked ? MessageId::DutyIdle : MessageId::DutyIdleVaultLocked);
    // A withdrawal held for integrity, a journal the signer cannot use, no
    // pinned admin key or no signed settings (nothing is paid at all): down,
    // so that /health's down list pages someone until it is resolved. Not
    // blocked: that asks for a replenishment from warm, which would not help.
    if (r.heldTotal || r.journalUnusable || r.noPinnedAdminKey || r.settingsUnsigned)
        return DutyStatus::down(text);
    // Short, the queue waits for an operator to move funds from warm.
    return r.hotShortBy.empty() ? DutyStatus::running(text) : DutyStatus::blocked(text);
}

} // namespace

PayoutWorker::PayoutWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier, int intervalMs)
    : PeriodicDuty(database, vault, notifier, intervalMs, ChangeNotifier::Topic::Withdrawal)
{
}

void PayoutWorker::pass()
{
    // The nodes an admin signed: a URL changed only in SQL is not trusted.
    auto settings = wallets::SignerNode::all(database().connection(), vault(), wallets());
    if (!settings) {
        emit statusChanged(QStringLiteral("all chains"), DutyStatus::down(QString::fromStdString(settings.error().message)));
        return;
    }
    for (const wallets::SignerChainSettings &trusted : settings.value()) {
        const wallets::ChainSettings &chain = trusted.settings;
        const QString name = QLatin1String(chainName(chain.chain));
        if (chain.nodeUrl.empty())
            continue;
        // A new set each pass: fees are read afresh for each run.
        auto set = PayerSet::make(chain, wallets(), clock());
        if (!set) {
            emit statusChanged(name, DutyStatus::down(QString::fromStdString(set.error().message)));
            continue;
        }
        PayoutService payouts(database(), clock(), ledger(), audit(), wallets(), set.value()->payer(), &notifier());
        payouts.setApiRequestCheck(m_apiRequests);
        // Locked, the run follows what is on its way and signs nothing.
        auto report = payouts.run(vault());
        if (!report) {
            emit statusChanged(name, DutyStatus::down(QString::fromStdString(report.error().message)));
            continue;
        }
        report.value().warnings.insert(report.value().warnings.begin(), trusted.warnings.begin(), trusted.warnings.end());
        emit statusChanged(name, describe(report.value(), payouts.assets(), vault().isUnlocked()));
    }
}

} // namespace exchange::withdrawals
