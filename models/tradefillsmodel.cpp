#include "tradefillsmodel.h"

#include "displayformat.h"

#include "core/money/assetamount.h"
#include "models/orderbookfeed.h"

#include <QDateTime>

TradeFillsModel::TradeFillsModel(OrderBookFeed &feed, QObject *parent) : QAbstractTableModel(parent), m_feed(feed)
{
    connect(&feed, &OrderBookFeed::updated, this, &TradeFillsModel::apply);
    apply();
}

TradeFillsModel::Row TradeFillsModel::rowFor(const exchange::trade::FillRecord &f, const OrderBookSnapshot &s) const
{
    Row r;
    r.id = f.id;
    r.atMs = f.atMs;
    r.takerBought = f.takerBuys == s.base.code;
    // The price is the maker's: what it gave or got in quote per base.
    if (r.takerBought) {
        r.amount = f.makerGave;
        r.price = OrderBookSnapshot::priceOf(f.makerGot, f.makerGave, s.base.decimals, s.quote.decimals, s.priceDecimals, true);
    } else {
        r.amount = f.takerGave;
        r.price = OrderBookSnapshot::priceOf(f.makerGave, f.makerGot, s.base.decimals, s.quote.decimals, s.priceDecimals, false);
    }
    // The exchange's spread is always in the taker's buy asset.
    r.spread = exchange::Amount::fromBaseUnits(f.makerGave.baseUnits() - f.takerGot.baseUnits());
    r.spreadAsset = f.takerBuys;
    return r;
}

void TradeFillsModel::apply()
{
    const OrderBookSnapshot &s = m_feed.snapshot();
    std::vector<Row> next;
    next.reserve(s.fills.size());
    for (const auto &f : s.fills)
        next.push_back(rowFor(f, s));
    const std::string market = s.base.code + "/" + s.quote.code;
    if (market != m_market || m_rows.empty() || next.empty()) {
        beginResetModel();
        m_rows = std::move(next);
        m_market = market;
        m_base = s.base;
        m_quote = s.quote;
        m_priceDecimals = s.priceDecimals;
        m_assets = s.assets;
        endResetModel();
        return;
    }
    // New fills have larger ids: insert them at the top, drop the oldest.
    std::size_t fresh = 0;
    while (fresh < next.size() && next[fresh].id > m_rows.front().id)
        ++fresh;
    if (fresh > 0) {
        beginInsertRows({}, 0, static_cast<int>(fresh) - 1);
        m_rows.insert(m_rows.begin(), next.begin(), next.begin() + static_cast<std::ptrdiff_t>(fresh));
        endInsertRows();
    }
    if (m_rows.size() > next.size()) {
        beginRemoveRows({}, static_cast<int>(next.size()), static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(next.size());
        endRemoveRows();
    }
}

int TradeFillsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TradeFillsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TradeFillsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    const auto spreadAsset = m_assets.find(r.spreadAsset);
    const exchange::Asset spreadInfo = spreadAsset != m_assets.end() ? spreadAsset->second
                                                                       : exchange::Asset{r.spreadAsset, r.spreadAsset, {}, 0, 0, {}};
    const int spreadDecimals = spreadInfo.decimals;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time: return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(r.atMs));
        //: Who took liquidity in a fill: the incoming order bought or sold the base asset
        case Taker: return r.takerBought ? tr("Buy") : tr("Sell");
        // A price is exact at its own precision; amounts show their asset's.
        case Price: return displayformat::amountText(r.price, m_priceDecimals, m_priceDecimals);
        case Amount: return displayformat::amountText(r.amount, m_base);
        case Spread:
            //: An amount and its asset's code, e.g. "0.0004 ETH"
            return tr("%1 %2").arg(displayformat::amountText(r.spread, spreadInfo), QString::fromStdString(r.spreadAsset));
        case ColumnCount: break;
        }
        return {};
    case displayformat::ExactTextRole:
        switch (column) {
        case Price: return displayformat::exactAmountText(r.price, m_priceDecimals);
        case Amount: return displayformat::exactAmountText(r.amount, m_base);
        case Spread: return displayformat::exactAmountText(r.spread, spreadInfo);
        case Time:
        case Taker:
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Price: return displayformat::exactAmountText(r.price, m_priceDecimals) + u' ' + QString::fromStdString(m_quote.code);
        case Amount: return displayformat::exactAmountTooltip(r.amount, m_base);
        case Spread: return displayformat::exactAmountTooltip(r.spread, spreadInfo);
        case Time:
        case Taker:
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case Time: return r.atMs;
        case Taker: return r.takerBought;
        case Price: return QVariant::fromValue(exchange::AssetAmount{r.price, m_priceDecimals});
        case Amount: return QVariant::fromValue(exchange::AssetAmount{r.amount, m_base.decimals});
        case Spread: return QVariant::fromValue(exchange::AssetAmount{r.spread, spreadDecimals});
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((column == Time || column == Taker ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant TradeFillsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Time: return tr("Time");
    case Taker: return tr("Taker");
    case Price: return tr("Price (%1)").arg(QString::fromStdString(m_quote.code));
    case Amount: return tr("Amount (%1)").arg(QString::fromStdString(m_base.code));
    case Spread: return tr("Exchange's spread");
    case ColumnCount: break;
    }
    return {};
}
