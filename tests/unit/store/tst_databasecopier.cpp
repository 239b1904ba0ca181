// Copying a desktop's SQLite database into the store of this run (SQLite or
// PostgreSQL): every row arrives as it was, the books and the audit chain
// prove on both sides, ids continue after the copied ones, and a non-empty
// target, a failed copy or an outdated source leave the target as it was.

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/ledger/ledgerchecker.h"
#include "core/runtime/changefeedschema.h"
#include "core/base/manualclock.h"
#include "core/runtime/verifieddatabasecopy.h"
#include "core/security/auditlog.h"
#include "core/store/databasecopier.h"
#include "core/runtime/schema.h"
#include "core/store/schemacatalog.h"
#include "core/store/sql.h"
#include "core/trade/demomarket.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace exchange;

namespace {

constexpr qint64 kNow = 1'760'000'000'000;

// A value as both databases mean it: SQLite pads amounts with zeros.
QString plain(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    QString text = value.toString();
    bool digits = !text.isEmpty();
    for (QChar c : text)
        digits = digits && c.isDigit();
    while (digits && text.size() > 1 && text.startsWith(u'0'))
        text.remove(0, 1);
    return text;
}

// The whole table, rows in key order, columns by name.
QStringList dump(Database &db, const TableSchema &table)
{
    QStringList columns = table.columns;
    columns.sort();
    QString statement = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table.name);
    statement += QStringLiteral(" ORDER BY ") + (table.primaryKey.isEmpty() ? columns : table.primaryKey).join(QStringLiteral(", "));
    auto rows = sql::run(db.connection(), statement);
    if (!rows)
        return {QStringLiteral("query failed: ") + statement};
    QStringList out;
    while (rows.value().next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << columns.at(i) + u'=' + plain(rows.value().value(i));
        out << values.join(u'|');
    }
    return out;
}

std::vector<TableSchema> tablesOf(Database &db)
{
    auto tables = SchemaCatalog::read(db.connection(), db.dialect());
    return tables ? tables.value() : std::vector<TableSchema>{};
}

qint64 count(Database &db, const QString &statement)
{
    auto q = sql::run(db.connection(), statement);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

using AccountKey = std::tuple<QString, QString, QString>;

// Every account's four balances, parsed as exact amounts.
std::map<AccountKey, std::vector<Amount>> balances(Database &db)
{
    std::map<AccountKey, std::vector<Amount>> out;
    auto q = sql::run(db.connection(), QStringLiteral("SELECT kind, owner, asset, debits_pending, debits_posted,"
                                                      " credits_pending, credits_posted FROM ledger_accounts"));
    if (!q)
        return out;
    while (q.value().next()) {
        std::vector<Amount> amounts;
        for (int i = 3; i < 7; ++i) {
            auto amount = Dialect::amountFromSql(q.value().value(i));
            amounts.push_back(amount ? amount.value() : Amount::fromBaseUnits(-1));
        }
        out[{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()}] = amounts;
    }
    return out;
}

// Every table but the migrator's own, dumped.
std::map<QString, QStringList> dumpAll(Database &db)
{
    std::map<QString, QStringList> out;
    for (const TableSchema &table : tablesOf(db)) {
        if (table.name != u"schema_version")
            out[table.name] = dump(db, table);
    }
    return out;
}

} // namespace

class TestDatabaseCopier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void copiesEveryRowAndProvesBothSides();
    void copiesBackTheOtherWay();
    void aNonEmptyTargetIsRefusedAndKeptAsItWas();
    void aCopyThatFailsMidwayLeavesTheTargetEmpty();
    void theAfterCopyHookRunsOnceInTheCopyAndCanUndoIt();
    void anOutdatedSourceIsRefusedBeforeTheTargetIsTouched();
    void aTargetOfAnotherApplicationIsRefused();

private:
    std::unique_ptr<Database> openSource(const QString &file);

    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};
    std::unique_ptr<Database> m_source;
    qint64 m_deletedCustomerId = 0;
};

std::unique_ptr<Database> TestDatabaseCopier::openSource(const QString &file)
{
    auto db = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(file));
    if (!db || !db.value()->migrate(allMigrations()))
        return nullptr;
    if (!addDemoData(*db.value(), m_clock) || !trade::addDemoMarket(*db.value(), m_clock))
        return nullptr;
    return std::move(db).value();
}

void TestDatabaseCopier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = openSource(QStringLiteral("desktop.db"));
    QVERIFY(m_source);
    // The demo has something in every part that matters here.
    for (const char *table : {"customers", "ledger_transfers", "audit_log", "deposits", "withdrawals", "trade_orders", "operators"})
        QVERIFY2(count(*m_source, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) > 0, table);
    // A customer added and removed again: its id was handed out and must
    // never be handed out again, in the copy either.
    auto added = sql::run(m_source->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Gone', 1)"));
    QVERIFY(added);
    m_deletedCustomerId = added.value().lastInsertId().toLongLong();
    QVERIFY(sql::run(m_source->connection(), QStringLiteral("DELETE FROM customers WHERE id = ?"), {m_deletedCustomerId}));
    QCOMPARE(count(*m_source, QStringLiteral("SELECT MAX(id) FROM customers")) + 1, m_deletedCustomerId);
    // Every proof saves the same summary in meta (same books, same clock),
    // so the source has it from the start, whichever test runs first.
    auto books = ledger::LedgerChecker(*m_source, m_clock).check();
    QVERIFY(books && books.value().clean());
}

void TestDatabaseCopier::copiesEveryRowAndProvesBothSides()
{
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    auto db = target.open(false);
    QVERIFY(db);

    VerifiedDatabaseCopy copy(*m_source, *db, m_clock);
    copy.copier().setBatchRows(7); // many full statements and a remainder
    auto report = copy.run();
    QVERIFY2(report, report ? "" : report.error().message.c_str());
    QCOMPARE(db->schemaVersion().value(), allMigrations().latestVersion());

    // Row for row, table by table; the report counts what is there.
    const auto sourceTables = dumpAll(*m_source);
    const auto targetTables = dumpAll(*db);
    QCOMPARE(targetTables.size(), sourceTables.size());
    for (const auto &[table, rows] : sourceTables) {
        QVERIFY2(targetTables.count(table), qPrintable(table));
        QCOMPARE(targetTables.at(table), rows);
    }
    QCOMPARE(report.value().copy.tables.size(), sourceTables.size());
    for (const TableCount &counted : report.value().copy.tables)
        QCOMPARE(counted.rows, static_cast<qint64>(sourceTables.at(counted.table).size()));
    // Parents first: an account before the transfers that name it.
    auto position = [&](const char *table) {
        const auto &tables = report.value().copy.tables;
        return std::find_if(tables.begin(), tables.end(), [&](const TableCount &t) { return t.table == QLatin1String(table); }) - tables.begin();
    };
    QVERIFY(position("assets") < position("ledger_accounts"));
    QVERIFY(position("ledger_accounts") < position("ledger_transfers"));
    QVERIFY(position("withdrawals") < position("withdrawal_approvals"));

    // Exact balances, account by account.
    const auto sourceBalances = balances(*m_source);
    QVERIFY(!sourceBalances.empty());
    QVERIFY(balances(*db) == sourceBalances);

    // The proofs, done again here, independently of the copier.
    auto books = ledger::LedgerChecker(*db, m_clock).check();
    QVERIFY(books);
    QVERIFY(books.value().clean());
    QCOMPARE(static_cast<qint64>(books.value().transfers), count(*m_source, QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")));
    auto sourceAudit = security::AuditLog(*m_source, m_clock).verify();
    auto targetAudit = security::AuditLog(*db, m_clock).verify();
    QVERIFY(sourceAudit && targetAudit);
    QVERIFY(targetAudit.value().intact);
    QVERIFY(targetAudit.value().records > 0);
    QCOMPARE(targetAudit.value().records, sourceAudit.value().records);
    QCOMPARE(targetAudit.value().headHash, sourceAudit.value().headHash);
    QCOMPARE(report.value().auditRecords, sourceAudit.value().records);

    // New rows continue after every id the source handed out.
    auto added = sql::run(db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('New', 2)"));
    QVERIFY(added);
    auto newest = sql::run(db->connection(), QStringLiteral("SELECT id FROM customers WHERE name = 'New'"));
    QVERIFY(newest && newest.value().next());
    QCOMPARE(newest.value().value(0).toLongLong(), m_deletedCustomerId + 1);
    const qint64 lastSeq = count(*db, QStringLiteral("SELECT MAX(seq) FROM ledger_transfers"));
    auto withdrawal = sql::run(db->connection(),
                               QStringLiteral("INSERT INTO ledger_transfers (id, kind, code, debit_account_id, credit_account_id, asset, amount, created_at)"
                                              " SELECT 'after-copy', 'posted', 'test', a.id, b.id, a.asset, ?, 3 FROM ledger_accounts a"
                                              " JOIN ledger_accounts b ON b.asset = a.asset AND b.id > a.id ORDER BY a.id, b.id LIMIT 1"),
                               {db->dialect().amountToSql(Amount::zero())});
    QVERIFY(withdrawal);
    QCOMPARE(count(*db, QStringLiteral("SELECT seq FROM ledger_transfers WHERE id = 'after-copy'")), lastSeq + 1);

    if (target.isPostgres()) {
        // The change feed's triggers, off while copying, are on again: the
        // 16 of migration 13 and duty_status's of migration 15.
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE '%\\_feed'")), qint64(17));
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE '%\\_feed' AND tgenabled <> 'O'")),
                 qint64(0));
    }
}

void TestDatabaseCopier::copiesBackTheOtherWay()
{
    // Into this run's store, then from there into a new SQLite file: on the
    // PostgreSQL run, amounts come back from NUMERIC and ids from sequences.
    TestDatabase middle;
    REQUIRE_TEST_DATABASE(middle);
    auto there = middle.open(false);
    QVERIFY(there);
    QVERIFY(DatabaseCopier(*m_source, *there, allMigrations(), &announceEveryTopic).copy());
    auto back = Database::open(QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("back.db")));
    QVERIFY(back);
    auto copied = VerifiedDatabaseCopy(*there, *back.value(), m_clock).run();
    QVERIFY2(copied, copied ? "" : copied.error().message.c_str());

    const auto original = dumpAll(*m_source);
    const auto returned = dumpAll(*back.value());
    QCOMPARE(returned.size(), original.size());
    for (const auto &[table, rows] : original)
        QCOMPARE(returned.at(table), rows);
    // Stored exactly as SQLite stores amounts, zero-padded.
    auto raw = sql::run(back.value()->connection(), QStringLiteral("SELECT amount FROM ledger_transfers ORDER BY seq LIMIT 1"));
    QVERIFY(raw && raw.value().next());
    QCOMPARE(raw.value().value(0).toString().size(), qsizetype{kStoredAmountDigits});
    // The id handed out and deleted in the first source stays used.
    auto added = sql::run(back.value()->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Later', 4)"));
    QVERIFY(added);
    QCOMPARE(added.value().lastInsertId().toLongLong(), m_deletedCustomerId + 1);
}

void TestDatabaseCopier::aNonEmptyTargetIsRefusedAndKeptAsItWas()
{
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    auto db = target.open(false);
    QVERIFY(db);
    QVERIFY(DatabaseCopier(*m_source, *db, allMigrations(), &announceEveryTopic).copy());
    const auto before = dumpAll(*db);

    auto again = DatabaseCopier(*m_source, *db, allMigrations(), &announceEveryTopic).copy();
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(QString::fromStdString(again.error().message).contains(u"not empty"), again.error().message.c_str());
    QVERIFY(dumpAll(*db) == before);

    // A target this build migrated but nobody used is empty.
    TestDatabase unused;
    REQUIRE_TEST_DATABASE(unused);
    auto unusedDb = unused.open(true);
    QVERIFY(unusedDb);
    auto accepted = DatabaseCopier(*m_source, *unusedDb, allMigrations(), &announceEveryTopic).copy();
    QVERIFY2(accepted, accepted ? "" : accepted.error().message.c_str());

    // One changed row that the migration wrote (an asset) is use too.
    TestDatabase changed;
    REQUIRE_TEST_DATABASE(changed);
    auto changedDb = changed.open(true);
    QVERIFY(changedDb);
    QVERIFY(sql::run(changedDb->connection(), QStringLiteral("UPDATE assets SET updated_at = 5 WHERE code = 'XLM'")));
    const auto changedBefore = dumpAll(*changedDb);
    auto refused = DatabaseCopier(*m_source, *changedDb, allMigrations(), &announceEveryTopic).copy();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(dumpAll(*changedDb) == changedBefore);
}

void TestDatabaseCopier::aCopyThatFailsMidwayLeavesTheTargetEmpty()
{
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    auto db = target.open(true);
    QVERIFY(db);
    const auto fresh = dumpAll(*db);
    // A rule the source breaks, met only after the parents are in: the
    // journal has many transfers per asset.
    QVERIFY(sql::execute(db->connection(), QStringLiteral("CREATE UNIQUE INDEX one_per_asset ON ledger_transfers (asset)")));

    auto failed = DatabaseCopier(*m_source, *db, allMigrations(), &announceEveryTopic).copy();
    QVERIFY(!failed);
    QVERIFY2(QString::fromStdString(failed.error().message).contains(u"ledger_transfers"), failed.error().message.c_str());
    QVERIFY(dumpAll(*db) == fresh);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), 0);

    // Still empty, so the copy goes through once the rule is gone.
    QVERIFY(sql::execute(db->connection(), QStringLiteral("DROP INDEX one_per_asset")));
    auto copied = DatabaseCopier(*m_source, *db, allMigrations(), &announceEveryTopic).copy();
    QVERIFY2(copied, copied ? "" : copied.error().message.c_str());
    QCOMPARE(static_cast<qint64>(dumpAll(*db).at(QStringLiteral("ledger_transfers")).size()),
             count(*m_source, QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")));
}

void TestDatabaseCopier::theAfterCopyHookRunsOnceInTheCopyAndCanUndoIt()
{
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    auto db = target.open(true);
    QVERIFY(db);
    const auto fresh = dumpAll(*db);
    const qint64 customers = count(*m_source, QStringLiteral("SELECT COUNT(*) FROM customers"));

    // The hook sees the copied rows through the copy's own connection, and
    // its refusal rolls the whole copy back.
    int calls = 0;
    qint64 seen = -1;
    bool targetDialect = false;
    auto refusing = [&](QSqlDatabase &connection, const Dialect &dialect) -> Result<void> {
        ++calls;
        targetDialect = dialect.isSQLite() == db->dialect().isSQLite();
        auto rows = sql::run(connection, QStringLiteral("SELECT COUNT(*) FROM customers"));
        if (rows && rows.value().next())
            seen = rows.value().value(0).toLongLong();
        return Error{ErrorCode::Unavailable, "the announcement could not be sent"};
    };
    auto failed = DatabaseCopier(*m_source, *db, allMigrations(), refusing).copy();
    QVERIFY(!failed);
    QCOMPARE(failed.error().message, std::string("the announcement could not be sent"));
    QCOMPARE(calls, 1);
    QVERIFY(targetDialect);
    QCOMPARE(seen, customers);
    QVERIFY(dumpAll(*db) == fresh);

    calls = 0;
    auto accepting = [&](QSqlDatabase &, const Dialect &) -> Result<void> {
        ++calls;
        return {};
    };
    auto copied = DatabaseCopier(*m_source, *db, allMigrations(), accepting).copy();
    QVERIFY2(copied, copied ? "" : copied.error().message.c_str());
    QCOMPARE(calls, 1);
    QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM customers")), customers);
}

void TestDatabaseCopier::anOutdatedSourceIsRefusedBeforeTheTargetIsTouched()
{
    auto outdated = openSource(QStringLiteral("outdated.db"));
    QVERIFY(outdated);
    // As an older build left it: its newest migration not recorded.
    QVERIFY(sql::run(outdated->connection(), QStringLiteral("DELETE FROM schema_version WHERE version = ?"),
                     {allMigrations().latestVersion()}));
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    auto db = target.open(false);
    QVERIFY(db);

    auto refused = VerifiedDatabaseCopy(*outdated, *db, m_clock).run();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QVERIFY(tablesOf(*db).empty());
}

void TestDatabaseCopier::aTargetOfAnotherApplicationIsRefused()
{
    TestDatabase target;
    REQUIRE_TEST_DATABASE(target);
    auto db = target.open(false);
    QVERIFY(db);
    QVERIFY(sql::execute(db->connection(), QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));

    auto refused = DatabaseCopier(*m_source, *db, allMigrations(), &announceEveryTopic).copy();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(tablesOf(*db).size(), size_t{1});
}

QTEST_GUILESS_MAIN(TestDatabaseCopier)
#include "tst_databasecopier.moc"
