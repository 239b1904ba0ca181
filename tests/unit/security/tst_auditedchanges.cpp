// The services that change money or settings for an actor (AuditedSettings,
// AuditedLedger) check the permission table and write their audit record in
// the same transaction as the change: a refused actor changes nothing and
// leaves no record, and a change whose record cannot be written is not made.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/manualclock.h"
#include "core/security/auditedledger.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/settings/assetsettingsservice.h"
#include "core/store/customerrepository.h"
#include "core/store/sql.h"
#include "core/security/operatorservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QSqlQuery>
#include <QTest>

using namespace exchange;
using namespace exchange::security;

class TestAuditedChanges : public QObject
{
    Q_OBJECT
private slots:
    void settingsChangeNeedsAConfirmedAdminAndIsAudited();
    void refusedSettingsChangeLeavesNoRecord();
    void ledgerAdjustmentIsAuditedOnce();
    void automaticMovementsAreAuditedAsSystem();
    void aSettingsChangeWithoutItsRecordIsNotMade();
    void anAdjustmentWithoutItsRecordIsNotMade();
    void aDemotedOrDisabledAdminChangesNothing();
};

namespace {
Actor confirmed(Role role)
{
    Actor a = Actor::fromOperator(3, "carol", role);
    a.secondFactor = true;
    return a;
}

// The audit table out of the way (and back): the next record cannot be
// written, as when the database refuses it.
bool moveAuditTable(Database &db, const char *from, const char *to)
{
    // Not prepared: PostgreSQL prepares no DDL.
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(QLatin1String(from), QLatin1String(to)));
}
}

void TestAuditedChanges::settingsChangeNeedsAConfirmedAdminAndIsAudited()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    addTestOperators(*db, {confirmed(Role::Admin)}); // carol, as the decisions read her again
    ManualClock clock(1'700'000'000'000);
    AssetSettingsService service(*db, clock);
    AuditedSettings changes(*db, clock);
    AuditLog audit(*db, clock);
    using C = AssetSettingsService::Change;

    QCOMPARE(changes.change(confirmed(Role::Approver), "XLM", {C{AssetSetting::HotMax, "1"}}).error().code,
             ErrorCode::Unauthorized);
    QCOMPARE(changes.change(Actor::fromOperator(3, "carol", Role::Admin), "XLM", {C{AssetSetting::HotMax, "1"}})
                 .error().code,
             ErrorCode::Unauthorized); // no code confirmed
    QCOMPARE(service.find("XLM").value().version, 1);
    QVERIFY(audit.list().value().empty());

    auto changed = changes.change(confirmed(Role::Admin), "XLM",
                                  {C{AssetSetting::HotMax, "50000.0000001"}, C{AssetSetting::MinCollection, "1"}});
    QVERIFY(changed.ok());
    // One record per setting changed (newest first), each saying one thing.
    auto records = audit.list().value();
    QCOMPARE(records.size(), size_t(2));
    for (const AuditEntry &e : records) {
        QCOMPARE(e.action, std::string("settings.change"));
        QCOMPARE(e.actorName, std::string("carol"));
        QCOMPARE(e.objectType, std::string("asset"));
        QCOMPARE(e.objectId, std::string("XLM"));
        QCOMPARE(e.atMs, qint64(1'700'000'000'000));
    }
    // Exact decimal strings, and the version the change made.
    QCOMPARE(records[1].before, std::string(R"({"min_collection":"0","version":1})"));
    QCOMPARE(records[1].after, std::string(R"({"min_collection":"1","version":2})"));
    QCOMPARE(records[0].before, std::string(R"({"hot_max":"0","version":1})"));
    QCOMPARE(records[0].after, std::string(R"({"hot_max":"50000.0000001","version":2})"));
    // Saving the same values again changes nothing and records nothing.
    QVERIFY(changes.change(confirmed(Role::Admin), "XLM", {C{AssetSetting::HotMax, "50000.0000001"}}).ok());
    QCOMPARE(audit.list().value().size(), size_t(2));
}

void TestAuditedChanges::refusedSettingsChangeLeavesNoRecord()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    addTestOperators(*db, {confirmed(Role::Admin)}); // carol, as the decisions read her again
    ManualClock clock(1'700'000'000'000);
    AssetSettingsService service(*db, clock);
    AuditedSettings changes(*db, clock);
    AuditLog audit(*db, clock);
    using C = AssetSettingsService::Change;
    QVERIFY(!changes.change(confirmed(Role::Admin), "XLM", {C{AssetSetting::Limit24h, "10"}, C{AssetSetting::Limit72h, "5"}}).ok());
    QVERIFY(!changes.change(confirmed(Role::Admin), "XLM", {C{AssetSetting::HotMax, "1"}}, 7).ok()); // stale
    QVERIFY(!changes.change(Actor::cli("root"), "XLM", {C{AssetSetting::HotMax, "1"}}).ok()); // not a person
    QCOMPARE(service.find("XLM").value().version, 1);
    QVERIFY(audit.list().value().empty());
    QVERIFY(audit.verify().value().intact);
}

void TestAuditedChanges::ledgerAdjustmentIsAuditedOnce()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    addTestOperators(*db, {confirmed(Role::Admin)}); // carol, as the decisions read her again
    ManualClock clock(1'700'000'000'000);
    QVERIFY(CustomerRepository(db->connection()).add(QStringLiteral("Ada"), QStringLiteral("ada@example.org"), 1).ok());
    ledger::LedgerService books(*db, clock);
    AuditLog audit(*db, clock);
    AuditedLedger ledger(books, audit);
    const Amount five = nativeAsset("XLM")->parse("5.25").value();

    auto refused = ledger.adjust(confirmed(Role::Approver), 1, "XLM", five, "goodwill", "adj:1");
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    // An admin without a confirmed code may not either.
    QCOMPARE(ledger.adjust(Actor::fromOperator(3, "carol", Role::Admin), 1, "XLM", five, "goodwill", "adj:1")
                 .error().code,
             ErrorCode::Unauthorized);
    QVERIFY(audit.list().value().empty());
    QVERIFY(books.account(ledger::customerAccount(1, "XLM")).value().balance().isZero());

    QVERIFY(ledger.adjust(confirmed(Role::Admin), 1, "XLM", five, "goodwill, ticket 7", "adj:1").ok());
    QVERIFY(ledger.adjust(confirmed(Role::Admin), 1, "XLM", five, "goodwill, ticket 7", "adj:1").ok()); // replay
    auto records = audit.list().value();
    QCOMPARE(records.size(), size_t(1));
    QCOMPARE(records.front().action, std::string("ledger.adjust"));
    QCOMPARE(records.front().objectType, std::string("customer"));
    QCOMPARE(records.front().objectId, std::string("1"));
    QVERIFY(records.front().after.find(R"("amount":"5.25")") != std::string::npos);
    QVERIFY(records.front().after.find(R"("memo":"goodwill, ticket 7")") != std::string::npos);
    QVERIFY(records.front().after.find(R"("direction":"credit")") != std::string::npos);

    // A refused adjustment (more than the balance) leaves no record.
    QVERIFY(!ledger.adjust(confirmed(Role::Admin), 1, "XLM", Amount::fromBaseUnits(-1'000'000'000), "x", "adj:2").ok());
    QCOMPARE(audit.list().value().size(), size_t(1));
    QCOMPARE(books.account(ledger::customerAccount(1, "XLM")).value().balance(), five);
}

void TestAuditedChanges::automaticMovementsAreAuditedAsSystem()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    addTestOperators(*db, {confirmed(Role::Admin)}); // carol, as the decisions read her again
    ManualClock clock(1'700'000'000'000);
    QVERIFY(CustomerRepository(db->connection()).add(QStringLiteral("Ada"), QStringLiteral("ada@example.org"), 1).ok());
    ledger::LedgerService books(*db, clock);
    AuditLog audit(*db, clock);
    AuditedLedger ledger(books, audit);
    const Amount amount = nativeAsset("ETH")->parse("0.000000000000000001").value();
    const auto request = ledger::TransferRequest::posted("dep:1", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::DepositWallet, "ETH"),
                                                         ledger::customerAccount(1, "ETH"), amount, "0xabc");
    QVERIFY(ledger.submitLinked(Actor::system("deposits"), {request}, "deposit.credit").ok());
    QVERIFY(ledger.submitLinked(Actor::system("deposits"), {request}, "deposit.credit").ok()); // same id
    auto records = audit.list().value();
    QCOMPARE(records.size(), size_t(1));
    QCOMPARE(records.front().actorName, std::string("system:deposits"));
    QCOMPARE(records.front().objectId, std::string("dep:1"));
    QVERIFY(records.front().after.find(R"("amount":"0.000000000000000001")") != std::string::npos);
    QVERIFY(audit.verify().value().intact);
}

void TestAuditedChanges::aSettingsChangeWithoutItsRecordIsNotMade()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    addTestOperators(*db, {confirmed(Role::Admin)}); // carol, as the decisions read her again
    ManualClock clock(1'700'000'000'000);
    AssetSettingsService settings(*db, clock);
    AuditedSettings changes(*db, clock);
    AuditLog audit(*db, clock);
    using C = AssetSettingsService::Change;
    const AssetRecord before = settings.find("XLM").value();

    QVERIFY(moveAuditTable(*db, "audit_log", "audit_log_away"));
    QVERIFY(!changes.change(confirmed(Role::Admin), "XLM", {C{AssetSetting::HotMax, "7"}}).ok());
    QVERIFY(moveAuditTable(*db, "audit_log_away", "audit_log"));
    QCOMPARE(settings.find("XLM").value().settings, before.settings);
    QCOMPARE(settings.find("XLM").value().version, before.version);
    QVERIFY(audit.list().value().empty());

    // With its record, the same change is made, once.
    QVERIFY(changes.change(confirmed(Role::Admin), "XLM", {C{AssetSetting::HotMax, "7"}}).ok());
    QCOMPARE(settings.find("XLM").value().version, before.version + 1);
    QCOMPARE(audit.list().value().size(), size_t(1));
    QVERIFY(audit.verify().value().intact);
}

void TestAuditedChanges::anAdjustmentWithoutItsRecordIsNotMade()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    addTestOperators(*db, {confirmed(Role::Admin)}); // carol, as the decisions read her again
    ManualClock clock(1'700'000'000'000);
    QVERIFY(CustomerRepository(db->connection()).add(QStringLiteral("Ada"), QStringLiteral("ada@example.org"), 1).ok());
    ledger::LedgerService books(*db, clock);
    AuditLog audit(*db, clock);
    AuditedLedger ledger(books, audit);
    const Amount five = nativeAsset("XLM")->parse("5").value();
    const auto journal = [&] {
        auto q = sql::run(db->connection(), QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
        return q && q.value().next() ? q.value().value(0).toInt() : -1;
    };

    QVERIFY(moveAuditTable(*db, "audit_log", "audit_log_away"));
    QVERIFY(!ledger.adjust(confirmed(Role::Admin), 1, "XLM", five, "goodwill", "adj:1").ok());
    QVERIFY(moveAuditTable(*db, "audit_log_away", "audit_log"));
    QCOMPARE(journal(), 0);
    QVERIFY(books.account(ledger::customerAccount(1, "XLM")).value().balance().isZero());

    // The same id again, now with its record: made once, recorded once.
    QVERIFY(ledger.adjust(confirmed(Role::Admin), 1, "XLM", five, "goodwill", "adj:1").ok());
    QCOMPARE(journal(), 1);
    QCOMPARE(books.account(ledger::customerAccount(1, "XLM")).value().balance(), five);
    QCOMPARE(audit.list().value().size(), size_t(1));
    QVERIFY(audit.verify().value().intact);
}

// An admin demoted (or disabled) by another console after signing in is
// refused at the next admin action, read in that action's own transaction:
// no operator added, no setting changed, no adjustment, no record.
void TestAuditedChanges::aDemotedOrDisabledAdminChangesNothing()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    addTestOperators(*db, {confirmed(Role::Admin)});
    ManualClock clock(1'700'000'000'000);
    AssetSettingsService service(*db, clock);
    AuditedSettings changes(*db, clock);
    AuditLog audit(*db, clock);
    OperatorService operators(*db, clock, audit);
    ledger::LedgerService ledgerService(*db, clock);
    AuditedLedger ledger(ledgerService, audit);
    QVERIFY(CustomerRepository(db->connection()).add(QStringLiteral("Ada"), QString(), 1).ok());
    using C = AssetSettingsService::Change;
    const Actor carol = confirmed(Role::Admin); // her console still says admin
    QVERIFY(sql::run(db->connection(), QStringLiteral("UPDATE operators SET role = 'viewer' WHERE id = 3")).ok());

    const auto expectRefused = [](const Error &e, const char *action) {
        QCOMPARE(e.code, ErrorCode::Unauthorized);
        QCOMPARE(e.message, std::string("carol is now viewer and may not ") + action);
    };
    auto setting = changes.change(carol, "XLM", {C{AssetSetting::HotMax, "1"}});
    QVERIFY(!setting.ok());
    expectRefused(setting.error(), "change_money_settings");
    QCOMPARE(service.find("XLM").value().version, 1);
    auto added = operators.add(carol, "mallory", Role::Admin, QByteArray("mallory-password"));
    QVERIFY(!added.ok());
    expectRefused(added.error(), "manage_operators");
    auto promoted = operators.setRole(carol, "carol", Role::Admin);
    QVERIFY(!promoted.ok());
    expectRefused(promoted.error(), "manage_operators");
    auto adjusted = ledger.adjust(carol, 1, "XLM", Amount::fromBaseUnits(50'000'000), "goodwill", "adj:demoted");
    QVERIFY(!adjusted.ok());
    expectRefused(adjusted.error(), "adjust_ledger");
    auto rows = sql::run(db->connection(), QStringLiteral("SELECT COUNT(*) FROM operators"));
    QVERIFY(rows && rows.value().next());
    QCOMPARE(rows.value().value(0).toInt(), 1);
    QVERIFY(AuditLog(*db, clock).list({}).value().empty());

    // Disabled, with her role back: refused too.
    QVERIFY(sql::run(db->connection(), QStringLiteral("UPDATE operators SET role = 'admin', disabled = 1 WHERE id = 3")).ok());
    auto disabled = changes.change(carol, "XLM", {C{AssetSetting::HotMax, "1"}});
    QVERIFY(!disabled.ok());
    QCOMPARE(disabled.error().message, std::string("carol is disabled or removed and may no longer act"));
    QVERIFY(!operators.add(carol, "mallory", Role::Admin, QByteArray("mallory-password")).ok());
    QCOMPARE(service.find("XLM").value().version, 1);
}

QTEST_GUILESS_MAIN(TestAuditedChanges)
#include "tst_auditedchanges.moc"
