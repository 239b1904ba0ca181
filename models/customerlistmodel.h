#pragma once
// CustomerListModel: customers for pickers ("Ada Lovelace (#1)"), searched
// in the store, never all of them: at most a page of those whose external
// id, name or email holds the search text, and the customer whose internal
// id (their Stellar memo) it is. An empty search lists the first page.

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
    static constexpr int kPageSize = 50;

    CustomerListModel(exchange::CoreRuntime &runtime, exchange::Database &database, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads the customers matching text (a page at most).
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // More customers match than the page shows: type more to narrow.
    bool isTruncated() const { return m_truncated; }
    void reload();

signals:
    void loaded();

private:
    exchange::CoreRuntime &m_runtime;
    exchange::Database &m_database;
    QString m_search;
    std::vector<exchange::Customer> m_customers;
    bool m_truncated = false;
    quint64 m_generation = 0;
};
