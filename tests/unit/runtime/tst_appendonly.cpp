// The append-only tables on this run's backend: an UPDATE or a DELETE of an
// audit record, of a signed statement, of a ledger transfer or of a webhook
// event (written by the database's own triggers) is refused
// with a message that names the table's rule and changes nothing, and so is
// emptying the table at once (TRUNCATE on PostgreSQL, migration 19; a DELETE
// without WHERE on SQLite, which has no TRUNCATE). The audit chain and the
// ledger check pass afterwards.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/actor.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QTest>

using namespace exchange;

namespace {

// Every column of every row, in order: what "changes nothing" compares.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QString &order)
{
    QStringList rows;
    auto q = sql::run(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
    if (!q)
        return {QStringLiteral("<unreadable>")};
    while (q.value().next()) {
        QStringList values;
        for (int i = 0; i < q.value().record().count(); ++i)
            values << q.value().value(i).toString();
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestAppendOnly : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestDatabase::backendName())); }
    void init();
    void cleanup();
    void refusesInPlaceEdits_data();
    void refusesInPlaceEdits();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
};

void TestAppendOnly::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    const QSqlDatabase db = m_db->connection();
    security::AuditLog audit(*m_db, m_clock);
    const auto cli = security::Actor::cli("tester");
    QVERIFY(audit.record(cli, "test.first", "test", "1").ok());
    QVERIFY(audit.record(cli, "test.second", "test", "2").ok());
    // Rows as SignedStatements writes them; only the table's rule matters here.
    for (int i = 0; i < 2; ++i) {
        QVERIFY(sql::run(db,
                         QStringLiteral("INSERT INTO signed_statements (kind, object_type, object_id, operator_id,"
                                        " public_key, statement, signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {QStringLiteral("approve"), QStringLiteral("withdrawal"), QString::number(i + 1), 1,
                          QString(64, QLatin1Char('a')), QStringLiteral("{}"), QString(128, QLatin1Char('b')),
                          qint64(1'700'000'000'000)})
                    .ok());
    }
    const std::int64_t ada = CustomerRepository(db).add(QStringLiteral("Ada"), QString(), 1).value().id;
    ledger::LedgerService ledgerService(*m_db, m_clock);
    QVERIFY(ledgerService
                .submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                        ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                        ledger::customerAccount(ada, "XLM"), Amount::fromBaseUnits(5)))
                .ok());
}

void TestAppendOnly::cleanup()
{
    if (m_db) {
        auto verified = security::AuditLog(*m_db, m_clock).verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value().intact, verified.value().problem.c_str());
        QCOMPARE(verified.value().records, 2);
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY(report.value().clean());
    }
    m_db.reset();
    m_testDb.reset();
}

void TestAppendOnly::refusesInPlaceEdits_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("rule");
    QTest::newRow("audit_log") << "audit_log" << "seq" << "actor_name = 'someone else'" << "the audit log is append-only";
    QTest::newRow("signed_statements") << "signed_statements" << "id" << "kind = 'reject'" << "signed statements are append-only";
    QTest::newRow("ledger_transfers") << "ledger_transfers" << "seq" << "memo = 'edited'" << "ledger transfers are append-only";
    QTest::newRow("webhook_events") << "webhook_events" << "seq" << "type = 'deposit.credited'" << "webhook events are append-only";
}

void TestAppendOnly::refusesInPlaceEdits()
{
    QFETCH(QString, table);
    QFETCH(QString, order);
    QFETCH(QString, update);
    QFETCH(QString, rule);
    const QSqlDatabase db = m_db->connection();
    const QStringList before = rowsOf(db, table, order);
    QVERIFY(!before.isEmpty());

    auto refused = [&](const QString &statement, const QString &message) {
        QSqlQuery q(db);
        if (q.exec(statement))
            return QStringLiteral("accepted: ") + statement;
        const QString error = q.lastError().text();
        if (!error.contains(message))
            return QStringLiteral("refused without saying '%1': %2").arg(message, error);
        return QString();
    };
    QString why = refused(QStringLiteral("UPDATE %1 SET %2").arg(table, update), rule);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    why = refused(QStringLiteral("DELETE FROM %1 WHERE %2 = (SELECT MAX(%2) FROM %1)").arg(table, order), rule);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    if (m_testDb->isPostgres()) {
        // CASCADE: a table others refer to (webhook_events) is otherwise refused for that first.
        why = refused(QStringLiteral("TRUNCATE %1 CASCADE").arg(table), table + QStringLiteral(" is append-only: TRUNCATE refused"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    } else {
        why = refused(QStringLiteral("DELETE FROM %1").arg(table), rule);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    QCOMPARE(rowsOf(db, table, order), before);
}

QTEST_GUILESS_MAIN(TestAppendOnly)
#include "tst_appendonly.moc"
