#include "vaultinitcommand.h"

#include "commandcontext.h"
#include "operatorcli.h"
#include "vaultcli.h"
#include "core/security/keyvault.h"

int VaultInitCommand::run(CommandContext &context, const QCommandLineParser &)
{
    exchange::Database *db = context.database();
    if (!db)
        return Refused;
    vaultcli::Vault vault(*db);
    QByteArray passphrase = operatorcli::readPassword(context, QStringLiteral("New vault passphrase: "));
    auto created = vault.vault().initialize(operatorcli::cliActor(), passphrase);
    passphrase.fill('\0');
    if (!created)
        return context.refuse(created.error());
    context.out() << "key vault created" << Qt::endl;
    return Success;
}
