#pragma once
// OrderBookFeed: keeps an OrderBookSnapshot of the chosen market current.
// Reads run on the core thread; trade changes arrive in bursts (an API
// under load announces every batch), so they are coalesced: at most one
// read in flight and at most one every `interval`, never a read per order.
// The GUI thread only receives finished snapshots.

#include "models/orderbooksnapshot.h"

#include <QObject>
#include <QTimer>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class OrderBookFeed final : public QObject
{
    Q_OBJECT
public:
    OrderBookFeed(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OrderBookFeed)

    // Asset codes; the snapshot shows base priced in quote.
    void setMarket(const QString &base, const QString &quote);
    QString base() const { return m_base; }
    QString quote() const { return m_quote; }
    const OrderBookSnapshot &snapshot() const { return m_snapshot; }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // Asks for a read soon (coalesced with any other request).
    void refresh();
    int reads() const { return m_reads; }

signals:
    void updated();
    void failed(const QString &message);

private:
    void read();

    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    QString m_base = QStringLiteral("ETH");
    QString m_quote = QStringLiteral("ALGO");
    OrderBookSnapshot m_snapshot;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_dirty = false;
    int m_reads = 0;
};
