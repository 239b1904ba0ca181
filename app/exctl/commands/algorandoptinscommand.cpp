#include "algorandoptinscommand.h"

#include "algorandcli.h"
#include "commandcontext.h"
#include "depositcli.h"
#include "vaultcli.h"
#include "core/chains/algorand/algodclient.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandoptins.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

int AlgorandOptInsCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("algorand opt-ins takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    depositcli::Services services(*db);
    vaultcli::Vault vault(*db); // locked: a reading, traced from the pin the vault lists
    auto algod = algorandcli::signedAlgod(context, *db, vault.vault(), services.wallets());
    if (!algod)
        return Refused;
    withdrawals::AlgorandOptIns optIns(*db, vault.audit(), services.wallets(), *algod);
    const auto pin = [&]() -> Result<std::optional<QByteArray>> {
        auto key = wallets::SignerNode::pin(db->connection(), vault.vault());
        if (!key)
            return key.error();
        return key.value().isEmpty() ? std::nullopt : std::optional<QByteArray>(key.value());
    };
    auto rows = optIns.list(pin);
    if (!rows)
        return context.refuse(rows.error());
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    const auto format = [&](const std::string &code, std::uint64_t units) {
        const auto a = assets.value().find(code);
        const Amount amount = Amount::fromBaseUnits(static_cast<int128>(units));
        return QString::fromStdString(a == assets.value().end() ? amount.toBaseUnitString() : a->second.format(amount));
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &r : rows.value()) {
            QJsonObject o{{QStringLiteral("tier"), QString::fromLatin1(wallets::walletTierName(r.wallet.tier))},
                          {QStringLiteral("address"), QString::fromStdString(r.wallet.address)},
                          {QStringLiteral("asset"), QString::fromStdString(r.asset)},
                          {QStringLiteral("asa_id"), QString::number(r.asaId)},
                          {QStringLiteral("opted_in"), r.holding.has_value()}};
            if (r.holding) {
                o.insert(QStringLiteral("amount"), format(r.asset, r.holding->amount));
                o.insert(QStringLiteral("frozen"), r.holding->frozen);
            }
            array.append(o);
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }
    if (rows.value().empty())
        context.out() << "no ASA is in force, or no exchange wallet is registered on algorand" << Qt::endl;
    for (const auto &r : rows.value()) {
        context.out() << QString::fromLatin1(wallets::walletTierName(r.wallet.tier)).leftJustified(5) << ' '
                      << QString::fromStdString(r.wallet.address) << "  " << QString::fromStdString(r.asset) << " (ASA "
                      << QString::number(r.asaId) << "): ";
        if (!r.holding)
            context.out() << "not opted in";
        else
            context.out() << "opted in, holds " << format(r.asset, r.holding->amount) << (r.holding->frozen ? " (frozen)" : "");
        context.out() << Qt::endl;
    }
    return Success;
}
