#pragma once
// The Log of 001: refused trade requests, newest first, with why they were
// refused and the payload as received. New rows are inserted at the top.

#include "models/orderbooksnapshot.h"

#include <QAbstractTableModel>

class OrderBookFeed;

class TradeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Reason, Payload, ColumnCount };
    Q_ENUM(Column)
    enum Role { RawValueRole = Qt::UserRole };

    explicit TradeLogModel(OrderBookFeed &feed, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TradeLogModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void apply();

    OrderBookFeed &m_feed;
    std::vector<exchange::trade::LogEntry> m_rows;
};
