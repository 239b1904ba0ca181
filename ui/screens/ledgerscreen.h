#pragma once
// Ledger: per asset what the exchange owes against what it holds, the
// result of the last ledger check (and a button to check now), and a
// customer's statement with running balance.

#include <QWidget>

class CustomerListModel;
class LedgerCheckStatus;
class LedgerPositionsModel;
class LedgerStatementModel;
class MessageBar;
class CustomerPicker;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

class LedgerScreen final : public QWidget
{
    Q_OBJECT
public:
    LedgerScreen(LedgerPositionsModel *positions, LedgerStatementModel *statement, CustomerListModel *customers,
                 LedgerCheckStatus *check, QWidget *parent = nullptr);

    QTableView *positionsTable() const { return m_positionsTable; }
    QTableView *statementTable() const { return m_statementTable; }
    QComboBox *customerPicker() const;
    CustomerPicker *customerSearch() const { return m_customer; }
    QComboBox *assetPicker() const { return m_asset; }
    QPushButton *checkButton() const { return m_checkButton; }
    QLabel *checkLabel() const { return m_checkLabel; }

private:
    void showStatement();
    void addPositionsAssets();
    void updateCheck();
    void updatePaging();

    LedgerPositionsModel *m_positions;
    LedgerStatementModel *m_statement;
    LedgerCheckStatus *m_check;
    QTableView *m_positionsTable;
    QTableView *m_statementTable;
    CustomerPicker *m_customer;
    QComboBox *m_asset;
    QLabel *m_checkLabel;
    QPushButton *m_checkButton;
    QLabel *m_summary;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    MessageBar *m_messages;
};
