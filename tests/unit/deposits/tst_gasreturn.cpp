// The gas left on Ethereum deposit addresses, on both databases, against a
// scripted JSON-RPC node: the leftover is what an address holds beyond the
// ether deposits it owes customers, and none while a sweep or a refuel of it
// is open; the return to the fee wallet is one transfer from the address's
// key of leftover less its own fee (max fee = max priority fee = gas price),
// stored and audited before the node sees it, booked deposit → fee once
// confirmed; an address holding less than the fee, or less than the
// operator's minimum, keeps it; a fee wallet whose address is not the one
// the vault's fee key derives gets nothing, and the refusal is audited.
// Token deposits planned at an address speak for its ether, and the
// Dashboard's report says the fee wallet is short while it holds nothing
// (or none is registered).

#include "core/base/manualclock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/transaction.h"
#include "core/crypto/bip39.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/depositservice.h"
#include "core/deposits/ethereumcollector.h"
#include "core/deposits/ethereumgasleftovers.h"
#include "core/deposits/ethereumgasreturn.h"
#include "core/deposits/refuelrepository.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/attentionreport.h"
#include "core/runtime/coreservices.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "scriptedethereumnode.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <map>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// Hardhat's public development mnemonic and accounts (documented by
// Hardhat, worth nothing): index 1 of the mnemonic is the deposit address,
// account #2's key the fee wallet's, #3 an address nobody here holds.
constexpr std::string_view kMnemonic = "test test test test test test test test test test test junk";
const std::string kDeposit = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const QByteArray kFeeKey = QByteArray::fromHex("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
const std::string kFee = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const std::string kStranger = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const QByteArray kPassphrase = "gas return test passphrase";

constexpr std::int64_t kGwei = 1'000'000'000;
constexpr std::int64_t kGasPrice = 2 * kGwei;
constexpr std::int64_t kTransferFee = 21'000 * kGasPrice; // 42,000 gwei
constexpr std::int64_t kOwed = 500'000'000'000'000'000;   // 0.5 ETH deposited
constexpr std::int64_t kLeft = 3'000'000'000'000'000;     // 0.003 ETH left by a refuel

security::SecureBuffer secret(const QByteArray &bytes)
{
    return security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

QString hex(std::int64_t n)
{
    return QStringLiteral("0x") + QString::number(n, 16);
}

using ScriptedNode = testing::ScriptedEthereumNode;

} // namespace

class TestGasReturn : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theLeftoverIsWhatTheAddressHoldsBeyondWhatItOwes();
    void anIgnoredDepositIsNotOwed();
    void anOpenRefuelOrSweepSpeaksForTheEther();
    void theReturnIsStoredBeforeItIsSentAndLeavesNothing();
    void aConfirmedReturnIsBookedToTheFeeWallet();
    void lessThanTheFeeOrTheMinimumStays();
    void aFeeWalletTheVaultKeyDoesNotDeriveGetsNothing();
    void tokenSweepsWaitingSpeakForTheGasAndRaiseAFeeWalletShort();

private:
    Result<GasReturnReport> returnGas(const Amount &minimum = Amount());
    std::int64_t count(const QString &statement) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<ScriptedNode> m_node;
    std::unique_ptr<ethereum::JsonRpcClient> m_client;
    std::int64_t m_depositWalletId = 0;
};

void TestGasReturn::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", kPassphrase);
    const security::Actor root = m_signers->confirmed("root");
    auto seed = crypto::bip39::seedFromMnemonic(kMnemonic);
    QVERIFY(seed.ok());
    QVERIFY(m_vault->storeKey(root, EthereumCollector::kSeedKey, "any", "test", secret(seed.value())).ok());
    QVERIFY(m_vault->storeKey(root, "fee:ethereum", "ethereum", kFee, secret(kFeeKey)).ok());

    QVERIFY(CustomerRepository(m_db->connection()).add(QStringLiteral("One"), QString(), 1).ok());
    // A high min collection: the deposit stays at its address, owed.
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(root, "ETH", {{AssetSetting::MinDeposit, "0.001"}, {AssetSetting::MinCollection, "100"}})
                .ok());
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    auto deposit = wallets::WalletRepository(m_db->connection(), m_db->dialect())
                       .add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", kDeposit, 1, 1, false, {}, 0}, 1);
    QVERIFY(deposit.ok());
    m_depositWalletId = deposit.value().id;
    wallets::Wallet fee;
    fee.chain = Chain::Ethereum;
    fee.tier = wallets::WalletTier::Fee;
    fee.asset = "ETH";
    fee.address = kFee;
    auto added = m_wallets->add(m_signers->confirmed("root"), fee);
    QVERIFY2(added.ok(), added ? "" : added.error().message.c_str());

    m_node = std::make_unique<ScriptedNode>(kGasPrice, 4);
    QVERIFY(m_node->listen());
    QVERIFY(m_wallets->setChainSettings(m_signers->confirmed("root"), {Chain::Ethereum, m_node->url.toString().toStdString(), {}, 1, "1337"})
                .ok());
    m_client = std::make_unique<ethereum::JsonRpcClient>(m_node->url);

    ObservedPayment p;
    p.chain = Chain::Ethereum;
    p.txid = "0x" + std::string(64, '1');
    p.asset = "ETH";
    p.to = kDeposit;
    p.from = kStranger;
    p.amount = Amount::fromBaseUnits(kOwed);
    p.height = 90;
    DepositService deposits(*m_db, m_clock, *m_ledger, *m_audit);
    QVERIFY(deposits.ingest({p}, std::nullopt).ok());
    m_node->balances[QString::fromStdString(kDeposit).toLower().toStdString()] = kOwed + kLeft;
}

void TestGasReturn::cleanup()
{
    m_client.reset();
    m_node.reset();
    m_vault.reset();
    m_wallets.reset();
    m_signers.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

Result<GasReturnReport> TestGasReturn::returnGas(const Amount &minimum)
{
    return EthereumGasReturn(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_client)
        .run(m_signers->confirmed("root"), *m_vault, minimum);
}

std::int64_t TestGasReturn::count(const QString &statement) const
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

void TestGasReturn::theLeftoverIsWhatTheAddressHoldsBeyondWhatItOwes()
{
    auto read = EthereumGasLeftovers(*m_db).read(*m_client);
    QVERIFY2(read.ok(), read ? "" : read.error().message.c_str());
    QCOMPARE(read.value().size(), std::size_t(1));
    const GasLeftover &l = read.value().front();
    QCOMPARE(l.address, kDeposit);
    QCOMPARE(l.held, std::optional<Amount>(Amount::fromBaseUnits(kOwed + kLeft)));
    QCOMPARE(l.owed, Amount::fromBaseUnits(kOwed));
    QCOMPARE(l.leftover, Amount::fromBaseUnits(kLeft));
    QVERIFY(l.spokenFor.empty());
    QCOMPARE(EthereumGasLeftovers::total(read.value()), Amount::fromBaseUnits(kLeft));

    // The screen's list reads no node: never read, the address is not listed;
    // as recorded, it is the same.
    auto unread = EthereumGasLeftovers(*m_db).recorded();
    QVERIFY(unread.ok());
    QVERIFY(unread.value().empty());
    QVERIFY(m_wallets->recordChainBalance(m_depositWalletId, Amount::fromBaseUnits(kOwed + kLeft)).ok());
    auto recorded = EthereumGasLeftovers(*m_db).recorded();
    QVERIFY(recorded.ok());
    QCOMPARE(recorded.value().size(), std::size_t(1));
    QCOMPARE(recorded.value().front().leftover, Amount::fromBaseUnits(kLeft));

    // Holding less than it owes leaves nothing over (never a negative).
    m_node->balances[QString::fromStdString(kDeposit).toLower().toStdString()] = kOwed - 1;
    auto shortOf = EthereumGasLeftovers(*m_db).read(*m_client);
    QVERIFY(shortOf.ok());
    QCOMPARE(shortOf.value().front().leftover, Amount());
}

// Below the min deposit a payment credits nobody: its ether is the
// exchange's, and goes back with the gas.
void TestGasReturn::anIgnoredDepositIsNotOwed()
{
    constexpr std::int64_t kDust = 500'000'000'000'000; // 0.0005 ETH, below the min deposit of 0.001
    ObservedPayment p;
    p.chain = Chain::Ethereum;
    p.txid = "0x" + std::string(64, '3');
    p.asset = "ETH";
    p.to = kDeposit;
    p.from = kStranger;
    p.amount = Amount::fromBaseUnits(kDust);
    p.height = 91;
    QVERIFY(DepositService(*m_db, m_clock, *m_ledger, *m_audit).ingest({p}, std::nullopt).ok());
    auto states = DepositRepository(m_db->connection(), m_db->dialect()).findByKey(Chain::Ethereum, p.txid, 0);
    QVERIFY(states.ok() && states.value());
    QCOMPARE(states.value()->state, DepositState::Ignored);
    m_node->balances[QString::fromStdString(kDeposit).toLower().toStdString()] = kOwed + kLeft + kDust;
    auto read = EthereumGasLeftovers(*m_db).read(*m_client);
    QVERIFY(read.ok());
    QCOMPARE(read.value().front().owed, Amount::fromBaseUnits(kOwed));
    QCOMPARE(read.value().front().leftover, Amount::fromBaseUnits(kLeft + kDust));
}

void TestGasReturn::anOpenRefuelOrSweepSpeaksForTheEther()
{
    RefuelRecord refuel;
    refuel.chain = Chain::Ethereum;
    refuel.asset = "ETH";
    refuel.fromAddress = kFee;
    refuel.toAddress = kDeposit;
    refuel.forAssets = "TUSD";
    refuel.amount = Amount::fromBaseUnits(kLeft);
    refuel.maxFee = Amount::fromBaseUnits(kTransferFee);
    refuel.sequence = 1;
    refuel.rawTx = "0x02";
    refuel.txid = "0x" + std::string(64, 'a');
    refuel.createdAtMs = 1;
    auto stored = RefuelRepository(m_db->connection(), m_db->dialect()).insert(refuel);
    QVERIFY(stored.ok());
    auto read = EthereumGasLeftovers(*m_db).read(*m_client);
    QVERIFY(read.ok());
    QCOMPARE(read.value().front().leftover, Amount());
    QVERIFY(read.value().front().spokenFor.find("refuel") != std::string::npos);
    auto report = returnGas();
    QVERIFY(report.ok());
    QVERIFY(report.value().returned.empty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections")), 0);

    // Confirmed, the refuel no longer speaks for it; an open sweep does.
    QVERIFY(RefuelRepository(m_db->connection(), m_db->dialect())
                .advance(stored.value().id, CollectionState::Signed, CollectionState::Failed, std::nullopt, {}, 2)
                .ok());
    CollectionRecord sweep;
    sweep.groupKey = "g";
    sweep.asset = "ETH";
    sweep.fromAddress = kDeposit;
    sweep.tier = wallets::WalletTier::Hot;
    sweep.toAddress = kStranger;
    sweep.sequence = 3;
    sweep.rawTx = "0x02";
    sweep.txid = "0x" + std::string(64, 'b');
    sweep.state = CollectionState::Broadcast;
    QVERIFY(CollectionRepository(m_db->connection(), m_db->dialect()).insert(sweep).ok());
    read = EthereumGasLeftovers(*m_db).read(*m_client);
    QVERIFY(read.ok());
    QCOMPARE(read.value().front().leftover, Amount());
    QVERIFY(read.value().front().spokenFor.find("sweep") != std::string::npos);
}

void TestGasReturn::theReturnIsStoredBeforeItIsSentAndLeavesNothing()
{
    int storedWhenSent = -1;
    m_node->onSend = [&](const std::string &raw) {
        storedWhenSent = static_cast<int>(count(QStringLiteral("SELECT COUNT(*) FROM collections WHERE raw_tx = '%1' AND tier = 'fee'")
                                                    .arg(QString::fromStdString(raw))));
    };
    auto report = returnGas();
    QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
    QVERIFY2(report.value().sweeps.problems.empty(), report.value().sweeps.problems.empty() ? "" : report.value().sweeps.problems.front().c_str());
    QCOMPARE(report.value().returned.size(), std::size_t(1));
    const GasReturned &r = report.value().returned.front();
    QCOMPARE(r.address, kDeposit);
    QCOMPARE(r.fee, Amount::fromBaseUnits(kTransferFee));
    QCOMPARE(r.amount, Amount::fromBaseUnits(kLeft - kTransferFee));
    QCOMPARE(storedWhenSent, 1);
    QCOMPARE(m_node->sent.size(), std::size_t(1));
    QCOMPARE(report.value().sweeps.broadcast, 1);

    // What the node received: from the deposit key, at the address's pending
    // nonce, to the fee wallet, value + gas × price = the leftover exactly.
    auto tx = ethereum::Transaction::parse(QByteArray::fromHex(QByteArray::fromStdString(m_node->sent.front()).mid(2)));
    QVERIFY(tx.ok());
    QCOMPARE(ethereum::checksumAddress(tx.value().sender().value()), kDeposit);
    QCOMPARE(ethereum::checksumAddress(*tx.value().to), kFee);
    QCOMPARE(tx.value().nonce, std::uint64_t(4));
    QCOMPARE(tx.value().chainId, std::optional<std::uint64_t>(1337));
    QCOMPARE(tx.value().gasLimit, std::uint64_t(21'000));
    QCOMPARE(tx.value().maxFeePerGas.toDecimal(), std::to_string(kGasPrice));
    QCOMPARE(tx.value().maxPriorityFeePerGas.toDecimal(), std::to_string(kGasPrice));
    QCOMPARE(tx.value().value.toDecimal(), std::to_string(kLeft - kTransferFee));
    QVERIFY(tx.value().data.isEmpty());
    QCOMPARE(r.txid, tx.value().hashHex());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.sign'")), 1);

    // The return's own sweep is open: the address has no leftover, and a
    // second run signs nothing more (it only sends the same bytes again).
    auto again = returnGas();
    QVERIFY(again.ok());
    QVERIFY(again.value().returned.empty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections")), 1);
    QVERIFY(m_node->sent.size() > 1);
    for (const std::string &raw : m_node->sent)
        QCOMPARE(raw, m_node->sent.front());
}

void TestGasReturn::aConfirmedReturnIsBookedToTheFeeWallet()
{
    auto report = returnGas();
    QVERIFY(report.ok());
    QCOMPARE(report.value().returned.size(), std::size_t(1));
    const GasReturned r = report.value().returned.front();
    m_node->receipts[r.txid] = QJsonObject{{QStringLiteral("status"), QStringLiteral("0x1")},
                                           {QStringLiteral("blockNumber"), hex(99)},
                                           {QStringLiteral("gasUsed"), hex(21'000)},
                                           {QStringLiteral("effectiveGasPrice"), hex(kGasPrice)}};
    const Amount depositBefore = m_ledger->account(ledger::walletAccount("deposit", "ETH")).value().balance();
    CollectionRunReport followed;
    QVERIFY(EthereumCollector(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_client).follow(followed).ok());
    QCOMPARE(followed.confirmed, 1);
    QCOMPARE(m_ledger->account(ledger::walletAccount("fee", "ETH")).value().balance(), Amount::fromBaseUnits(kLeft - kTransferFee));
    QCOMPARE(m_ledger->account(ledger::expenseAccount("network_fees", "ETH")).value().balance(), Amount::fromBaseUnits(kTransferFee));
    QCOMPARE(m_ledger->account(ledger::walletAccount("deposit", "ETH")).value().balance(),
             Amount::fromBaseUnits(depositBefore.baseUnits() - kLeft));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections WHERE state = 'confirmed'")), 1);
    auto books = ledger::LedgerChecker(*m_db, m_clock).check();
    QVERIFY(books.ok());
    QVERIFY2(books.value().clean(), books.value().clean() ? "" : books.value().discrepancies.front().c_str());
}

void TestGasReturn::lessThanTheFeeOrTheMinimumStays()
{
    // Exactly the fee: returning it would send nothing.
    m_node->balances[QString::fromStdString(kDeposit).toLower().toStdString()] = kOwed + kTransferFee;
    auto report = returnGas();
    QVERIFY(report.ok());
    QVERIFY(report.value().returned.empty());
    QCOMPARE(report.value().skipped.size(), std::size_t(1));
    // Above the fee, below the operator's minimum.
    m_node->balances[QString::fromStdString(kDeposit).toLower().toStdString()] = kOwed + kLeft;
    report = returnGas(Amount::fromBaseUnits(kLeft + 1));
    QVERIFY(report.ok());
    QVERIFY(report.value().returned.empty());
    QCOMPARE(report.value().skipped.size(), std::size_t(1));
    QVERIFY(m_node->sent.empty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections")), 0);
    // At the minimum, it goes.
    report = returnGas(Amount::fromBaseUnits(kLeft));
    QVERIFY(report.ok());
    QCOMPARE(report.value().returned.size(), std::size_t(1));
}

void TestGasReturn::aFeeWalletTheVaultKeyDoesNotDeriveGetsNothing()
{
    // Someone with the database points the fee wallet elsewhere.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE wallets SET address = ? WHERE tier = 'fee'"),
                     {QString::fromStdString(kStranger)})
                .ok());
    auto report = returnGas();
    QVERIFY(report.ok());
    QVERIFY(report.value().returned.empty());
    QCOMPARE(report.value().sweeps.refused, 1);
    QCOMPARE(report.value().sweeps.problems.size(), std::size_t(1));
    QVERIFY(m_node->sent.empty());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.refused'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.refused' AND after_value LIKE "
                                  "'%wallet.fee_key%'")),
             1);
}

void TestGasReturn::tokenSweepsWaitingSpeakForTheGasAndRaiseAFeeWalletShort()
{
    // The canonical EIP-55 example address stands for the token's contract.
    const std::string contract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    auto token = security::AuditedAssets(*m_db, m_clock)
                     .add(m_signers->confirmed("root"), testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(contract), 6), 6);
    QVERIFY2(token.ok(), token ? "" : token.error().message.c_str());
    const auto shortNow = [&]() -> std::optional<FeeWalletShort> {
        CoreServices services(m_testDb->open());
        auto report = readAttentionReport(services);
        if (!report) {
            qWarning("%s", report.error().message.c_str());
            return FeeWalletShort{Chain::Stellar, -1, false, {}, {}};
        }
        return report.value().feeWalletShort;
    };
    QVERIFY(!shortNow()); // no token sweep waits

    ObservedPayment p;
    p.chain = Chain::Ethereum;
    p.txid = "0x" + std::string(64, '2');
    p.index = 3;
    p.asset = "USDC";
    p.to = kDeposit;
    p.from = kStranger;
    p.amount = Amount::fromBaseUnits(50'000'000);
    p.height = 95;
    QVERIFY(DepositRepository(m_db->connection(), m_db->dialect()).insert(p, 1, DepositState::CollectionPlanned, 2).ok());
    auto read = EthereumGasLeftovers(*m_db).read(*m_client);
    QVERIFY(read.ok());
    QCOMPARE(read.value().front().leftover, Amount());
    QVERIFY2(read.value().front().spokenFor.find("USDC") != std::string::npos, read.value().front().spokenFor.c_str());
    auto report = returnGas();
    QVERIFY(report.ok());
    QVERIFY(report.value().returned.empty());

    // The fee wallet, registered, holds nothing in the books: short.
    auto fee = shortNow();
    QVERIFY(fee);
    QCOMPARE(fee->addressesWaiting, 1);
    QVERIFY(fee->registered);
    QCOMPARE(fee->spendable, Amount());
    // With no fee wallet registered it says so.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("DELETE FROM wallets WHERE tier = 'fee'")).ok());
    fee = shortNow();
    QVERIFY(fee);
    QVERIFY(!fee->registered);
}

QTEST_GUILESS_MAIN(TestGasReturn)
#include "tst_gasreturn.moc"
