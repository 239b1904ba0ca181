#pragma once
// The market's recent fills, newest first: time, which side took, the
// maker's price, the amount of the base asset and the exchange's spread.
// New fills are inserted at the top (the view keeps its place).

#include "models/orderbooksnapshot.h"

#include <QAbstractTableModel>

class OrderBookFeed;

class TradeFillsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Taker, Price, Amount, Spread, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    explicit TradeFillsModel(OrderBookFeed &feed, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TradeFillsModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qint64 id = 0;
        qint64 atMs = 0;
        bool takerBought = false; // the taker bought the base asset
        exchange::Amount price;
        exchange::Amount amount;  // base asset
        exchange::Amount spread;
        std::string spreadAsset;
    };
    void apply();
    Row rowFor(const exchange::trade::FillRecord &f, const OrderBookSnapshot &s) const;

    OrderBookFeed &m_feed;
    std::vector<Row> m_rows;
    std::string m_market;
    exchange::Asset m_base;
    exchange::Asset m_quote;
    int m_priceDecimals = 0;
    std::map<std::string, exchange::Asset> m_assets;
};
