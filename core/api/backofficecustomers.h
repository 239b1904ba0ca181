#pragma once
// BackOfficeCustomers: a customer as the back-office API answers them
// (GET /v1/customers/{external_id} and the customer.updated webhook):
//
//   {"external_id": "web:1001", "name": "Ada", "email": null, "state": "active",
//    "created_at": "2026-12-06T13:20:54.123Z", "updated_at": "…"}

#include <QJsonObject>

namespace exchange {
struct Customer;
}

namespace exchange::api {

class BackOfficeCustomers final
{
public:
    static QJsonObject toJson(const Customer &customer);
};

} // namespace exchange::api
