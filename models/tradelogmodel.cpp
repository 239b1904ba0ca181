#include "tradelogmodel.h"

#include "coretext.h"
#include "displayformat.h"

#include "models/orderbookfeed.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <climits>

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
    // Rows already shown whose repeat count grew (the same id, newest first
    // in both lists).
    for (std::size_t i = 0; i < m_rows.size() && fresh + i < next.size(); ++i) {
        const auto &now = next[fresh + i];
        if (now.id != m_rows[i].id)
            break;
        if (now.repeats != m_rows[i].repeats) {
            m_rows[i].repeats = now.repeats;
            const QModelIndex cell = index(static_cast<int>(i), Count);
            emit dataChanged(cell, cell);
        }
    }
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
        case Time: return displayformat::dateTimeText(QDateTime::fromMSecsSinceEpoch(e.atMs));
        case Source: return QString::fromStdString(e.source);
        case Endpoint: return QString::fromStdString(e.endpoint);
        case Status: return e.status ? QVariant(QString::number(e.status)) : QVariant(QString());
        // The API told the client in English (clients match the words) and
        // the Log keeps that; the operator reads it in the console's language.
        case Reason: return CoreText::stored(e.reason);
        case Count: return QLocale().toString(static_cast<qlonglong>(e.repeats));
        case Payload:
            if (role == Qt::ToolTipRole)
                //: Tooltip of a refused request's payload: %1 its size in bytes, %2 its SHA-256 in hex.
                return tr("%n byte(s), SHA-256 %1", nullptr, static_cast<int>(std::min<std::int64_t>(e.payloadBytes, INT_MAX)))
                    .arg(QString::fromStdString(e.payloadSha256));
            return QString::fromStdString(e.message);
        case ColumnCount: break;
        }
        return {};
    case RawValueRole:
        switch (static_cast<Column>(index.column())) {
        case Time: return static_cast<qint64>(e.atMs);
        case Source: return QString::fromStdString(e.source);
        case Endpoint: return QString::fromStdString(e.endpoint);
        case Status: return e.status;
        case Reason: return QString::fromStdString(e.reason); // as the client was told
        case Count: return static_cast<qint64>(e.repeats);
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
    case Time: return tr("Time");
    //: The network address a refused request came from.
    case Source: return tr("From");
    //: The API endpoint a refused request was sent to, e.g. /trade.
    case Endpoint: return tr("Endpoint");
    //: The HTTP status code the client was answered with.
    case Status: return tr("HTTP status");
    case Reason: return tr("Why it was refused");
    //: How many refusals a row stands for (repeats from one source within a minute).
    case Count: return tr("Count");
    case Payload: return tr("Payload (first 1 KiB)");
    case ColumnCount: break;
    }
    return {};
}
