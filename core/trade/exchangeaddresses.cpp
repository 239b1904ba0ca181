#include "core/trade/exchangeaddresses.h"

#include "core/base/changenotifier.h"
#include "core/chains/chainchecks.h"
#include "core/chains/publishedkeys.h"
#include "core/security/auditlog.h"
#include "core/security/permissions.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

namespace exchange::trade {

ExchangeAddresses::ExchangeAddresses(Database &database, security::AuditLog &audit, ChangeNotifier *notifier)
    : m_database(database), m_audit(audit), m_notifier(notifier)
{
}

QString ExchangeAddresses::metaKey(Chain chain)
{
    return QStringLiteral("trade.address.") + QString::fromLatin1(chainName(chain));
}

Result<std::optional<std::string>> ExchangeAddresses::address(Chain chain) const
{
    auto value = MetaRepository(m_database.connection()).get(metaKey(chain));
    if (!value)
        return value.error();
    if (!value.value())
        return std::optional<std::string>{};
    return std::optional<std::string>{value.value()->toStdString()};
}

Result<std::string> ExchangeAddresses::set(const security::Actor &actor, Chain chain, std::string_view address)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    auto canonical = chains::validateAddress(chain, address);
    if (!canonical)
        return Error{ErrorCode::InvalidInput, "not a valid " + std::string(chainName(chain))
                                                  + " address: " + canonical.error().message};
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (const auto origin = publishedKeyOrigin(chain, canonical.value())) {
        auto demo = MetaRepository(work.db()).isDemoDatabase();
        if (!demo)
            return demo.error();
        if (!demo.value())
            return Error{ErrorCode::InvalidInput, canonical.value() + " comes from " + *origin
                                                      + ", a published key anyone can spend with; use the exchange's own"};
    }
    MetaRepository meta(work.db());
    auto before = meta.get(metaKey(chain));
    if (!before)
        return before.error();
    if (auto stored = meta.set(metaKey(chain), QString::fromStdString(canonical.value())); !stored)
        return stored.error();
    QJsonObject was;
    if (before.value())
        was.insert(QStringLiteral("address"), *before.value());
    if (auto audited = m_audit.append(work.db(), actor, "trade.address", "chain", std::string(chainName(chain)), was,
                                      QJsonObject{{QStringLiteral("address"), QString::fromStdString(canonical.value())}});
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Trade, QString::fromLatin1(chainName(chain)));
    return canonical.value();
}

} // namespace exchange::trade
