#pragma once
// Wallets: per asset the hot, warm and cold wallets (and the deposit
// addresses) against their max balances, the ledger against the chain and
// their difference.

#include <QMap>
#include <QWidget>

class MessageBar;
class QLabel;
class QTableView;
class WalletsModel;

class WalletsScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit WalletsScreen(WalletsModel *wallets, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void setWatcherStatus(const QString &chain, const QString &status);
    QString watcherText() const;

private:
    WalletsModel *m_wallets;
    QTableView *m_table;
    MessageBar *m_messages;
    QLabel *m_watchers;
    QMap<QString, QString> m_status;
};
