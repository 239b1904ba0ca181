#pragma once
// CustomerDetailsSource: one customer's details for the Customers screen's
// pane: their balances per configured asset (available, held, total) and
// their latest deposits, withdrawals and orders, latest first, as item
// models the pane shows. Read on the core thread (CustomerDirectory); read
// again when the ledger, deposits, withdrawals, trades or customers change.

#include "core/customers/customerdirectory.h"

#include <QObject>
#include <QStringList>

namespace exchange {
class CoreRuntime;
class CoreServices;
}
class QStandardItemModel;

class CustomerDetailsSource final : public QObject
{
    Q_OBJECT
public:
    // Each history row's id (deposit, withdrawal or order) under this role
    // of its first column.
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int kLatest = 100;

    CustomerDetailsSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CustomerDetailsSource)

    // 0: nobody (the models empty).
    void show(qint64 customerId);
    void reload();
    qint64 customerId() const { return m_customerId; }
    bool isLoaded() const { return m_loaded; }

    QStandardItemModel *balances() const { return m_balances; }
    // What the customer shown has on their accounts ("5.00 XLM (2.00
    // held)"), one per asset with a balance or a hold; empty when nothing
    // or not loaded yet.
    QStringList holdings() const { return m_holdings; }
    QStandardItemModel *deposits() const { return m_deposits; }
    QStandardItemModel *withdrawals() const { return m_withdrawals; }
    QStandardItemModel *orders() const { return m_orders; }

signals:
    void loaded();
    void failed(const QString &message);

private:
    void clear();

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    qint64 m_customerId = 0;
    bool m_loaded = false;
    quint64 m_generation = 0;
    QStringList m_holdings;
    QStandardItemModel *m_balances;
    QStandardItemModel *m_deposits;
    QStandardItemModel *m_withdrawals;
    QStandardItemModel *m_orders;
};
