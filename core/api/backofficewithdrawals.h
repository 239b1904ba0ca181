#pragma once
// BackOfficeWithdrawals: withdrawals as the back-office API answers them,
// amounts as exact decimal strings in the asset's unit:
//
//   {"id": 12, "external_id": "web:1001", "asset": "XLM", "chain": "stellar",
//    "destination": "G…", "amount": "25", "fee": "0.01", "state": "under_review",
//    "review_reason": "24h: 1025 of 1000 XLM", "txid": null,
//    "requested_at": "2026-12-06T13:20:54.123Z", "updated_at": "…"}
//
// review_reason is null when none; txid null until it is known. A
// customer's are listed newest first, a page at a time (BackOfficePage).

#include "core/api/backofficepage.h"
#include "core/base/result.h"

#include <QJsonObject>

#include <cstdint>
#include <map>
#include <string>

namespace exchange {
class Database;
struct Customer;
namespace customers { class CustomerService; }
namespace withdrawals { struct WithdrawalRecord; }
}

namespace exchange::api {

class BackOfficeWithdrawals final
{
public:
    BackOfficeWithdrawals(Database &database, customers::CustomerService &customers);

    // NotFound when there is no such withdrawal.
    Result<QJsonObject> one(std::int64_t id) const;
    // {"external_id", "withdrawals": [...], "next_cursor": "…" or null}
    Result<QJsonObject> ofCustomer(const Customer &customer, const BackOfficePage &page) const;

    static QJsonObject toJson(const withdrawals::WithdrawalRecord &w, const QString &externalId, int decimals);

private:
    Result<int> decimalsOf(const std::string &asset, const std::map<std::string, int> &decimals) const;

    Database &m_database;
    customers::CustomerService &m_customers;
};

} // namespace exchange::api
