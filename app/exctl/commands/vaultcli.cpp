#include "vaultcli.h"

#include "operatorcli.h"
#include "commandcontext.h"
#include "core/customers/depositkeys.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"

#include <QCommandLineParser>
#include <QFile>

namespace vaultcli {

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(QStringLiteral("vault-passphrase-file"),
                              QStringLiteral("Read the vault passphrase from the first line of FILE instead of stdin."),
                              QStringLiteral("FILE"));
}

exchange::Result<QByteArray> readPassphrase(CommandContext &context, const QCommandLineParser &parser,
                                            const QString &prompt)
{
    const QString path = parser.value(passphraseFileOption());
    if (path.isEmpty())
        return operatorcli::readPassword(context, prompt);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return exchange::Error{exchange::ErrorCode::Unavailable, "cannot read the vault passphrase file " + path.toStdString()};
    QByteArray passphrase = file.readLine(4096);
    while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
        passphrase.chop(1);
    return passphrase;
}

Vault::Vault(exchange::Database &database)
    : m_database(database), m_clock(std::make_unique<exchange::SystemClock>()),
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
    if (unlocked)
        refreshDepositKeys(context);
    return unlocked;
}

exchange::Result<void> Vault::unlock(CommandContext &context, const QCommandLineParser &parser)
{
    auto state = m_vault->state();
    if (!state)
        return state.error();
    if (state.value() == exchange::security::KeyVault::State::Uninitialized)
        return exchange::Error{exchange::ErrorCode::WrongState,
                               "there is no key vault in this database: create it with exctl vault init first; nothing changed"};
    auto passphrase = readPassphrase(context, parser, QStringLiteral("Vault passphrase: "));
    if (!passphrase)
        return passphrase.error();
    auto unlocked = m_vault->unlock(operatorcli::cliActor(), passphrase.value());
    passphrase.value().fill('\0');
    if (unlocked)
        refreshDepositKeys(context);
    return unlocked;
}

void Vault::refreshDepositKeys(CommandContext &context)
{
    exchange::customers::DepositKeys keys(m_database, *m_clock, *m_audit);
    auto refreshed = keys.refresh(operatorcli::cliActor(), *m_vault);
    if (!refreshed) {
        context.err() << "deposit addresses: " << QString::fromStdString(refreshed.error().message) << Qt::endl;
        return;
    }
    const auto &r = refreshed.value();
    if (r.xpubRecorded)
        context.err() << "deposit addresses: the Ethereum xpub is recorded; addresses are issued without the vault" << Qt::endl;
    if (r.poolAdded > 0)
        context.err() << "deposit addresses: " << r.poolAdded << " Algorand addresses added to the pool (" << r.pool.available
                      << " of " << r.pool.size << ")" << Qt::endl;
}

} // namespace vaultcli
