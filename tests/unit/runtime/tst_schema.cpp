// The exchange's list of migrations (core/runtime/schema.h), the one every
// opener hands the store: numbered 1, 2, 3 … without a gap, a repeat or a
// step back, still holding every migration that earlier builds wrote into
// databases, and applied by the store on the backend of the run exactly as
// listed. Migration 17 widens the withdrawals' state CHECK of a database
// that has withdrawals already, and only by held_for_integrity.

#include "core/base/manualclock.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerqueries.h"
#include "core/ledger/ledgerservice.h"
#include "core/ledger/transferrequest.h"
#include "core/runtime/schema.h"
#include "core/store/customerrepository.h"
#include "core/store/customerschema.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QTest>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace exchange;

namespace {

// schema_version of a database made by `exctl init` before the list moved
// out of the store (version 16): shipped migrations keep their number and
// their description.
const std::pair<int, const char *> kShipped[] = {
    {1, "assets, settings and customers"},
    {2, "double-entry ledger"},
    {3, "operators, audit log and key vault"},
    {4, "wallets, deposits and watcher cursors"},
    {5, "trade orders, fills, payouts (TX) and log"},
    {6, "collections: signed sweeps and the deposits they collect"},
    {7, "withdrawals, their approvals and the four-eyes threshold"},
    {8, "withdrawal indexes for the screen's pages and orders"},
    {9, "withdrawal payouts: signed transactions kept before they are sent, and hot wallets' next sequence"},
    {10, "withdrawal keys of customers (M of N) and signed API request ids"},
    {11, "withdrawal destinations index for the screen's search"},
    {12, "replenishments: exported, signed and broadcast moves warm to hot and cold to warm"},
    {13, "change feed: PostgreSQL announces committed changes to every attached process"},
    {14, "audit log index by object, for who decided a withdrawal"},
    {15, "duty_status: the background duties as the leader reports them, for every console"},
    {16, "trade_log keeps a payload's hash and first 1 KiB, its source, endpoint, status and repeats"},
};

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestDatabase::backendName())); }
    void numberedOneByOneFromOne();
    void keepsEveryShippedMigration();
    void aFreshDatabaseRecordsEveryMigrationOnceInOrder();
    void migration17LetsAWithdrawalBeHeldAndNothingElse();
    void customerRecordMigrationKeepsEveryCent();
};

void TestSchema::numberedOneByOneFromOne()
{
    const std::vector<Migration> &list = allMigrations().migrations();
    QVERIFY(!list.empty());
    int previous = 0;
    for (const Migration &migration : list) {
        QVERIFY2(migration.version == previous + 1,
                 qPrintable(QStringLiteral("version %1 follows %2").arg(migration.version).arg(previous)));
        QVERIFY(migration.statements != nullptr);
        QVERIFY(migration.description != nullptr && *migration.description != '\0');
        previous = migration.version;
    }
    QCOMPARE(allMigrations().latestVersion(), previous);
}

void TestSchema::keepsEveryShippedMigration()
{
    const std::vector<Migration> &list = allMigrations().migrations();
    for (const auto &[version, description] : kShipped) {
        const auto found = std::find_if(list.cbegin(), list.cend(), [v = version](const Migration &m) { return m.version == v; });
        QVERIFY2(found != list.cend(), qPrintable(QStringLiteral("migration %1 is missing").arg(version)));
        QCOMPARE(QString::fromUtf8(found->description), QString::fromUtf8(description));
    }
    QVERIFY(allMigrations().latestVersion() >= static_cast<int>(std::size(kShipped)));
}

void TestSchema::aFreshDatabaseRecordsEveryMigrationOnceInOrder()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(); // migrated with allMigrations(), as every opener does
    QVERIFY(db);
    auto rows = sql::run(db->connection(), QStringLiteral("SELECT version, description FROM schema_version ORDER BY version"));
    QVERIFY(rows);
    QStringList applied;
    while (rows.value().next())
        applied << rows.value().value(0).toString() + u' ' + rows.value().value(1).toString();
    QStringList listed;
    for (const Migration &migration : allMigrations().migrations())
        listed << QString::number(migration.version) + u' ' + QString::fromUtf8(migration.description);
    QCOMPARE(applied, listed);
    QCOMPARE(db->schemaVersion().value(), allMigrations().latestVersion());
}

void TestSchema::migration17LetsAWithdrawalBeHeldAndNothingElse()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(false);
    QVERIFY(db);
    const auto &all = allMigrations().migrations();
    QVERIFY(all.size() >= 17);
    QCOMPARE(all[16].version, 17);
    const MigrationList upTo16(std::vector<Migration>(all.begin(), all.begin() + 16));
    QVERIFY(db->migrate(upTo16).ok());
    const QSqlDatabase c = db->connection();
    // Inserted as version 16 knew customers (no external id yet).
    auto ada = sql::run(c, QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Ada', 1) RETURNING id"));
    QVERIFY(ada.ok() && ada.value().next());
    const qint64 customer = ada.value().value(0).toLongLong();
    ada.value().finish();
    auto insert = [&](const char *state) {
        return sql::run(c,
                        QStringLiteral("INSERT INTO withdrawals (customer_id, asset, chain, destination, amount, fee, state,"
                                       " requested_by, requested_at, updated_at) VALUES (?, 'XLM', 'stellar', 'G', ?, ?, ?, 'test', 1, 1)"),
                        {customer, db->dialect().amountToSql(Amount::fromBaseUnits(50)),
                         db->dialect().amountToSql(Amount::fromBaseUnits(1)), QString::fromLatin1(state)});
    };
    auto first = insert("error");
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QVERIFY(!insert("held_for_integrity").ok()); // version 16 knows no such state

    QVERIFY(db->migrate(allMigrations()).ok());
    QCOMPARE(db->schemaVersion().value(), allMigrations().latestVersion());
    QVERIFY(insert("held_for_integrity").ok());
    QVERIFY(sql::run(c, QStringLiteral("UPDATE withdrawals SET state = 'held_for_integrity' WHERE state = 'error'")).ok());
    QVERIFY(!insert("held").ok());
    QVERIFY(!sql::run(c, QStringLiteral("UPDATE withdrawals SET state = 'paid_twice'")).ok());
    auto held = sql::run(c, QStringLiteral("SELECT COUNT(*) FROM withdrawals WHERE state = 'held_for_integrity'"));
    QVERIFY(held.ok() && held.value().next());
    QCOMPARE(held.value().value(0).toInt(), 2);
    if (db->dialect().isSQLite()) {
        auto check = sql::run(c, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.ok() && check.value().next());
        QCOMPARE(check.value().value(0).toString(), QStringLiteral("ok"));
        // A connection opened afterwards reads the same rule.
        auto again = t.open();
        QVERIFY(again);
        QVERIFY(!sql::run(again->connection(), QStringLiteral("UPDATE withdrawals SET state = 'paid_twice'")).ok());
    }
}

// The customer record migration (22 on main, 20 in this branch until the
// branches before it are merged) gives today's customers (demo ones, the
// trade API's "trader …" rows) an external id from their internal id, makes
// them active, and touches no ledger row: the check is clean before and
// after and every account's balances are what they were.
void TestSchema::customerRecordMigrationKeepsEveryCent()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open(false);
    QVERIFY(db);
    const auto &all = allMigrations().migrations();
    const auto record = std::find_if(all.begin(), all.end(), [](const Migration &m) {
        return m.statements == &customerRecordSchema;
    });
    QVERIFY(record != all.end());
    const MigrationList before(std::vector<Migration>(all.begin(), record));
    QVERIFY(db->migrate(before).ok());
    const QSqlDatabase c = db->connection();
    std::vector<qint64> ids;
    for (const char *name : {"Ada Lovelace", "trader ethereum 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "Grace"}) {
        auto q = sql::run(c, QStringLiteral("INSERT INTO customers (name, created_at) VALUES (?, 77) RETURNING id"),
                          {QString::fromLatin1(name)});
        QVERIFY(q.ok() && q.value().next());
        ids.push_back(q.value().value(0).toLongLong());
        q.value().finish();
    }
    ManualClock clock{1'700'000'000'000};
    ledger::LedgerService ledgerService(*db, clock);
    const auto xlm = [](qint64 units) { return Amount::fromBaseUnits(units); };
    QVERIFY(ledgerService
                .submit(ledger::TransferRequest::posted("t:1", ledger::TransferCode::Deposit,
                                                        ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                        ledger::customerAccount(ids[0], "XLM"), xlm(5'000'000'123)))
                .ok());
    QVERIFY(ledgerService
                .submit(ledger::TransferRequest::posted("t:2", ledger::TransferCode::Deposit,
                                                        ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                        ledger::customerAccount(ids[1], "XLM"), xlm(70)))
                .ok());
    // Ada has a withdrawal held, as a pending transfer.
    QVERIFY(ledgerService
                .submit(ledger::TransferRequest::pending("t:3", ledger::TransferCode::Withdrawal,
                                                         ledger::customerAccount(ids[0], "XLM"),
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"), xlm(1'000)))
                .ok());
    auto checkedBefore = ledger::LedgerChecker(*db, clock).check();
    QVERIFY(checkedBefore.ok() && checkedBefore.value().clean());
    auto balancesBefore = ledger::LedgerQueries(*db).balances(std::nullopt, std::nullopt);
    QVERIFY(balancesBefore.ok());
    QVERIFY(balancesBefore.value().size() >= 3);

    QVERIFY(db->migrate(allMigrations()).ok());

    auto checkedAfter = ledger::LedgerChecker(*db, clock).check();
    QVERIFY(checkedAfter.ok());
    QVERIFY2(checkedAfter.value().clean(),
             checkedAfter.value().clean() ? "" : checkedAfter.value().discrepancies.front().c_str());
    QCOMPARE(checkedAfter.value().transfers, checkedBefore.value().transfers);
    auto balancesAfter = ledger::LedgerQueries(*db).balances(std::nullopt, std::nullopt);
    QVERIFY(balancesAfter.ok());
    QCOMPARE(balancesAfter.value().size(), balancesBefore.value().size());
    for (std::size_t i = 0; i < balancesBefore.value().size(); ++i) {
        QVERIFY(balancesAfter.value()[i].key == balancesBefore.value()[i].key);
        QVERIFY(balancesAfter.value()[i].sameBalances(balancesBefore.value()[i]));
    }
    QCOMPARE(ledgerService.account(ledger::customerAccount(ids[0], "XLM")).value().available(), xlm(4'999'999'123));

    CustomerRepository customers(c);
    for (qint64 id : ids) {
        const Customer found = customers.find(id).value();
        QCOMPARE(found.externalId, QStringLiteral("c-%1").arg(id));
        QCOMPARE(found.state, CustomerState::Active);
        QCOMPARE(found.updatedAtMs, qint64(77));
        QCOMPARE(customers.findByExternalId(found.externalId).value().id, id);
    }
    // A row inserted as the trade API inserts its traders, without an
    // external id, gets one from the database.
    auto trader = sql::run(c, QStringLiteral("INSERT INTO customers (name, email, created_at) VALUES ('trader x', NULL, 5) RETURNING id"));
    QVERIFY(trader.ok() && trader.value().next());
    const qint64 traderId = trader.value().value(0).toLongLong();
    trader.value().finish();
    QCOMPARE(customers.find(traderId).value().externalId, QStringLiteral("c-%1").arg(traderId));
    // Taken, malformed or removed external ids are refused by the table itself.
    QVERIFY(!sql::run(c, QStringLiteral("UPDATE customers SET external_id = 'c-%1' WHERE id = %2").arg(ids[0]).arg(ids[1])).ok());
    QVERIFY(!sql::run(c, QStringLiteral("UPDATE customers SET external_id = NULL WHERE id = %1").arg(ids[0])).ok());
    QVERIFY(!sql::run(c, QStringLiteral("UPDATE customers SET state = 'sleeping' WHERE id = %1").arg(ids[0])).ok());
    QCOMPARE(customers.find(ids[0]).value().externalId, QStringLiteral("c-%1").arg(ids[0]));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
