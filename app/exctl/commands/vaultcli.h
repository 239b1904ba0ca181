#pragma once
// What the vault and collect commands share: the key vault over one
// database, unlocked with a passphrase read from the first line of stdin
// (echo off on a terminal; never an argument, which `ps` would show).

#include "core/result.h"

#include <memory>

class CommandContext;

namespace exchange {
class Database;
class SystemClock;
namespace security { class AuditLog; class KeyVault; }
}

namespace vaultcli {

class Vault final
{
public:
    explicit Vault(exchange::Database &database);
    ~Vault();
    exchange::security::KeyVault &vault() { return *m_vault; }
    // Reads the passphrase and unlocks; the reason on failure.
    exchange::Result<void> unlock(CommandContext &context);

private:
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::security::KeyVault> m_vault;
};

} // namespace vaultcli
