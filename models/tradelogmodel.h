#pragma once
// The Log of 001: refused trade requests, newest first: when, from which
// address, to which endpoint, why, how many (a row counts the repeats of a
// flooding source within a minute) and the payload's first 1 KiB. New rows
// are inserted at the top; a row whose count grew is updated in place.

#include "models/orderbooksnapshot.h"

#include <QAbstractTableModel>

class OrderBookFeed;

class TradeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Source, Endpoint, Status, Reason, Count, Payload, ColumnCount };
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
