// Changing asset settings: exact parsing in the asset's unit, all-or-nothing
// refusals, optimistic versions, change notifications, and the demo data.

#include "core/demo/demodata.h"
#include "core/runtime/changenotifier.h"
#include "core/runtime/manualclock.h"
#include "core/settings/assetsettingsservice.h"
#include "core/store/customerrepository.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using Change = AssetSettingsService::Change;

namespace {
const security::Actor kAdmin = security::Actor::cli("tester");
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
    auto changed = service.change(kAdmin, "XLM", {Change{AssetSetting::MinDeposit, "0.0000001"},
                                          Change{AssetSetting::Limit24h, "1000"},
                                          Change{AssetSetting::Limit72h, "2500.5"}});
    QVERIFY2(changed.ok(), changed.ok() ? "" : changed.error().message.c_str());
    const auto stored = service.find("XLM").value();
    QCOMPARE(stored.settings.minDeposit.baseUnits(), static_cast<int128>(1));                // one stroop
    QCOMPARE(stored.settings.limit24h.baseUnits(), static_cast<int128>(10000000000LL));      // 1000 * 10^7
    QCOMPARE(stored.settings.limit72h.baseUnits(), static_cast<int128>(25005000000LL));
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.updatedAtMs, clock.nowMs());
    // ETH takes 18 decimals
    QVERIFY(service.change(kAdmin, "ETH", {Change{AssetSetting::WithdrawFee, "0.000000000000000001"}}).ok());
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
    QTest::newRow("72h below 24h") << "XLM" << int(AssetSetting::Limit72h) << "0.5" << "limit_72h";
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
    // A valid change first, so that there is something to preserve.
    QVERIFY(service.change(kAdmin, asset.toStdString(), {Change{AssetSetting::Limit24h, "1"}, Change{AssetSetting::Limit72h, "3"}}).ok());
    const auto before = service.find(asset.toStdString()).value();
    // The bad value travels with a good one: neither may be written.
    auto refused = service.change(kAdmin, asset.toStdString(), {Change{AssetSetting::MinCollection, "2"},
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
    QVERIFY(service.change(kAdmin, "ALGO", {Change{AssetSetting::HotMax, "10"}}, 1).ok());
    auto stale = service.change(kAdmin, "ALGO", {Change{AssetSetting::HotMax, "20"}}, 1);
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
    auto r = service.change(kAdmin, "DOGE", {Change{AssetSetting::HotMax, "10"}});
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(service.change(kAdmin, "XLM", {}).error().code, ErrorCode::InvalidInput);
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
    QVERIFY(service.change(kAdmin, "ETH", {Change{AssetSetting::HotMax, "1.5"}}).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ChangeNotifier::Topic>(), ChangeNotifier::Topic::Asset);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("ETH"));
    QVERIFY(service.change(kAdmin, "ETH", {Change{AssetSetting::HotMax, "1.500"}}).ok()); // same value
    QVERIFY(!service.change(kAdmin, "ETH", {Change{AssetSetting::HotMax, "x"}}).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(service.find("ETH").value().version, 2);
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
