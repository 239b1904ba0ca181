#pragma once
// LedgerPositionsModel: per asset, what the exchange owes its customers
// against what it holds in its wallets, from the ledger. Reloads when the
// ledger changes.

#include "core/ledger/ledgerqueries.h"
#include "core/money/asset.h"

#include "livetablemodel.h"

#include <map>
#include <vector>

namespace exchange {
class ChangeNotifier;
class CoreRuntime;
class CoreServices;
}

class LedgerPositionsModel final : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { AssetCode, Liabilities, Reserved, Holdings, Surplus, Revenue, Expenses, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    LedgerPositionsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LedgerPositionsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Snapshot {
        std::vector<exchange::ledger::AssetPosition> positions;
        std::map<std::string, exchange::Asset> assets;
    };
    void apply(Snapshot snapshot);
    exchange::Amount valueAt(const exchange::ledger::AssetPosition &p, int column) const;

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    Snapshot m_snapshot;
    bool m_loaded = false;
};
