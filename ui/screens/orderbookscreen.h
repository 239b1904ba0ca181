#pragma once
// Order book: pick a market (a pair of assets); its bids and asks as price
// levels with amounts and order counts, a depth chart, recent fills, the
// exchange's statistics of 001 and the Log of refused requests. Live: the
// feed coalesces trade changes and reads on the core thread, so the screen
// repaints at most a few times a second and the GUI thread never waits.

#include <QWidget>

class MessageBar;
class OrderBookFeed;
class OrderBookLevelsModel;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class TradeFillsModel;
class TradeLogModel;
class TradeStatsModel;

class OrderBookScreen final : public QWidget
{
    Q_OBJECT
public:
    OrderBookScreen(OrderBookFeed *feed, OrderBookLevelsModel *bids, OrderBookLevelsModel *asks,
                    TradeFillsModel *fills, TradeStatsModel *stats, TradeLogModel *log, QWidget *parent = nullptr);

    QComboBox *marketPicker() const { return m_market; }
    QTableView *bidsTable() const { return m_bidsTable; }
    QTableView *asksTable() const { return m_asksTable; }
    QTableView *fillsTable() const { return m_fillsTable; }
    QTableView *statsTable() const { return m_statsTable; }
    QTableView *logTable() const { return m_logTable; }
    QLabel *summary() const { return m_summary; }
    QChart *depthChart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void marketChosen();
    void updateSummary();
    void updateChart();

    OrderBookFeed *m_feed;
    QComboBox *m_market;
    QLabel *m_summary;
    QTableView *m_bidsTable;
    QTableView *m_asksTable;
    QTableView *m_fillsTable;
    QTableView *m_statsTable;
    QTableView *m_logTable;
    QChart *m_chart;
    QChartView *m_chartView;
    QTabWidget *m_tabs;
    MessageBar *m_messages;
};
