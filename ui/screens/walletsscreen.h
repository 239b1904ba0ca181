#pragma once
// Wallets: per asset the hot, warm and cold wallets (and the deposit
// addresses) against their max balances, the ledger against the chain and
// their difference.

#include <QWidget>

class MessageBar;
class QTableView;
class WalletsModel;

class WalletsScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit WalletsScreen(WalletsModel *wallets, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    WalletsModel *m_wallets;
    QTableView *m_table;
    MessageBar *m_messages;
};
