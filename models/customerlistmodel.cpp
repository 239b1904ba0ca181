#include "customerlistmodel.h"

#include "core/runtime/coreruntime.h"
#include "core/store/database.h"

CustomerListModel::CustomerListModel(exchange::CoreRuntime &runtime, exchange::Database &database, QObject *parent)
    : QAbstractListModel(parent), m_runtime(runtime), m_database(database)
{
    reload();
}

void CustomerListModel::reload()
{
    auto *db = &m_database;
    m_runtime.post([db] { return exchange::CustomerRepository(db->connection()).list(); }, this,
                   [this](exchange::Result<std::vector<exchange::Customer>> result) {
                       if (!result)
                           return;
                       beginResetModel();
                       m_customers = std::move(result).value();
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
    case Qt::ToolTipRole: return c.email;
    case CustomerIdRole: return QVariant::fromValue(c.id);
    default: return {};
    }
}
