#pragma once
// Reads and writes customers. A customer's id is also their Stellar memo.

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QString>

#include <set>
#include <vector>

namespace exchange {

struct Customer {
    qint64 id = 0;
    QString name;
    QString email;
    bool disabled = false;
    qint64 createdAtMs = 0;
};

class CustomerRepository final
{
public:
    explicit CustomerRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<std::vector<Customer>> list() const;
    Result<Customer> find(qint64 id) const;
    // Which of `ids` are customers: one query per few hundred ids.
    Result<std::set<qint64>> existing(const std::vector<qint64> &ids) const;
    Result<qint64> count() const;
    // Refuses an empty name and an email another customer has.
    Result<Customer> add(const QString &name, const QString &email, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace exchange
