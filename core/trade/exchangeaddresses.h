#pragma once
// ExchangeAddresses: the exchange's receiving address per chain for the
// trade API (`/address`, the payments that fund `/trade`), kept in meta as
// trade.address.<chain>. A new database has none, and the API refuses until
// an admin sets one: set() needs ChangeSettings (an operator: a current
// code), stores the chain's canonical spelling, is audited as
// trade.address, and refuses an address whose key is published (see
// publishedkeys.h) on any database but the demo's.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/security/actor.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace exchange {

class ChangeNotifier;
class Database;
namespace security { class AuditLog; }

namespace trade {

class ExchangeAddresses final
{
public:
    ExchangeAddresses(Database &database, security::AuditLog &audit, ChangeNotifier *notifier = nullptr);

    Result<std::optional<std::string>> address(Chain chain) const;
    // The canonical address as stored.
    Result<std::string> set(const security::Actor &actor, Chain chain, std::string_view address);

    static QString metaKey(Chain chain);

private:
    Database &m_database;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace trade
} // namespace exchange
