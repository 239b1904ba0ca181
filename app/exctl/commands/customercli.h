#pragma once
// What the `customer` commands share: the customer service over an open
// database, a customer as JSON or one line of text, and the --name/--email
// options.

#include "core/store/customer.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace exchange {
class Database;
class SystemClock;
namespace customers { class CustomerService; }
namespace security { class AuditLog; }
}

namespace customercli {

class Services final
{
public:
    explicit Services(exchange::Database &database);
    ~Services();
    exchange::customers::CustomerService &customers() { return *m_customers; }

private:
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::customers::CustomerService> m_customers;
};

void addNameAndEmailOptions(QCommandLineParser &parser);

QJsonObject toJson(const exchange::Customer &customer);
// "c-7  active  Ada Lovelace <ada@example.org>  (id 7)".
QString describe(const exchange::Customer &customer);

} // namespace customercli
