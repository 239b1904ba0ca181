#include "collectcommand.h"

#include "collectgascli.h"
#include "commandcontext.h"
#include "depositcli.h"
#include "operatorcli.h"
#include "vaultcli.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/deposits/algorandcollector.h"
#include "core/deposits/ethereumcollector.h"
#include "core/deposits/feewalletfunding.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

using namespace exchange;

void CollectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("wait"),
                                        QStringLiteral("run: keep following until every sweep is confirmed (at most S seconds)."),
                                        QStringLiteral("S")));
    parser.addOption(vaultcli::passphraseFileOption());
    parser.addOption(QCommandLineOption(QStringLiteral("txid"),
                                        QStringLiteral("fund-fee: the transaction that sent ether or ALGO to the fee wallet."),
                                        QStringLiteral("TXID")));
    parser.addOption(QCommandLineOption(QStringLiteral("min"),
                                        QStringLiteral("return-gas: leave leftovers below this amount of ETH where they are."),
                                        QStringLiteral("AMOUNT"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(QStringLiteral("chain"),
                                        QStringLiteral("The chain to collect on: ethereum (default) or algorand."),
                                        QStringLiteral("CHAIN"), QStringLiteral("ethereum")));
    parser.addOption(QCommandLineOption(QStringLiteral("stuck-after"),
                                        QStringLiteral("run: replace an Ethereum sweep or refuel not mined after S seconds (default 600; 0: never)."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("replacement-cap"),
                                        QStringLiteral("run: the most a replacement's network fee may be, in ether (default 0.05)."),
                                        QStringLiteral("ETHER")));
}

namespace {

QJsonObject toJson(const deposits::SweepPlan &p, const std::map<std::string, Asset> &assets, const Asset &coin, bool algorand)
{
    // A token's amounts in the token, its gas in the chain's coin.
    const auto found = assets.find(p.asset);
    const Asset &asset = found == assets.end() ? coin : found->second;
    QJsonObject o{{QStringLiteral("address"), QString::fromStdString(p.address)},
                  {QStringLiteral("asset"), QString::fromStdString(p.asset.empty() ? coin.code : p.asset)},
                  {QStringLiteral("deposits"), static_cast<qint64>(p.depositIds.size())},
                  {QStringLiteral("total"), QString::fromStdString(asset.format(p.total))},
                  {algorand ? QStringLiteral("fee_per_sweep") : QStringLiteral("gas_per_sweep"),
                   QString::fromStdString(coin.format(p.feeEach))}};
    if (p.gasNeeded.isPositive()) {
        o.insert(QStringLiteral("gas_needed"), QString::fromStdString(coin.format(p.gasNeeded)));
        o.insert(QStringLiteral("gas_held"), QString::fromStdString(coin.format(p.gasHeld)));
    }
    if (p.split) {
        o.insert(QStringLiteral("to_hot"), QString::fromStdString(asset.format(p.split->toHot)));
        o.insert(QStringLiteral("to_warm"), QString::fromStdString(asset.format(p.split->toWarm)));
        o.insert(QStringLiteral("to_cold"), QString::fromStdString(asset.format(p.split->toCold)));
    } else {
        o.insert(QStringLiteral("waiting"), QString::fromStdString(p.waiting));
    }
    return o;
}

} // namespace

int CollectCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    static const QStringList kActions{QStringLiteral("plan"), QStringLiteral("run"), QStringLiteral("fund-fee"),
                                      QStringLiteral("leftovers"), QStringLiteral("return-gas")};
    if (args.size() != 1 || !kActions.contains(args.first()))
        return context.usageError(QStringLiteral("collect takes plan, run, fund-fee, leftovers or return-gas"));
    bool ok = true;
    const int waitSeconds = parser.isSet(QStringLiteral("wait")) ? parser.value(QStringLiteral("wait")).toInt(&ok) : 0;
    if (!ok || waitSeconds < 0)
        return context.usageError(QStringLiteral("--wait takes a number of seconds"));
    deposits::SweepReplacementPolicy replacement;
    if (parser.isSet(QStringLiteral("stuck-after"))) {
        const int seconds = parser.value(QStringLiteral("stuck-after")).toInt(&ok);
        if (!ok || seconds < 0)
            return context.usageError(QStringLiteral("--stuck-after takes a number of seconds"));
        replacement.stuckAfterMs = seconds * 1000LL;
    }
    if (parser.isSet(QStringLiteral("replacement-cap"))) {
        auto cap = Amount::parse(parser.value(QStringLiteral("replacement-cap")).toStdString(), nativeAssetOf(Chain::Ethereum).decimals);
        if (!cap || !cap.value().isPositive())
            return context.usageError(QStringLiteral("--replacement-cap takes an amount of ether above zero"));
        replacement.cap = cap.value();
    }
    const QString chainName = parser.value(QStringLiteral("chain")).toLower();
    if (chainName != u"ethereum" && chainName != u"algorand")
        return context.usageError(QStringLiteral("--chain takes ethereum or algorand"));
    const bool algorand = chainName == u"algorand";
    const Chain chain = algorand ? Chain::Algorand : Chain::Ethereum;
    const char *unit = algorand ? "ALGO" : "ETH";
    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    const auto eth = assets.value().find(unit);
    if (eth == assets.value().end())
        return context.refuse(QStringLiteral("%1 is not configured").arg(QLatin1String(unit)));
    depositcli::Services services(*db);
    vaultcli::Vault vault(*db);
    const bool gas = args.first() == u"leftovers" || args.first() == u"return-gas";
    if (gas && algorand)
        return context.usageError(QStringLiteral("collect %1 is for Ethereum's deposit addresses").arg(args.first()));
    std::optional<Amount> minimum;
    if (args.first() == u"return-gas") {
        auto parsed = eth->second.parse(parser.value(QStringLiteral("min")).toStdString());
        if (!parsed || parsed.value().isNegative())
            return context.usageError(QStringLiteral("--min takes an amount of ETH, such as 0.001"));
        minimum = parsed.value();
    }
    if (args.first() == u"run" || args.first() == u"return-gas"
        || (args.first() == u"plan" && parser.isSet(vaultcli::passphraseFileOption()))) {
        // plan: the tokens' plans need the vault's pin (tokensInForce).
        if (auto unlocked = vault.unlock(context, parser); !unlocked)
            return context.refuse(unlocked.error());
    }
    // The node an admin signed, not a URL changed only in SQL.
    auto trusted = wallets::SignerNode::of(db->connection(), vault.vault(), services.wallets(), chain);
    if (!trusted)
        return context.refuse(trusted.error());
    for (const std::string &warning : trusted.value().warnings)
        context.err() << "exctl: note: " << QString::fromStdString(warning) << Qt::endl;
    const wallets::ChainSettings &settings = trusted.value().settings;
    if (settings.nodeUrl.empty())
        return context.refuse(algorand ? QStringLiteral("Algorand has no algod URL: exctl chain set algorand --node URL")
                                       : QStringLiteral("Ethereum has no node URL: exctl chain set ethereum --node URL"));
    SystemClock clock;
    ledger::LedgerService ledger(*db, clock);
    security::AuditLog audit(*db, clock);
    // The two collectors have the same three calls; the rest of the
    // command does not care which chain it drives.
    std::function<Result<std::vector<deposits::SweepPlan>>()> plan;
    std::function<Result<deposits::CollectionRunReport>(const security::KeyVault &)> runWith;
    std::function<Result<void>(deposits::CollectionRunReport &)> follow;
    std::unique_ptr<ethereum::JsonRpcClient> node;
    std::unique_ptr<deposits::EthereumCollector> ethereumCollector;
    std::unique_ptr<algorand::AlgodClient> algod, indexer;
    std::unique_ptr<deposits::AlgorandCollector> algorandCollector;
    if (algorand) {
        algod = std::make_unique<algorand::AlgodClient>(QUrl(QString::fromStdString(settings.nodeUrl)));
        if (!settings.indexerUrl.empty())
            indexer = std::make_unique<algorand::AlgodClient>(QUrl(QString::fromStdString(settings.indexerUrl)));
        algorandCollector = std::make_unique<deposits::AlgorandCollector>(*db, clock, ledger, audit, services.wallets(), *algod,
                                                                          indexer.get());
        auto *c = algorandCollector.get();
        // The ASAs' plans (and the deposit addresses' missing opt-ins) need
        // the vault's pin: locked, they say they wait.
        plan = [c, &vault] { return c->plan([&vault] { return vault.vault().pinnedAdminKey(); }); };
        runWith = [c](const security::KeyVault &v) { return c->run(operatorcli::cliActor(), v); };
        follow = [c](deposits::CollectionRunReport &r) { return c->follow(r); };
    } else {
        node = std::make_unique<ethereum::JsonRpcClient>(QUrl(QString::fromStdString(settings.nodeUrl)));
        ethereumCollector = std::make_unique<deposits::EthereumCollector>(*db, clock, ledger, audit, services.wallets(), *node);
        ethereumCollector->setReplacementPolicy(replacement);
        auto *c = ethereumCollector.get();
        // The tokens' plans need the vault's pin: locked, they say they wait.
        plan = [c, &vault] { return c->plan([&vault] { return vault.vault().pinnedAdminKey(); }); };
        runWith = [c](const security::KeyVault &v) { return c->run(operatorcli::cliActor(), v); };
        follow = [c](deposits::CollectionRunReport &r) { return c->follow(r); };
    }

    const bool json = parser.isSet(QStringLiteral("json"));
    if (args.first() == u"leftovers")
        return collectgascli::leftovers(context, *db, *node, eth->second, json);
    if (args.first() == u"return-gas")
        return collectgascli::returnGas(context, *db, clock, ledger, audit, services.wallets(), *node, vault.vault(), eth->second,
                                        *minimum, json);
    if (args.first() == u"fund-fee") {
        if (!parser.isSet(QStringLiteral("txid")))
            return context.usageError(QStringLiteral("collect fund-fee needs --txid"));
        if (algorand && !indexer)
            return context.refuse(QStringLiteral("Algorand has no indexer URL: exctl chain set algorand --indexer URL"));
        const auto *actor = context.actor();
        if (!actor)
            return Refused;
        const std::string txid = parser.value(QStringLiteral("txid")).toStdString();
        auto funded = algorand ? deposits::FeeWalletFunding(*db, clock, ledger, audit, *indexer).recordAlgorand(*actor, txid)
                               : deposits::FeeWalletFunding(*db, clock, ledger, audit, *node)
                                     .recordEthereum(*actor, txid, settings.confirmations);
        if (!funded)
            return context.refuse(funded.error());
        const QString from = funded.value().fromTier ? QString::fromLatin1(wallets::walletTierName(*funded.value().fromTier))
                                                     : QStringLiteral("outside");
        if (json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("txid"), QString::fromStdString(funded.value().txid)},
                                                        {QStringLiteral("from"), QString::fromStdString(funded.value().from)},
                                                        {QStringLiteral("from_tier"), from},
                                                        {QStringLiteral("amount"), QString::fromStdString(eth->second.format(funded.value().amount))}}));
        else
            context.out() << "fee wallet funded: " << QString::fromStdString(eth->second.format(funded.value().amount)) << " "
                          << unit << " from " << from << " (" << QString::fromStdString(funded.value().from) << ")" << Qt::endl;
        return Success;
    }
    if (args.first() == u"plan") {
        auto plans = plan();
        if (!plans)
            return context.refuse(plans.error());
        QJsonArray rows;
        for (const auto &p : plans.value()) {
            rows.append(toJson(p, assets.value(), eth->second, algorand));
            const auto found = assets.value().find(p.asset);
            const Asset &a = found == assets.value().end() ? eth->second : found->second;
            if (!json)
                context.out() << QString::fromStdString(p.address) << "  " << QString::fromStdString(a.format(p.total))
                              << " " << QString::fromStdString(p.asset.empty() ? std::string(unit) : p.asset) << "  "
                              << (p.split ? (algorand ? QStringLiteral("hot %1, warm %2, cold %3, fee %4 each")
                                                      : QStringLiteral("hot %1, warm %2, cold %3, gas %4 each"))
                                                .arg(QString::fromStdString(a.format(p.split->toHot)),
                                                     QString::fromStdString(a.format(p.split->toWarm)),
                                                     QString::fromStdString(a.format(p.split->toCold)),
                                                     QString::fromStdString(eth->second.format(p.feeEach)))
                                          : QStringLiteral("waits: %1").arg(QString::fromStdString(p.waiting)))
                              << Qt::endl;
        }
        if (json)
            context.printJson(QJsonDocument(rows));
        else if (plans.value().empty())
            context.out() << "nothing planned for collection" << Qt::endl;
        return Success;
    }

    auto report = runWith(vault.vault());
    if (!report)
        return context.refuse(report.error());
    deposits::CollectionRunReport total = report.value();
    QElapsedTimer waited;
    waited.start();
    while (total.awaitingConfirmations > 0 && waited.elapsed() < waitSeconds * 1000LL) {
        QThread::msleep(500);
        deposits::CollectionRunReport again;
        if (auto followed = follow(again); !followed)
            return context.refuse(followed.error());
        total.confirmed += again.confirmed;
        total.failed += again.failed;
        total.refuelsConfirmed += again.refuelsConfirmed;
        total.refuelsFailed += again.refuelsFailed;
        total.awaitingConfirmations = again.awaitingConfirmations;
        total.problems.insert(total.problems.end(), again.problems.begin(), again.problems.end());
    }
    QJsonArray plans;
    for (const auto &p : total.plans)
        plans.append(toJson(p, assets.value(), eth->second, algorand));
    QJsonArray refuels;
    for (const auto &r : total.refuels)
        refuels.append(QJsonObject{{QStringLiteral("address"), QString::fromStdString(r.address)},
                                   {QStringLiteral("for"), QString::fromStdString(r.forAssets)},
                                   {QStringLiteral("amount"), QString::fromStdString(eth->second.format(r.amount))},
                                   {QStringLiteral("txid"), QString::fromStdString(r.txid)}});
    QJsonArray warnings;
    for (const auto &w : total.warnings)
        warnings.append(QString::fromStdString(w));
    QJsonArray problems;
    for (const auto &p : total.problems) {
        problems.append(QString::fromStdString(p));
        context.err() << "exctl: " << QString::fromStdString(p) << Qt::endl;
    }
    if (json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("plans"), plans},
                                                    {QStringLiteral("signed"), total.signedSweeps},
                                                    {QStringLiteral("broadcast"), total.broadcast},
                                                    {QStringLiteral("confirmed"), total.confirmed},
                                                    {QStringLiteral("failed"), total.failed},
                                                    {QStringLiteral("refused"), total.refused},
                                                    {QStringLiteral("replaced"), total.replaced},
                                                    {QStringLiteral("refuels"), refuels},
                                                    {QStringLiteral("refuels_confirmed"), total.refuelsConfirmed},
                                                    {QStringLiteral("refuels_failed"), total.refuelsFailed},
                                                    {QStringLiteral("warnings"), warnings},
                                                    {QStringLiteral("awaiting_confirmations"), total.awaitingConfirmations},
                                                    {QStringLiteral("problems"), problems}}));
    } else {
        context.out() << total.signedSweeps << " sweeps signed, " << total.broadcast << " sent, " << total.confirmed
                      << " confirmed, " << total.failed << " failed, " << total.replaced << " replaced, "
                      << total.awaitingConfirmations << " awaiting confirmations" << Qt::endl;
        for (const auto &r : total.refuels)
            context.out() << "refuel " << QString::fromStdString(r.txid) << ": " << QString::fromStdString(eth->second.format(r.amount))
                          << " " << unit << " to " << QString::fromStdString(r.address) << " for "
                          << QString::fromStdString(r.forAssets) << Qt::endl;
    }
    for (const auto &w : total.warnings)
        context.err() << "exctl: note: " << QString::fromStdString(w) << Qt::endl;
    return total.problems.empty() ? Success : Refused;
}
