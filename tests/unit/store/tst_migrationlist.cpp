// MigrationList: the store runs a list of numbered migrations it is given,
// and refuses one that is not 1, 2, 3 … before any database sees it.

#include "core/store/migrationlist.h"

#include <QTest>

#include <stdexcept>

using namespace exchange;

namespace {

QStringList oneTable(const Dialect &)
{
    return {QStringLiteral("CREATE TABLE one (id INTEGER)")};
}

std::vector<Migration> numbered(std::initializer_list<int> versions)
{
    std::vector<Migration> list;
    for (int version : versions)
        list.push_back(Migration{version, "a table", &oneTable});
    return list;
}

} // namespace

class TestMigrationList : public QObject
{
    Q_OBJECT
private slots:
    void keepsVersionsOneByOneFromOneInOrder();
    void anEmptyListIsVersionZero();
    void refusesAMalformedList_data();
    void refusesAMalformedList();
    void refusesAMigrationWithoutStatementsOrDescription();
};

void TestMigrationList::keepsVersionsOneByOneFromOneInOrder()
{
    const MigrationList list(numbered({1, 2, 3}));
    QCOMPARE(list.latestVersion(), 3);
    QCOMPARE(list.migrations().size(), size_t{3});
    for (size_t i = 0; i < 3; ++i)
        QCOMPARE(list.migrations()[i].version, static_cast<int>(i) + 1);
    QVERIFY(MigrationList::problem(numbered({1, 2, 3})).empty());
}

void TestMigrationList::anEmptyListIsVersionZero()
{
    const MigrationList list({});
    QCOMPARE(list.latestVersion(), 0);
    QVERIFY(list.migrations().empty());
}

void TestMigrationList::refusesAMalformedList_data()
{
    QTest::addColumn<QList<int>>("versions");
    QTest::addColumn<QString>("named");
    QTest::newRow("gap") << QList<int>{1, 2, 4} << QStringLiteral("entry 3 has version 4");
    QTest::newRow("repeat") << QList<int>{1, 2, 2, 3} << QStringLiteral("entry 3 has version 2");
    QTest::newRow("step back") << QList<int>{1, 3, 2} << QStringLiteral("entry 2 has version 3");
    QTest::newRow("not from one") << QList<int>{2, 3} << QStringLiteral("entry 1 has version 2");
    QTest::newRow("from zero") << QList<int>{0, 1, 2} << QStringLiteral("entry 1 has version 0");
}

void TestMigrationList::refusesAMalformedList()
{
    QFETCH(QList<int>, versions);
    QFETCH(QString, named);
    std::vector<Migration> list;
    for (int version : versions)
        list.push_back(Migration{version, "a table", &oneTable});
    const QString problem = QString::fromStdString(MigrationList::problem(list));
    QVERIFY2(problem.contains(named), qPrintable(problem));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, MigrationList{list});
}

void TestMigrationList::refusesAMigrationWithoutStatementsOrDescription()
{
    std::vector<Migration> list = numbered({1, 2});
    list[1].statements = nullptr;
    QVERIFY(QString::fromStdString(MigrationList::problem(list)).contains(u"migration 2 has no statements"));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, MigrationList{list});
    list = numbered({1, 2});
    list[0].description = "";
    QVERIFY(QString::fromStdString(MigrationList::problem(list)).contains(u"migration 1 has no description"));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, MigrationList{list});
}

QTEST_GUILESS_MAIN(TestMigrationList)
#include "tst_migrationlist.moc"
