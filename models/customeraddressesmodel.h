#pragma once
// CustomerAddressesModel: one customer's own withdrawal addresses
// (StellarMap) as a table, and, read-only, the signing keys their
// POST /withdraw requests need. Reads and changes run on the core thread
// (CustomerAddressBook, as the signed-in operator); results arrive as
// signals, and the table follows changes any console makes to the customer.

#include "core/base/chain.h"
#include "core/store/customeraddress.h"
#include "core/withdrawals/withdrawalkey.h"

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>

#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class OperatorSession;

class CustomerAddressesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChainColumn, Address, Label, AddedBy, Added, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    CustomerAddressesModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                           QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerAddressesModel)

    // Shows this customer (0: nobody) and reads their addresses and keys.
    void setCustomer(qint64 customerId, const QString &externalId);
    qint64 customerId() const { return m_customerId; }
    QString externalId() const { return m_externalId; }
    void reload();

    // Asks the core to add or remove; finished or failed follows.
    void add(exchange::Chain chain, const QString &address, const QString &label);
    // By chain and address, not by row: the list may have been read again
    // while the operator confirmed.
    void remove(exchange::Chain chain, const QString &address);

    const exchange::CustomerAddress *addressAt(int row) const;
    // "stellar G…", one per key, and how many must sign.
    QStringList signingKeys() const { return m_keys; }
    int signaturesRequired() const { return m_required; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    // A change the core made; message for the operator.
    void finished(const QString &message);
    void failed(const QString &message);

private:
    struct Snapshot {
        std::vector<exchange::CustomerAddress> addresses;
        exchange::withdrawals::WithdrawalKeyPolicy keys;
    };
    void apply(Snapshot snapshot);

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    OperatorSession &m_session;
    qint64 m_customerId = 0;
    QString m_externalId;
    std::vector<exchange::CustomerAddress> m_rows;
    QStringList m_keys;
    int m_required = 1;
};
