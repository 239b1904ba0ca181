#include "core/withdrawals/payoutworker.h"

#include "core/base/changenotifier.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payerset.h"
#include "core/withdrawals/payoutservice.h"

namespace exchange::withdrawals {

namespace {

DutyStatus describe(const PayoutRunReport &r, bool vaultUnlocked)
{
    QStringList parts;
    if (r.succeeded)
        parts << PayoutWorker::tr("%n paid", nullptr, r.succeeded);
    if (r.broadcast)
        parts << PayoutWorker::tr("%n sent", nullptr, r.broadcast);
    if (r.awaiting)
        parts << PayoutWorker::tr("%n awaiting the chain", nullptr, r.awaiting);
    if (r.failed)
        parts << PayoutWorker::tr("%n failed on chain", nullptr, r.failed);
    if (r.errors)
        parts << PayoutWorker::tr("%n to error", nullptr, r.errors);
    if (r.hotShortBy) {
        const auto asset = nativeAsset(r.asset);
        parts << PayoutWorker::tr("hot is short by %1 %2: replenish hot from warm")
                     .arg(QString::fromStdString(asset ? asset->format(*r.hotShortBy) : r.hotShortBy->toBaseUnitString()),
                          QString::fromStdString(r.asset));
    }
    for (const std::string &p : r.problems) {
        if (p.find("vault is locked") != std::string::npos)
            parts << PayoutWorker::tr("waiting: the key vault is locked");
    }
    QString text = parts.join(QStringLiteral(", "));
    if (parts.isEmpty())
        text = vaultUnlocked ? PayoutWorker::tr("idle") : PayoutWorker::tr("idle (signing waits for the key vault)");
    // Short, the queue waits for an operator to move funds from warm.
    return r.hotShortBy ? DutyStatus::blocked(text) : DutyStatus::running(text);
}

} // namespace

PayoutWorker::PayoutWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier, int intervalMs)
    : PeriodicDuty(database, vault, notifier, intervalMs, ChangeNotifier::Topic::Withdrawal)
{
}

void PayoutWorker::pass()
{
    auto settings = wallets().chainSettings();
    if (!settings) {
        emit statusChanged(QStringLiteral("all chains"), DutyStatus::down(QString::fromStdString(settings.error().message)));
        return;
    }
    for (const wallets::ChainSettings &chain : settings.value()) {
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
        // Locked, the run follows what is on its way and signs nothing.
        auto report = payouts.run(vault());
        if (!report) {
            emit statusChanged(name, DutyStatus::down(QString::fromStdString(report.error().message)));
            continue;
        }
        emit statusChanged(name, describe(report.value(), vault().isUnlocked()));
    }
}

} // namespace exchange::withdrawals
