#pragma once
// SQL for customer_addresses, on the caller's connection (inside its
// transaction when there is one), and the questions the address book asks of
// the wallets table. Decides nothing.

#include "core/base/result.h"
#include "core/store/customeraddress.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace exchange {

class CustomerAddressRepository final
{
public:
    explicit CustomerAddressRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Oldest first.
    Result<std::vector<CustomerAddress>> list(std::int64_t customerId) const;
    Result<std::optional<CustomerAddress>> find(std::int64_t customerId, Chain chain, const std::string &address) const;
    Result<bool> has(std::int64_t customerId, Chain chain, const std::string &address) const;
    // Conflict when the customer has it already.
    Result<void> add(const CustomerAddress &address);
    // NotFound when the customer does not have it.
    Result<void> remove(std::int64_t customerId, Chain chain, const std::string &address);

    // A wallet row for this address (any tier; a deposit address carries
    // the customer it was issued to): its tier and customer, or nothing.
    struct WalletUse {
        std::string tier;
        std::optional<std::int64_t> customerId;
    };
    Result<std::optional<WalletUse>> walletUse(Chain chain, const std::string &address) const;

private:
    QSqlDatabase m_db;
};

} // namespace exchange
