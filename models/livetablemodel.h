#pragma once
// LiveTableModel: a table model whose rows are read again whenever the
// store changes (a watcher's new block, another console's decision) and
// merged into what is shown by key, never reset: rows that went are
// removed, new ones inserted where the fresh order puts them, the others
// updated in place. So the views keep their selection, current row and
// scroll position across re-reads, and an operator choosing a row is not
// thrown back to the top by a change elsewhere.

#include <QAbstractTableModel>

#include <type_traits>
#include <unordered_map>
#include <vector>

class LiveTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // rows becomes fresh, through row removals, insertions and one
    // dataChanged over what stayed. keyOf(row) names a row (unique within
    // each list). A row whose place among the staying rows changed is
    // removed and inserted again (its selection is not kept); everything
    // else keeps its persistent indexes.
    template <typename Row, typename KeyOf>
    void mergeRows(std::vector<Row> &rows, std::vector<Row> fresh, KeyOf keyOf)
    {
        using Key = std::decay_t<decltype(keyOf(fresh.front()))>;
        std::unordered_map<Key, size_t> freshIndex;
        freshIndex.reserve(fresh.size());
        for (size_t i = 0; i < fresh.size(); ++i)
            freshIndex.emplace(keyOf(fresh[i]), i);

        // Keep the rows still there whose fresh places rise in the shown
        // order; remove the rest, last first, a run at a time.
        std::vector<bool> keep(rows.size(), false);
        long long lastKept = -1;
        for (size_t i = 0; i < rows.size(); ++i) {
            const auto found = freshIndex.find(keyOf(rows[i]));
            if (found != freshIndex.end() && static_cast<long long>(found->second) > lastKept) {
                keep[i] = true;
                lastKept = static_cast<long long>(found->second);
            }
        }
        for (size_t end = rows.size(); end > 0;) {
            if (keep[end - 1]) {
                --end;
                continue;
            }
            size_t first = end - 1;
            while (first > 0 && !keep[first - 1])
                --first;
            beginRemoveRows({}, static_cast<int>(first), static_cast<int>(end - 1));
            rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(first), rows.begin() + static_cast<std::ptrdiff_t>(end));
            endRemoveRows();
            end = first;
        }

        // The kept rows are now in fresh order: insert what lies between them.
        for (size_t j = 0; j < fresh.size();) {
            if (j < rows.size() && keyOf(rows[j]) == keyOf(fresh[j])) {
                ++j;
                continue;
            }
            size_t last = j;
            while (last + 1 < fresh.size() && !(j < rows.size() && keyOf(rows[j]) == keyOf(fresh[last + 1])))
                ++last;
            beginInsertRows({}, static_cast<int>(j), static_cast<int>(last));
            rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(j), fresh.begin() + static_cast<std::ptrdiff_t>(j),
                        fresh.begin() + static_cast<std::ptrdiff_t>(last + 1));
            endInsertRows();
            j = last + 1;
        }

        rows = std::move(fresh);
        if (!rows.empty())
            emit dataChanged(index(0, 0), index(static_cast<int>(rows.size()) - 1, columnCount() - 1));
    }
};
