#pragma once
// Settings: per asset, min deposit, min collection, withdrawal fee, the
// 24h/72h limits and the hot and warm max balances, edited in place.

#include <QWidget>

class AssetSettingsModel;
class MessageBar;
class QLineEdit;
class QTableView;
class SortFilterProxy;

class SettingsScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsScreen(AssetSettingsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    MessageBar *messageBar() const { return m_messages; }
    AssetSettingsModel *model() const { return m_model; }

private:
    AssetSettingsModel *m_model;
    SortFilterProxy *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    MessageBar *m_messages;
};
