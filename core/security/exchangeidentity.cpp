#include "core/security/exchangeidentity.h"

#include "core/security/actor.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/retryingtransaction.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace exchange::security {

Result<std::optional<QString>> ExchangeIdentity::find(Database &database)
{
    return MetaRepository(database.connection()).get(metaKey());
}

Result<QString> ExchangeIdentity::obtain(Database &database, AuditLog &audit)
{
    // Every pass of the payouts asks: a plain read, no write lock, when it is there.
    auto known = find(database);
    if (!known)
        return known.error();
    if (known.value() && !known.value()->isEmpty())
        return *known.value();
    auto created = inRetryingTransaction<QString>(database, [&](UnitOfWork &work) -> Result<QString> {
        MetaRepository meta(work.db());
        auto existing = meta.get(metaKey());
        if (!existing)
            return existing.error();
        if (existing.value() && !existing.value()->isEmpty())
            return *existing.value();
        // An identifier, not a secret: the system generator suffices.
        QByteArray bytes(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        const QString id = QString::fromLatin1(bytes.toHex());
        if (auto set = meta.set(metaKey(), id); !set)
            return set.error();
        auto audited = audit.append(work.db(), Actor::system("signer"), "exchange.identity_created", "exchange", id.toStdString(),
                                    {}, QJsonObject{{QStringLiteral("exchange_id"), id}});
        if (!audited)
            return audited.error();
        return id;
    });
    if (created)
        audit.announce();
    return created;
}

} // namespace exchange::security
