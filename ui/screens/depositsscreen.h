#pragma once
// Deposits: every deposit by state, the unattributed ones first, with an
// Assign action for those.

#include <QWidget>

class CustomerListModel;
class DepositsModel;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class SortFilterProxy;

class DepositsScreen final : public QWidget
{
    Q_OBJECT
public:
    DepositsScreen(DepositsModel *deposits, CustomerListModel *customers, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *assignButton() const { return m_assign; }
    QLineEdit *filterEdit() const { return m_filter; }
    MessageBar *messageBar() const { return m_messages; }

    // Opens the assign dialog for the selected deposit (if unattributed).
    void assignSelected();
    // Clears the filter and selects the deposit with this id (now, or once
    // the table has read it).
    void showDeposit(qint64 id);

private:
    void updateActions();
    bool selectShown();

    DepositsModel *m_deposits;
    CustomerListModel *m_customers;
    SortFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QPushButton *m_assign;
    QLabel *m_counts;
    MessageBar *m_messages;
    qint64 m_toShow = 0; // showDeposit's, until its row is there
};
