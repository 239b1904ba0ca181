// The store on the backend this run is for (SQLite or PostgreSQL, the same
// tests): migrations, exact amounts and sums, units of work, per-thread
// connections, and the constraints that refuse corrupt rows.

#include "core/money/asset.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/runtime/schema.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace exchange;

namespace {
constexpr int128 kMax = static_cast<int128>((static_cast<uint128>(1) << 127) - 1);

Amount readSum(Database &db, const QString &sql)
{
    auto q = sql::run(db.connection(), sql);
    if (!q || !q.value().next())
        return Amount::fromBaseUnits(-1);
    auto amount = Dialect::amountFromSql(q.value().value(0));
    return amount ? amount.value() : Amount::fromBaseUnits(-2);
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestDatabase::backendName())); }
    void migratesAFreshDatabase();
    void migrationIsIdempotent();
    void refusesANewerSchema();
    void nativeAssetsStartWithZeroSettings();
    void amountsRoundTripExactly();
    void sumsAreExactBeyond64Bits();
    void amountArithmeticFunctions();
    void constraintsRefuseCorruptAmounts();
    void unitOfWorkRollsBackUnlessCommitted();
    void onlyARelaxedUnitOfWorkSkipsTheDisk();
    void staleVersionIsAConflict();
    void customersAndDuplicateEmail();
    void eachThreadGetsItsOwnConnection();
    void unreachableServerIsReported();
    void aLostSessionIsOpenedAgain();
};

void TestStore::migratesAFreshDatabase()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(false);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion().value(), 0);
    QVERIFY(db->migrate(allMigrations()).ok());
    QCOMPARE(db->schemaVersion().value(), allMigrations().latestVersion());
    QCOMPARE(allMigrations().latestVersion(), allMigrations().migrations().back().version);
    // Versions are 1..N without gaps.
    for (size_t i = 0; i < allMigrations().migrations().size(); ++i)
        QCOMPARE(allMigrations().migrations()[i].version, static_cast<int>(i + 1));
}

void TestStore::migrationIsIdempotent()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(db->migrate(allMigrations()).ok());
    auto again = t.open(); // a second process-like opener
    QVERIFY(again);
    QVERIFY(again->migrate(allMigrations()).ok());
    auto q = sql::run(db->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), allMigrations().latestVersion());
}

void TestStore::refusesANewerSchema()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    QVERIFY(sql::run(db->connection(),
                     QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 0)"))
                .ok());
    auto migrated = db->migrate(allMigrations());
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().code, ErrorCode::Conflict);
    QVERIFY(migrated.error().message.find("newer") != std::string::npos);
}

void TestStore::nativeAssetsStartWithZeroSettings()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    auto assets = AssetRepository(db->connection(), db->dialect()).list();
    QVERIFY(assets.ok());
    QCOMPARE(assets.value().size(), size_t(3));
    for (const AssetRecord &r : assets.value()) {
        QCOMPARE(std::optional<Asset>(r.asset), nativeAsset(r.asset.code));
        QCOMPARE(r.settings, AssetSettings{});
        QCOMPARE(r.version, 1);
    }
}

void TestStore::amountsRoundTripExactly()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    AssetRepository repo(db->connection(), db->dialect());
    AssetSettings s;
    s.minDeposit = Amount::fromBaseUnits(1);                                  // one wei
    s.minCollection = Amount::fromBaseUnits(static_cast<int128>(1) << 64);    // 2^64 wei
    s.withdrawFee = Amount::fromBaseUnits((static_cast<int128>(1) << 64) + 1);
    s.limit24h = Amount::fromBaseUnits(kMax - 1);
    s.limit72h = Amount::fromBaseUnits(kMax);                                  // 2^127 - 1
    s.hotMax = Amount::fromBaseUnits(0);
    s.warmMax = Amount::fromBaseUnits(999999999999999999LL);
    auto updated = repo.updateSettings("ETH", s, 1, 42);
    QVERIFY(updated.ok());
    auto back = AssetRepository(db->connection(), db->dialect()).find("ETH");
    QVERIFY(back.ok());
    QCOMPARE(back.value().settings, s);
    QCOMPARE(back.value().version, 2);
    QCOMPARE(back.value().updatedAtMs, qint64(42));
}

void TestStore::sumsAreExactBeyond64Bits()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    // Three values whose sum is 3 * 2^120 + 6: far past 2^64 and past what
    // a double can hold exactly (53 bits).
    const int128 base = static_cast<int128>(1) << 120;
    int version = 1;
    for (const char *code : {"ALGO", "ETH", "XLM"}) {
        AssetRepository repo(db->connection(), db->dialect());
        AssetSettings s;
        s.hotMax = Amount::fromBaseUnits(base + 2);
        QVERIFY(repo.updateSettings(code, s, version, 0).ok());
    }
    QCOMPARE(readSum(*db, QStringLiteral("SELECT amount_sum(hot_max) FROM assets")).baseUnits(), 3 * base + 6);
    QCOMPARE(readSum(*db, QStringLiteral("SELECT amount_sum(hot_max) FROM assets WHERE code = 'none'")),
             Amount::zero());
    // Ordering by an amount column is numeric order.
    AssetSettings small;
    small.hotMax = Amount::fromBaseUnits(9);
    QVERIFY(AssetRepository(db->connection(), db->dialect()).updateSettings("XLM", small, 2, 0).ok());
    auto q = sql::run(db->connection(), QStringLiteral("SELECT code FROM assets ORDER BY hot_max, code"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("XLM"));
}

void TestStore::amountArithmeticFunctions()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    const Dialect &d = db->dialect();
    const Amount big = Amount::fromBaseUnits(static_cast<int128>(1) << 100);
    auto q = sql::run(db->connection(), QStringLiteral("SELECT amount_add(?, ?), amount_sub(?, ?)"),
                      {d.amountToSql(big), d.amountToSql(Amount::fromBaseUnits(1)), d.amountToSql(big),
                       d.amountToSql(Amount::fromBaseUnits(1))});
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(Dialect::amountFromSql(q.value().value(0)).value().baseUnits(), (static_cast<int128>(1) << 100) + 1);
    QCOMPARE(Dialect::amountFromSql(q.value().value(1)).value().baseUnits(), (static_cast<int128>(1) << 100) - 1);
}

void TestStore::constraintsRefuseCorruptAmounts()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    // Written behind the store's back: a negative, a fraction, text.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
    QVERIFY(!sql::run(db->connection(), QStringLiteral("UPDATE assets SET hot_max = '-5' WHERE code = 'XLM'")).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
    QVERIFY(!sql::run(db->connection(), QStringLiteral("UPDATE assets SET hot_max = '1.5' WHERE code = 'XLM'")).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
    QVERIFY(!sql::run(db->connection(), QStringLiteral("UPDATE assets SET hot_max = 'abc' WHERE code = 'XLM'")).ok());
    // And a value that is not exact is refused on reading.
    QVERIFY(!Dialect::amountFromSql(QVariant(1.5)).ok());
    QVERIFY(!Dialect::amountFromSql(QVariant()).ok());
}

void TestStore::unitOfWorkRollsBackUnlessCommitted()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    {
        UnitOfWork work(*db);
        QVERIFY(work.isActive());
        QVERIFY(CustomerRepository(work.db()).add(QStringLiteral("Rolled Back"), QString(), 1).ok());
        // no commit: the destructor rolls back
    }
    QCOMPARE(CustomerRepository(db->connection()).count().value(), qint64(0));
    {
        UnitOfWork work(*db);
        QVERIFY(CustomerRepository(work.db()).add(QStringLiteral("Kept"), QString(), 1).ok());
        QVERIFY(work.commit().ok());
    }
    QCOMPARE(CustomerRepository(db->connection()).count().value(), qint64(1));
}

// A work that survives only the process's crash commits without waiting
// for the disk (SQLite synchronous=NORMAL = 1, PostgreSQL synchronous_commit
// off) and leaves every other commit on the connection durable (FULL = 2,
// on), whether it commits or rolls back.
void TestStore::onlyARelaxedUnitOfWorkSkipsTheDisk()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    const QString ask = t.isPostgres() ? QStringLiteral("SELECT current_setting('synchronous_commit')") : QStringLiteral("PRAGMA synchronous");
    const QString durable = t.isPostgres() ? QStringLiteral("on") : QStringLiteral("2");
    const QString relaxed = t.isPostgres() ? QStringLiteral("off") : QStringLiteral("1");
    const auto setting = [&](const QSqlDatabase &connection) {
        auto q = sql::run(connection, ask);
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("unreadable");
    };
    QCOMPARE(setting(db->connection()), durable);
    for (const bool commit : {true, false}) {
        {
            UnitOfWork work(*db, UnitOfWork::Access::Write, UnitOfWork::Durability::SurvivesProcessCrash);
            QVERIFY(work.isActive());
            QCOMPARE(setting(work.db()), relaxed);
            QVERIFY(CustomerRepository(work.db()).add(commit ? QStringLiteral("Kept") : QStringLiteral("Dropped"), QString(), 1).ok());
            if (commit)
                QVERIFY(work.commit().ok());
        }
        QCOMPARE(setting(db->connection()), durable);
        UnitOfWork work(*db);
        QCOMPARE(setting(work.db()), durable);
    }
    QCOMPARE(CustomerRepository(db->connection()).count().value(), qint64(1));
}

void TestStore::staleVersionIsAConflict()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    AssetRepository repo(db->connection(), db->dialect());
    AssetSettings s;
    s.hotMax = Amount::fromBaseUnits(5);
    QVERIFY(repo.updateSettings("XLM", s, 1, 0).ok());
    s.hotMax = Amount::fromBaseUnits(6);
    auto stale = repo.updateSettings("XLM", s, 1, 0);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(repo.find("XLM").value().settings.hotMax, Amount::fromBaseUnits(5));
    auto unknown = repo.updateSettings("DOGE", s, 1, 0);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void TestStore::customersAndDuplicateEmail()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    CustomerRepository customers(db->connection());
    auto ada = customers.add(QStringLiteral("  Ada  "), QStringLiteral("ada@example.org"), 7);
    QVERIFY(ada.ok());
    QCOMPARE(ada->name, QStringLiteral("Ada"));
    QCOMPARE(ada->createdAtMs, qint64(7));
    QVERIFY(customers.add(QStringLiteral("No Email"), QString(), 8).ok());
    QVERIFY(customers.add(QStringLiteral("No Email Either"), QString(), 8).ok());
    // Found before the insert, so the refusal names the address (and a
    // PostgreSQL transaction around it is not aborted).
    auto dup = customers.add(QStringLiteral("Other"), QStringLiteral("ada@example.org"), 9);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    QCOMPARE(dup.error().message, std::string("another customer has the email address ada@example.org"));
    QCOMPARE(customers.add(QStringLiteral("   "), QString(), 9).error().code, ErrorCode::InvalidInput);
    QCOMPARE(customers.count().value(), qint64(3));
    QCOMPARE(customers.find(12345).error().code, ErrorCode::NotFound);
}

void TestStore::eachThreadGetsItsOwnConnection()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    const QString mainName = db->connection().connectionName();
    QString threadName;
    bool added = false;
    QThread *thread = QThread::create([&] {
        threadName = db->connection().connectionName();
        {
            UnitOfWork work(*db);
            added = CustomerRepository(work.db()).add(QStringLiteral("From a thread"), QString(), 1).ok()
                && work.commit().ok();
        }
        db->releaseThreadConnection();
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY(added);
    QVERIFY(threadName != mainName);
    QCOMPARE(CustomerRepository(db->connection()).count().value(), qint64(1));
}

void TestStore::unreachableServerIsReported()
{
    auto db = Database::open(QStringLiteral("postgresql://nobody:pw@127.0.0.1:1/none"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Unavailable);
    QVERIFY(db.error().message.find("pw@") == std::string::npos);
}




// The server ends every session of this process (a restart, a cut
// network): the statement under way reports the database unreachable, and
// the next one, on the same connection object, works again, with the
// session's settings.
void TestStore::aLostSessionIsOpenedAgain()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (!t.isPostgres())
        QSKIP("an SQLite file has no session to lose");
    auto db = t.open();
    QVERIFY(db);
    QSqlDatabase kept = db->connection(); // repositories keep copies like this
    QVERIFY(sql::run(kept, QStringLiteral("SELECT 1")));
    // A transaction open when the session goes: its later statements fail
    // rather than run, outside any transaction, on a new session.
    auto work = std::make_unique<UnitOfWork>(*db);
    QVERIFY(work->began());
    {
        auto admin = Database::open(t.url());
        QVERIFY(admin);
        // Another process's view: ends this process's sessions, not its own.
        QSqlDatabase other = admin.value()->connection();
        QVERIFY(sql::execute(other, QStringLiteral("SET application_name = 'dba'")));
        QVERIFY(sql::run(other, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                               " WHERE application_name = ? AND pid <> pg_backend_pid()"),
                         {Database::processOrigin()}));
        admin.value()->releaseThreadConnection();
    }
    auto lost = sql::run(work->db(), QStringLiteral("SELECT 1"));
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, ErrorCode::Unavailable);
    auto inside = CustomerRepository(db->connection()).add(QStringLiteral("Inside"), QString(), 1);
    QVERIFY(!inside); // not reopened under the open transaction
    work.reset(); // the transaction ends (rolled back with the session)
    auto again = sql::run(db->connection(), QStringLiteral("SELECT current_setting('TimeZone')"));
    QVERIFY2(again, again ? "" : again.error().message.c_str());
    QVERIFY(again.value().next());
    QCOMPARE(again.value().value(0).toString(), QStringLiteral("UTC"));
    // The copy kept from before shares the reopened session.
    QVERIFY(sql::run(kept, QStringLiteral("SELECT 1")));
    // And the store's own work goes on.
    QVERIFY(CustomerRepository(db->connection()).add(QStringLiteral("After"), QString(), 1));
    auto inserted = sql::run(db->connection(), QStringLiteral("SELECT COUNT(*) FROM customers WHERE name = 'Inside'"));
    QVERIFY(inserted && inserted.value().next());
    QCOMPARE(inserted.value().value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
