#include "depositpoolcommand.h"

#include "commandcontext.h"
#include "vaultcli.h"
#include "core/base/systemclock.h"
#include "core/customers/depositkeys.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace exchange;

void DepositPoolCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("size"),
                                        QStringLiteral("How many addresses a vault unlock keeps derived ahead (1 to 100000)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("fill"),
                                        QStringLiteral("Unlock the key vault (passphrase on stdin, or --vault-passphrase-file) and"
                                                       " top the pool up to its size now.")));
    parser.addOption(vaultcli::passphraseFileOption());
}

int DepositPoolCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    std::optional<qint64> size;
    if (parser.isSet(QStringLiteral("size"))) {
        bool ok = false;
        size = parser.value(QStringLiteral("size")).toLongLong(&ok);
        if (!ok)
            return context.usageError(QStringLiteral("--size needs a whole number"));
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    customers::DepositKeys keys(*db, clock, audit);
    if (size) {
        const auto *actor = context.actor();
        if (!actor)
            return Refused;
        if (auto set = keys.setPoolSize(*actor, *size); !set)
            return context.refuse(set.error());
    }
    if (parser.isSet(QStringLiteral("fill"))) {
        // Unlocking prepares the deposit keys and says on stderr what it added.
        vaultcli::Vault vault(*db);
        if (auto unlocked = vault.unlock(context, parser); !unlocked)
            return context.refuse(unlocked.error());
    } else if (parser.isSet(vaultcli::passphraseFileOption())) {
        return context.usageError(QStringLiteral("--vault-passphrase-file goes with --fill"));
    }
    auto pool = keys.algorandPool();
    if (!pool)
        return context.refuse(pool.error());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("chain"), QStringLiteral("algorand")},
                                                    {QStringLiteral("available"), static_cast<qint64>(pool.value().available)},
                                                    {QStringLiteral("size"), static_cast<qint64>(pool.value().size)},
                                                    {QStringLiteral("low"), pool.value().low()}}));
        return Success;
    }
    context.out() << "Algorand deposit address pool: " << pool.value().available << " of " << pool.value().size << " left"
                  << (pool.value().low() ? " (low: exctl deposit-pool --fill, or an admin's unlock of the key vault, refills it)" : "") << Qt::endl;
    return Success;
}
