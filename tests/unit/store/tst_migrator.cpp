// The Migrator on the backend of the run applies the list of migrations it
// is given and nothing else: the store knows no feature's tables. A longer
// list later applies only what is new; a shorter one refuses the database
// as newer than it.

#include "core/store/database.h"
#include "core/store/migrator.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QTest>

using namespace exchange;

namespace {

QStringList alpha(const Dialect &)
{
    return {QStringLiteral("CREATE TABLE alpha (id INTEGER PRIMARY KEY)")};
}

QStringList beta(const Dialect &)
{
    return {QStringLiteral("CREATE TABLE beta (id INTEGER PRIMARY KEY)"),
            QStringLiteral("INSERT INTO beta (id) VALUES (7)")};
}

QStringList gamma(const Dialect &)
{
    return {QStringLiteral("CREATE TABLE gamma (id INTEGER PRIMARY KEY)")};
}

// Each version with its description, as schema_version records them.
QStringList recorded(Database &db)
{
    QStringList out;
    auto rows = sql::run(db.connection(), QStringLiteral("SELECT version, description FROM schema_version ORDER BY version"));
    if (!rows)
        return {QStringLiteral("unreadable")};
    while (rows.value().next())
        out << rows.value().value(0).toString() + u' ' + rows.value().value(1).toString();
    return out;
}

bool hasTable(Database &db, const QString &table)
{
    return sql::run(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).ok();
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestDatabase::backendName())); }
    void appliesExactlyTheListItIsGiven();
    void aLongerListAppliesOnlyWhatIsNew();
    void aShorterListRefusesTheDatabaseAsNewer();
};

void TestMigrator::appliesExactlyTheListItIsGiven()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(false);
    QVERIFY(db);
    const MigrationList list({{1, "alpha", &alpha}, {2, "beta", &beta}});
    auto migrated = db->migrate(list);
    QVERIFY2(migrated, migrated ? "" : migrated.error().message.c_str());
    QCOMPARE(db->schemaVersion().value(), 2);
    QCOMPARE(recorded(*db), (QStringList{QStringLiteral("1 alpha"), QStringLiteral("2 beta")}));
    QVERIFY(hasTable(*db, QStringLiteral("alpha")));
    QVERIFY(hasTable(*db, QStringLiteral("beta")));
    // Nothing of the exchange's own schema comes along.
    QVERIFY(!hasTable(*db, QStringLiteral("assets")));
    QVERIFY(!hasTable(*db, QStringLiteral("meta")));
}

void TestMigrator::aLongerListAppliesOnlyWhatIsNew()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(false);
    QVERIFY(db);
    QVERIFY(db->migrate(MigrationList({{1, "alpha", &alpha}, {2, "beta", &beta}})));
    // Migrations 1 and 2 again would fail (their tables exist, beta's row
    // is a primary key): only 3 may run.
    auto migrated = db->migrate(MigrationList({{1, "alpha", &alpha}, {2, "beta", &beta}, {3, "gamma", &gamma}}));
    QVERIFY2(migrated, migrated ? "" : migrated.error().message.c_str());
    QCOMPARE(db->schemaVersion().value(), 3);
    QCOMPARE(recorded(*db), (QStringList{QStringLiteral("1 alpha"), QStringLiteral("2 beta"), QStringLiteral("3 gamma")}));
    QVERIFY(hasTable(*db, QStringLiteral("gamma")));
}

void TestMigrator::aShorterListRefusesTheDatabaseAsNewer()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(false);
    QVERIFY(db);
    QVERIFY(db->migrate(MigrationList({{1, "alpha", &alpha}, {2, "beta", &beta}})));
    auto refused = db->migrate(MigrationList({{1, "alpha", &alpha}}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.find("schema version 2, newer than this build knows (1)") != std::string::npos,
             refused.error().message.c_str());
    QCOMPARE(db->schemaVersion().value(), 2);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
