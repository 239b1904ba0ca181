#include "vaultcli.h"

#include "operatorcli.h"
#include "core/runtime/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"

namespace vaultcli {

Vault::Vault(exchange::Database &database)
    : m_clock(std::make_unique<exchange::SystemClock>()),
      m_audit(std::make_unique<exchange::security::AuditLog>(database, *m_clock)),
      m_vault(std::make_unique<exchange::security::KeyVault>(database, *m_clock, *m_audit))
{
}

Vault::~Vault() = default;

exchange::Result<void> Vault::unlock(CommandContext &context)
{
    QByteArray passphrase = operatorcli::readPassword(context, QStringLiteral("Vault passphrase: "));
    auto unlocked = m_vault->unlock(operatorcli::cliActor(), passphrase);
    passphrase.fill('\0');
    return unlocked;
}

} // namespace vaultcli
