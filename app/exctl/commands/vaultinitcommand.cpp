#include "vaultinitcommand.h"

#include "commandcontext.h"
#include "vaultcli.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/trustanchor.h"

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
    // An admin who signed in (--operator) is pinned as the root of trust:
    // their own key registered by their own signature.
    if (actor->signer) {
        exchange::SystemClock clock;
        exchange::security::AuditLog audit(*db, clock);
        exchange::security::OperatorService operators(*db, clock, audit);
        if (auto anchored = exchange::security::registerPinnedAdmin(operators, vault.vault(), *actor); !anchored)
            return context.refuse(anchored.error());
        context.out() << "the vault pins " << QString::fromStdString(actor->username)
                      << "'s signing key: the payout signer verifies approvals against it" << Qt::endl;
    } else {
        // Kept possible (scripts, an exchange whose first admin enrols
        // later), but nothing is signed until an admin pins theirs.
        context.out() << "no admin's signing key is pinned: nothing is signed (no payout, sweep or replenishment)"
                         " until an admin pins theirs with exctl --operator ADMIN vault pin"
                      << Qt::endl;
    }
    return Success;
}
