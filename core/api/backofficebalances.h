#pragma once
// The answer of GET /v1/customers/{external_id}/balances: for each asset the
// customer has a ledger account in, what is available, what is held (for
// withdrawals and orders) and the total, as exact decimal strings in the
// asset's unit (never JSON numbers), with the asset's decimals:
//
//   {"external_id": "web:1001", "balances": [
//     {"asset": "XLM", "decimals": 7, "available": "90.5", "held": "10", "total": "100.5"}]}
//
// Assets in code order; none when the customer never had a balance.

#include "core/base/result.h"

#include <QJsonObject>

#include <map>
#include <string>

namespace exchange {
class Database;
struct Customer;
}

namespace exchange::api {

Result<QJsonObject> backOfficeBalances(Database &database, const Customer &customer);
// Each configured asset's decimals by its code: how its amounts are said.
Result<std::map<std::string, int>> assetDecimals(Database &database);

} // namespace exchange::api
