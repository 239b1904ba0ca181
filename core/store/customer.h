#pragma once
// A customer as the store keeps them: the internal id the ledger uses (also
// their Stellar memo), the exchange's own id for them (external_id, what its
// web app knows them by), and whether they may move money (state).

#include <QString>

#include <optional>
#include <string_view>

namespace exchange {

enum class CustomerState {
    Active, // deposits credited, withdrawals requested and paid
    Frozen, // deposits still credited; no withdrawal requested, approved or paid
    Closed, // left the exchange with nothing on their accounts; final
};

// "active", "frozen", "closed": the stored names, also exctl's and the audit log's.
std::string_view customerStateName(CustomerState state);
std::optional<CustomerState> customerStateFromName(std::string_view name);

struct Customer {
    qint64 id = 0;
    QString externalId;
    QString name;
    QString email; // empty when none
    CustomerState state = CustomerState::Active;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool mayMoveMoney() const { return state == CustomerState::Active; }
};

} // namespace exchange
