#include "orderbooklevelsmodel.h"

#include "displayformat.h"

#include "tone.h"

#include "core/money/assetamount.h"
#include "models/orderbookfeed.h"

#include <QBrush>
#include <QColor>

OrderBookLevelsModel::OrderBookLevelsModel(OrderBookFeed &feed, Side side, QObject *parent)
    : QAbstractTableModel(parent), m_feed(feed), m_side(side)
{
    connect(&feed, &OrderBookFeed::updated, this, &OrderBookLevelsModel::apply);
    apply();
}

void OrderBookLevelsModel::apply()
{
    const OrderBookSnapshot &s = m_feed.snapshot();
    const std::vector<DisplayLevel> &next = m_side == Side::Asks ? s.asks : s.bids;
    const bool marketChanged = s.base.code != m_base.code || s.quote.code != m_quote.code;
    if (marketChanged) {
        beginResetModel();
        m_levels = next;
        m_base = s.base;
        m_quote = s.quote;
        m_priceDecimals = s.priceDecimals;
        endResetModel();
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        return;
    }
    const int old = static_cast<int>(m_levels.size());
    const int now = static_cast<int>(next.size());
    if (now < old) {
        beginRemoveRows({}, now, old - 1);
        m_levels.resize(static_cast<std::size_t>(now));
        endRemoveRows();
    }
    const int common = std::min(old, now);
    int firstChanged = -1, lastChanged = -1;
    for (int i = 0; i < common; ++i) {
        if (!(m_levels[static_cast<std::size_t>(i)] == next[static_cast<std::size_t>(i)])) {
            m_levels[static_cast<std::size_t>(i)] = next[static_cast<std::size_t>(i)];
            if (firstChanged < 0)
                firstChanged = i;
            lastChanged = i;
        }
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (now > old) {
        beginInsertRows({}, old, now - 1);
        m_levels.insert(m_levels.end(), next.begin() + old, next.end());
        endInsertRows();
    }
}

int OrderBookLevelsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_levels.size());
}

int OrderBookLevelsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderBookLevelsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisplayLevel &l = m_levels.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        // A price is exact at its own precision; amounts show their asset's.
        case Price: return displayformat::amountText(l.price, m_priceDecimals, m_priceDecimals);
        case Amount: return displayformat::amountText(l.baseAmount, m_base);
        case Total: return displayformat::amountText(l.quoteAmount, m_quote);
        case Orders: return QLocale().toString(static_cast<qlonglong>(l.orders));
        case ColumnCount: break;
        }
        return {};
    case displayformat::ExactTextRole:
        switch (column) {
        case Price: return displayformat::exactAmountText(l.price, m_priceDecimals);
        case Amount: return displayformat::exactAmountText(l.baseAmount, m_base);
        case Total: return displayformat::exactAmountText(l.quoteAmount, m_quote);
        case Orders:
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Price: return displayformat::exactAmountText(l.price, m_priceDecimals) + u' ' + QString::fromStdString(m_quote.code);
        case Amount: return displayformat::exactAmountTooltip(l.baseAmount, m_base);
        case Total: return displayformat::exactAmountTooltip(l.quoteAmount, m_quote);
        case Orders:
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case Price: return QVariant::fromValue(exchange::AssetAmount{l.price, m_priceDecimals});
        case Amount: return QVariant::fromValue(exchange::AssetAmount{l.baseAmount, m_base.decimals});
        case Total: return QVariant::fromValue(exchange::AssetAmount{l.quoteAmount, m_quote.decimals});
        case Orders: return l.orders;
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Price)
            return tone::brush(m_side == Side::Asks ? tone::Tone::Sell : tone::Tone::Good);
        return {};
    default: return {};
    }
}

QVariant OrderBookLevelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QString base = QString::fromStdString(m_base.code);
    const QString quote = QString::fromStdString(m_quote.code);
    switch (static_cast<Column>(section)) {
    //: Column header: the price of one unit of the base asset in the quote asset, e.g. "Price (ALGO)"
    case Price: return tr("Price (%1)").arg(quote);
    case Amount: return tr("Amount (%1)").arg(base);
    case Total: return tr("Total (%1)").arg(quote);
    case Orders: return tr("Orders");
    case ColumnCount: break;
    }
    return {};
}
