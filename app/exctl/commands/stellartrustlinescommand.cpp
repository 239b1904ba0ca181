#include "stellartrustlinescommand.h"

#include "commandcontext.h"
#include "stellartrustlinecli.h"
#include "core/store/database.h"
#include "core/wallets/stellartrustlines.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

int StellarTrustlinesCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("stellar trustlines takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    stellartrustlinecli::Services services(*db);
    if (auto opened = services.open(context); !opened)
        return context.refuse(opened.error());
    auto states = services.trustlines().list(services.pin());
    if (!states)
        return context.refuse(states.error());
    QJsonArray rows;
    for (const wallets::TrustlineState &s : states.value()) {
        const QString tier = QString::fromLatin1(wallets::walletTierName(s.tier));
        const QString line = QString::fromStdString(s.identity.stellarCode + ":" + s.identity.issuer);
        QJsonObject o{{QStringLiteral("tier"), tier},
                      {QStringLiteral("address"), QString::fromStdString(s.address)},
                      {QStringLiteral("asset"), QString::fromStdString(s.asset)},
                      {QStringLiteral("line"), line},
                      {QStringLiteral("account_exists"), s.accountExists},
                      {QStringLiteral("exists"), s.exists}};
        if (s.exists) {
            o.insert(QStringLiteral("authorized"), s.authorized);
            o.insert(QStringLiteral("balance"), QString::fromStdString(s.balance.format(7)));
            o.insert(QStringLiteral("limit"), QString::fromStdString(s.limit.format(7)));
        }
        rows.append(o);
        if (parser.isSet(QStringLiteral("json")))
            continue;
        context.out() << tier << ' ' << QString::fromStdString(s.asset) << " (" << line << "): ";
        if (!s.accountExists)
            context.out() << "the account " << QString::fromStdString(s.address) << " does not exist on the network" << Qt::endl;
        else if (!s.exists)
            context.out() << "no trustline: exctl stellar trustline " << QString::fromStdString(s.asset) << " --tier " << tier << Qt::endl;
        else
            context.out() << "trusted" << (s.authorized ? "" : ", NOT authorized by the issuer") << ", holds "
                          << QString::fromStdString(s.balance.format(7)) << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("trustlines"), rows}}));
    else if (rows.isEmpty())
        context.out() << "no Stellar token is in force, or no hot, warm or cold wallet on stellar" << Qt::endl;
    return Success;
}
