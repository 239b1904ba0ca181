#include "tradeaddressgeneratecommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "vaultcli.h"
#include "core/store/database.h"
#include "core/trade/exchangeaddresses.h"
#include "core/trade/tradekeys.h"

#include <vector>

using namespace exchange;

void TradeAddressGenerateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(chainoption::option());
    parser.addOption(QCommandLineOption(QStringLiteral("all"), QStringLiteral("Every chain: ethereum, algorand and stellar.")));
    parser.addOption(QCommandLineOption(QStringLiteral("replace"),
                                        QStringLiteral("Replace an address that is set (its key, if any, stays in the vault).")));
    parser.addOption(vaultcli::passphraseFileOption());
}

int TradeAddressGenerateCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("trade address generate takes no arguments"));
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == parser.isSet(QStringLiteral("chain")))
        return context.usageError(QStringLiteral("give --chain ethereum|algorand|stellar or --all"));
    std::vector<Chain> chains{Chain::Ethereum, Chain::Algorand, Chain::Stellar};
    if (!all) {
        const auto chain = chainoption::value(parser);
        if (!chain)
            return context.usageError(QStringLiteral("--chain is ethereum, algorand or stellar"));
        chains = {*chain};
    }
    const auto existing = parser.isSet(QStringLiteral("replace")) ? trade::TradeKeys::Existing::Replace
                                                                  : trade::TradeKeys::Existing::Refuse;
    Database *db = context.database();
    if (!db)
        return Refused;
    vaultcli::Vault vault(*db);
    trade::ExchangeAddresses addresses(*db, vault.audit());
    trade::TradeKeys keys(vault.vault(), addresses);
    // Refused before the vault is unlocked: a refusal writes nothing, not even an unlock record.
    for (const Chain chain : chains) {
        if (auto free = keys.checkExisting(chain, existing); !free)
            return context.refuse(QString::fromStdString(free.error().message + "; nothing changed"));
    }
    if (auto unlocked = vault.unlock(context, parser); !unlocked)
        return context.refuse(unlocked.error());
    for (const Chain chain : chains) {
        const auto *actor = context.actor();
        if (!actor)
            return Refused;
        auto generated = keys.generate(*actor, chain, existing);
        if (!generated)
            return context.refuse(generated.error());
        context.out() << "the exchange's " << QLatin1String(chainName(chain)) << " trade address is now "
                      << QString::fromStdString(generated.value().address) << " (its key is vault key "
                      << QString::fromStdString(generated.value().keyName) << ")" << Qt::endl;
    }
    return Success;
}
