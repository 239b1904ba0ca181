#include "tradeaddressimportcommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "vaultcli.h"
#include "core/store/database.h"
#include "core/trade/exchangeaddresses.h"
#include "core/trade/tradekeys.h"

using namespace exchange;

void TradeAddressImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
    parser.addOption(QCommandLineOption(QStringLiteral("replace"), QStringLiteral("Replace another address that is set.")));
    parser.addOption(vaultcli::passphraseFileOption());
}

int TradeAddressImportCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("trade address import takes no arguments"));
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("--chain is ethereum, algorand or stellar"));
    const auto existing = parser.isSet(QStringLiteral("replace")) ? trade::TradeKeys::Existing::Replace
                                                                  : trade::TradeKeys::Existing::Refuse;
    Database *db = context.database();
    if (!db)
        return Refused;
    vaultcli::Vault vault(*db);
    trade::ExchangeAddresses addresses(*db, vault.audit());
    trade::TradeKeys keys(vault.vault(), addresses);
    if (auto unlocked = vault.unlock(context, parser); !unlocked)
        return context.refuse(unlocked.error());
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto imported = keys.import(*actor, *chain, existing);
    if (!imported)
        return context.refuse(imported.error());
    context.out() << "the exchange's " << QLatin1String(chainName(*chain)) << " trade address is "
                  << QString::fromStdString(imported.value().address) << " (vault key "
                  << QString::fromStdString(imported.value().keyName) << ")" << Qt::endl;
    return Success;
}
