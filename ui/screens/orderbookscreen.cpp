#include "orderbookscreen.h"

#include "models/tone.h"

#include "models/displayformat.h"
#include "models/orderbookfeed.h"
#include "models/orderbooklevelsmodel.h"
#include "models/tradefillsmodel.h"
#include "models/tradelogmodel.h"
#include "models/tradestatsmodel.h"
#include "ui/widgets/messagebar.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setAlternatingRowColors(true);
    return table;
}

// The drawing boundary: exact amounts become doubles here only as chart
// coordinates (pixels), never for money, prices or rates anywhere else.
double chartCoordinate(exchange::Amount amount, int decimals)
{
    return QString::fromStdString(amount.format(decimals)).toDouble();
}

} // namespace

OrderBookScreen::OrderBookScreen(OrderBookFeed *feed, OrderBookLevelsModel *bids, OrderBookLevelsModel *asks,
                                 TradeFillsModel *fills, TradeStatsModel *stats, TradeLogModel *log, QWidget *parent)
    : QWidget(parent), m_feed(feed), m_market(new QComboBox(this)), m_summary(new QLabel(this)),
      m_bidsTable(makeTable(bids, this)), m_asksTable(makeTable(asks, this)), m_fillsTable(makeTable(fills, this)),
      m_statsTable(makeTable(stats, this)), m_logTable(makeTable(log, this)), m_chart(new QChart),
      m_chartView(new QChartView(m_chart, this)), m_tabs(new QTabWidget(this)), m_messages(new MessageBar(this))
{
    auto *title = new QLabel(tr("Order book"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    // Markets: every pair of the chains' native assets, each way round.
    const std::pair<const char *, const char *> markets[] = {{"ETH", "ALGO"}, {"ETH", "XLM"}, {"XLM", "ALGO"},
                                                              {"ALGO", "ETH"}, {"XLM", "ETH"}, {"ALGO", "XLM"}};
    for (const auto &[base, quote] : markets) {
        //: A market: the base asset priced in the quote asset, e.g. "ETH / ALGO"
        m_market->addItem(tr("%1 / %2").arg(QLatin1String(base), QLatin1String(quote)),
                          QStringList{QLatin1String(base), QLatin1String(quote)});
    }
    m_market->setAccessibleName(tr("Market"));

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Market:"), this));
    top->addWidget(m_market);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);

    auto *bidsBox = new QWidget(this);
    auto *bidsLayout = new QVBoxLayout(bidsBox);
    bidsLayout->setContentsMargins(0, 0, 0, 0);
    bidsLayout->addWidget(new QLabel(tr("Bids (buying the base asset)"), bidsBox));
    bidsLayout->addWidget(m_bidsTable);
    auto *asksBox = new QWidget(this);
    auto *asksLayout = new QVBoxLayout(asksBox);
    asksLayout->setContentsMargins(0, 0, 0, 0);
    asksLayout->addWidget(new QLabel(tr("Asks (selling the base asset)"), asksBox));
    asksLayout->addWidget(m_asksTable);

    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitle(tr("Depth"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(280);

    auto *book = new QSplitter(Qt::Horizontal, this);
    book->addWidget(bidsBox);
    book->addWidget(asksBox);
    book->addWidget(m_chartView);
    book->setStretchFactor(0, 2);
    book->setStretchFactor(1, 2);
    book->setStretchFactor(2, 2);

    m_tabs->addTab(m_fillsTable, tr("Recent fills"));
    m_tabs->addTab(m_statsTable, tr("Statistics"));
    m_tabs->addTab(m_logTable, tr("Refused requests"));
    m_logTable->horizontalHeader()->setSectionResizeMode(TradeLogModel::Payload, QHeaderView::Stretch);
    // Exact amounts can be long (wei): those columns size to their contents.
    for (QTableView *levels : {m_bidsTable, m_asksTable}) {
        levels->horizontalHeader()->setSectionResizeMode(OrderBookLevelsModel::Amount, QHeaderView::ResizeToContents);
        levels->horizontalHeader()->setSectionResizeMode(OrderBookLevelsModel::Price, QHeaderView::ResizeToContents);
        levels->horizontalHeader()->setSectionResizeMode(OrderBookLevelsModel::Total, QHeaderView::ResizeToContents);
    }
    for (int column : {TradeLogModel::Time, TradeLogModel::Source, TradeLogModel::Endpoint, TradeLogModel::Status,
                       TradeLogModel::Count})
        m_logTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(book);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_messages);
    layout->addWidget(split, 1);

    connect(m_market, &QComboBox::currentIndexChanged, this, &OrderBookScreen::marketChosen);
    connect(m_feed, &OrderBookFeed::updated, this, [this] {
        updateSummary();
        updateChart();
    });
    connect(m_feed, &OrderBookFeed::failed, m_messages, &MessageBar::showError);
    marketChosen();
}

void OrderBookScreen::marketChosen()
{
    const QStringList pair = m_market->currentData().toStringList();
    if (pair.size() == 2)
        m_feed->setMarket(pair.at(0), pair.at(1));
}

void OrderBookScreen::updateSummary()
{
    const OrderBookSnapshot &s = m_feed->snapshot();
    const auto price = [&](const std::vector<DisplayLevel> &levels) {
        return levels.empty() ? tr("none")
                              : displayformat::amountText(levels.front().price, s.priceDecimals, s.priceDecimals);
    };
    m_summary->setText(tr("Best bid %1, best ask %2 %3 · %n open order(s)", nullptr,
                          static_cast<int>(s.askOrders + s.bidOrders))
                           .arg(price(s.bids), price(s.asks), QString::fromStdString(s.quote.code)));
}

void OrderBookScreen::updateChart()
{
    const OrderBookSnapshot &s = m_feed->snapshot();
    m_chart->removeAllSeries();
    // The chart follows the theme (the series' colours are set below).
    const QChart::ChartTheme chartTheme = tone::paletteIsDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != chartTheme)
        m_chart->setTheme(chartTheme);
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    // Cumulative amount of the base asset against price, as steps.
    auto side = [&](const std::vector<DisplayLevel> &levels, const QString &name, const QColor &color) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        double cumulative = 0;
        for (const DisplayLevel &l : levels) {
            const double x = chartCoordinate(l.price, s.priceDecimals);
            upper->append(x, cumulative);
            cumulative += chartCoordinate(l.baseAmount, s.base.decimals);
            upper->append(x, cumulative);
            lower->append(x, 0);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(name);
        QColor fill = color;
        fill.setAlpha(90);
        area->setBrush(fill);
        area->setPen(QPen(color, 1.5));
        m_chart->addSeries(area);
        return cumulative;
    };
    const double bids = side(s.bids, tr("Bids"), tone::color(tone::Tone::Good));
    const double asks = side(s.asks, tr("Asks"), tone::color(tone::Tone::Sell));
    m_chart->createDefaultAxes();
    const auto vertical = m_chart->axes(Qt::Vertical);
    if (!vertical.isEmpty()) {
        vertical.front()->setRange(0, std::max(1.0, std::max(bids, asks) * 1.05));
        vertical.front()->setTitleText(tr("Cumulative %1").arg(QString::fromStdString(s.base.code)));
    }
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    if (auto *axis = horizontal.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(horizontal.front())) {
        axis->setTickCount(4);
        axis->setLabelFormat(QStringLiteral("%.5g"));
    }
    if (!horizontal.isEmpty())
        horizontal.front()->setTitleText(tr("Price (%1 per %2)").arg(QString::fromStdString(s.quote.code),
                                                                     QString::fromStdString(s.base.code)));
}
