#pragma once
// What the `customer addresses` commands share: the address book over an
// open database, the --chain/--address options, and a customer's addresses
// as JSON or text.

#include "core/store/customeraddress.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace exchange {
class Database;
class SystemClock;
namespace security { class AuditLog; }
namespace customers { class CustomerAddressBook; }
}

namespace customeraddresscli {

class Services final
{
public:
    explicit Services(exchange::Database &database);
    ~Services();
    exchange::customers::CustomerAddressBook &book() { return *m_book; }

private:
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::customers::CustomerAddressBook> m_book;
};

// --chain CHAIN and --address ADDRESS.
void addChainAndAddressOptions(QCommandLineParser &parser);

QJsonObject toJson(const exchange::CustomerAddress &address);
// "stellar  G…  label  (added by alice 2026-…)"
QString describe(const exchange::CustomerAddress &address);

} // namespace customeraddresscli
