// The audit chain: records are appended inside the caller's transaction,
// and verify() names the first bad record after the database is tampered
// with directly (edited, deleted, inserted, reordered, cut short).

#include "core/base/manualclock.h"
#include "core/security/auditlog.h"
#include "core/runtime/schema.h"
#include "core/store/migrationlist.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "testdatabase.h"

#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::security;

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void intactChainVerifies();
    void recordsCarryWhoWhatWhenBeforeAfter();
    void appendCommitsWithTheChangeOrNotAtAll();
    void triggersRefuseUpdateAndDelete();
    void editedRecordIsNamed();
    void editedRecordWithRecomputedHashIsCaughtByTheNext();
    void deletedRecordIsNamed();
    void deletedNewestRecordIsNamed();
    void insertedRecordIsNamed();
    void insertedInTheMiddleIsNamed();
    void reorderedRecordsAreNamed();
    void listFilters();
    void anApiClientIsRecordedAsSuch();
    void aLogFromBeforeApiActorsKeepsItsChainAcrossTheMigration();

private:
    void exec(const QString &statement);
    void allowTampering();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditLog::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock.set(1'700'000'000'000);
    m_log = std::make_unique<AuditLog>(*m_db, m_clock);
    const Actor alice = Actor::fromOperator(1, "alice", Role::Admin);
    for (int i = 1; i <= 5; ++i) {
        m_clock.advance(1000);
        auto r = m_log->record(alice, "settings.change", "asset", "XLM",
                               QJsonObject{{QStringLiteral("hot_max"), QString::number(i)}},
                               QJsonObject{{QStringLiteral("hot_max"), QString::number(i + 1)}});
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r.value().seq, qint64(i));
    }
}

void TestAuditLog::cleanup()
{
    m_log.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestAuditLog::exec(const QString &statement)
{
    auto r = sql::execute(m_db->connection(), statement);
    QVERIFY2(r.ok(), qPrintable(statement));
}

// What an attacker with the owner's rights does first.
void TestAuditLog::allowTampering()
{
    if (m_db->dialect().isSQLite()) {
        exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    } else {
        exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"));
    }
}

void TestAuditLog::intactChainVerifies()
{
    auto v = m_log->verify();
    QVERIFY(v.ok());
    QVERIFY(v.value().intact);
    QCOMPARE(v.value().records, qint64(5));
    QVERIFY(!v.value().firstBadSeq);
    auto newest = m_log->list();
    QCOMPARE(v.value().headHash, newest.value().front().hash);
    QCOMPARE(newest.value().front().hash.size(), size_t(64));
}

void TestAuditLog::recordsCarryWhoWhatWhenBeforeAfter()
{
    auto all = m_log->list();
    QCOMPARE(all.value().size(), size_t(5));
    const AuditEntry &e = all.value().back(); // oldest
    QCOMPARE(e.seq, qint64(1));
    QCOMPARE(e.atMs, qint64(1'700'000'001'000));
    QCOMPARE(e.actorName, std::string("alice"));
    QCOMPARE(e.actorKind, std::string("operator"));
    QCOMPARE(e.actorId, std::int64_t(1));
    QCOMPARE(e.action, std::string("settings.change"));
    QCOMPARE(e.objectId, std::string("XLM"));
    QCOMPARE(e.before, std::string(R"({"hot_max":"1"})"));
    QCOMPARE(e.after, std::string(R"({"hot_max":"2"})"));
    QCOMPARE(e.prevHash, std::string());
    QCOMPARE(all.value()[3].prevHash, e.hash);
    QCOMPARE(AuditLog::computeHash(e), e.hash);
}

void TestAuditLog::appendCommitsWithTheChangeOrNotAtAll()
{
    {
        UnitOfWork work(*m_db);
        QVERIFY(work.began().ok());
        QVERIFY(m_log->append(work.db(), Actor::system("payouts"), "payout", "withdrawal", "9", {}, {}).ok());
        // no commit: rolled back with everything else
    }
    QCOMPARE(m_log->list().value().size(), size_t(5));
    QVERIFY(m_log->verify().value().intact);
    {
        UnitOfWork work(*m_db);
        QVERIFY(m_log->append(work.db(), Actor::system("payouts"), "payout", "withdrawal", "9", {}, {}).ok());
        QVERIFY(work.commit().ok());
    }
    auto v = m_log->verify();
    QVERIFY(v.value().intact);
    QCOMPARE(v.value().records, qint64(6));
    QCOMPARE(m_log->list().value().front().actorName, std::string("system:payouts"));
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    QVERIFY(!sql::execute(m_db->connection(), QStringLiteral("UPDATE audit_log SET action = 'x' WHERE seq = 1")).ok());
    QVERIFY(!sql::execute(m_db->connection(), QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).ok());
    QVERIFY(m_log->verify().value().intact);
}

void TestAuditLog::editedRecordIsNamed()
{
    allowTampering();
    exec(QStringLiteral("UPDATE audit_log SET after_value = '{\"hot_max\":\"999\"}' WHERE seq = 3"));
    auto v = m_log->verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, std::optional<qint64>(3));
    QVERIFY(v.problem.find("changed") != std::string::npos);
}

void TestAuditLog::editedRecordWithRecomputedHashIsCaughtByTheNext()
{
    allowTampering();
    AuditEntry e = m_log->list().value()[2]; // seq 3
    QCOMPARE(e.seq, qint64(3));
    e.actorName = "mallory";
    e.hash = AuditLog::computeHash(e);
    exec(QStringLiteral("UPDATE audit_log SET actor_name = 'mallory', hash = '%1' WHERE seq = 3")
             .arg(QString::fromStdString(e.hash)));
    auto v = m_log->verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, std::optional<qint64>(4));
}

void TestAuditLog::deletedRecordIsNamed()
{
    allowTampering();
    exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
    auto v = m_log->verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, std::optional<qint64>(2));
    QVERIFY(v.problem.find("missing") != std::string::npos);
}

void TestAuditLog::deletedNewestRecordIsNamed()
{
    allowTampering();
    exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    auto v = m_log->verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, std::optional<qint64>(5));
}

void TestAuditLog::insertedRecordIsNamed()
{
    // A well-formed record chained onto the newest, written past the log.
    AuditEntry e = m_log->list().value().front();
    e.prevHash = e.hash;
    e.seq = 6;
    e.actorName = "mallory";
    e.hash = AuditLog::computeHash(e);
    auto r = sql::run(m_db->connection(),
                      QStringLiteral("INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_name, action,"
                                     " object_type, object_id, before_value, after_value, prev_hash, hash)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {e.seq, e.atMs, QString::fromStdString(e.actorKind), QVariant::fromValue<qint64>(e.actorId),
                       QString::fromStdString(e.actorName), QString::fromStdString(e.action),
                       QString::fromStdString(e.objectType), QString::fromStdString(e.objectId),
                       QString::fromStdString(e.before), QString::fromStdString(e.after),
                       QString::fromStdString(e.prevHash), QString::fromStdString(e.hash)});
    QVERIFY(r.ok());
    auto v = m_log->verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, std::optional<qint64>(6));
}

void TestAuditLog::insertedInTheMiddleIsNamed()
{
    allowTampering();
    // Make room after 2 and slip a record in as 3.
    for (int seq = 5; seq >= 3; --seq)
        exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(seq + 1).arg(seq));
    AuditEntry e = m_log->list().value()[3]; // newest first: 6, 5, 4, 2, 1
    QCOMPARE(e.seq, qint64(2));
    e.prevHash = e.hash;
    e.seq = 3;
    e.action = "operator.add";
    e.hash = AuditLog::computeHash(e);
    exec(QStringLiteral("INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_name, action, object_type,"
                        " object_id, before_value, after_value, prev_hash, hash) SELECT 3, at, actor_kind, actor_id,"
                        " actor_name, 'operator.add', object_type, object_id, before_value, after_value, hash, '%1'"
                        " FROM audit_log WHERE seq = 2")
             .arg(QString::fromStdString(e.hash)));
    auto v = m_log->verify().value();
    QVERIFY(!v.intact);
    // The inserted record itself is well-formed; the one it pushed down is not.
    QCOMPARE(v.firstBadSeq, std::optional<qint64>(4));
}

void TestAuditLog::reorderedRecordsAreNamed()
{
    allowTampering();
    exec(QStringLiteral("UPDATE audit_log SET seq = 100 WHERE seq = 2"));
    exec(QStringLiteral("UPDATE audit_log SET seq = 2 WHERE seq = 3"));
    exec(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 100"));
    auto v = m_log->verify().value();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, std::optional<qint64>(2));
}

void TestAuditLog::listFilters()
{
    QVERIFY(m_log->record(Actor::cli("root"), "operator.add", "operator", "bob").ok());
    AuditFilter byActor;
    byActor.actorName = "cli:root";
    QCOMPARE(m_log->list(byActor).value().size(), size_t(1));
    AuditFilter byAction;
    byAction.action = "settings.";
    QCOMPARE(m_log->list(byAction).value().size(), size_t(5));
    AuditFilter since;
    since.sinceMs = 1'700'000'004'000;
    QCOMPARE(m_log->list(since).value().size(), size_t(3)); // 4, 5 and the new one
}

void TestAuditLog::anApiClientIsRecordedAsSuch()
{
    const Actor webapp = Actor::api("webapp", {Action::ManageCustomers});
    QVERIFY(m_log->record(webapp, "customer.freeze", "customer", "7", {}, {}).ok());
    const AuditEntry e = m_log->list().value().front();
    QCOMPARE(e.actorKind, std::string("api"));
    QCOMPARE(e.actorName, std::string("api:webapp"));
    QCOMPARE(e.actorId, std::int64_t(0));
    QVERIFY(m_log->verify().value().intact);
    // An unknown kind is still refused by the table itself.
    QVERIFY(!sql::execute(m_db->connection(),
                          QStringLiteral("INSERT INTO audit_log (seq, at, actor_kind, actor_id, actor_name, action, object_type,"
                                         " object_id, before_value, after_value, prev_hash, hash)"
                                         " VALUES (99, 0, 'robot', 0, 'r', 'a', 'o', '1', '{}', '{}', '', '')"))
                 .ok());
}

// A log written by the exchange before migration 26 (SQLite rebuilds the
// table there) verifies after it, and stays append-only.
void TestAuditLog::aLogFromBeforeApiActorsKeepsItsChainAcrossTheMigration()
{
    TestDatabase fresh;
    REQUIRE_TEST_DATABASE(fresh);
    auto db = fresh.open(false);
    QVERIFY(db);
    const std::vector<Migration> &all = allMigrations().migrations();
    QVERIFY(all.size() >= 26);
    QCOMPARE(all[25].version, 26);
    QVERIFY(db->migrate(MigrationList(std::vector<Migration>(all.begin(), all.begin() + 25))));
    QCOMPARE(db->schemaVersion().value(), 25);
    AuditLog before(*db, m_clock);
    const Actor alice = Actor::fromOperator(1, "alice", Role::Admin);
    for (int i = 0; i < 3; ++i)
        QVERIFY(before.record(alice, "settings.change", "asset", "XLM", {}, {}).ok());
    QVERIFY(!before.record(Actor::api("webapp", {}), "customer.freeze", "customer", "7", {}, {}).ok());

    auto migrated = db->migrate(allMigrations());
    QVERIFY2(migrated, migrated ? "" : migrated.error().message.c_str());
    AuditLog after(*db, m_clock);
    QCOMPARE(after.verify().value().records, qint64(3));
    QVERIFY(after.verify().value().intact);
    QVERIFY(after.record(Actor::api("webapp", {}), "customer.freeze", "customer", "7", {}, {}).ok());
    QVERIFY(after.verify().value().intact);
    QCOMPARE(after.verify().value().records, qint64(4));
    QVERIFY(!sql::execute(db->connection(), QStringLiteral("UPDATE audit_log SET action = 'x' WHERE seq = 1")).ok());
    QVERIFY(!sql::execute(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).ok());
    QCOMPARE(after.list({}).value().size(), size_t(4));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
