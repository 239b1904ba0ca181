#pragma once
// CustomersModel: the Customers screen's table. Pages of customers read in
// SQL on the core's aside thread (CustomerDirectory: sorted and filtered by the
// store, never all of them), more fetched as the view scrolls
// (canFetchMore/fetchMore). Columns: external id, name, state, last
// activity, then one per configured asset with the customer's available
// balance. Sorting by the first three runs in the store; the balances and
// last activity are per page and do not sort. Re-reads the rows it shows
// when customers, the ledger, deposits or withdrawals change, merged by
// customer id (LiveTableModel) so the selection stays.

#include "core/customers/customerdirectory.h"
#include "core/money/asset.h"

#include "livetablemodel.h"

#include <map>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class CustomersModel final : public LiveTableModel
{
    Q_OBJECT
public:
    // The asset columns follow LastActivity, one per configured asset.
    enum Column { ExternalId, Name, State, LastActivity, FirstBalance };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole, CustomerIdRole, StateRole, ExternalIdRole };

    CustomersModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr,
                   int pageSize = 200);
    Q_DISABLE_COPY_MOVE(CustomersModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // ExternalId, Name and State sort in the store; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Type-to-filter: the store's rows matching text (CustomerDirectory).
    void setFilterText(const QString &text);
    QString filterText() const { return m_query.filter; }
    // Reads the first page again (filter or sort changed: reset).
    void reload();
    // Reads the rows shown again and merges them (a change elsewhere).
    void refresh();

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_pending > 0; }
    const exchange::customers::DirectoryRow *customerRow(int row) const;
    int rowOf(qint64 customerId) const;
    // The configured assets, in column order.
    const std::vector<exchange::Asset> &assets() const { return m_assets; }

    static QString stateTitle(exchange::CustomerState state);

signals:
    void loaded();
    void failed(const QString &message);

private:
    enum class Load { Reset, Append, Refresh };
    void load(Load kind, int offset, int limit, quint64 ticket = 0);

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    const int m_pageSize;
    exchange::customers::DirectoryQuery m_query;
    std::vector<exchange::customers::DirectoryRow> m_rows;
    std::vector<exchange::Asset> m_assets;
    bool m_more = false;
    bool m_loaded = false;
    int m_pending = 0;
    bool m_appending = false;
    quint64 m_appendTicket = 0; // the page being fetched; an older answer does not end it
    // Answers to a request made before the filter or sort changed are dropped.
    quint64 m_generation = 0;
};
