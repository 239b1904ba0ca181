#include "replenishcommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/trustanchor.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandreplenisher.h"
#include "core/withdrawals/ethereumreplenisher.h"
#include "core/withdrawals/replenishmentservice.h"
#include "core/withdrawals/stellarreplenisher.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <map>
#include <memory>

using namespace exchange;
using namespace exchange::withdrawals;

void ReplenishCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("asset"), QStringLiteral("export: the asset to move (ETH, XLM, ALGO)."),
                                        QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("tier"),
                                        QStringLiteral("export: the wallet to replenish: hot (from warm, the default), warm (from cold) or fee (the chain's fee wallet, from warm)."),
                                        QStringLiteral("TIER"), QStringLiteral("hot")));
    parser.addOption(QCommandLineOption(QStringLiteral("amount"),
                                        QStringLiteral("export: the amount to move (default: the plan's proposal)."),
                                        QStringLiteral("AMOUNT")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QStringLiteral("export: the file to write the unsigned transaction to."),
                                        QStringLiteral("FILE")));
}

namespace {

// The replenishers of the chains that have a node, for one command.
class Chains final
{
public:
    // The nodes an admin signed (SignerNode, traced from the pin the vault
    // lists: this command holds no vault), not a URL changed only in SQL.
    Chains(Database &db, wallets::WalletService &wallets)
    {
        auto pin = security::listedPinnedAdminKey(db.connection());
        if (!pin)
            return;
        auto all = wallets::SignerNode::all(db.connection(), pin.value(), wallets);
        if (!all)
            return;
        for (const auto &trusted : all.value()) {
            const wallets::ChainSettings &s = trusted.settings;
            m_warnings.insert(m_warnings.end(), trusted.warnings.begin(), trusted.warnings.end());
            if (s.nodeUrl.empty())
                continue;
            const QUrl url(QString::fromStdString(s.nodeUrl));
            switch (s.chain) {
            case Chain::Ethereum:
                m_rpc = std::make_unique<ethereum::JsonRpcClient>(url);
                m_chains[s.chain] = std::make_unique<EthereumReplenisher>(*m_rpc, s.network);
                break;
            case Chain::Stellar:
                m_chains[s.chain] = std::make_unique<StellarReplenisher>(url, s.network);
                break;
            case Chain::Algorand:
                m_algod = std::make_unique<algorand::AlgodClient>(url);
                m_chains[s.chain] = std::make_unique<AlgorandReplenisher>(*m_algod);
                break;
            }
        }
    }

    ReplenishmentChain *operator()(Chain chain) const
    {
        const auto it = m_chains.find(chain);
        return it == m_chains.end() ? nullptr : it->second.get();
    }

    const std::vector<std::string> &warnings() const { return m_warnings; }

private:
    std::vector<std::string> m_warnings;
    std::unique_ptr<ethereum::JsonRpcClient> m_rpc;
    std::unique_ptr<algorand::AlgodClient> m_algod;
    std::map<Chain, std::unique_ptr<ReplenishmentChain>> m_chains;
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject moveJson(const ReplenishmentMove &m, const Asset &a)
{
    return QJsonObject{{QStringLiteral("need"), q(a.format(m.need))},
                       {QStringLiteral("have"), q(a.format(m.have))},
                       {QStringLiteral("shortfall"), q(a.format(m.shortfall))},
                       {QStringLiteral("amount"), q(a.format(m.amount))},
                       {QStringLiteral("why"), q(m.why)}};
}

QJsonObject recordJson(const ReplenishmentRecord &r, const std::map<std::string, Asset> &assets)
{
    const auto a = assets.find(r.asset);
    const auto fmt = [&](Amount x) { return a == assets.end() ? q(x.toBaseUnitString()) : q(a->second.format(x)); };
    QJsonObject o{{QStringLiteral("id"), static_cast<qint64>(r.id)},
                  {QStringLiteral("asset"), q(r.asset)},
                  {QStringLiteral("chain"), QString::fromLatin1(chainName(r.chain))},
                  {QStringLiteral("from"), QString::fromLatin1(wallets::walletTierName(r.fromTier))},
                  {QStringLiteral("to"), QString::fromLatin1(wallets::walletTierName(r.toTier))},
                  {QStringLiteral("from_address"), q(r.fromAddress)},
                  {QStringLiteral("to_address"), q(r.toAddress)},
                  {QStringLiteral("amount"), fmt(r.amount)},
                  {QStringLiteral("max_fee"), q(nativeAssetOf(r.chain).format(r.maxFee))}, // fees are the chain's coin
                  {QStringLiteral("fee_asset"), q(nativeAssetOf(r.chain).code)},
                  {QStringLiteral("state"), QString::fromLatin1(replenishmentStateName(r.state))}};
    if (r.txid)
        o.insert(QStringLiteral("txid"), q(*r.txid));
    if (!r.note.empty())
        o.insert(QStringLiteral("note"), q(r.note));
    return o;
}

QString describe(const ReplenishmentRecord &r, const std::map<std::string, Asset> &assets)
{
    const auto a = assets.find(r.asset);
    return QStringLiteral("replenishment %1: %2 %3 %4 -> %5 (%6)")
        .arg(r.id)
        .arg(a == assets.end() ? q(r.amount.toBaseUnitString()) : q(a->second.format(r.amount)), q(r.asset),
             QString::fromLatin1(wallets::walletTierName(r.fromTier)), QString::fromLatin1(wallets::walletTierName(r.toTier)),
             QString::fromLatin1(replenishmentStateName(r.state)))
        + (r.txid ? QStringLiteral(", txid ") + q(*r.txid) : QString());
}

} // namespace

int ReplenishCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (!(action == u"plan" && args.size() == 1) && !(action == u"export" && args.size() == 1)
        && !(action == u"import" && args.size() == 2) && !(action == u"cancel" && args.size() == 2))
        return context.usageError(QStringLiteral("replenish takes plan, export, import FILE or cancel ID"));
    const bool json = parser.isSet(QStringLiteral("json"));
    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    depositcli::Services services(*db);
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    Chains chains(*db, services.wallets());
    for (const std::string &warning : chains.warnings())
        context.err() << "exctl: note: " << q(warning) << Qt::endl;
    ledger::LedgerService ledger(*db, clock);
    ReplenishmentService service(*db, clock, ledger, audit, services.wallets(), [&chains](Chain c) { return chains(c); });

    if (action == u"plan") {
        auto followed = service.follow();
        if (!followed)
            context.err() << "exctl: " << q(followed.error().message) << Qt::endl;
        auto plans = service.plan();
        if (!plans)
            return context.refuse(plans.error());
        QJsonArray rows;
        for (const auto &p : plans.value()) {
            const Asset &a = p.asset;
            QJsonObject o{{QStringLiteral("asset"), q(a.code)},
                          {QStringLiteral("chain"), QString::fromLatin1(chainName(a.chain))},
                          {QStringLiteral("queued"), q(a.format(p.queue.automatic))},
                          {QStringLiteral("queued_count"), p.queue.automaticCount},
                          {QStringLiteral("manual"), q(a.format(p.queue.manual))},
                          {QStringLiteral("manual_count"), p.queue.manualCount},
                          {QStringLiteral("fee_allowance"), q(p.feeAsset.format(p.feeAllowance))},
                          {QStringLiteral("fee_asset"), q(p.feeAsset.code)},
                          {QStringLiteral("in_flight_to_hot"), q(a.format(p.inFlightToHot))},
                          {QStringLiteral("in_flight_to_warm"), q(a.format(p.inFlightToWarm))}};
            if (p.hotSpendable)
                o.insert(QStringLiteral("hot_spendable"), q(a.format(*p.hotSpendable)));
            if (p.warmSpendable)
                o.insert(QStringLiteral("warm_spendable"), q(a.format(*p.warmSpendable)));
            if (p.plan.warmToHot)
                o.insert(QStringLiteral("warm_to_hot"), moveJson(*p.plan.warmToHot, a));
            if (p.plan.coldToWarm)
                o.insert(QStringLiteral("cold_to_warm"), moveJson(*p.plan.coldToWarm, a));
            if (p.warmToFee) {
                QJsonObject fee{{QStringLiteral("have"), q(a.format(p.warmToFee->have))},
                                {QStringLiteral("amount"), q(a.format(p.warmToFee->amount))},
                                {QStringLiteral("why"), q(p.warmToFee->why)}};
                if (p.warmToFee->max)
                    fee.insert(QStringLiteral("max"), q(a.format(*p.warmToFee->max)));
                if (p.warmToFee->low)
                    fee.insert(QStringLiteral("low"), q(a.format(*p.warmToFee->low)));
                o.insert(QStringLiteral("warm_to_fee"), fee);
            }
            if (!p.problem.empty())
                o.insert(QStringLiteral("problem"), q(p.problem));
            rows.append(o);
            if (json)
                continue;
            context.out() << q(a.code) << ": " << q(a.format(p.queue.automatic)) << " queued for hot (" << p.queue.automaticCount
                          << "), " << q(a.format(p.queue.manual)) << " for manual payout from warm (" << p.queue.manualCount
                          << ")" << Qt::endl;
            const auto line = [&](const char *what, const std::optional<ReplenishmentMove> &m) {
                if (!m)
                    context.out() << "  " << what << ": unknown (" << q(p.problem) << ")" << Qt::endl;
                else
                    context.out() << "  " << what << ": " << (m->amount.isZero() ? QStringLiteral("nothing") : q(a.format(m->amount) + " " + a.code))
                                  << " - " << q(m->why) << Qt::endl;
            };
            line("warm -> hot", p.plan.warmToHot);
            line("cold -> warm", p.plan.coldToWarm);
            if (p.warmToFee)
                context.out() << "  warm -> fee: "
                              << (p.warmToFee->amount.isZero() ? QStringLiteral("nothing") : q(a.format(p.warmToFee->amount) + " " + a.code))
                              << " - " << q(p.warmToFee->why) << Qt::endl;
        }
        auto recent = service.list(20);
        QJsonArray open;
        if (recent) {
            for (const auto &r : recent.value()) {
                if (r.state != ReplenishmentState::Exported && r.state != ReplenishmentState::Broadcast)
                    continue;
                open.append(recordJson(r, assets.value()));
                if (!json)
                    context.out() << describe(r, assets.value()) << Qt::endl;
            }
        }
        if (json)
            context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("assets"), rows}, {QStringLiteral("open"), open}}));
        return Success;
    }

    if (action == u"export") {
        if (!parser.isSet(QStringLiteral("asset")) || !parser.isSet(QStringLiteral("out")))
            return context.usageError(QStringLiteral("replenish export needs --asset and --out"));
        ExportRequest request;
        request.asset = parser.value(QStringLiteral("asset")).toUpper().toStdString();
        const auto asset = assets.value().find(request.asset);
        if (asset == assets.value().end())
            return context.refuse(QStringLiteral("unknown asset %1").arg(q(request.asset)));
        const QString tier = parser.value(QStringLiteral("tier")).toLower();
        if (tier != u"hot" && tier != u"warm" && tier != u"fee")
            return context.usageError(QStringLiteral("--tier takes hot (from warm), warm (from cold) or fee (from warm)"));
        request.to = tier == u"hot" ? wallets::WalletTier::Hot : tier == u"warm" ? wallets::WalletTier::Warm : wallets::WalletTier::Fee;
        if (parser.isSet(QStringLiteral("amount"))) {
            auto amount = asset->second.parse(parser.value(QStringLiteral("amount")).toStdString());
            if (!amount)
                return context.refuse(amount.error());
            request.amount = amount.value();
        }
        const auto *actor = context.actor();
        if (!actor)
            return Refused;
        auto exported = service.exportTransfer(*actor, request);
        if (!exported)
            return context.refuse(exported.error());
        QSaveFile out(parser.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(exported.value().contents) != exported.value().contents.size()
            || !out.commit())
            return context.refuse(QStringLiteral("cannot write %1: %2 (replenishment %3 is stored; export again to rewrite it)")
                                      .arg(parser.value(QStringLiteral("out")), out.errorString())
                                      .arg(exported.value().record.id));
        if (json) {
            QJsonObject o = recordJson(exported.value().record, assets.value());
            o.insert(QStringLiteral("existing"), exported.value().existing);
            o.insert(QStringLiteral("file"), parser.value(QStringLiteral("out")));
            context.printJson(QJsonDocument(o));
        } else {
            context.out() << describe(exported.value().record, assets.value())
                          << (exported.value().existing ? QStringLiteral(" (exported before: the same transaction)") : QString())
                          << Qt::endl
                          << "unsigned transaction written to " << parser.value(QStringLiteral("out"))
                          << ": sign it with the " << QString::fromLatin1(wallets::walletTierName(exported.value().record.fromTier))
                          << " wallet's key offline, then exctl replenish import SIGNED_FILE" << Qt::endl;
        }
        return Success;
    }

    if (action == u"cancel") {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return context.notAn(args.at(1), QStringLiteral("a replenishment id"));
        const auto *actor = context.actor();
        if (!actor)
            return Refused;
        auto cancelled = service.cancel(*actor, id);
        if (!cancelled)
            return context.refuse(cancelled.error());
        if (json)
            context.printJson(QJsonDocument(recordJson(cancelled.value(), assets.value())));
        else
            context.out() << describe(cancelled.value(), assets.value()) << Qt::endl;
        return Success;
    }

    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly))
        return context.refuse(QStringLiteral("cannot read %1: %2").arg(args.at(1), in.errorString()));
    const QByteArray file = in.read(1 << 20);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto imported = service.importSigned(*actor, file);
    if (!imported)
        return context.refuse(imported.error());
    if (json) {
        QJsonObject o = recordJson(imported.value().record, assets.value());
        o.insert(QStringLiteral("already_imported"), imported.value().alreadyImported);
        context.printJson(QJsonDocument(o));
    } else {
        context.out() << describe(imported.value().record, assets.value())
                      << (imported.value().alreadyImported ? QStringLiteral(" (imported before: nothing new was sent)") : QString())
                      << Qt::endl;
    }
    return Success;
}
