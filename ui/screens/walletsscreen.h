#pragma once
// Wallets: per asset the hot, warm and cold wallets (and the deposit
// addresses) against their max balances, the ledger against the chain and
// their difference; the selected wallet's address copies whole (to fund
// it from outside, or check it on an explorer); below, the deposit watchers and the chain balance
// reader as the DutyBoard has them.

#include <QWidget>

class CopyButton;
class DutyBoard;
class MessageBar;
class QLabel;
class QTableView;
class WalletsModel;

class WalletsScreen final : public QWidget
{
    Q_OBJECT
public:
    WalletsScreen(WalletsModel *wallets, DutyBoard *duties, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    CopyButton *copyAddressButton() const { return m_copyAddress; }

private:
    void showDuties();
    QString selectedAddress() const;

    WalletsModel *m_wallets;
    DutyBoard *m_duties;
    QTableView *m_table;
    MessageBar *m_messages;
    QLabel *m_watchers;
    QLabel *m_chainRead;
    QLabel *m_identity; // the selected row's asset: coin, or which token
    CopyButton *m_copyAddress;
};
