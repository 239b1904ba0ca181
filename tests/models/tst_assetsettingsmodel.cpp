// AssetSettingsModel over a real store and the real core thread, checked by
// QAbstractItemModelTester: loading, exact display, pending edits applied
// together, typed text kept as typed with the reason it cannot be applied,
// the rules between settings, and changes made elsewhere.

#include "core/demo/demodata.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/manualclock.h"
#include "models/assetsettingsmodel.h"
#include "models/operatorsession.h"
#include "core/security/auditlog.h"
#include "core/security/auditedsettings.h"
#include "core/security/signedsettings.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/totp.h"
#include "core/security/trustanchor.h"
#include "core/store/sql.h"
#include "models/tone.h"
#include "testdatabase.h"
#include "testoperators.h"

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
    void anEditIsPendingUntilApplied();
    void typedTextIsKeptWithTheReason_data();
    void typedTextIsKeptWithTheReason();
    void crossFieldRulesAreSaidAtTheChangedCell();
    void aWarningCanBeApplied();
    void severalAssetsAreAppliedTogether();
    void aStaleEditIsRefusedAndStaysPending();
    void discardDropsEveryPendingChange();
    void aWarningFollowsTheWalletsBalance();
    void changesMadeElsewhereAppear();
    void theFourEyesAmountIsEditedLikeTheOthers();
    void theSignedColumnSaysWhetherAnAdminSignedTheRows();

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
    m_model = new AssetSettingsModel(*m_runtime, m_services->assetSettings(), m_services->auditedSettings(), &m_services->notifier());
    auto *session = new OperatorSession(*m_runtime, m_services->operators(), m_model);
    session->actAs(testAdmin(m_services->database(), "tester"));
    m_model->setOperatorSession(session);
    m_model->setWithdrawals(&m_services->withdrawals());
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
    QCOMPARE(m_model->rowCount(), 6); // the three coins and the demo's USDC on each chain
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

void TestAssetSettingsModel::anEditIsPendingUntilApplied()
{
    QSignalSpy saved(m_model, &AssetSettingsModel::saved);
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex cell = m_model->index(xlm, AssetSettingsModel::HotMax);
    const Amount before = stored("XLM", AssetSetting::HotMax);
    QVERIFY(m_model->setData(cell, QStringLiteral("60000.0000001")));
    QVERIFY(cell.data(AssetSettingsModel::PendingRole).toBool());
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("60000.0000001"));
    QVERIFY(m_model->hasChanges());
    QCOMPARE(m_model->changeLines(), QStringList{QStringLiteral("XLM Hot max balance: 50000 → 60000.0000001")});
    // Typed, not applied.
    QTest::qWait(50);
    QCOMPARE(stored("XLM", AssetSetting::HotMax), before);

    m_model->applyChanges();
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!cell.data(AssetSettingsModel::PendingRole).toBool());
    QVERIFY(!m_model->hasChanges());
    QCOMPARE(stored("XLM", AssetSetting::HotMax).baseUnits(), static_cast<int128>(600'000'000'001LL));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("60,000.0000001"));
}

void TestAssetSettingsModel::typedTextIsKeptWithTheReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    // The three the issue names: a minus, an eighth decimal for XLM, letters.
    QTest::newRow("minus") << "-5" << "may not be negative";
    QTest::newRow("eighth decimal") << "1.12345678" << "at most 7 decimal places";
    QTest::newRow("letters") << "12abc" << "Use only digits";
}

void TestAssetSettingsModel::typedTextIsKeptWithTheReason()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    QSignalSpy failed(m_model, &AssetSettingsModel::saveFailed);
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex cell = m_model->index(xlm, AssetSettingsModel::HotMax);
    const Amount before = stored("XLM", AssetSetting::HotMax);
    QVERIFY(m_model->setData(cell, typed));
    // Exactly as typed, in the cell and in the editor.
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), typed);
    QCOMPARE(cell.data(Qt::EditRole).toString(), typed);
    QVERIFY(cell.data(AssetSettingsModel::PendingRole).toBool());
    const QString problem = cell.data(AssetSettingsModel::ProblemRole).toString();
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(reason));
    QVERIFY(m_model->hasProblems());
    QVERIFY(m_model->problems().first().startsWith(QStringLiteral("XLM Hot max balance: ")));
    // It cannot be applied: nothing is sent, the text stays.
    m_model->applyChanges();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(reason));
    QVERIFY(!m_model->isApplying());
    QTest::qWait(50);
    QCOMPARE(stored("XLM", AssetSetting::HotMax), before);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), typed);
}

void TestAssetSettingsModel::crossFieldRulesAreSaidAtTheChangedCell()
{
    QSignalSpy failed(m_model, &AssetSettingsModel::saveFailed);
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex limit72h = m_model->index(xlm, AssetSettingsModel::Limit72h);
    QVERIFY(m_model->setData(limit72h, QStringLiteral("1")));
    QCOMPARE(limit72h.data(AssetSettingsModel::ProblemRole).toString(),
             QStringLiteral("The 72h limit (1.00 XLM) cannot be below the 24h limit (10,000.00 XLM)."));
    // The cell it is compared with is not pending and has no problem.
    QVERIFY(m_model->index(xlm, AssetSettingsModel::Limit24h).data(AssetSettingsModel::ProblemRole).toString().isEmpty());
    m_model->applyChanges();
    QCOMPARE(failed.count(), 1);
    QTest::qWait(50);
    QCOMPARE(stored("XLM", AssetSetting::Limit72h), Amount::parse("25000", 7).value());

    // Raising the 24h limit to match answers it: no problem left.
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::Limit24h), QStringLiteral("1")));
    QVERIFY(!m_model->hasProblems());
    m_model->discardChanges();

    // A fee above the 24h limit and a min deposit above the min collection.
    const QModelIndex fee = m_model->index(xlm, AssetSettingsModel::WithdrawFee);
    QVERIFY(m_model->setData(fee, QStringLiteral("30000")));
    QCOMPARE(fee.data(AssetSettingsModel::ProblemRole).toString(),
             QStringLiteral("The withdrawal fee (30,000.00 XLM) must be below the 24h limit (10,000.00 XLM), or every "
                            "withdrawal would exceed it."));
    const QModelIndex minCollection = m_model->index(xlm, AssetSettingsModel::MinCollection);
    QVERIFY(m_model->setData(minCollection, QStringLiteral("0.5")));
    QCOMPARE(minCollection.data(AssetSettingsModel::ProblemRole).toString(),
             QStringLiteral("The min deposit (1.00 XLM) cannot be above the min collection (0.50 XLM)."));
    QCOMPARE(m_model->problems().size(), 2);
}

void TestAssetSettingsModel::aWarningCanBeApplied()
{
    QSignalSpy saved(m_model, &AssetSettingsModel::saved);
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex hot = m_model->index(xlm, AssetSettingsModel::HotMax);
    // Below any balance the demo's hot wallet holds.
    QVERIFY(m_model->setData(hot, QStringLiteral("0.0000001")));
    QVERIFY(hot.data(AssetSettingsModel::ProblemRole).toString().isEmpty());
    const QString warning = hot.data(AssetSettingsModel::WarningRole).toString();
    QVERIFY2(warning.startsWith(QStringLiteral("The hot max balance (0.0000001 XLM) is below what the hot wallet holds now")),
             qPrintable(warning));
    QCOMPARE(m_model->warnings().size(), 1);
    QVERIFY(!m_model->hasProblems());
    m_model->applyChanges();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(stored("XLM", AssetSetting::HotMax).baseUnits(), static_cast<int128>(1));
}

void TestAssetSettingsModel::severalAssetsAreAppliedTogether()
{
    QSignalSpy saved(m_model, &AssetSettingsModel::saved);
    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("XLM")), AssetSettingsModel::MinDeposit), QStringLiteral("2")));
    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("ETH")), AssetSettingsModel::WarmMax), QStringLiteral("600")));
    // Typing the stored value again is no change.
    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("ALGO")), AssetSettingsModel::MinDeposit), QStringLiteral("1.000000")));
    QCOMPARE(m_model->pendingCount(), 2);
    m_model->applyChanges();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(stored("XLM", AssetSetting::MinDeposit), Amount::parse("2", 7).value());
    QCOMPARE(stored("ETH", AssetSetting::WarmMax), Amount::parse("600", 18).value());
}

void TestAssetSettingsModel::aStaleEditIsRefusedAndStaysPending()
{
    QSignalSpy failed(m_model, &AssetSettingsModel::saveFailed);
    // Someone else changes ALGO without this model hearing of it.
    ManualClock clock(2'000);
    exchange::security::AuditedSettings other(m_services->database(), clock);
    QVERIFY(other.change(testAdmin(m_services->database(), "tester"), "ALGO", {{AssetSetting::WarmMax, "7"}}).ok());

    const int algo = rowOf(QStringLiteral("ALGO"));
    const QModelIndex hot = m_model->index(algo, AssetSettingsModel::HotMax);
    QVERIFY(m_model->setData(hot, QStringLiteral("5")));
    m_model->applyChanges();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("another operator")));
    QTRY_COMPARE(m_model->index(algo, AssetSettingsModel::WarmMax).data().toString(), QStringLiteral("7.00"));
    QCOMPARE(stored("ALGO", AssetSetting::HotMax).baseUnits(), static_cast<int128>(100'000'000'000LL));
    // What was typed is still there, to apply again.
    QVERIFY(hot.data(AssetSettingsModel::PendingRole).toBool());
    QCOMPARE(hot.data(Qt::EditRole).toString(), QStringLiteral("5"));
}

void TestAssetSettingsModel::discardDropsEveryPendingChange()
{
    const int xlm = rowOf(QStringLiteral("XLM"));
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::MinDeposit), QStringLiteral("12abc")));
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::HotMax), QStringLiteral("70000")));
    m_model->discardChanges();
    QVERIFY(!m_model->hasChanges());
    QVERIFY(!m_model->hasProblems());
    QCOMPARE(m_model->index(xlm, AssetSettingsModel::MinDeposit).data().toString(), QStringLiteral("1.00"));
    QCOMPARE(m_model->index(xlm, AssetSettingsModel::HotMax).data().toString(), QStringLiteral("50,000.00"));
}

void TestAssetSettingsModel::changesMadeElsewhereAppear()
{
    QVERIFY(m_services->auditedSettings().change(testAdmin(m_services->database(), "tester"), "ETH", {{AssetSetting::WithdrawFee, "0.000000000000000001"}}).ok());
    const int eth = rowOf(QStringLiteral("ETH"));
    QTRY_COMPARE(m_model->index(eth, AssetSettingsModel::WithdrawFee).data().toString(),
                 QStringLiteral("0.000000000000000001"));
}

void TestAssetSettingsModel::aWarningFollowsTheWalletsBalance()
{
    // A new hot max exactly at what hot holds now: no warning, until a
    // deposit into hot (a ledger movement elsewhere) takes it above.
    const Amount hot = m_services->assetSettings().facts("XLM").value().hotBalance;
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex cell = m_model->index(xlm, AssetSettingsModel::HotMax);
    QVERIFY(m_model->setData(cell, QString::fromStdString(hot.format(7))));
    QVERIFY(m_model->warnings().isEmpty());
    QVERIFY(m_services->ledger()
                .submit(ledger::TransferRequest::posted("test:hot", ledger::TransferCode::Deposit,
                                                        ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                        ledger::customerAccount(1, "XLM"), Amount::fromBaseUnits(1)))
                .ok());
    QTRY_COMPARE(m_model->warnings().size(), 1);
    QVERIFY(!cell.data(AssetSettingsModel::WarningRole).toString().isEmpty());
}

// The four-eyes amount per asset, in the same table: shown as stored (the
// demo's 5,000 XLM, none elsewhere), typed text checked, applied after the
// same code as the other settings, audited, and "none" clears it.
void TestAssetSettingsModel::theFourEyesAmountIsEditedLikeTheOthers()
{
    const int xlm = rowOf(QStringLiteral("XLM"));
    const int eth = rowOf(QStringLiteral("ETH"));
    QTRY_COMPARE(m_model->index(xlm, AssetSettingsModel::FourEyes).data().toString(), QStringLiteral("5,000.00"));
    QCOMPARE(m_model->index(eth, AssetSettingsModel::FourEyes).data().toString(), QStringLiteral("none"));
    QVERIFY(m_model->flags(m_model->index(xlm, AssetSettingsModel::FourEyes)) & Qt::ItemIsEditable);

    // Not an amount of the asset: kept as typed, with the reason, and nothing applies.
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::FourEyes), QStringLiteral("1.123456789")));
    QVERIFY(!m_model->index(xlm, AssetSettingsModel::FourEyes).data(AssetSettingsModel::ProblemRole).toString().isEmpty());
    QVERIFY(m_model->hasProblems());
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::FourEyes), QStringLiteral("-5")));
    QVERIFY(m_model->hasProblems());
    // The stored value again is no change.
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::FourEyes), QStringLiteral("5000")));
    QCOMPARE(m_model->pendingCount(), 0);

    QSignalSpy saved(m_model, &AssetSettingsModel::saved);
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::FourEyes), QStringLiteral("7500.5")));
    QVERIFY(m_model->setData(m_model->index(eth, AssetSettingsModel::FourEyes), QStringLiteral("2")));
    QVERIFY(m_model->setData(m_model->index(xlm, AssetSettingsModel::MinDeposit), QStringLiteral("2")));
    QCOMPARE(m_model->pendingCount(), 3);
    QVERIFY(!m_model->hasProblems());
    QVERIFY(m_model->changeLines().contains(QStringLiteral("XLM Four eyes above: 5,000.00 → 7500.5")));
    m_model->applyChanges();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_services->withdrawals().twoApproversAbove("XLM").value(), std::optional<Amount>(Amount::parse("7500.5", 7).value()));
    QCOMPARE(m_services->withdrawals().twoApproversAbove("ETH").value(), std::optional<Amount>(Amount::parse("2", 18).value()));
    QCOMPARE(stored("XLM", AssetSetting::MinDeposit), Amount::parse("2", 7).value());
    QTRY_COMPARE(m_model->index(xlm, AssetSettingsModel::FourEyes).data().toString(), QStringLiteral("7,500.50"));
    security::AuditFilter filter;
    filter.action = "withdrawal.settings";
    const auto records = security::AuditLog(m_services->database(), m_services->clock()).list(filter).value();
    bool audited = false;
    for (const auto &r : records)
        audited |= r.objectId == "XLM" && r.actorName == "tester" && r.after.find("7500.5") != std::string::npos;
    QVERIFY(audited);

    // "none": one approver for every amount again.
    QVERIFY(m_model->setData(m_model->index(eth, AssetSettingsModel::FourEyes), QStringLiteral("none")));
    m_model->applyChanges();
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(m_services->withdrawals().twoApproversAbove("ETH").value(), std::optional<Amount>());
    QTRY_COMPARE(m_model->index(eth, AssetSettingsModel::FourEyes).data().toString(), QStringLiteral("none"));
}

void TestAssetSettingsModel::theSignedColumnSaysWhetherAnAdminSignedTheRows()
{
    const int xlm = rowOf(QStringLiteral("XLM"));
    const QModelIndex mark = m_model->index(xlm, AssetSettingsModel::Signed);
    // Without the database the column has nothing to say.
    QVERIFY(mark.data().isNull());
    m_model->setSignatures(&m_services->database());
    // The demo admin, whose key the demo's vault pins, signed every
    // asset's settings when the demo was made.
    QTRY_COMPARE(mark.data().toString(), QStringLiteral("yes"));
    QCOMPARE(mark.data(AssetSettingsModel::RawValueRole).toInt(), int(security::SignedSettings::Match::Matches));
    for (const char *code : {"ETH", "ALGO"})
        QCOMPARE(m_model->index(rowOf(QString::fromLatin1(code)), AssetSettingsModel::Signed).data().toString(), QStringLiteral("yes"));

    // The demo admin signs in with a code and changes XLM's 24h limit: a
    // signed change.
    security::OperatorService &operators = m_services->operators();
    auto session = operators.login("admin", QByteArrayLiteral("demo-admin"));
    QVERIFY(session.ok());
    const QByteArray secret = QByteArrayLiteral("demo-totp-not-secret");
    auto admin = operators.confirm(*session.value(), security::Totp::codeAt(secret, QDateTime::currentSecsSinceEpoch()));
    QVERIFY2(admin.ok(), admin.ok() ? "" : admin.error().message.c_str());
    QVERIFY(admin.value().signer);
    QVERIFY(m_services->auditedSettings().change(admin.value(), "XLM", {{AssetSetting::Limit24h, "9000"}}).ok());
    m_model->reload();
    QTRY_COMPARE(mark.data().toString(), QStringLiteral("yes"));
    QVERIFY2(mark.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Signed by admin on ")),
             qPrintable(mark.data(Qt::ToolTipRole).toString()));
    QVERIFY(mark.data(Qt::ForegroundRole).isNull());

    // Someone with database access raises the limit: the rows differ, in
    // the warning colour, and the tooltip says what.
    QVERIFY(sql::run(m_services->database().connection(), QStringLiteral("UPDATE assets SET limit_24h = ? WHERE code = 'XLM'"),
                     {m_services->database().dialect().amountToSql(Amount::parse("90000", 7).value())})
                .ok());
    m_model->reload();
    QTRY_COMPARE(mark.data().toString(), QStringLiteral("differs"));
    QCOMPARE(mark.data(AssetSettingsModel::RawValueRole).toInt(), int(security::SignedSettings::Match::Differs));
    QCOMPARE(mark.data(Qt::ForegroundRole).value<QBrush>(), tone::brush(tone::Tone::Attention));
    const QString tip = mark.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("24h limit: 90,000.00, signed 9,000.00")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("admin")), qPrintable(tip));
    // The other assets are still as the admin signed them.
    QCOMPARE(m_model->index(rowOf(QStringLiteral("ETH")), AssetSettingsModel::Signed).data().toString(), QStringLiteral("yes"));
}

QTEST_MAIN(TestAssetSettingsModel)
#include "tst_assetsettingsmodel.moc"
