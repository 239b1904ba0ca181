#include "orderbookfeed.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"

namespace {
constexpr std::size_t kLevels = 400;
constexpr int kFills = 100;
constexpr int kLog = 200;
}

OrderBookFeed::OrderBookFeed(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_services(services)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &OrderBookFeed::read);
    connect(&services.notifier(), &exchange::ChangeNotifier::changed, this,
            [this](exchange::ChangeNotifier::Topic topic, const QString &) {
                if (topic == exchange::ChangeNotifier::Topic::Trade)
                    refresh();
            });
}

void OrderBookFeed::setMarket(const QString &base, const QString &quote)
{
    m_base = base;
    m_quote = quote;
    m_timer.stop();
    read();
}

void OrderBookFeed::refresh()
{
    if (m_inFlight) {
        m_dirty = true;
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void OrderBookFeed::read()
{
    if (m_inFlight) {
        m_dirty = true;
        return;
    }
    m_inFlight = true;
    m_dirty = false;
    auto *services = &m_services;
    const std::string base = m_base.toStdString();
    const std::string quote = m_quote.toStdString();
    m_runtime.post(
        [services, base, quote]() -> exchange::Result<OrderBookSnapshot> {
            auto &trades = services->trades();
            const auto baseAsset = exchange::nativeAsset(base);
            const auto quoteAsset = exchange::nativeAsset(quote);
            if (!baseAsset || !quoteAsset)
                return exchange::Error{exchange::ErrorCode::InvalidInput, "unknown asset"};
            OrderBookSnapshot s = OrderBookSnapshot::fromDepth(trades.depth(base, quote, kLevels), *baseAsset, *quoteAsset);
            auto fills = trades.recentFills(kFills * 4);
            if (!fills)
                return fills.error();
            for (auto &f : fills.value()) {
                const bool inMarket = (f.takerSells == base && f.takerBuys == quote) || (f.takerSells == quote && f.takerBuys == base);
                if (inMarket && s.fills.size() < static_cast<std::size_t>(kFills))
                    s.fills.push_back(std::move(f));
            }
            auto stats = trades.statistics();
            if (!stats)
                return stats.error();
            s.stats = std::move(stats).value();
            auto log = trades.log(kLog);
            if (!log)
                return log.error();
            s.log = std::move(log).value();
            for (const exchange::Asset &a : exchange::nativeAssets())
                s.assets.emplace(a.code, a);
            return s;
        },
        this,
        [this](exchange::Result<OrderBookSnapshot> result) {
            m_inFlight = false;
            ++m_reads;
            if (!result) {
                emit failed(tr("The order book could not be read: %1").arg(QString::fromStdString(result.error().message)));
            } else {
                m_snapshot = std::move(result).value();
                emit updated();
            }
            if (m_dirty) {
                m_dirty = false;
                m_timer.start();
            }
        });
}
