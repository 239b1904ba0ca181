#include "sortfilterproxy.h"

#include "core/money/assetamount.h"

SortFilterProxy::SortFilterProxy(int rawValueRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_rawValueRole(rawValueRole)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(rawValueRole);
}

void SortFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateRowsFilter();
}

bool SortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(m_rawValueRole);
    const QVariant b = right.data(m_rawValueRole);
    if (a.metaType() == QMetaType::fromType<exchange::AssetAmount>()
        && b.metaType() == QMetaType::fromType<exchange::AssetAmount>())
        return a.value<exchange::AssetAmount>() < b.value<exchange::AssetAmount>();
    if (a.metaType() == QMetaType::fromType<exchange::Amount>() && b.metaType() == QMetaType::fromType<exchange::Amount>())
        return a.value<exchange::Amount>() < b.value<exchange::Amount>();
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool SortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString &needle = m_filter;
    if (needle.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
