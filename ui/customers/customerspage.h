#pragma once
// The Customers screen: the customers in a table paged, sorted and filtered
// by the store (CustomersModel; the filter field takes an id, a name, an
// email, a deposit address or a Stellar memo), and a pane with the chosen
// customer's balances, deposits, withdrawals and orders (latest first; a
// double click opens that screen), their deposit instructions and their own
// addresses. Add, Edit, Freeze, Unfreeze and Close each say what they
// change and ask for confirmation; the table and pane are read again after
// each.

#include <QWidget>

class CustomerActions;
class CustomerDetailsSource;
class CustomersModel;
class MessageBar;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

class CustomersPage final : public QWidget
{
    Q_OBJECT
public:
    CustomersPage(CustomersModel *customers, CustomerDetailsSource *details, CustomerActions *actions,
                  QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *freezeButton() const { return m_freeze; }
    QPushButton *unfreezeButton() const { return m_unfreeze; }
    QPushButton *closeButton() const { return m_close; }
    QTabWidget *details() const { return m_tabs; }
    QTableView *balancesTable() const { return m_balances; }
    QTableView *depositsTable() const { return m_deposits; }
    QTableView *withdrawalsTable() const { return m_withdrawals; }
    QTableView *ordersTable() const { return m_orders; }
    // Empty tabs of the pane, each with a vertical layout, for the
    // customer's deposit instructions and their own addresses.
    QWidget *depositInstructionsTab() const { return m_instructionsTab; }
    QWidget *addressesTab() const { return m_addressesTab; }
    MessageBar *messages() const { return m_messages; }
    // The chosen customer's internal id, 0 for none.
    qint64 currentCustomerId() const;
    void selectCustomer(qint64 customerId);

signals:
    // A double click on an order: open that screen.
    void openScreen(const QString &id);
    // A double click on a deposit or withdrawal: open its screen at that
    // row (screen "deposits" or "withdrawals", the record's id).
    void openRecord(const QString &screen, qint64 id);
    // The customer the pane shows now (0: nobody), for the tabs' views.
    void shownCustomerChanged(qint64 customerId, const QString &externalId);

private:
    void addCustomer();
    void editCustomer();
    void changeState(int kind);
    void currentChanged();
    void updateActions();

    CustomersModel *m_customers;
    CustomerDetailsSource *m_detailsSource;
    CustomerActions *m_actions;
    QTableView *m_table;
    QLineEdit *m_filter;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_freeze;
    QPushButton *m_unfreeze;
    QPushButton *m_close;
    QLabel *m_title;
    QLabel *m_counts;
    QTabWidget *m_tabs;
    QTableView *m_balances;
    QTableView *m_deposits;
    QTableView *m_withdrawals;
    QTableView *m_orders;
    QWidget *m_instructionsTab;
    QWidget *m_addressesTab;
    MessageBar *m_messages;
    qint64 m_shownId = 0;
    qint64 m_selectAfterLoad = 0;
    bool m_sized = false; // columns fitted to the first rows once; the operator's widths after that
};
