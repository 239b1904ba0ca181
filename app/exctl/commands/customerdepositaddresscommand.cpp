#include "customerdepositaddresscommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/customers/depositaddressservice.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace exchange;

namespace {

int issueAll(CommandContext &context, customers::DepositAddressService &service, const security::Actor &actor,
             const std::string &code, Chain chain, bool json)
{
    auto done = service.issueAll(actor, chain);
    if (!done)
        return context.refuse(done.error());
    const QString chainText = QString::fromLatin1(chainName(chain).data(), static_cast<qsizetype>(chainName(chain).size()));
    if (json) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("chain"), chainText},
                                                    {QStringLiteral("asset"), QString::fromStdString(code)},
                                                    {QStringLiteral("issued"), static_cast<qint64>(done.value().issued)},
                                                    {QStringLiteral("already_had"), static_cast<qint64>(done.value().alreadyHad)}}));
        return Command::Success;
    }
    context.out() << QStringLiteral("%1 %2 deposit addresses issued now; %3 active customers had one already\n")
                         .arg(done.value().issued)
                         .arg(chainText)
                         .arg(done.value().alreadyHad);
    context.out().flush();
    return Command::Success;
}

} // namespace

void CustomerDepositAddressCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("asset"),
                                        QStringLiteral("The asset to be paid in (ETH, ALGO, XLM or a token of their chains)."),
                                        QStringLiteral("ASSET")));
    parser.addOption(QCommandLineOption(QStringLiteral("all"),
                                        QStringLiteral("Issue an address on the asset's chain to every active customer who has none"
                                                       " (Ethereum or Algorand), in batches, each issue audited.")));
}

int CustomerDepositAddressCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all && !args.isEmpty())
        return context.usageError(QStringLiteral("customer deposit-address takes either one EXTERNAL_ID or --all"));
    if (!all && args.size() != 1)
        return context.usageError(QStringLiteral("customer deposit-address needs one EXTERNAL_ID (or --all)"));
    if (!parser.isSet(QStringLiteral("asset")))
        return context.usageError(QStringLiteral("customer deposit-address needs --asset ASSET"));
    const std::string code = parser.value(QStringLiteral("asset")).trimmed().toUpper().toStdString();
    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    const auto asset = assets.value().find(code);
    if (asset == assets.value().end())
        return context.refuse(Error{ErrorCode::InvalidInput, "no asset " + code + " is configured; nothing changed"});
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    customers::DepositAddressService service(*db, clock, audit);
    if (all)
        return issueAll(context, service, *actor, code, asset->second.chain, parser.isSet(QStringLiteral("json")));
    auto issued = service.issue(*actor, args.at(0), asset->second.chain);
    if (!issued)
        return context.refuse(issued.error());
    const customers::DepositInstructions &d = issued.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("external_id"), args.at(0)},
                      {QStringLiteral("customer_id"), static_cast<qint64>(d.customerId)},
                      {QStringLiteral("chain"), QString::fromLatin1(chainName(d.chain).data())},
                      {QStringLiteral("asset"), QString::fromStdString(code)},
                      {QStringLiteral("address"), QString::fromStdString(d.address)},
                      {QStringLiteral("issued_now"), d.issuedNow}};
        if (d.derivationIndex)
            o.insert(QStringLiteral("derivation_index"), static_cast<qint64>(*d.derivationIndex));
        if (!d.memo.empty()) {
            o.insert(QStringLiteral("memo_id"), QString::fromStdString(d.memo));
            o.insert(QStringLiteral("muxed_address"), QString::fromStdString(d.muxedAddress));
        }
        context.printJson(QJsonDocument(o));
        return Success;
    }
    QTextStream &out = context.out();
    if (d.chain == Chain::Stellar) {
        out << QStringLiteral("%1 pays %2 to %3 with memo (MEMO_ID) %4\n  or, from a wallet that takes muxed addresses, to %5\n")
                   .arg(args.at(0), QString::fromStdString(code), QString::fromStdString(d.address),
                        QString::fromStdString(d.memo), QString::fromStdString(d.muxedAddress));
    } else {
        out << QStringLiteral("%1 pays %2 to %3  (index %4%5)\n")
                   .arg(args.at(0), QString::fromStdString(code), QString::fromStdString(d.address))
                   .arg(d.derivationIndex.value_or(0))
                   .arg(d.issuedNow ? QStringLiteral(", issued now") : QString());
    }
    out.flush();
    return Success;
}
