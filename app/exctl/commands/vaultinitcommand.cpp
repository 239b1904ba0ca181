#include "vaultinitcommand.h"

#include "commandcontext.h"
#include "vaultcli.h"
#include "core/security/keyvault.h"

void VaultInitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(vaultcli::passphraseFileOption());
}

int VaultInitCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    exchange::Database *db = context.database();
    if (!db)
        return Refused;
    vaultcli::Vault vault(*db);
    auto passphrase = vaultcli::readPassphrase(context, parser, QStringLiteral("New vault passphrase: "));
    if (!passphrase)
        return context.refuse(passphrase.error());
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto created = vault.vault().initialize(*actor, passphrase.value());
    passphrase.value().fill('\0');
    if (!created)
        return context.refuse(created.error());
    context.out() << "key vault created" << Qt::endl;
    return Success;
}
