#pragma once
// Reads and writes customers. A customer's id is also their Stellar memo;
// their external id is the exchange's own (unique, 1-64 of A-Za-z0-9._:-).
// Writes run on the caller's connection, inside the caller's transaction
// when there is one.

#include "core/base/result.h"
#include "core/store/customer.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace exchange {

// A page of customers: by state, and by a fragment of the external id, name
// or email (case-insensitive); oldest first.
struct CustomerQuery {
    std::optional<CustomerState> state;
    QString text;
    int limit = 1000;
    int offset = 0;
};

class CustomerRepository final
{
public:
    explicit CustomerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::vector<Customer>> list() const;
    Result<std::vector<Customer>> search(const CustomerQuery &query) const;
    Result<Customer> find(qint64 id) const;
    // NotFound for an external id no customer has.
    Result<Customer> findByExternalId(const QString &externalId) const;
    // Which of `ids` are customers: one query per few hundred ids.
    Result<std::set<qint64>> existing(const std::vector<qint64> &ids) const;
    // Those of `ids` who may not move money now (frozen or closed), by id.
    Result<std::map<qint64, Customer>> notActive(const std::vector<qint64> &ids) const;
    Result<qint64> count() const;
    // Refuses an empty name, an email another customer has, a malformed
    // external id and one another customer has. Without an external id the
    // database gives "c-<id>".
    Result<Customer> add(const QString &name, const QString &email, qint64 nowMs, const QString &externalId = QString());
    // Name and email (empty: none); the same refusals as add.
    Result<Customer> update(qint64 id, const QString &name, const QString &email, qint64 nowMs);
    Result<Customer> setState(qint64 id, CustomerState state, qint64 nowMs);

    // InvalidInput unless 1-64 of A-Za-z0-9._:-
    static Result<void> checkExternalId(const QString &externalId);
    // Whether the database would give this id to a customer added without
    // one ("c-" and digits): never chosen by hand, so that it never collides.
    static bool isGeneratedExternalId(const QString &externalId);

private:
    QSqlDatabase m_db;
};

} // namespace exchange
