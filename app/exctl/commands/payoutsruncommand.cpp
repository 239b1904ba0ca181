#include "payoutsruncommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "vaultcli.h"
#include "core/api/signedwithdrawalrequestcheck.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payerset.h"
#include "core/withdrawals/payoutservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <memory>

using namespace exchange;

void PayoutsRunCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("chain"), QStringLiteral("ethereum (default), stellar or algorand."),
                                        QStringLiteral("CHAIN"), QStringLiteral("ethereum")));
    parser.addOption(QCommandLineOption(QStringLiteral("wait"),
                                        QStringLiteral("Keep following until every payout is decided (at most S seconds)."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("stuck-after"),
                                        QStringLiteral("Replace an Ethereum payout not mined after S seconds (default 600), fee-bump a Stellar one "
                                                       "(default 60); 0: never."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("replacement-cap"),
                                        QStringLiteral("The most a replacement's network fee may be, in the chain's coin (default 0.05 ether; "
                                                       "0.01 XLM)."),
                                        QStringLiteral("AMOUNT")));
}

namespace {

void add(withdrawals::PayoutRunReport &total, const withdrawals::PayoutRunReport &more)
{
    total.broadcast += more.broadcast;
    total.succeeded += more.succeeded;
    total.failed += more.failed;
    total.errors += more.errors;
    total.awaiting = more.awaiting;
    total.problems.insert(total.problems.end(), more.problems.begin(), more.problems.end());
    total.warnings.insert(total.warnings.end(), more.warnings.begin(), more.warnings.end());
}

} // namespace

int PayoutsRunCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args.first() != u"run" && args.first() != u"follow"))
        return context.usageError(QStringLiteral("payouts takes run or follow"));
    const auto chain = chainFromName(parser.value(QStringLiteral("chain")).toLower().toStdString());
    if (!chain)
        return context.usageError(QStringLiteral("--chain takes ethereum, stellar or algorand"));
    bool ok = true;
    const int waitSeconds = parser.isSet(QStringLiteral("wait")) ? parser.value(QStringLiteral("wait")).toInt(&ok) : 0;
    if (!ok || waitSeconds < 0)
        return context.usageError(QStringLiteral("--wait takes a number of seconds"));
    withdrawals::ReplacementPolicy policy = withdrawals::ReplacementPolicy::forChain(*chain);
    if (parser.isSet(QStringLiteral("stuck-after"))) {
        const int seconds = parser.value(QStringLiteral("stuck-after")).toInt(&ok);
        if (!ok || seconds < 0)
            return context.usageError(QStringLiteral("--stuck-after takes a number of seconds"));
        policy.stuckAfterMs = seconds * 1000LL;
    }
    if (parser.isSet(QStringLiteral("replacement-cap"))) {
        auto cap = Amount::parse(parser.value(QStringLiteral("replacement-cap")).toStdString(), nativeAssetOf(*chain).decimals);
        if (!cap || !cap.value().isPositive())
            return context.usageError(QStringLiteral("--replacement-cap takes an amount of the chain's coin above zero"));
        policy.defaultCap = cap.value();
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    vaultcli::Vault vault(*db);
    if (args.first() == u"run") {
        if (auto unlocked = vault.unlock(context); !unlocked)
            return context.refuse(unlocked.error());
    }
    // The node an admin signed, not a URL changed only in SQL.
    auto settings = wallets::SignerNode::of(db->connection(), vault.vault(), services.wallets(), *chain);
    if (!settings)
        return context.refuse(settings.error());
    SystemClock clock;
    auto payer = withdrawals::PayerSet::make(settings.value().settings, services.wallets(), clock);
    if (!payer)
        return context.refuse(payer.error());
    ledger::LedgerService ledger(*db, clock);
    security::AuditLog audit(*db, clock);
    withdrawals::PayoutService payouts(*db, clock, ledger, audit, services.wallets(), payer.value()->payer());
    payouts.setApiRequestCheck(&api::SignedWithdrawalRequestCheck::check);
    payouts.setReplacementPolicy(policy);

    Result<withdrawals::PayoutRunReport> report = Error{ErrorCode::Internal, "not run"};
    if (args.first() == u"run")
        report = payouts.run(vault.vault());
    else
        report = payouts.follow();
    if (!report)
        return context.refuse(report.error());
    withdrawals::PayoutRunReport total = report.value();
    total.warnings.insert(total.warnings.begin(), settings.value().warnings.begin(), settings.value().warnings.end());
    QElapsedTimer waited;
    waited.start();
    while (total.awaiting > 0 && waited.elapsed() < waitSeconds * 1000LL) {
        QThread::msleep(250);
        auto again = payouts.follow();
        if (!again)
            return context.refuse(again.error());
        add(total, again.value());
    }

    auto assets = context.assets();
    QJsonArray problems;
    for (const std::string &p : total.problems) {
        problems.append(QString::fromStdString(p));
        context.err() << "exctl: " << QString::fromStdString(p) << Qt::endl;
    }
    QJsonArray warnings;
    for (const std::string &w : total.warnings)
        warnings.append(QString::fromStdString(w));
    // What hot lacks of each asset (a token, or the coin for amounts and fees).
    QJsonObject shortBy;
    for (const auto &[code, amount] : total.hotShortBy) {
        std::string text = amount.toBaseUnitString();
        if (assets) {
            if (const auto asset = assets.value().find(code); asset != assets.value().end())
                text = asset->second.format(amount);
        }
        shortBy.insert(QString::fromStdString(code), QString::fromStdString(text));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("asset"), QString::fromStdString(total.asset)},
                      {QStringLiteral("started"), total.started},
                      {QStringLiteral("signed"), total.signedNew},
                      {QStringLiteral("replaced"), total.replaced},
                      {QStringLiteral("broadcast"), total.broadcast},
                      {QStringLiteral("succeeded"), total.succeeded},
                      {QStringLiteral("failed"), total.failed},
                      {QStringLiteral("errors"), total.errors},
                      {QStringLiteral("awaiting"), total.awaiting},
                      {QStringLiteral("held_for_integrity"), total.held},
                      {QStringLiteral("held_for_integrity_total"), total.heldTotal},
                      {QStringLiteral("problems"), problems},
                      {QStringLiteral("warnings"), warnings}};
        if (shortBy.contains(QString::fromStdString(total.asset)))
            o.insert(QStringLiteral("hot_short_by"), shortBy.value(QString::fromStdString(total.asset)));
        if (!shortBy.isEmpty())
            o.insert(QStringLiteral("hot_short"), shortBy);
        context.printJson(QJsonDocument(o));
    } else {
        context.out() << total.started << " started, " << total.signedNew << " signed, " << total.replaced << " replaced, "
                      << total.broadcast << " sent, "
                      << total.succeeded << " paid, " << total.failed << " failed, " << total.errors << " to error, "
                      << total.awaiting << " awaiting the chain" << Qt::endl;
        for (auto it = shortBy.begin(); it != shortBy.end(); ++it)
            context.out() << "hot is short by " << it.value().toString() << " " << it.key()
                          << ": replenish hot from warm (exctl replenish plan)" << Qt::endl;
        if (total.heldTotal > 0)
            context.out() << total.heldTotal << " " << QString::fromStdString(total.asset)
                          << " withdrawal(s) held for integrity (the signer could not verify them; the audit log says why):"
                             " exctl withdrawals list --state held_for_integrity, then investigate and end each hold"
                             " (exctl --operator ADMIN withdrawals release ID --paid TXID | --reject REASON)" << Qt::endl;
        for (const QJsonValue &w : warnings)
            context.out() << "note: " << w.toString() << Qt::endl;
    }
    return total.problems.empty() ? Success : Refused;
}
