#pragma once
// Sorts by the model's raw values (amounts as numbers, never as text) and
// filters rows whose displayed text in any column contains the filter.

#include <QSortFilterProxyModel>

class SortFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortFilterProxy(int rawValueRole, QObject *parent = nullptr);

    // Plain text, not a pattern: "0.5" matches "0.5" only.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_rawValueRole;
    QString m_filter;
};
