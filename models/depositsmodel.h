#pragma once
// DepositsModel: the deposits the watchers (and operators) recorded,
// unattributed first, newest next; assigning an unattributed one to a
// customer runs on the core thread as the signed-in operator. Reads them
// again when deposits change, at most a few times a second, and merges
// what it read by deposit id (LiveTableModel), so the selection stays.

#include "core/deposits/depositrecord.h"
#include "core/money/asset.h"

#include "livetablemodel.h"

#include <map>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class OperatorSession;

class DepositsModel final : public LiveTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Seen, State, AssetCode, Amount, Customer, Chain, TxId, Note, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole, DepositIdRole, StateRole };

    DepositsModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                  QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DepositsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    const exchange::deposits::DepositRecord *deposit(int row) const;
    // "42.00 XLM", exact, for confirmations.
    QString amountText(const exchange::deposits::DepositRecord &deposit) const;

    void assign(qint64 depositId, qint64 customerId);

    static QString stateTitle(exchange::deposits::DepositState state);

signals:
    void loaded();
    void failed(const QString &message);
    void assigned(qint64 depositId, qint64 customerId);

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    OperatorSession &m_session;
    std::vector<exchange::deposits::DepositRecord> m_rows;
    std::map<std::string, exchange::Asset> m_assets;
    bool m_loaded = false;
};
