#pragma once
// LedgerStatementModel: one customer's journal lines in one asset, a page at
// a time, with the running posted balance. The page is read on the core
// thread; the view keeps what it shows until the new page arrives.

#include "core/ledger/ledgerqueries.h"
#include "core/money/asset.h"

#include <QAbstractTableModel>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class LedgerStatementModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Type, Counterparty, Change, Held, Balance, Note, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    static constexpr int kPageSize = 200;

    LedgerStatementModel(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LedgerStatementModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the customer's statement in the asset, from its first page.
    void show(qint64 customerId, const QString &asset);
    void nextPage();
    void previousPage();
    bool hasNextPage() const;
    bool hasPreviousPage() const { return m_offset > 0; }
    int totalLines() const { return m_statement.totalLines; }
    int offset() const { return m_offset; }
    // "Balance 12,499.99 · available 11,999.99 · held 500.00 XLM"
    QString summary() const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void load();

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    qint64 m_customerId = 0;
    QString m_asset;
    int m_offset = 0;
    int m_generation = 0; // answers to superseded requests are dropped
    exchange::ledger::Statement m_statement;
    exchange::Asset m_assetInfo;
};
