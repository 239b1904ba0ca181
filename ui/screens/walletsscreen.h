#pragma once
// Wallets: per asset the hot, warm and cold wallets (and the deposit
// addresses) against their max balances, the ledger against the chain and
// their difference; the selected wallet's address copies whole (to fund
// it from outside, or check it on an explorer); below, the fee wallet's side
// of token collection: the gas left over on Ethereum deposit addresses and
// the recent refuels, and whether the wallets hold the trustlines and
// opt-ins the tokens need (TokenReadinessPanel); then the deposit watchers and the chain balance
// reader as the DutyBoard has them.

#include <QWidget>

class CopyButton;
class QAbstractItemModel;
class DutyBoard;
class GasLeftoversModel;
class MessageBar;
class QLabel;
class QTabWidget;
class QTableView;
class RefuelsModel;
class TokenReadinessPanel;
class WalletsModel;

class WalletsScreen final : public QWidget
{
    Q_OBJECT
public:
    WalletsScreen(WalletsModel *wallets, GasLeftoversModel *leftovers, RefuelsModel *refuels, DutyBoard *duties,
                  QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTableView *leftoversTable() const { return m_leftoversTable; }
    QTableView *refuelsTable() const { return m_refuelsTable; }
    QLabel *leftoversLine() const { return m_leftoversLine; }
    CopyButton *copyAddressButton() const { return m_copyAddress; }
    // The token readiness tab (trustlines and opt-ins), beside the fee
    // wallet's tabs; null until added.
    void addTokenReadiness(TokenReadinessPanel *panel);
    TokenReadinessPanel *tokenReadiness() const { return m_tokenReadiness; }
    QTabWidget *lowerTabs() const { return m_feeTabs; }

private:
    void showDuties();
    QString selectedAddress() const;
    QTableView *makeTable(QAbstractItemModel *model, int rawValueRole);

    WalletsModel *m_wallets;
    DutyBoard *m_duties;
    QTableView *m_table;
    GasLeftoversModel *m_leftovers;
    RefuelsModel *m_refuels;
    QTabWidget *m_feeTabs;
    QLabel *m_leftoversLine;
    QTableView *m_leftoversTable;
    QTableView *m_refuelsTable;
    MessageBar *m_messages;
    QLabel *m_watchers;
    QLabel *m_chainRead;
    QLabel *m_identity; // the selected row's asset: coin, or which token
    CopyButton *m_copyAddress;
    TokenReadinessPanel *m_tokenReadiness = nullptr;
};
