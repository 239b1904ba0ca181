#pragma once
// BackOfficeDeposits: a customer's deposits as the back-office API answers
// them, the amount as an exact decimal string in the asset's unit:
//
//   {"id": 7, "external_id": "web:1001", "asset": "XLM", "chain": "stellar",
//    "txid": "…", "index": 0, "from": "G…", "to": "G…", "memo": "1001",
//    "amount": "100.5", "state": "credited", "height": 123456,
//    "seen_at": "2026-12-06T13:20:54.123Z", "updated_at": "…"}
//
// Only deposits attributed to a customer are anyone's business here: one
// that is not (unattributed, or ignored before it was) is not found.
// A customer's are listed newest first, a page at a time (BackOfficePage).

#include "core/api/backofficepage.h"
#include "core/base/result.h"

#include <QJsonObject>

#include <cstdint>

namespace exchange {
class Database;
struct Customer;
namespace customers { class CustomerService; }
namespace deposits { struct DepositRecord; }
}

namespace exchange::api {

class BackOfficeDeposits final
{
public:
    BackOfficeDeposits(Database &database, customers::CustomerService &customers);

    // NotFound when there is no such deposit, or it is no customer's.
    Result<QJsonObject> one(std::int64_t id) const;
    // {"external_id", "deposits": [...], "next_cursor": "…" or null}
    Result<QJsonObject> ofCustomer(const Customer &customer, const BackOfficePage &page) const;

    static QJsonObject toJson(const deposits::DepositRecord &d, const QString &externalId, int decimals);

private:
    Database &m_database;
    customers::CustomerService &m_customers;
};

} // namespace exchange::api
