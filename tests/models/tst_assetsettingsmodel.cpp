// AssetSettingsModel over a real store and the real core thread, checked by
// QAbstractItemModelTester: loading, exact display, edits that save, edits
// that are refused and change nothing, and changes made elsewhere.

#include "core/demo/demodata.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/manualclock.h"
#include "models/assetsettingsmodel.h"
#include "models/operatorsession.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

class TestAssetSettingsModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsEveryAssetWithExactAmounts();
    void anEditIsSavedToTheStore();
    void aBadEditIsRefusedAndChangesNothing();
    void aStaleEditIsRefusedAndTheRowRefreshed();
    void changesMadeElsewhereAppear();

private:
    int rowOf(const QString &code) const;
    Amount stored(const char *code, AssetSetting setting) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
    AssetSettingsModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAssetSettingsModel::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    ManualClock clock(1'000);
    QVERIFY(addDemoData(*db, clock).ok());
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
    m_model = new AssetSettingsModel(*m_runtime, m_services->assetSettings(), &m_services->notifier());
    auto *session = new OperatorSession(*m_runtime, m_services->operators(), m_model);
    session->actAs(exchange::security::Actor::cli("tester"));
    m_model->setOperatorSession(session);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    QTRY_VERIFY(m_model->isLoaded());
}

void TestAssetSettingsModel::cleanup()
{
    delete m_model;
    m_model = nullptr;
    Database *db = m_services ? &m_services->database() : nullptr;
    if (m_runtime)
        m_runtime->stop([db] { if (db) db->releaseThreadConnection(); });
    m_runtime.reset();
    m_services.reset();
    m_testDb.reset();
}

int TestAssetSettingsModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, AssetSettingsModel::Code).data().toString() == code)
            return row;
    }
    return -1;
}

Amount TestAssetSettingsModel::stored(const char *code, AssetSetting setting) const
{
    // Read on this thread with its own connection: what the store holds.
    return m_services->assetSettings().find(code).value().settings.get(setting);
}

void TestAssetSettingsModel::loadsEveryAssetWithExactAmounts()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(AssetSettingsModel::ColumnCount));
    const int eth = rowOf(QStringLiteral("ETH"));
    QVERIFY(eth >= 0);
    const QModelIndex minDeposit = m_model->index(eth, AssetSettingsModel::MinDeposit);
    // Demo: 0.001 ETH shown with ETH's display precision, exact to the wei in the editor.
    QCOMPARE(minDeposit.data(Qt::DisplayRole).toString(), QStringLiteral("0.0010"));
    QCOMPARE(minDeposit.data(Qt::EditRole).toString(), QStringLiteral("0.001"));
    const auto raw = minDeposit.data(AssetSettingsModel::RawValueRole).value<AssetAmount>();
    QCOMPARE(raw.amount.baseUnits(), static_cast<int128>(1'000'000'000'000'000LL));
    QCOMPARE(raw.decimals, 18);
    QCOMPARE(minDeposit.data(AssetSettingsModel::DecimalsRole).toInt(), 18);
    QVERIFY(minDeposit.flags() & Qt::ItemIsEditable);
    QVERIFY(!(m_model->index(eth, AssetSettingsModel::Code).flags() & Qt::ItemIsEditable));
    const int xlm = rowOf(QStringLiteral("XLM"));
    QCOMPARE(m_model->index(xlm, AssetSettingsModel::WarmMax).data().toString(), QStringLiteral("500,000.00"));
}

void TestAssetSettingsModel::anEditIsSavedToTheStore()
{
    QSignalSpy saved(m_model, &AssetSettingsModel::saved);
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex cell = m_model->index(xlm, AssetSettingsModel::HotMax);
    QVERIFY(m_model->setData(cell, QStringLiteral("60000.0000001")));
    QVERIFY(cell.data(AssetSettingsModel::PendingRole).toBool());
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("60000.0000001"));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!cell.data(AssetSettingsModel::PendingRole).toBool());
    QCOMPARE(stored("XLM", AssetSetting::HotMax).baseUnits(), static_cast<int128>(600'000'000'001LL));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("60,000.0000001"));
}

void TestAssetSettingsModel::aBadEditIsRefusedAndChangesNothing()
{
    QSignalSpy refused(m_model, &AssetSettingsModel::editRefused);
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex cell = m_model->index(xlm, AssetSettingsModel::MinDeposit);
    const Amount before = stored("XLM", AssetSetting::MinDeposit);
    for (const char *bad : {"0.00000001", "1e3", "-1", "1,000", "abc", ""}) {
        QVERIFY2(!m_model->setData(cell, QString::fromLatin1(bad)), bad);
        QVERIFY(!cell.data(AssetSettingsModel::PendingRole).toBool());
    }
    QCOMPARE(refused.count(), 6);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("7 decimal places")));
    // 72h below 24h passes parsing but is refused by the service.
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::Limit72h), QStringLiteral("1")));
    QTRY_COMPARE(refused.count(), 7);
    QTRY_COMPARE(m_model->pendingSaves(), 0);
    QVERIFY(refused.last().at(0).toString().contains(QStringLiteral("limit_72h")));
    QCOMPARE(stored("XLM", AssetSetting::MinDeposit), before);
    QCOMPARE(m_model->index(xlm, AssetSettingsModel::Limit72h).data().toString(), QStringLiteral("25,000.00"));
}

void TestAssetSettingsModel::aStaleEditIsRefusedAndTheRowRefreshed()
{
    QSignalSpy refused(m_model, &AssetSettingsModel::editRefused);
    // Someone else changes ALGO without this model hearing of it.
    ManualClock clock(2'000);
    AssetSettingsService other(m_services->database(), clock);
    QVERIFY(other.change(exchange::security::Actor::cli("tester"), "ALGO", {{AssetSetting::WarmMax, "7"}}).ok());

    const int algo = rowOf(QStringLiteral("ALGO"));
    QVERIFY(m_model->setData(m_model->index(algo, AssetSettingsModel::HotMax), QStringLiteral("5")));
    QTRY_COMPARE(refused.count(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("someone else")));
    QTRY_COMPARE(m_model->index(algo, AssetSettingsModel::WarmMax).data().toString(), QStringLiteral("7.00"));
    QCOMPARE(stored("ALGO", AssetSetting::HotMax).baseUnits(), static_cast<int128>(100'000'000'000LL));
}

void TestAssetSettingsModel::changesMadeElsewhereAppear()
{
    QVERIFY(m_services->assetSettings().change(exchange::security::Actor::cli("tester"), "ETH", {{AssetSetting::WithdrawFee, "0.000000000000000001"}}).ok());
    const int eth = rowOf(QStringLiteral("ETH"));
    QTRY_COMPARE(m_model->index(eth, AssetSettingsModel::WithdrawFee).data().toString(),
                 QStringLiteral("0.000000000000000001"));
}

QTEST_MAIN(TestAssetSettingsModel)
#include "tst_assetsettingsmodel.moc"
