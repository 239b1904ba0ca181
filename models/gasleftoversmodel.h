#pragma once
// GasLeftoversModel: per Ethereum deposit address holding ether, what it
// holds (as the chain balance reader last read it), what it owes customers
// and the gas left over beyond that, which `exctl collect return-gas` sends
// back to the fee wallet; an address whose ether is spoken for (a sweep or
// a refuel open, token deposits being collected) says why. Reads no node.

#include "core/deposits/ethereumgasleftovers.h"
#include "core/money/asset.h"

#include "livetablemodel.h"

#include <optional>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class GasLeftoversModel final : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { Address, Held, Owed, Leftover, Note, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    GasLeftoversModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GasLeftoversModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    // One line: the total left over and on how many addresses.
    QString totalText() const;

signals:
    void loaded();
    void failed(const QString &message);

private:
    QString amountText(exchange::Amount amount) const;

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    std::vector<exchange::deposits::GasLeftover> m_rows;
    std::optional<exchange::Asset> m_eth;
    bool m_loaded = false;
};
