#pragma once
// CustomerListModel: the customers, for pickers ("Ada Lovelace (#1)").

#include "core/store/customerrepository.h"

#include <QAbstractListModel>

#include <vector>

namespace exchange {
class CoreRuntime;
class Database;
}

class CustomerListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CustomerIdRole = Qt::UserRole };

    CustomerListModel(exchange::CoreRuntime &runtime, exchange::Database &database, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();

signals:
    void loaded();

private:
    exchange::CoreRuntime &m_runtime;
    exchange::Database &m_database;
    std::vector<exchange::Customer> m_customers;
};
