#include "core/store/customerrepository.h"

#include "core/base/message.h"
#include "core/store/sql.h"

#include <QRegularExpression>

namespace exchange {

namespace {

Customer readRow(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.externalId = q.value(1).toString();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.state = customerStateFromName(q.value(4).toString().toStdString()).value_or(CustomerState::Frozen);
    c.createdAtMs = q.value(5).toLongLong();
    c.updatedAtMs = q.value(6).toLongLong();
    return c;
}

const QString kSelect =
    QStringLiteral("SELECT id, external_id, name, email, state, created_at, updated_at FROM customers");

QVariant nullableText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

// LIKE's wildcards in what the operator typed match themselves.
QString likePattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Result<std::vector<Customer>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    std::vector<Customer> customers;
    while (q.value().next())
        customers.push_back(readRow(q.value()));
    return customers;
}

// Asked before writing, so that the refusal names the email and a
// PostgreSQL transaction is not aborted by the unique index.
Result<void> emailFree(const QSqlDatabase &db, const QString &email, qint64 exceptId)
{
    if (email.trimmed().isEmpty())
        return {};
    auto q = sql::run(db, QStringLiteral("SELECT id FROM customers WHERE email = ? AND id <> ?"), {email.trimmed(), exceptId});
    if (!q)
        return q.error();
    if (q.value().next())
        return Error{ErrorCode::Conflict, "another customer has the email address " + email.trimmed().toStdString()};
    return {};
}

// A unique index's refusal of a change another writer made possible
// since it was checked.
Error conflictSaid(const Error &error)
{
    if (error.code != ErrorCode::Conflict)
        return error;
    return Error{ErrorCode::Conflict, "another customer has that external id or email address"};
}

} // namespace

Result<void> CustomerRepository::checkExternalId(const QString &externalId)
{
    static const QRegularExpression kValid(QStringLiteral("\\A[A-Za-z0-9._:-]{1,64}\\z"));
    if (!kValid.match(externalId).hasMatch())
        return Error{ErrorCode::InvalidInput, "an external id is 1 to 64 of A-Z, a-z, 0-9 and . _ : - (not \""
                                                  + externalId.left(80).toStdString() + "\")"};
    return {};
}

bool CustomerRepository::isGeneratedExternalId(const QString &externalId)
{
    static const QRegularExpression kGenerated(QStringLiteral("\\Ac-[0-9]+\\z"));
    return kGenerated.match(externalId).hasMatch();
}

Result<std::vector<Customer>> CustomerRepository::list() const
{
    return readAll(sql::run(m_db, kSelect + QStringLiteral(" ORDER BY id")));
}

Result<std::vector<Customer>> CustomerRepository::search(const CustomerQuery &query) const
{
    if (query.limit <= 0 || query.limit > 100000 || query.offset < 0)
        return Error{ErrorCode::InvalidInput, "a page of customers has 1 to 100000 rows from an offset >= 0"};
    QStringList where;
    QVariantList values;
    if (query.state) {
        where << QStringLiteral("state = ?");
        values << QString::fromLatin1(customerStateName(*query.state).data());
    }
    if (!query.text.trimmed().isEmpty()) {
        where << QStringLiteral("(lower(external_id) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\'"
                                " OR lower(coalesce(email, '')) LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(query.text.trimmed());
        values << pattern << pattern << pattern;
    }
    QString statement = kSelect;
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?");
    values << query.limit << query.offset;
    return readAll(sql::run(m_db, statement, values));
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

Result<Customer> CustomerRepository::findByExternalId(const QString &externalId) const
{
    auto q = sql::run(m_db, kSelect + QStringLiteral(" WHERE external_id = ?"), {externalId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, MessageId::CustomerUnknown, {externalId.left(80).toStdString()});
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

Result<std::map<qint64, Customer>> CustomerRepository::notActive(const std::vector<qint64> &ids) const
{
    constexpr size_t kChunk = 500;
    std::map<qint64, Customer> found;
    for (size_t from = 0; from < ids.size(); from += kChunk) {
        const size_t to = std::min(ids.size(), from + kChunk);
        QStringList marks;
        QVariantList values;
        for (size_t i = from; i < to; ++i) {
            marks << QStringLiteral("?");
            values << ids[i];
        }
        auto q = sql::run(m_db,
                          kSelect + QStringLiteral(" WHERE state <> 'active' AND id IN (%1)").arg(marks.join(QLatin1Char(','))),
                          values);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const Customer c = readRow(q.value());
            found[c.id] = c;
        }
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

Result<Customer> CustomerRepository::add(const QString &name, const QString &email, qint64 nowMs, const QString &externalId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidInput, "a customer needs a name"};
    if (auto free = emailFree(m_db, email, 0); !free)
        return free.error();
    Result<QSqlQuery> q = Error{};
    if (externalId.isEmpty()) {
        q = sql::run(m_db,
                     QStringLiteral("INSERT INTO customers (name, email, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id"),
                     {trimmed, nullableText(email), nowMs, nowMs});
    } else {
        if (auto valid = checkExternalId(externalId); !valid)
            return valid.error();
        if (auto taken = findByExternalId(externalId); taken)
            return makeError(ErrorCode::Conflict, MessageId::CustomerExternalIdTaken, {externalId.toStdString()});
        q = sql::run(m_db,
                     QStringLiteral("INSERT INTO customers (external_id, name, email, created_at, updated_at)"
                                    " VALUES (?, ?, ?, ?, ?) RETURNING id"),
                     {externalId, trimmed, nullableText(email), nowMs, nowMs});
    }
    if (!q)
        return conflictSaid(q.error());
    if (!q.value().next())
        return Error{ErrorCode::Internal, "customer insert returned no id"};
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return find(id);
}

Result<Customer> CustomerRepository::update(qint64 id, const QString &name, const QString &email, qint64 nowMs)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidInput, "a customer needs a name"};
    if (auto free = emailFree(m_db, email, id); !free)
        return free.error();
    auto q = sql::run(m_db, QStringLiteral("UPDATE customers SET name = ?, email = ?, updated_at = ? WHERE id = ?"),
                      {trimmed, nullableText(email), nowMs, id});
    if (!q)
        return conflictSaid(q.error());
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, "unknown customer " + std::to_string(id)};
    return find(id);
}

Result<Customer> CustomerRepository::setState(qint64 id, CustomerState state, qint64 nowMs)
{
    auto q = sql::run(m_db, QStringLiteral("UPDATE customers SET state = ?, updated_at = ? WHERE id = ?"),
                      {QString::fromLatin1(customerStateName(state).data()), nowMs, id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, "unknown customer " + std::to_string(id)};
    return find(id);
}

} // namespace exchange
