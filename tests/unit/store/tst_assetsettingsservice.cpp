// Changing asset settings: exact parsing in the asset's unit, all-or-nothing
// refusals, the rules between settings checked again on save, batches of
// several assets in one transaction with one audit record per setting,
// optimistic versions, change notifications, and the demo data.

#include "core/base/changenotifier.h"
#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/base/changenotifier.h"
#include "core/base/manualclock.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/settings/assetsettingsservice.h"
#include "core/store/customerrepository.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using Change = AssetSettingsService::Change;

namespace {
// An admin who confirmed a code, stored in db: settings are a person's decision.
security::Actor admin(Database &db)
{
    return testAdmin(db, "tester");
}
}

class TestAssetSettingsService : public QObject
{
    Q_OBJECT
private slots:
    void changesAreParsedInTheAssetsUnit();
    void aRefusedValueChangesNothing_data();
    void aRefusedValueChangesNothing();
    void staleVersionIsRefused();
    void unknownAssetIsRefused();
    void notifiesOnlyWhenSomethingChanged();
    void aBatchIsAppliedWholeWithARecordPerSetting();
    void aBatchWithOneErrorChangesNothing();
    void checkReportsWarningsWithoutSaving();
    void demoDataIsAddedOnce();
};

void TestAssetSettingsService::changesAreParsedInTheAssetsUnit()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(1'700'000'000'000);
    AssetSettingsService service(*db, clock);
    security::AuditedSettings changes(*db, clock);
    auto changed = changes.change(admin(*db), "XLM", {Change{AssetSetting::MinDeposit, "0.0000001"},
                                          Change{AssetSetting::MinCollection, "0.0000001"},
                                          Change{AssetSetting::Limit24h, "1000"},
                                          Change{AssetSetting::Limit72h, "2500.5"}});
    QVERIFY2(changed.ok(), changed.ok() ? "" : changed.error().message.c_str());
    const auto stored = service.find("XLM").value();
    QCOMPARE(stored.settings.minDeposit.baseUnits(), static_cast<int128>(1));                // one stroop
    QCOMPARE(stored.settings.limit24h.baseUnits(), static_cast<int128>(10000000000LL));      // 1000 * 10^7
    QCOMPARE(stored.settings.limit72h.baseUnits(), static_cast<int128>(25005000000LL));
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.updatedAtMs, clock.nowMs());
    // ETH takes 18 decimals (and a fee needs a 24h limit above it)
    QVERIFY(changes.change(admin(*db), "ETH", {Change{AssetSetting::WithdrawFee, "0.000000000000000001"},
                                           Change{AssetSetting::Limit24h, "1"}, Change{AssetSetting::Limit72h, "1"}})
                .ok());
    QCOMPARE(service.find("ETH").value().settings.withdrawFee.baseUnits(), static_cast<int128>(1));
}

void TestAssetSettingsService::aRefusedValueChangesNothing_data()
{
    QTest::addColumn<QString>("asset");
    QTest::addColumn<int>("setting");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("8 decimals for XLM") << "XLM" << int(AssetSetting::MinDeposit) << "0.00000001" << "7 decimal places";
    QTest::newRow("7 decimals for ALGO") << "ALGO" << int(AssetSetting::HotMax) << "1.0000001" << "6 decimal places";
    QTest::newRow("negative") << "ETH" << int(AssetSetting::WarmMax) << "-1" << "sign";
    QTest::newRow("exponent") << "ETH" << int(AssetSetting::Limit24h) << "1e3" << "exponent";
    QTest::newRow("separator") << "XLM" << int(AssetSetting::HotMax) << "1,000" << "thousands";
    QTest::newRow("empty") << "XLM" << int(AssetSetting::HotMax) << "" << "empty";
    QTest::newRow("72h below 24h") << "XLM" << int(AssetSetting::Limit72h) << "0.5"
                                   << "XLM: the 72h limit (0.50 XLM) cannot be below the 24h limit (1.00 XLM)";
    QTest::newRow("fee at 24h") << "ALGO" << int(AssetSetting::WithdrawFee) << "1"
                                << "ALGO: the withdrawal fee (1.00 ALGO) must be below the 24h limit (1.00 ALGO)";
    QTest::newRow("min deposit above min collection") << "ETH" << int(AssetSetting::MinDeposit) << "2.000000000000000001"
                                                      << "cannot be above the min collection (2.0000 ETH)";
}

void TestAssetSettingsService::aRefusedValueChangesNothing()
{
    QFETCH(QString, asset);
    QFETCH(int, setting);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    AssetSettingsService service(*db, clock);
    security::AuditedSettings changes(*db, clock);
    // A valid change first, so that there is something to preserve.
    QVERIFY(changes.change(admin(*db), asset.toStdString(), {Change{AssetSetting::Limit24h, "1"}, Change{AssetSetting::Limit72h, "3"}}).ok());
    const auto before = service.find(asset.toStdString()).value();
    // The bad value travels with a good one: neither may be written.
    auto refused = changes.change(admin(*db), asset.toStdString(), {Change{AssetSetting::MinCollection, "2"},
                                                        Change{static_cast<AssetSetting>(setting), value.toStdString()}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.find(reason.toStdString()) != std::string::npos, refused.error().message.c_str());
    const auto after = service.find(asset.toStdString()).value();
    QCOMPARE(after.settings, before.settings);
    QCOMPARE(after.version, before.version);
}

void TestAssetSettingsService::staleVersionIsRefused()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    AssetSettingsService service(*db, clock);
    security::AuditedSettings changes(*db, clock);
    QVERIFY(changes.change(admin(*db), "ALGO", {Change{AssetSetting::HotMax, "10"}}, 1).ok());
    auto stale = changes.change(admin(*db), "ALGO", {Change{AssetSetting::HotMax, "20"}}, 1);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(service.find("ALGO").value().settings.hotMax.baseUnits(), static_cast<int128>(10'000'000));
}

void TestAssetSettingsService::unknownAssetIsRefused()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    AssetSettingsService service(*db, clock);
    security::AuditedSettings changes(*db, clock);
    auto r = changes.change(admin(*db), "DOGE", {Change{AssetSetting::HotMax, "10"}});
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(changes.change(admin(*db), "XLM", {}).error().code, ErrorCode::InvalidInput);
}

void TestAssetSettingsService::notifiesOnlyWhenSomethingChanged()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    ChangeNotifier notifier;
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    AssetSettingsService service(*db, clock, &notifier);
    security::AuditedSettings changes(*db, clock, &notifier);
    QVERIFY(changes.change(admin(*db), "ETH", {Change{AssetSetting::HotMax, "1.5"}}).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ChangeNotifier::Topic>(), ChangeNotifier::Topic::Asset);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("ETH"));
    QVERIFY(changes.change(admin(*db), "ETH", {Change{AssetSetting::HotMax, "1.500"}}).ok()); // same value
    QVERIFY(!changes.change(admin(*db), "ETH", {Change{AssetSetting::HotMax, "x"}}).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(service.find("ETH").value().version, 2);
}

void TestAssetSettingsService::aBatchIsAppliedWholeWithARecordPerSetting()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    ChangeNotifier notifier;
    QSignalSpy spy(&notifier, &ChangeNotifier::changed);
    AssetSettingsService service(*db, clock, &notifier);
    security::AuditedSettings changes(*db, clock, &notifier);
    security::AuditLog audit(*db, clock);
    const auto before = audit.list().value().size();
    auto changed = changes.changeMany(admin(*db), {{"XLM", {{AssetSetting::Limit24h, "10"}, {AssetSetting::Limit72h, "30"}}, 1},
                                               {"ETH", {{AssetSetting::HotMax, "2"}}, 1}});
    QVERIFY2(changed.ok(), changed.ok() ? "" : changed.error().message.c_str());
    QCOMPARE(changed.value().size(), size_t(2));
    QCOMPARE(service.find("XLM").value().settings.limit72h, Amount::parse("30", 7).value());
    QCOMPARE(service.find("ETH").value().settings.hotMax, Amount::parse("2", 18).value());
    QCOMPARE(service.find("XLM").value().version, 2);
    QCOMPARE(service.find("ETH").value().version, 2);
    // Three settings, three records; two assets, two announcements.
    QCOMPARE(audit.list().value().size() - before, size_t(3));
    QCOMPARE(spy.count(), 2);
    QVERIFY(audit.verify().value().intact);
}

void TestAssetSettingsService::aBatchWithOneErrorChangesNothing()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    AssetSettingsService service(*db, clock);
    security::AuditedSettings changes(*db, clock);
    security::AuditLog audit(*db, clock);
    const auto auditedBefore = audit.list().value().size();
    const auto xlm = service.find("XLM").value();
    // The first asset's change is fine, the second's breaks a rule, the
    // third is stale: none of them is written.
    auto refused = changes.changeMany(admin(*db), {{"XLM", {{AssetSetting::HotMax, "5"}}, 1},
                                               {"ALGO", {{AssetSetting::MinDeposit, "3"}}, 1}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QVERIFY2(refused.error().message.find("ALGO: the min deposit (3.00 ALGO) cannot be above the min collection") == 0,
             refused.error().message.c_str());
    auto stale = changes.changeMany(admin(*db), {{"XLM", {{AssetSetting::HotMax, "5"}}, 1},
                                             {"ALGO", {{AssetSetting::HotMax, "3"}}, 7}});
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(service.find("XLM").value().settings, xlm.settings);
    QCOMPARE(service.find("XLM").value().version, xlm.version);
    QCOMPARE(audit.list().value().size(), auditedBefore);
}

void TestAssetSettingsService::checkReportsWarningsWithoutSaving()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    QVERIFY(addDemoData(*db, clock).ok());
    AssetSettingsService service(*db, clock);
    security::AuditedSettings changes(*db, clock);
    const auto before = service.find("XLM").value();
    // Demo XLM: four-eyes above 5,000; a 24h limit of 4,000 is below it.
    auto checked = service.check("XLM", {{AssetSetting::Limit24h, "4000"}, {AssetSetting::HotMax, "0"}});
    QVERIFY(checked.ok());
    const auto &problems = checked.value().problems;
    QCOMPARE(problems.size(), size_t(2));
    QCOMPARE(problems[0].rule, SettingRule::FourEyesAboveLimit24h);
    QCOMPARE(problems[0].value, Amount::parse("5000", 7).value());
    QCOMPARE(problems[1].rule, SettingRule::HotMaxBelowBalance);
    QVERIFY(problems[1].bound > Amount::zero()); // what the demo's hot wallet holds
    QCOMPARE(service.find("XLM").value().settings, before.settings);
    QCOMPARE(service.find("XLM").value().version, before.version);
    // Warnings do not refuse a change.
    QVERIFY(changes.change(admin(*db), "XLM", {{AssetSetting::Limit24h, "4000"}}).ok());
}

void TestAssetSettingsService::demoDataIsAddedOnce()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    auto db = t.open();
    QVERIFY(db);
    ManualClock clock(5);
    auto first = addDemoData(*db, clock);
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QVERIFY(first.value());
    auto second = addDemoData(*db, clock);
    QVERIFY(second.ok());
    QVERIFY(!second.value());
    const qint64 customers = CustomerRepository(db->connection()).count().value();
    QVERIFY(customers >= 5);
    AssetSettingsService service(*db, clock);
    for (const auto &record : service.list().value()) {
        QVERIFY(record.settings.validate().ok());
        QVERIFY(record.settings.minDeposit.isPositive());
        QVERIFY(record.settings.hotMax < record.settings.warmMax);
    }
}

QTEST_GUILESS_MAIN(TestAssetSettingsService)
#include "tst_assetsettingsservice.moc"
