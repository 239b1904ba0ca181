#include "vaultpincommand.h"

#include "commandcontext.h"
#include "vaultcli.h"
#include "core/base/message.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/decisionsigner.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/trustanchor.h"

using namespace exchange;

void VaultPinCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(vaultcli::passphraseFileOption());
}

int VaultPinCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    // Only a person can be a root of trust: an admin who signed in with a
    // code has a signing key; cli:<user> has none.
    if (context.operatorName().isEmpty())
        return context.refuse(QStringLiteral("pinning needs the admin whose key is pinned: exctl --operator ADMIN vault"
                                             " pin; nothing changed"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    if (actor->role != security::Role::Admin || !actor->signer)
        return context.refuse(QStringLiteral("%1 cannot be pinned: only an admin who signs in with a code has a signing"
                                             " key to pin; nothing changed")
                                  .arg(QString::fromStdString(actor->username)));
    vaultcli::Vault vault(*db);
    auto state = vault.vault().state();
    if (!state)
        return context.refuse(state.error());
    if (state.value() == security::KeyVault::State::Uninitialized)
        return context.refuse(QStringLiteral("there is no key vault in this database: exctl --operator ADMIN vault init"
                                             " creates it and pins that admin's key; nothing changed"));
    auto passphrase = vaultcli::readPassphrase(context, parser, QStringLiteral("Vault passphrase: "));
    if (!passphrase)
        return context.refuse(passphrase.error());
    // An admin's unlock pins their key when none is pinned (KeyVault::unlock).
    auto unlocked = vault.vault().unlock(*actor, passphrase.value());
    passphrase.value().fill('\0');
    if (!unlocked)
        return context.refuse(unlocked.error());
    auto pinned = vault.vault().pinnedAdminKey();
    if (!pinned)
        return context.refuse(pinned.error());
    if (!pinned.value() || *pinned.value() != actor->signer->publicKey())
        return context.refuse(QString::fromStdString(Message{MessageId::VaultTrustAnchorSet, {}}.english())
                              + QStringLiteral(" (another admin's); a pin never changes, nothing changed"));
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    security::OperatorService operators(*db, clock, audit);
    if (auto anchored = security::registerPinnedAdmin(operators, vault.vault(), *actor); !anchored)
        return context.refuse(anchored.error());
    context.out() << "the key vault pins " << QString::fromStdString(actor->username)
                  << "'s signing key: payouts, sweeps and replenishments are signed only on signatures that chain to it"
                  << Qt::endl;
    return Success;
}
