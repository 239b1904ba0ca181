#include "tradestatsmodel.h"

#include "displayformat.h"

#include "core/money/assetamount.h"
#include "models/orderbookfeed.h"

TradeStatsModel::TradeStatsModel(OrderBookFeed &feed, QObject *parent) : QAbstractTableModel(parent), m_feed(feed)
{
    connect(&feed, &OrderBookFeed::updated, this, &TradeStatsModel::apply);
    apply();
}

void TradeStatsModel::apply()
{
    const OrderBookSnapshot &s = m_feed.snapshot();
    bool sameAssets = s.stats.size() == m_rows.size();
    for (std::size_t i = 0; sameAssets && i < m_rows.size(); ++i)
        sameAssets = s.stats[i].asset == m_rows[i].asset;
    m_assets = s.assets;
    if (!sameAssets) {
        beginResetModel();
        m_rows = s.stats;
        endResetModel();
        return;
    }
    m_rows = s.stats;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

int TradeStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TradeStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

exchange::Amount TradeStatsModel::valueAt(const exchange::trade::AssetStats &s, Column column) const
{
    switch (column) {
    case TakenIn: return s.totalIn;
    case Unfilled: return s.unfilled;
    case Refunds: return s.refunds;
    case OwedOut: return s.owedOut;
    case PaidOut: return s.paidOut;
    case Profit: return s.profit;
    case AssetCode:
    case ColumnCount: break;
    }
    return {};
}

QVariant TradeStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &s = m_rows.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    const auto it = m_assets.find(s.asset);
    const exchange::Asset asset = it != m_assets.end() ? it->second : exchange::Asset{s.asset, s.asset, {}, 0, 0, {}};
    switch (role) {
    case Qt::DisplayRole:
        if (column == AssetCode)
            return QString::fromStdString(s.asset);
        return displayformat::amountText(valueAt(s, column), asset);
    case displayformat::ExactTextRole:
        if (column == AssetCode)
            return {};
        return displayformat::exactAmountText(valueAt(s, column), asset);
    case Qt::ToolTipRole:
        if (column == AssetCode)
            return {};
        return displayformat::exactAmountTooltip(valueAt(s, column), asset);
    case RawValueRole:
        if (column == AssetCode)
            return QString::fromStdString(s.asset);
        return QVariant::fromValue(exchange::AssetAmount{valueAt(s, column), asset.decimals});
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((column == AssetCode ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant TradeStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case AssetCode: return tr("Asset");
        case TakenIn: return tr("Taken in");
        case Unfilled: return tr("Unfilled (liability)");
        case Refunds: return tr("Refunds owed");
        case OwedOut: return tr("Payouts owed");
        case PaidOut: return tr("Paid out");
        case Profit: return tr("Profit");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case TakenIn: return tr("Sell amounts of every order that came with a deposit.");
        case Unfilled: return tr("Sell amounts of open orders: what the exchange would refund if it stopped.");
        case Profit: return tr("Taken in, less unfilled, refunds and payouts: the spread the exchange kept.");
        case AssetCode:
        case Refunds:
        case OwedOut:
        case PaidOut:
        case ColumnCount: break;
        }
    }
    return {};
}
