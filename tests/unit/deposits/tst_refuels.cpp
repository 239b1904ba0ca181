// The fee wallet tier and the refuels table, on both databases: an admin
// registers a fee wallet on Ethereum or Algorand (never Stellar, which has
// nothing to sweep), the Wallets overview shows it for the chain's coin
// only, a sweep may return gas to it, and a refuel moves through its states
// once each: a second process (or a step repeated after a crash) cannot
// move it twice. Any other tier is still refused by the schema.

#include "core/base/manualclock.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/refuelrepository.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletservice.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QDateTime>
#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// Well-known development addresses (Hardhat's first accounts): no value.
const std::string kFee = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const std::string kDeposit = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

RefuelRecord refuel(std::int64_t sequence, const std::string &txid)
{
    RefuelRecord r;
    r.chain = Chain::Ethereum;
    r.asset = "ETH";
    r.fromAddress = kFee;
    r.toAddress = kDeposit;
    r.forAssets = "ETH";
    r.amount = Amount::fromBaseUnits(105'000'000'000'000);
    r.maxFee = Amount::fromBaseUnits(21'000'000'000'000);
    r.sequence = sequence;
    r.rawTx = "0x02";
    r.txid = txid;
    r.createdAtMs = 1000;
    return r;
}

} // namespace

class TestRefuels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdminRegistersAFeeWalletButNotOnStellar();
    void theOverviewShowsTheFeeWalletForTheCoinOnly();
    void aRefuelMovesThroughItsStatesOnce();
    void theSchemaRefusesOtherTiers();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<wallets::WalletService> m_wallets;
};

void TestRefuels::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
}

void TestRefuels::cleanup()
{
    m_wallets.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestRefuels::anAdminRegistersAFeeWalletButNotOnStellar()
{
    wallets::Wallet w;
    w.chain = Chain::Ethereum;
    w.tier = wallets::WalletTier::Fee;
    w.asset = "ETH";
    w.address = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"; // lower case: stored in EIP-55
    auto added = m_wallets->add(m_signers->confirmed("root"), w);
    QVERIFY2(added.ok(), added ? "" : added.error().message.c_str());
    QCOMPARE(added.value().address, kFee);
    QCOMPARE(added.value().tier, wallets::WalletTier::Fee);
    QVERIFY(!added.value().watchOnly); // its key signs refuels

    wallets::Wallet stellar;
    stellar.chain = Chain::Stellar;
    stellar.tier = wallets::WalletTier::Fee;
    stellar.asset = "XLM";
    stellar.address = "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7";
    auto refused = m_wallets->add(m_signers->confirmed("root"), stellar);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    auto all = m_wallets->list();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), std::size_t(1));
}

void TestRefuels::theOverviewShowsTheFeeWalletForTheCoinOnly()
{
    wallets::Wallet w;
    w.chain = Chain::Ethereum;
    w.tier = wallets::WalletTier::Fee;
    w.asset = "ETH";
    w.address = kFee;
    QVERIFY(m_wallets->add(m_signers->confirmed("root"), w).ok());
    QVERIFY(m_wallets->recordChainBalance(1, Amount::fromBaseUnits(5)).ok());
    auto overview = m_wallets->overview();
    QVERIFY(overview.ok());
    int feeRows = 0;
    for (const wallets::TierOverview &row : overview.value()) {
        if (row.tier != wallets::WalletTier::Fee)
            continue;
        ++feeRows;
        QCOMPARE(row.asset, std::string("ETH"));
        QCOMPARE(row.address, kFee);
        QCOMPARE(row.chainBalance, std::optional<Amount>(Amount::fromBaseUnits(5)));
        QVERIFY(!row.maxBalance);
    }
    QCOMPARE(feeRows, 1);
}

void TestRefuels::aRefuelMovesThroughItsStatesOnce()
{
    RefuelRepository refuels(m_db->connection(), m_db->dialect());
    QCOMPARE(refuels.lastSequenceFrom(Chain::Ethereum, kFee).value(), std::optional<std::int64_t>());
    auto first = refuels.insert(refuel(7, "0x" + std::string(64, 'a')));
    QVERIFY2(first.ok(), first ? "" : first.error().message.c_str());
    QCOMPARE(first.value().state, CollectionState::Signed);
    QCOMPARE(first.value().amount, Amount::fromBaseUnits(105'000'000'000'000));
    // One nonce of the fee wallet is one refuel.
    QVERIFY(!refuels.insert(refuel(7, "0x" + std::string(64, 'b'))).ok());
    QVERIFY(refuels.insert(refuel(8, "0x" + std::string(64, 'c'))).ok());
    QCOMPARE(refuels.lastSequenceFrom(Chain::Ethereum, kFee).value(), std::optional<std::int64_t>(8));

    const std::int64_t id = first.value().id;
    QVERIFY(refuels.advance(id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt, {}, 2000).ok());
    auto twice = refuels.advance(id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt, {}, 2000);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QVERIFY(refuels.advance(id, CollectionState::Broadcast, CollectionState::Confirmed, Amount::fromBaseUnits(21'000), {}, 3000).ok());
    auto open = refuels.inStates({CollectionState::Signed, CollectionState::Broadcast});
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), std::size_t(1));
    auto toDeposit = refuels.to(Chain::Ethereum, kDeposit);
    QVERIFY(toDeposit.ok());
    QCOMPARE(toDeposit.value().size(), std::size_t(2));
    QCOMPARE(toDeposit.value().front().fee, std::optional<Amount>(Amount::fromBaseUnits(21'000)));
    QCOMPARE(toDeposit.value().front().state, CollectionState::Confirmed);
}

void TestRefuels::theSchemaRefusesOtherTiers()
{
    const auto insertWallet = [&](const QString &tier) {
        return sql::run(m_db->connection(),
                        QStringLiteral("INSERT INTO wallets (chain, tier, asset, address, watch_only, created_at)"
                                       " VALUES ('ethereum', ?, 'ETH', ?, 0, 1)"),
                        {tier, QStringLiteral("0x%1").arg(tier.size(), 40, 10, QLatin1Char('0'))});
    };
    QVERIFY(insertWallet(QStringLiteral("fee")).ok());
    QVERIFY(!insertWallet(QStringLiteral("treasury")).ok());
    // A sweep may return gas to the fee wallet; no other new tier.
    CollectionRecord sweep;
    sweep.groupKey = "g";
    sweep.asset = "ETH";
    sweep.fromAddress = kDeposit;
    sweep.tier = wallets::WalletTier::Fee;
    sweep.toAddress = kFee;
    sweep.rawTx = "0x02";
    sweep.txid = "0x" + std::string(64, 'd');
    QVERIFY(CollectionRepository(m_db->connection(), m_db->dialect()).insert(sweep).ok());
    sweep.tier = wallets::WalletTier::Deposit;
    sweep.sequence = 1;
    sweep.txid = "0x" + std::string(64, 'e');
    QVERIFY(!CollectionRepository(m_db->connection(), m_db->dialect()).insert(sweep).ok());
}

QTEST_GUILESS_MAIN(TestRefuels)
#include "tst_refuels.moc"
