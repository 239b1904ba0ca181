#pragma once
// Settings: per asset, min deposit, min collection, withdrawal fee, the
// 24h/72h limits and the hot and warm max balances, edited in place; below
// them, how the exchange reaches each chain (ChainSettingsPanel).

#include <QWidget>

class AssetSettingsModel;
class ChainSettingsModel;
class ChainSettingsPanel;
class MessageBar;
class QLineEdit;
class QTableView;
class SortFilterProxy;

class SettingsScreen final : public QWidget
{
    Q_OBJECT
public:
    SettingsScreen(AssetSettingsModel *model, ChainSettingsModel *chains, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    MessageBar *messageBar() const { return m_messages; }
    AssetSettingsModel *model() const { return m_model; }
    ChainSettingsPanel *chainPanel() const { return m_chains; }

private:
    AssetSettingsModel *m_model;
    SortFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    MessageBar *m_messages;
    ChainSettingsPanel *m_chains;
};
