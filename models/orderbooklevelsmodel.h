#pragma once
// One side of the order book (asks or bids) as price levels: price, amount
// of the base asset, total in the quote asset and the number of orders,
// best price first. Follows an OrderBookFeed; a new snapshot changes rows in
// place and adds or removes rows at the end, so a view keeps its state.

#include "models/orderbooksnapshot.h"

#include <QAbstractTableModel>

class OrderBookFeed;

class OrderBookLevelsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Side { Asks, Bids };
    enum Column { Price, Amount, Total, Orders, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    OrderBookLevelsModel(OrderBookFeed &feed, Side side, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OrderBookLevelsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void apply();

    OrderBookFeed &m_feed;
    Side m_side;
    std::vector<DisplayLevel> m_levels;
    exchange::Asset m_base;
    exchange::Asset m_quote;
    int m_priceDecimals = 0;
};
