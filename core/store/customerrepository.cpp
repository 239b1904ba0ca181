#include "core/store/customerrepository.h"

#include "core/store/sql.h"

namespace exchange {

namespace {
Customer readRow(const QSqlQuery &q)
{
    return Customer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toInt() != 0, q.value(4).toLongLong()};
}
const QString kSelect = QStringLiteral("SELECT id, name, email, disabled, created_at FROM customers");
} // namespace

Result<std::vector<Customer>> CustomerRepository::list() const
{
    auto q = sql::run(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    if (!q)
        return q.error();
    std::vector<Customer> customers;
    while (q.value().next())
        customers.push_back(readRow(q.value()));
    return customers;
}

Result<Customer> CustomerRepository::find(qint64 id) const
{
    auto q = sql::run(m_db, kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, "unknown customer " + std::to_string(id)};
    return readRow(q.value());
}

Result<std::set<qint64>> CustomerRepository::existing(const std::vector<qint64> &ids) const
{
    constexpr size_t kChunk = 500;
    std::set<qint64> found;
    for (size_t from = 0; from < ids.size(); from += kChunk) {
        const size_t to = std::min(ids.size(), from + kChunk);
        QStringList marks;
        QVariantList values;
        for (size_t i = from; i < to; ++i) {
            marks << QStringLiteral("?");
            values << ids[i];
        }
        auto q = sql::run(m_db, QStringLiteral("SELECT id FROM customers WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
        if (!q)
            return q.error();
        while (q.value().next())
            found.insert(q.value().value(0).toLongLong());
    }
    return found;
}

Result<qint64> CustomerRepository::count() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toLongLong();
}

Result<Customer> CustomerRepository::add(const QString &name, const QString &email, qint64 nowMs)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidInput, "a customer needs a name"};
    const QVariant emailValue = email.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(email.trimmed());
    auto q = sql::run(m_db, QStringLiteral("INSERT INTO customers (name, email, created_at) VALUES (?, ?, ?) RETURNING id"),
                      {trimmed, emailValue, nowMs});
    if (!q) {
        if (q.error().code == ErrorCode::Conflict)
            return Error{ErrorCode::Conflict, "another customer has that email address"};
        return q.error();
    }
    if (!q.value().next())
        return Error{ErrorCode::Internal, "customer insert returned no id"};
    return find(q.value().value(0).toLongLong());
}

} // namespace exchange
