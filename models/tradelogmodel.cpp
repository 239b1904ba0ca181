#include "tradelogmodel.h"

#include "models/orderbookfeed.h"

#include <QDateTime>

TradeLogModel::TradeLogModel(OrderBookFeed &feed, QObject *parent) : QAbstractTableModel(parent), m_feed(feed)
{
    connect(&feed, &OrderBookFeed::updated, this, &TradeLogModel::apply);
    apply();
}

void TradeLogModel::apply()
{
    const auto &next = m_feed.snapshot().log;
    if (m_rows.empty() || next.empty()) {
        beginResetModel();
        m_rows = next;
        endResetModel();
        return;
    }
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

int TradeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TradeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TradeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = m_rows.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (static_cast<Column>(index.column())) {
        case Time: return QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        // The API's reasons are English by design (they are also what the client was told).
        case Reason: return QString::fromStdString(e.reason);
        case Payload: return QString::fromStdString(e.message);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Time: return static_cast<qint64>(e.atMs);
        case Reason: return QString::fromStdString(e.reason);
        case Payload: return QString::fromStdString(e.message);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant TradeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Time: return tr("Time (UTC)");
    case Reason: return tr("Why it was refused");
    case Payload: return tr("Payload as received");
    case ColumnCount: break;
    }
    return {};
}
