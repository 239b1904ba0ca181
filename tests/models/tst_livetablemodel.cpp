// LiveTableModel::mergeRows: after any merge the model holds exactly the
// fresh rows in the fresh order; a row that stayed in its place among the
// others keeps its persistent index (a view's selection), updated in
// place; a row that went invalidates its index; a persistent index never
// ends up on another row. Checked on named cases and on 2,000 random
// merges (removals, insertions, changed values, now and then two rows
// swapped) under QAbstractItemModelTester.

#include "models/livetablemodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

namespace {

using Row = std::pair<int, QString>; // key, value

class Rows final : public LiveTableModel
{
public:
    void set(std::vector<Row> fresh)
    {
        mergeRows(m_rows, std::move(fresh), [](const Row &r) { return r.first; });
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Row &r = m_rows.at(static_cast<size_t>(index.row()));
        return index.column() == 0 ? QVariant(r.first) : QVariant(r.second);
    }
    std::vector<Row> rows() const { return m_rows; }

private:
    std::vector<Row> m_rows;
};

std::vector<Row> rows(std::initializer_list<int> keys, const QString &value = QStringLiteral("v"))
{
    std::vector<Row> out;
    for (int k : keys)
        out.emplace_back(k, value + QString::number(k));
    return out;
}

int keyAt(const QPersistentModelIndex &i)
{
    return i.sibling(i.row(), 0).data().toInt();
}

} // namespace

class TestLiveTableModel : public QObject
{
    Q_OBJECT
private slots:
    void insertionsAndRemovalsKeepTheOthers();
    void valuesChangeInPlace();
    void aRowThatMovedIsReinsertedOthersStay();
    void randomMergesHoldTheFreshRows();
};

void TestLiveTableModel::insertionsAndRemovalsKeepTheOthers()
{
    Rows model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.set(rows({1, 2, 3, 4, 5}));
    QPersistentModelIndex three(model.index(2, 1));
    QPersistentModelIndex four(model.index(3, 1));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.set(rows({0, 1, 3, 4, 6, 5})); // 0 and 6 new, 2 gone
    QCOMPARE(model.rows(), rows({0, 1, 3, 4, 6, 5}));
    QVERIFY(three.isValid() && four.isValid());
    QCOMPARE(three.row(), 2);
    QCOMPARE(keyAt(three), 3);
    QCOMPARE(keyAt(four), 4);

    model.set(rows({4})); // all but 4 gone
    QVERIFY(!three.isValid());
    QCOMPARE(four.row(), 0);
    model.set({});
    QVERIFY(!four.isValid());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TestLiveTableModel::valuesChangeInPlace()
{
    Rows model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.set(rows({7, 8}, QStringLiteral("old")));
    QPersistentModelIndex eight(model.index(1, 1));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.set(rows({7, 8}, QStringLiteral("new")));
    QCOMPARE(eight.row(), 1);
    QCOMPARE(eight.data().toString(), QStringLiteral("new8"));
    QCOMPARE(changed.count(), 1);
}

// 5 moves to the front: the greedy keeps 1..4 (so their selection stays)
// and takes 5 out and in again.
void TestLiveTableModel::aRowThatMovedIsReinsertedOthersStay()
{
    Rows model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.set(rows({1, 2, 3, 4, 5}));
    QPersistentModelIndex two(model.index(1, 0));
    QPersistentModelIndex five(model.index(4, 0));
    model.set(rows({5, 1, 2, 3, 4}));
    QCOMPARE(model.rows(), rows({5, 1, 2, 3, 4}));
    QVERIFY(two.isValid());
    QCOMPARE(two.row(), 2);
    QCOMPARE(keyAt(two), 2);
    QVERIFY(!five.isValid() || keyAt(five) == 5);
}

void TestLiveTableModel::randomMergesHoldTheFreshRows()
{
    QRandomGenerator random(20261121);
    Rows model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<Row> current;
    for (int round = 0; round < 2000; ++round) {
        // Persistent indexes on every row, with the key each names.
        std::vector<std::pair<QPersistentModelIndex, int>> marks;
        for (int r = 0; r < model.rowCount(); ++r)
            marks.emplace_back(QPersistentModelIndex(model.index(r, 0)), current[static_cast<size_t>(r)].first);

        // The next read: some rows go, some come, a few move, values change.
        std::vector<Row> fresh;
        for (const Row &r : current) {
            if (random.bounded(10) != 0)
                fresh.emplace_back(r.first, random.bounded(4) == 0 ? QStringLiteral("changed %1").arg(round) : r.second);
        }
        const int added = static_cast<int>(random.bounded(4));
        for (int a = 0; a < added; ++a) {
            const int key = round * 10 + a;
            const auto at = fresh.begin() + static_cast<std::ptrdiff_t>(random.bounded(static_cast<quint32>(fresh.size() + 1)));
            fresh.insert(at, Row{key, QStringLiteral("new %1").arg(key)});
        }
        bool moved = false;
        if (fresh.size() > 1 && random.bounded(5) == 0) {
            moved = true;
            const auto from = static_cast<size_t>(random.bounded(static_cast<quint32>(fresh.size())));
            const auto to = static_cast<size_t>(random.bounded(static_cast<quint32>(fresh.size())));
            std::swap(fresh[from], fresh[to]);
        }
        if (fresh.size() > 40)
            fresh.erase(fresh.begin(), fresh.begin() + 10);

        model.set(fresh);
        current = fresh;
        QCOMPARE(model.rows(), fresh);
        std::map<int, int> rowOfKey;
        for (size_t i = 0; i < fresh.size(); ++i)
            rowOfKey[fresh[i].first] = static_cast<int>(i);
        for (const auto &[index, key] : marks) {
            if (!index.isValid()) {
                // Gone, or (only when rows moved) taken out and put in again.
                QVERIFY2(rowOfKey.count(key) == 0 || moved, "a row that stayed in place lost its index");
                continue;
            }
            QVERIFY2(rowOfKey.count(key) == 1, "an index survived its row");
            QCOMPARE(index.row(), rowOfKey[key]);
        }
    }
}

QTEST_GUILESS_MAIN(TestLiveTableModel)
#include "tst_livetablemodel.moc"
