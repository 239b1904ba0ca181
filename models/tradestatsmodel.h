#pragma once
// 001's statistics per asset: taken in, liabilities of unfilled orders,
// refunds owed, payouts owed and paid, and the exchange's profit.

#include "models/orderbooksnapshot.h"

#include <QAbstractTableModel>

class OrderBookFeed;

class TradeStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AssetCode, TakenIn, Unfilled, Refunds, OwedOut, PaidOut, Profit, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    explicit TradeStatsModel(OrderBookFeed &feed, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TradeStatsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void apply();
    exchange::Amount valueAt(const exchange::trade::AssetStats &s, Column column) const;

    OrderBookFeed &m_feed;
    std::vector<exchange::trade::AssetStats> m_rows;
    std::map<std::string, exchange::Asset> m_assets;
};
