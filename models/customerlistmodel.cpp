#include "customerlistmodel.h"

#include "core/runtime/coreruntime.h"
#include "core/store/database.h"

#include <algorithm>

CustomerListModel::CustomerListModel(exchange::CoreRuntime &runtime, exchange::Database &database, QObject *parent)
    : QAbstractListModel(parent), m_runtime(runtime), m_database(database)
{
    reload();
}

void CustomerListModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void CustomerListModel::reload()
{
    struct Found {
        std::vector<exchange::Customer> customers;
        bool truncated = false;
    };
    auto *db = &m_database;
    const QString text = m_search;
    const quint64 generation = ++m_generation;
    m_runtime.post(
        [db, text]() -> exchange::Result<Found> {
            exchange::CustomerRepository customers(db->connection());
            Found found;
            // The internal id (a Stellar memo) first, when the text is one.
            bool isNumber = false;
            const qint64 id = text.toLongLong(&isNumber);
            if (isNumber && id > 0) {
                if (auto byId = customers.find(id))
                    found.customers.push_back(std::move(byId).value());
            }
            // One more than a page says whether more match.
            auto page = customers.search(exchange::CustomerQuery{std::nullopt, text, kPageSize + 1, 0});
            if (!page)
                return page.error();
            for (auto &c : page.value()) {
                if (static_cast<int>(found.customers.size()) == kPageSize) {
                    found.truncated = true;
                    break;
                }
                if (std::none_of(found.customers.begin(), found.customers.end(),
                                 [&c](const exchange::Customer &f) { return f.id == c.id; }))
                    found.customers.push_back(std::move(c));
            }
            return found;
        },
        this,
        [this, generation](exchange::Result<Found> result) {
            if (!result || generation != m_generation)
                return;
            beginResetModel();
            m_customers = std::move(result.value().customers);
            m_truncated = result.value().truncated;
            endResetModel();
            emit loaded();
        });
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const exchange::Customer &c = m_customers.at(static_cast<size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        //: a customer in a picker: name and id
        return tr("%1 (#%2)").arg(c.name).arg(c.id);
    case Qt::ToolTipRole:
        //: a customer in a picker: their external id and email
        return c.email.isEmpty() ? c.externalId : tr("%1, %2").arg(c.externalId, c.email);
    case CustomerIdRole: return QVariant::fromValue(c.id);
    default: return {};
    }
}
