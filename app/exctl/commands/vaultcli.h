#pragma once
// What the vault and collect commands share: the key vault over one
// database, unlocked with a passphrase read from the first line of stdin
// (echo off on a terminal; never an argument, which `ps` would show), or,
// for commands that take --vault-passphrase-file, from that file's first
// line (scripts, CI: nothing prompts).

#include "core/base/result.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>

#include <memory>

class CommandContext;
class QCommandLineParser;

namespace exchange {
class Database;
class SystemClock;
namespace security { class AuditLog; class KeyVault; }
}

namespace vaultcli {

QCommandLineOption passphraseFileOption();
// The passphrase: the first line of --vault-passphrase-file when given
// (Unavailable when it cannot be read), else the first line of stdin.
exchange::Result<QByteArray> readPassphrase(CommandContext &context, const QCommandLineParser &parser,
                                            const QString &prompt);

class Vault final
{
public:
    explicit Vault(exchange::Database &database);
    ~Vault();
    exchange::security::KeyVault &vault() { return *m_vault; }
    exchange::security::AuditLog &audit() { return *m_audit; }
    // Reads the passphrase and unlocks; the reason on failure.
    exchange::Result<void> unlock(CommandContext &context);
    // The same with the passphrase from readPassphrase(); a missing vault is
    // refused saying that exctl vault init creates it.
    exchange::Result<void> unlock(CommandContext &context, const QCommandLineParser &parser);
    // With the vault unlocked: records the Ethereum deposit xpub once and
    // tops the Algorand deposit address pool up (DepositKeys); says on
    // stderr what it did or why not. Both unlock()s call it.
    void refreshDepositKeys(CommandContext &context);

private:
    exchange::Database &m_database;
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::security::KeyVault> m_vault;
};

} // namespace vaultcli
