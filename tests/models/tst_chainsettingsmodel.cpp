// ChainSettingsModel over a real store and the real core thread, checked by
// QAbstractItemModelTester: the three chains in a fixed order, drafts that
// are checked at once, a save that reaches the store and the audit log, bad
// drafts and viewers that change nothing, and changes made elsewhere.

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/auditlog.h"
#include "core/wallets/walletservice.h"
#include "models/chainsettingsmodel.h"
#include "models/operatorsession.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using exchange::security::Actor;
using exchange::security::Role;

class TestChainSettingsModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listsTheThreeChains();
    void onlyTheFieldsAChainHasAreEditable();
    void aSaveReachesTheStoreAndTheAuditLog();
    void aBadUrlOrConfirmationsOutOfRangeSaveNothing();
    void feeWalletLimitsAreCheckedAndSavedInTheCoin();
    void discardingDropsTheDrafts();
    void aViewerCannotSave();
    void changesMadeElsewhereAppear();

private:
    QModelIndex cell(Chain chain, int column) const;
    wallets::ChainSettings stored(Chain chain) const;
    qsizetype auditedChanges() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
    ChainSettingsModel *m_model = nullptr;
    OperatorSession *m_session = nullptr;
};

void TestChainSettingsModel::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    ManualClock clock(1'000);
    QVERIFY(addDemoData(*db, clock).ok());
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
    m_model = new ChainSettingsModel(*m_runtime, m_services->wallets(), &m_services->notifier());
    m_session = new OperatorSession(*m_runtime, m_services->operators(), m_model);
    m_session->actAs(testAdmin(m_services->database(), "tester"));
    m_model->setOperatorSession(m_session);
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    QTRY_VERIFY(m_model->isLoaded());
}

void TestChainSettingsModel::cleanup()
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

QModelIndex TestChainSettingsModel::cell(Chain chain, int column) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        if (index.data(ChainSettingsModel::ChainRole).toInt() == static_cast<int>(chain))
            return index;
    }
    return {};
}

wallets::ChainSettings TestChainSettingsModel::stored(Chain chain) const
{
    // Read on this thread with its own connection: what the store holds.
    return m_services->wallets().chainSettings(chain).value();
}

qsizetype TestChainSettingsModel::auditedChanges() const
{
    security::AuditFilter filter;
    filter.action = "chain.settings";
    return static_cast<qsizetype>(m_services->audit().list(filter).value().size());
}

void TestChainSettingsModel::listsTheThreeChains()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(ChainSettingsModel::ColumnCount));
    QCOMPARE(m_model->index(0, ChainSettingsModel::ChainName).data().toString(), QStringLiteral("Stellar"));
    QCOMPARE(m_model->index(1, ChainSettingsModel::ChainName).data().toString(), QStringLiteral("Ethereum"));
    QCOMPARE(m_model->index(2, ChainSettingsModel::ChainName).data().toString(), QStringLiteral("Algorand"));
    // The schema's defaults: 12 blocks on Ethereum, 1 elsewhere; no nodes yet.
    QCOMPARE(cell(Chain::Ethereum, ChainSettingsModel::Confirmations).data().toString(), QStringLiteral("12"));
    QCOMPARE(cell(Chain::Ethereum, ChainSettingsModel::Confirmations).data(ChainSettingsModel::RawValueRole).toInt(), 12);
    QCOMPARE(cell(Chain::Stellar, ChainSettingsModel::NodeUrl).data(Qt::EditRole).toString(), QString());
    QCOMPARE(cell(Chain::Stellar, ChainSettingsModel::NodeUrl).data().toString(), QStringLiteral("not set"));
    QVERIFY(cell(Chain::Stellar, ChainSettingsModel::NodeUrl).data(ChainSettingsModel::HintRole).toString()
                .contains(QStringLiteral("https://horizon.stellar.org")));
    QVERIFY(!m_model->hasChanges());
}

void TestChainSettingsModel::onlyTheFieldsAChainHasAreEditable()
{
    QVERIFY(m_model->mayEdit());
    QVERIFY(cell(Chain::Algorand, ChainSettingsModel::IndexerUrl).flags() & Qt::ItemIsEditable);
    QVERIFY(!(cell(Chain::Ethereum, ChainSettingsModel::IndexerUrl).flags() & Qt::ItemIsEditable));
    QVERIFY(!(cell(Chain::Stellar, ChainSettingsModel::IndexerUrl).flags() & Qt::ItemIsEditable));
    QVERIFY(cell(Chain::Stellar, ChainSettingsModel::Network).flags() & Qt::ItemIsEditable);
    QVERIFY(!(cell(Chain::Algorand, ChainSettingsModel::Network).flags() & Qt::ItemIsEditable));
    QVERIFY(!(cell(Chain::Stellar, ChainSettingsModel::ChainName).flags() & Qt::ItemIsEditable));
    QSignalSpy refused(m_model, &ChainSettingsModel::editRefused);
    QVERIFY(!m_model->setData(cell(Chain::Ethereum, ChainSettingsModel::IndexerUrl), QStringLiteral("https://x.example")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!m_model->hasChanges());
}

void TestChainSettingsModel::aSaveReachesTheStoreAndTheAuditLog()
{
    QSignalSpy saved(m_model, &ChainSettingsModel::saved);
    const qsizetype auditedBefore = auditedChanges();
    const QModelIndex node = cell(Chain::Ethereum, ChainSettingsModel::NodeUrl);
    const QModelIndex confirmations = cell(Chain::Ethereum, ChainSettingsModel::Confirmations);
    QVERIFY(m_model->setData(node, QStringLiteral(" https://rpc.example.org:8545/ ")));
    QVERIFY(m_model->setData(confirmations, QStringLiteral("30")));
    QVERIFY(node.data(ChainSettingsModel::ModifiedRole).toBool());
    QCOMPARE(node.data(ChainSettingsModel::ProblemRole).toString(), QString());
    QVERIFY(m_model->hasChanges());
    QVERIFY(!m_model->hasProblems());
    // A draft is not saved until asked.
    QCOMPARE(stored(Chain::Ethereum).confirmations, 12);

    m_model->saveChanges();
    QVERIFY(m_model->isSaving());
    QVERIFY(!(node.flags() & Qt::ItemIsEditable));
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(!m_model->isSaving());
    QVERIFY(!m_model->hasChanges());
    QVERIFY(saved.at(0).at(0).toString().contains(QStringLiteral("Ethereum")));

    const wallets::ChainSettings ethereum = stored(Chain::Ethereum);
    QCOMPARE(ethereum.nodeUrl, std::string("https://rpc.example.org:8545/"));
    QCOMPARE(ethereum.confirmations, 30);
    QCOMPARE(stored(Chain::Stellar).confirmations, 1); // untouched chains stay as they were

    // One audited change, for the chain that changed.
    QCOMPARE(auditedChanges(), auditedBefore + 1);
    const security::AuditEntry last = m_services->audit().list().value().front();
    QCOMPARE(last.action, std::string("chain.settings"));
    QCOMPARE(last.objectId, std::string("ethereum"));
    QCOMPARE(last.actorName, std::string("tester"));
    QVERIFY(last.before.find("\"confirmations\":12") != std::string::npos);
    QVERIFY(last.after.find("https://rpc.example.org:8545/") != std::string::npos);
    QVERIFY(last.after.find("\"confirmations\":30") != std::string::npos);

    QCOMPARE(node.data().toString(), QStringLiteral("https://rpc.example.org:8545/"));
    QVERIFY(!node.data(ChainSettingsModel::ModifiedRole).toBool());
}

void TestChainSettingsModel::aBadUrlOrConfirmationsOutOfRangeSaveNothing()
{
    QSignalSpy failed(m_model, &ChainSettingsModel::saveFailed);
    QSignalSpy saved(m_model, &ChainSettingsModel::saved);
    const qsizetype auditedBefore = auditedChanges();
    const QModelIndex horizon = cell(Chain::Stellar, ChainSettingsModel::NodeUrl);
    const QModelIndex confirmations = cell(Chain::Algorand, ChainSettingsModel::Confirmations);

    for (const char *bad : {"horizon.stellar.org", "ftp://horizon.stellar.org", "https://", "https://a b.org"}) {
        QVERIFY(m_model->setData(horizon, QString::fromLatin1(bad)));
        QVERIFY2(!horizon.data(ChainSettingsModel::ProblemRole).toString().isEmpty(), bad);
    }
    QVERIFY(horizon.data(ChainSettingsModel::ProblemRole).toString().contains(QStringLiteral("Horizon URL")));
    QVERIFY(horizon.data(Qt::BackgroundRole).isValid()); // shown red
    QCOMPARE(m_model->firstProblem(), horizon.data(ChainSettingsModel::ProblemRole).toString());

    for (const char *bad : {"1001", "-1", "1.5", "many"}) {
        QVERIFY(m_model->setData(confirmations, QString::fromLatin1(bad)));
        QVERIFY2(confirmations.data(ChainSettingsModel::ProblemRole).toString().contains(QStringLiteral("0 to 1000")),
                 bad);
    }
    QVERIFY(m_model->setData(confirmations, QStringLiteral("1001")));
    QVERIFY(m_model->hasProblems());

    m_model->saveChanges();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().startsWith(QStringLiteral("Nothing was saved.")));
    QVERIFY(!m_model->isSaving());
    // Let any stray job finish before looking: nothing was sent, nothing changed.
    QTest::qWait(50);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(stored(Chain::Stellar).nodeUrl, std::string());
    QCOMPARE(stored(Chain::Algorand).confirmations, 1);
    QCOMPARE(auditedChanges(), auditedBefore);
    // The drafts stay for correcting: 1000 and a good URL go through.
    QVERIFY(m_model->hasChanges());
    QVERIFY(m_model->setData(horizon, QStringLiteral("https://horizon-testnet.stellar.org")));
    QVERIFY(m_model->setData(confirmations, QStringLiteral("1000")));
    QVERIFY(!m_model->hasProblems());
    m_model->saveChanges();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(stored(Chain::Algorand).confirmations, 1000);
    QCOMPARE(stored(Chain::Stellar).nodeUrl, std::string("https://horizon-testnet.stellar.org"));
    QCOMPARE(auditedChanges(), auditedBefore + 2); // one per chain
}

void TestChainSettingsModel::feeWalletLimitsAreCheckedAndSavedInTheCoin()
{
    // Stellar has no fee wallet; Ethereum and Algorand do.
    QVERIFY(!(cell(Chain::Stellar, ChainSettingsModel::FeeWalletMax).flags() & Qt::ItemIsEditable));
    QVERIFY(cell(Chain::Ethereum, ChainSettingsModel::FeeWalletMax).flags() & Qt::ItemIsEditable);
    QVERIFY(cell(Chain::Algorand, ChainSettingsModel::FeeWalletLow).flags() & Qt::ItemIsEditable);
    QCOMPARE(cell(Chain::Stellar, ChainSettingsModel::FeeWalletMax).data().toString(), QStringLiteral("—"));

    const QModelIndex max = cell(Chain::Ethereum, ChainSettingsModel::FeeWalletMax);
    const QModelIndex low = cell(Chain::Ethereum, ChainSettingsModel::FeeWalletLow);
    // More decimals than ether has, a negative amount, words: each says why.
    for (const char *bad : {"0.0000000000000000001", "-1", "lots"}) {
        QVERIFY(m_model->setData(max, QString::fromLatin1(bad)));
        QVERIFY2(!max.data(ChainSettingsModel::ProblemRole).toString().isEmpty(), bad);
    }
    // The alert above the max is a problem of the row, whichever was typed.
    QVERIFY(m_model->setData(max, QStringLiteral("1.5")));
    QVERIFY(m_model->setData(low, QStringLiteral("2")));
    QVERIFY(low.data(ChainSettingsModel::ProblemRole).toString().contains(QStringLiteral("above its max")));
    QVERIFY(m_model->hasProblems());
    QSignalSpy saved(m_model, &ChainSettingsModel::saved);
    QVERIFY(m_model->setData(low, QStringLiteral("0.25")));
    QVERIFY(!m_model->hasProblems());
    m_model->saveChanges();
    QTRY_COMPARE(saved.count(), 1);
    const wallets::ChainSettings ethereum = stored(Chain::Ethereum);
    QCOMPARE(ethereum.feeWalletMax, std::optional<Amount>(Amount::parse("1.5", 18).value()));
    QCOMPARE(ethereum.feeWalletLow, std::optional<Amount>(Amount::parse("0.25", 18).value()));
    // At the coin's display precision, as every amount.
    QCOMPARE(max.data().toString(), QStringLiteral("1.5000 ETH"));
    QCOMPARE(max.data(Qt::EditRole).toString(), QStringLiteral("1.5000"));
    // The same amount typed as it was first written is no change: nothing
    // to save, sign or audit.
    QVERIFY(m_model->setData(max, QStringLiteral("1.5")));
    QVERIFY(!m_model->hasChanges());
    QVERIFY(m_model->setData(max, QStringLiteral("1.50000000000000001")));
    QVERIFY(m_model->hasChanges());
    QVERIFY(m_model->setData(max, QStringLiteral("1.500")));
    QVERIFY(!m_model->hasChanges());
    // "none" clears it.
    QVERIFY(m_model->setData(low, QStringLiteral("none")));
    m_model->saveChanges();
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY(!stored(Chain::Ethereum).feeWalletLow);
    QCOMPARE(stored(Chain::Ethereum).feeWalletMax, std::optional<Amount>(Amount::parse("1.5", 18).value()));
}

void TestChainSettingsModel::discardingDropsTheDrafts()
{
    const QModelIndex network = cell(Chain::Ethereum, ChainSettingsModel::Network);
    QVERIFY(m_model->setData(network, QStringLiteral("mainnet")));
    QVERIFY(!network.data(ChainSettingsModel::ProblemRole).toString().isEmpty()); // a chain id is a number
    QVERIFY(m_model->setData(network, QStringLiteral("1")));
    QVERIFY(m_model->hasChanges());
    QCOMPARE(network.data().toString(), QStringLiteral("1"));
    m_model->discardChanges();
    QVERIFY(!m_model->hasChanges());
    QCOMPARE(network.data(Qt::EditRole).toString(), QString());
    // Typing the stored value again is no change at all.
    QVERIFY(m_model->setData(cell(Chain::Ethereum, ChainSettingsModel::Confirmations), QStringLiteral("12")));
    QVERIFY(!m_model->hasChanges());
}

void TestChainSettingsModel::aViewerCannotSave()
{
    // An admin's draft, then a viewer at the console: the view offers
    // nothing to edit, and the core refuses the save.
    QVERIFY(m_model->setData(cell(Chain::Stellar, ChainSettingsModel::Confirmations), QStringLiteral("3")));
    QSignalSpy failed(m_model, &ChainSettingsModel::saveFailed);
    m_session->actAs(Actor::fromOperator(9, "vera", Role::Viewer));
    QVERIFY(!m_model->mayEdit());
    QVERIFY(!(cell(Chain::Stellar, ChainSettingsModel::NodeUrl).flags() & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(cell(Chain::Stellar, ChainSettingsModel::NodeUrl), QStringLiteral("https://h.example")));
    const qsizetype auditedBefore = auditedChanges();
    m_model->saveChanges();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("may not")), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(stored(Chain::Stellar).confirmations, 1);
    QCOMPARE(auditedChanges(), auditedBefore);
    // Signing out drops what the admin left.
    m_session->signOut();
    QVERIFY(!m_model->hasChanges());
}

void TestChainSettingsModel::changesMadeElsewhereAppear()
{
    // A draft elsewhere in the row survives; the changed cell shows the store's value.
    QVERIFY(m_model->setData(cell(Chain::Algorand, ChainSettingsModel::NodeUrl), QStringLiteral("https://algod.example")));
    wallets::ChainSettings algorand = stored(Chain::Algorand);
    algorand.indexerUrl = "https://idx.example";
    QVERIFY(m_services->wallets().setChainSettings(testAdmin(m_services->database(), "tester"), algorand).ok());
    QTRY_COMPARE(cell(Chain::Algorand, ChainSettingsModel::IndexerUrl).data().toString(),
                 QStringLiteral("https://idx.example"));
    QCOMPARE(cell(Chain::Algorand, ChainSettingsModel::NodeUrl).data().toString(), QStringLiteral("https://algod.example"));
    QVERIFY(cell(Chain::Algorand, ChainSettingsModel::NodeUrl).data(ChainSettingsModel::ModifiedRole).toBool());
}

QTEST_MAIN(TestChainSettingsModel)
#include "tst_chainsettingsmodel.moc"
