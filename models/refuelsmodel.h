#pragma once
// RefuelsModel: the most recent refuels, newest first: the ether the fee
// wallet sent a deposit address so that its token sweeps can pay their gas
// (when, transaction, address, for which tokens, amount, state).

#include "core/deposits/refuelrecord.h"
#include "core/money/asset.h"

#include "livetablemodel.h"

#include <optional>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class RefuelsModel final : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { When, Txid, To, For, AmountColumn, State, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };
    static constexpr int kShown = 50;

    RefuelsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RefuelsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    static QString stateTitle(exchange::deposits::CollectionState state);

signals:
    void loaded();
    void failed(const QString &message);

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    std::vector<exchange::deposits::RefuelRecord> m_rows;
    std::optional<exchange::Asset> m_eth;
    bool m_loaded = false;
};
