// Stuck Ethereum collection sweeps and refuels, replaced on the same nonce,
// on both databases against a scripted JSON-RPC node: only a broadcast one
// that waited the stuck time is replaced; the replacement is the same
// transfer (nonce, destination, data) with both fees raised by at least
// 12.5% (rounded up) or to the node's gas price, signed by the key that
// signed the first, stored with its audit record before the node sees it;
// an ETH sweep sends less by what its max fee rose; a cap with no room for
// the bump refuses; whichever attempt the chain mines is booked once, with
// the fee it paid, and the ledger check stays clean; after a crash between
// store and send the very same bytes go out.
//
// The expected fees are worked by hand from the rule nodes apply (geth's
// txpool price bump of 10%, 12.5% for EIP-1559 by the node majority: 9/8 of
// the old value), not read from the code under test.

#include "core/base/manualclock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/transaction.h"
#include "core/crypto/bip39.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositservice.h"
#include "core/deposits/ethereumcollector.h"
#include "core/deposits/ethereumsweepreplacement.h"
#include "core/deposits/refuelrepository.h"
#include "core/deposits/sweepattemptrepository.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
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

#include <map>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// Hardhat's public development mnemonic and accounts (documented by
// Hardhat, worth nothing): index 1 of the mnemonic is the deposit address
// (account #1, whose key signs the test's first sweep), account #2 the fee
// wallet, #3 someone else, #4 the hot wallet.
constexpr std::string_view kMnemonic = "test test test test test test test test test test test junk";
const std::string kDeposit = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const QByteArray kDepositKey = QByteArray::fromHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const QByteArray kFeeKey = QByteArray::fromHex("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
const std::string kFee = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const std::string kStranger = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const std::string kHot = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const QByteArray kPassphrase = "sweep replacement test passphrase";

constexpr std::int64_t kGwei = 1'000'000'000;
constexpr std::int64_t kGasPrice = 2 * kGwei;          // the first attempt's max fee and tip
constexpr std::int64_t kBumped = 2'250'000'000;        // 2 gwei × 9/8
constexpr std::int64_t kTransferFee = 21'000 * kGasPrice; // 42,000 gwei
constexpr std::int64_t kBumpedFee = 21'000 * kBumped;  // 47,250 gwei
constexpr std::int64_t kOwed = 500'000'000'000'000'000; // 0.5 ETH deposited
constexpr std::int64_t kNonce = 4;
constexpr std::int64_t kTenMinutes = 10 * 60 * 1000;

security::SecureBuffer secret(const QByteArray &bytes)
{
    return security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

QString hex(std::int64_t n)
{
    return QStringLiteral("0x") + QString::number(n, 16);
}

std::string lower(const std::string &s)
{
    return QString::fromStdString(s).toLower().toStdString();
}

ethereum::Transaction parse(const std::string &raw)
{
    auto tx = ethereum::Transaction::parse(QByteArray::fromHex(QByteArray::fromStdString(raw).mid(2)));
    return tx ? tx.value() : ethereum::Transaction{};
}

QJsonObject receipt(std::int64_t effectivePrice)
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("0x1")},
                       {QStringLiteral("blockNumber"), hex(99)},
                       {QStringLiteral("gasUsed"), hex(21'000)},
                       {QStringLiteral("effectiveGasPrice"), hex(effectivePrice)}};
}

using ScriptedNode = testing::ScriptedEthereumNode;

} // namespace

class TestSweepReplacement : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onlyABroadcastSweepThatWaitedIsReplaced();
    void theReplacementIsTheSameTransferWithHigherFeesStoredBeforeSent();
    void theNodesHigherPriceWins();
    void aCapWithoutRoomForTheBumpRefuses();
    void aTakenNonceIsNotReplaced();
    void theReplacementMinedIsBookedOnce();
    void theOriginalMinedIsBookedOnce();
    void aCrashBetweenStoreAndSendSendsTheSameBytes();
    void aRefuelIsReplacedWithTheFeeWalletsKey();
    void aTokenSweepShortOfGasGetsARefuelFirst();

private:
    CollectionRecord storeSweep(CollectionState state);
    RefuelRecord storeRefuel();
    Result<void> replaceStuck(CollectionRunReport &report, SweepReplacementPolicy policy = {});
    Result<void> follow(CollectionRunReport &report);
    CollectionRecord sweepRow(std::int64_t id) const;
    std::int64_t count(const QString &statement) const;
    void booksAreClean();

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
    std::optional<security::Actor> m_root; // the collector's runs act for it
};

void TestSweepReplacement::init()
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
    m_root = root;
    auto seed = crypto::bip39::seedFromMnemonic(kMnemonic);
    QVERIFY(seed.ok());
    QVERIFY(m_vault->storeKey(root, EthereumCollector::kSeedKey, "any", "test", secret(seed.value())).ok());
    QVERIFY(m_vault->storeKey(root, "fee:ethereum", "ethereum", kFee, secret(kFeeKey)).ok());

    QVERIFY(CustomerRepository(m_db->connection()).add(QStringLiteral("One"), QString(), 1).ok());
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(root, "ETH", {{AssetSetting::MinDeposit, "0.001"}, {AssetSetting::MinCollection, "100"}})
                .ok());
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", kDeposit, 1, 1, false, {}, 0}, 1)
                .ok());
    wallets::Wallet fee;
    fee.chain = Chain::Ethereum;
    fee.tier = wallets::WalletTier::Fee;
    fee.asset = "ETH";
    fee.address = kFee;
    QVERIFY(m_wallets->add(root, fee).ok());

    m_node = std::make_unique<ScriptedNode>(kGasPrice, kNonce);
    QVERIFY(m_node->listen());
    QVERIFY(m_wallets->setChainSettings(root, {Chain::Ethereum, m_node->url.toString().toStdString(), {}, 1, "1337"}).ok());
    m_client = std::make_unique<ethereum::JsonRpcClient>(m_node->url);

    // The ledger owes the customer the deposit the sweep moves on.
    ObservedPayment p;
    p.chain = Chain::Ethereum;
    p.txid = "0x" + std::string(64, '1');
    p.asset = "ETH";
    p.to = kDeposit;
    p.from = kStranger;
    p.amount = Amount::fromBaseUnits(kOwed);
    p.height = 90;
    QVERIFY(DepositService(*m_db, m_clock, *m_ledger, *m_audit).ingest({p}, std::nullopt).ok());
    m_node->balances[lower(kDeposit)] = kOwed;
    m_node->balances[lower(kFee)] = kOwed;
}

void TestSweepReplacement::cleanup()
{
    m_root.reset();
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

// The deposit address's whole balance to hot, less its gas at 2 gwei, as
// the collector signs it (max fee = tip = gas price).
CollectionRecord TestSweepReplacement::storeSweep(CollectionState state)
{
    ethereum::Transaction tx;
    tx.chainId = 1337;
    tx.nonce = kNonce;
    tx.maxFeePerGas = UInt256::fromUint128(kGasPrice);
    tx.maxPriorityFeePerGas = tx.maxFeePerGas;
    tx.gasLimit = 21'000;
    tx.to = ethereum::parseAddress(kHot).value();
    tx.value = UInt256::fromUint128(kOwed - kTransferFee);
    if (!tx.sign(kDepositKey))
        return {};
    CollectionRecord r;
    r.groupKey = "ethereum:" + kDeposit + ":4";
    r.asset = "ETH";
    r.fromAddress = kDeposit;
    r.tier = wallets::WalletTier::Hot;
    r.toAddress = kHot;
    r.amount = Amount::fromBaseUnits(kOwed - kTransferFee);
    r.maxFee = Amount::fromBaseUnits(kTransferFee);
    r.sequence = kNonce;
    r.rawTx = "0x" + tx.serialise().toHex().toStdString();
    r.txid = tx.hashHex();
    r.createdAtMs = m_clock.nowMs();
    CollectionRepository collections(m_db->connection(), m_db->dialect());
    auto stored = collections.insert(r);
    if (!stored)
        return {};
    if (state == CollectionState::Broadcast
        && !collections.advance(stored.value().id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt, {}, m_clock.nowMs()))
        return {};
    stored.value().state = state;
    return stored.value();
}

RefuelRecord TestSweepReplacement::storeRefuel()
{
    constexpr std::int64_t kRefuel = 3'000'000'000'000'000;
    ethereum::Transaction tx;
    tx.chainId = 1337;
    tx.nonce = kNonce;
    tx.maxFeePerGas = UInt256::fromUint128(kGasPrice);
    tx.maxPriorityFeePerGas = tx.maxFeePerGas;
    tx.gasLimit = 21'000;
    tx.to = ethereum::parseAddress(kDeposit).value();
    tx.value = UInt256::fromUint128(kRefuel);
    if (!tx.sign(kFeeKey))
        return {};
    RefuelRecord r;
    r.asset = "ETH";
    r.fromAddress = kFee;
    r.toAddress = kDeposit;
    r.forAssets = "TUSD";
    r.amount = Amount::fromBaseUnits(kRefuel);
    r.maxFee = Amount::fromBaseUnits(kTransferFee);
    r.sequence = kNonce;
    r.rawTx = "0x" + tx.serialise().toHex().toStdString();
    r.txid = tx.hashHex();
    r.createdAtMs = m_clock.nowMs();
    RefuelRepository refuels(m_db->connection(), m_db->dialect());
    auto stored = refuels.insert(r);
    if (!stored || !refuels.advance(stored.value().id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt, {}, m_clock.nowMs()))
        return {};
    stored.value().state = CollectionState::Broadcast;
    return stored.value();
}

Result<void> TestSweepReplacement::replaceStuck(CollectionRunReport &report, SweepReplacementPolicy policy)
{
    EthereumSweepReplacement replacements(*m_db, m_clock, *m_ledger, *m_audit, *m_client);
    replacements.setPolicy(policy);
    return replacements.replaceStuck(*m_root, *m_vault, report);
}

Result<void> TestSweepReplacement::follow(CollectionRunReport &report)
{
    return EthereumCollector(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_client).follow(report);
}

CollectionRecord TestSweepReplacement::sweepRow(std::int64_t id) const
{
    auto all = CollectionRepository(m_db->connection(), m_db->dialect()).recent(100);
    if (all) {
        for (const CollectionRecord &r : all.value()) {
            if (r.id == id)
                return r;
        }
    }
    return {};
}

std::int64_t TestSweepReplacement::count(const QString &statement) const
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

void TestSweepReplacement::booksAreClean()
{
    auto books = ledger::LedgerChecker(*m_db, m_clock).check();
    QVERIFY(books.ok());
    QVERIFY2(books.value().clean(), books.value().clean() ? "" : books.value().discrepancies.front().c_str());
}

void TestSweepReplacement::onlyABroadcastSweepThatWaitedIsReplaced()
{
    const CollectionRecord signedOnly = storeSweep(CollectionState::Signed);
    QVERIFY(signedOnly.id > 0);
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 0); // never sent: nothing to replace
    QCOMPARE(sweepRow(signedOnly.id).txid, signedOnly.txid);

    QVERIFY(CollectionRepository(m_db->connection(), m_db->dialect())
                .advance(signedOnly.id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt, {}, m_clock.nowMs())
                .ok());
    // Waiting less than the stuck time (measured from its signing).
    m_clock.set(signedOnly.createdAtMs + kTenMinutes - 1);
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 0);
    // Zero: never replaced automatically.
    m_clock.set(signedOnly.createdAtMs + 10 * kTenMinutes);
    SweepReplacementPolicy never;
    never.stuckAfterMs = 0;
    QVERIFY(replaceStuck(report, never).ok());
    QCOMPARE(report.replaced, 0);
    m_clock.set(signedOnly.createdAtMs + kTenMinutes);
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 1);
    QVERIFY(report.problems.empty());
    // The replacement waits its own stuck time, from its own signing.
    m_clock.advance(kTenMinutes - 1);
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 1);
    m_clock.advance(1);
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sweep_attempts WHERE state = 'superseded'")), 2);
    // Still one sweep: one row per nonce.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections")), 1);
}

void TestSweepReplacement::theReplacementIsTheSameTransferWithHigherFeesStoredBeforeSent()
{
    const CollectionRecord first = storeSweep(CollectionState::Broadcast);
    QVERIFY(first.id > 0);
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 1);
    QVERIFY(m_node->sent.empty()); // stored, not sent

    const CollectionRecord now = sweepRow(first.id);
    QVERIFY(now.txid != first.txid);
    QCOMPARE(now.state, CollectionState::Broadcast);
    QCOMPARE(now.sequence, kNonce);
    QCOMPARE(now.toAddress, kHot);
    const ethereum::Transaction old = parse(first.rawTx);
    const ethereum::Transaction tx = parse(now.rawTx);
    QCOMPARE(tx.hashHex(), now.txid);
    QCOMPARE(tx.nonce, old.nonce);
    QCOMPARE(tx.to, old.to);
    QCOMPARE(tx.data, old.data);
    QCOMPARE(tx.chainId, old.chainId);
    QCOMPARE(tx.gasLimit, old.gasLimit);
    QCOMPARE(tx.maxFeePerGas, UInt256::fromUint128(kBumped));
    QCOMPARE(tx.maxPriorityFeePerGas, UInt256::fromUint128(kBumped));
    // What the address set aside stays the same: value + max fee.
    QCOMPARE(tx.value, UInt256::fromUint128(kOwed - kBumpedFee));
    QCOMPARE(now.amount, Amount::fromBaseUnits(kOwed - kBumpedFee));
    QCOMPARE(now.maxFee, Amount::fromBaseUnits(kBumpedFee));
    auto sender = tx.sender();
    QVERIFY(sender.ok());
    QCOMPARE(ethereum::checksumAddress(sender.value()), kDeposit);

    auto attempts = SweepAttemptRepository(m_db->connection(), m_db->dialect()).ofParent(SweepKind::Collection, first.id);
    QVERIFY(attempts.ok());
    QCOMPARE(attempts.value().size(), std::size_t(1));
    QCOMPARE(attempts.value().front().txid, first.txid);
    QCOMPARE(attempts.value().front().rawTx, first.rawTx);
    QCOMPARE(attempts.value().front().amount, first.amount);
    QCOMPARE(attempts.value().front().replacedBy, now.txid);
    QCOMPARE(attempts.value().front().state, AttemptState::Superseded);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.replacement_signed' AND object_id = '%1'")
                       .arg(QString::fromStdString(first.txid))),
             1);
}

void TestSweepReplacement::theNodesHigherPriceWins()
{
    const CollectionRecord first = storeSweep(CollectionState::Broadcast);
    m_node->gasPrice = 3 * kGwei; // above 9/8 of 2 gwei
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    const ethereum::Transaction tx = parse(sweepRow(first.id).rawTx);
    QCOMPARE(tx.maxFeePerGas, UInt256::fromUint128(3 * kGwei));
    QCOMPARE(tx.maxPriorityFeePerGas, UInt256::fromUint128(3 * kGwei));
    QCOMPARE(tx.value, UInt256::fromUint128(kOwed - 21'000 * 3 * kGwei));
}

void TestSweepReplacement::aCapWithoutRoomForTheBumpRefuses()
{
    const CollectionRecord first = storeSweep(CollectionState::Broadcast);
    m_clock.advance(kTenMinutes);
    SweepReplacementPolicy policy;
    policy.cap = Amount::fromBaseUnits(kBumpedFee - 1); // 1 wei short of 2.25 gwei × 21,000
    CollectionRunReport report;
    QVERIFY(replaceStuck(report, policy).ok());
    QCOMPARE(report.replaced, 0);
    QCOMPARE(report.problems.size(), std::size_t(1));
    QVERIFY2(report.problems.front().find("above the cap") != std::string::npos, report.problems.front().c_str());
    QCOMPARE(sweepRow(first.id).txid, first.txid);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sweep_attempts")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.replacement_signed'")), 0);

    // Exactly room for the bump: replaced at the cap.
    policy.cap = Amount::fromBaseUnits(kBumpedFee);
    m_node->gasPrice = 5 * kGwei;
    CollectionRunReport again;
    QVERIFY(replaceStuck(again, policy).ok());
    QCOMPARE(again.replaced, 1);
    QCOMPARE(parse(sweepRow(first.id).rawTx).maxFeePerGas, UInt256::fromUint128(kBumped));
}

void TestSweepReplacement::aTakenNonceIsNotReplaced()
{
    const CollectionRecord first = storeSweep(CollectionState::Broadcast);
    m_node->nonce = kNonce + 1; // something was mined at nonce 4
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 0);
    QVERIFY(report.problems.empty());
    QCOMPARE(report.warnings.size(), std::size_t(1));
    QCOMPARE(sweepRow(first.id).txid, first.txid);
}

void TestSweepReplacement::theReplacementMinedIsBookedOnce()
{
    const CollectionRecord first = storeSweep(CollectionState::Broadcast);
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    const std::string replacement = sweepRow(first.id).txid;
    m_node->receipts[replacement] = receipt(kBumped);
    CollectionRunReport followed;
    QVERIFY(follow(followed).ok());
    QCOMPARE(followed.confirmed, 1);
    const CollectionRecord settled = sweepRow(first.id);
    QCOMPARE(settled.state, CollectionState::Confirmed);
    QCOMPARE(settled.txid, replacement);
    QCOMPARE(settled.fee, std::optional<Amount>(Amount::fromBaseUnits(kBumpedFee)));
    QCOMPARE(settled.note, "replaces " + first.txid);
    QCOMPARE(m_ledger->account(ledger::walletAccount("hot", "ETH")).value().balance(), Amount::fromBaseUnits(kOwed - kBumpedFee));
    QCOMPARE(m_ledger->account(ledger::expenseAccount("network_fees", "ETH")).value().balance(), Amount::fromBaseUnits(kBumpedFee));
    QCOMPARE(m_ledger->account(ledger::walletAccount("deposit", "ETH")).value().balance(), Amount());
    auto attempts = SweepAttemptRepository(m_db->connection(), m_db->dialect()).ofParent(SweepKind::Collection, first.id);
    QVERIFY(attempts.ok());
    QCOMPARE(attempts.value().front().state, AttemptState::Dropped);
    booksAreClean();

    // A node claiming the original mined too (a chain cannot: same nonce)
    // changes nothing now.
    const std::int64_t transfers = count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
    m_node->receipts[first.txid] = receipt(kGasPrice);
    CollectionRunReport again;
    QVERIFY(follow(again).ok());
    QCOMPARE(again.confirmed, 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")), transfers);
    QCOMPARE(m_ledger->account(ledger::expenseAccount("network_fees", "ETH")).value().balance(), Amount::fromBaseUnits(kBumpedFee));
}

void TestSweepReplacement::theOriginalMinedIsBookedOnce()
{
    const CollectionRecord first = storeSweep(CollectionState::Broadcast);
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    const std::string replacement = sweepRow(first.id).txid;
    QVERIFY(replacement != first.txid);
    m_node->receipts[first.txid] = receipt(kGasPrice);
    CollectionRunReport followed;
    QVERIFY(follow(followed).ok());
    QCOMPARE(followed.confirmed, 1);
    QVERIFY(m_node->sent.empty()); // the replacement is not sent once its rival is mined
    const CollectionRecord settled = sweepRow(first.id);
    QCOMPARE(settled.state, CollectionState::Confirmed);
    QCOMPARE(settled.txid, first.txid);
    QCOMPARE(settled.rawTx, first.rawTx);
    QCOMPARE(settled.amount, Amount::fromBaseUnits(kOwed - kTransferFee));
    QCOMPARE(settled.fee, std::optional<Amount>(Amount::fromBaseUnits(kTransferFee)));
    QCOMPARE(m_ledger->account(ledger::walletAccount("hot", "ETH")).value().balance(), Amount::fromBaseUnits(kOwed - kTransferFee));
    QCOMPARE(m_ledger->account(ledger::expenseAccount("network_fees", "ETH")).value().balance(), Amount::fromBaseUnits(kTransferFee));
    QCOMPARE(m_ledger->account(ledger::walletAccount("deposit", "ETH")).value().balance(), Amount());
    auto attempts = SweepAttemptRepository(m_db->connection(), m_db->dialect()).ofParent(SweepKind::Collection, first.id);
    QVERIFY(attempts.ok());
    QCOMPARE(attempts.value().size(), std::size_t(2));
    QCOMPARE(attempts.value().at(0).txid, first.txid);
    QCOMPARE(attempts.value().at(0).state, AttemptState::Mined);
    QCOMPARE(attempts.value().at(1).txid, replacement);
    QCOMPARE(attempts.value().at(1).state, AttemptState::Dropped);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.replacement_not_mined'")), 1);
    booksAreClean();

    CollectionRunReport again;
    QVERIFY(follow(again).ok());
    QCOMPARE(again.confirmed, 0);
    QCOMPARE(m_ledger->account(ledger::expenseAccount("network_fees", "ETH")).value().balance(), Amount::fromBaseUnits(kTransferFee));
}

void TestSweepReplacement::aCrashBetweenStoreAndSendSendsTheSameBytes()
{
    const CollectionRecord first = storeSweep(CollectionState::Broadcast);
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok()); // stored; the process dies before it sends
    const CollectionRecord stored = sweepRow(first.id);
    CollectionRunReport followed;
    QVERIFY(follow(followed).ok());
    CollectionRunReport again;
    QVERIFY(follow(again).ok());
    QCOMPARE(m_node->sent.size(), std::size_t(2));
    QCOMPARE(m_node->sent.at(0), stored.rawTx); // the replacement's bytes, never the original's
    QCOMPARE(m_node->sent.at(1), stored.rawTx);
    QCOMPARE(again.awaitingConfirmations, 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sweep_attempts")), 1);
}

void TestSweepReplacement::aRefuelIsReplacedWithTheFeeWalletsKey()
{
    const RefuelRecord first = storeRefuel();
    QVERIFY(first.id > 0);
    m_clock.advance(kTenMinutes);
    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 1);
    auto open = RefuelRepository(m_db->connection(), m_db->dialect()).inStates({CollectionState::Broadcast});
    QVERIFY(open.ok());
    QCOMPARE(open.value().size(), std::size_t(1));
    const RefuelRecord now = open.value().front();
    QVERIFY(now.txid != first.txid);
    QCOMPARE(now.amount, first.amount); // a refuel sends the same
    QCOMPARE(now.maxFee, Amount::fromBaseUnits(kBumpedFee));
    const ethereum::Transaction tx = parse(now.rawTx);
    QCOMPARE(tx.nonce, std::uint64_t(kNonce));
    QCOMPARE(tx.value, parse(first.rawTx).value);
    QCOMPARE(tx.maxFeePerGas, UInt256::fromUint128(kBumped));
    auto sender = tx.sender();
    QVERIFY(sender.ok());
    QCOMPARE(ethereum::checksumAddress(sender.value()), kFee);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refuel.replacement_signed'")), 1);

    // As exctl collect fund-fee books the fee wallet's funding.
    auto funded = m_ledger->submit(ledger::TransferRequest::posted(
        "fee-funding:test", ledger::TransferCode::Adjustment, ledger::walletAccount("fee", "ETH"),
        ledger::equityAccount("fee_wallet_funding", "ETH"), Amount::fromBaseUnits(kOwed), "test"));
    QVERIFY2(funded.ok(), funded ? "" : funded.error().message.c_str());
    // The original is mined: it is the one booked, once.
    m_node->receipts[first.txid] = receipt(kGasPrice);
    CollectionRunReport followed;
    auto refuelled = follow(followed);
    QVERIFY2(refuelled.ok(), refuelled ? "" : refuelled.error().message.c_str());
    QCOMPARE(followed.refuelsConfirmed, 1);
    auto done = RefuelRepository(m_db->connection(), m_db->dialect()).to(Chain::Ethereum, kDeposit);
    QVERIFY(done.ok());
    QCOMPARE(done.value().size(), std::size_t(1));
    QCOMPARE(done.value().front().txid, first.txid);
    QCOMPARE(done.value().front().state, CollectionState::Confirmed);
    QCOMPARE(done.value().front().fee, std::optional<Amount>(Amount::fromBaseUnits(kTransferFee)));
    QCOMPARE(m_ledger->account(ledger::expenseAccount("network_fees", "ETH")).value().balance(), Amount::fromBaseUnits(kTransferFee));
    QCOMPARE(m_ledger->account(ledger::walletAccount("fee", "ETH")).value().balance(),
             Amount::fromBaseUnits(kOwed - first.amount.baseUnits() - kTransferFee));
    booksAreClean();
    CollectionRunReport again;
    QVERIFY(follow(again).ok());
    QCOMPARE(again.refuelsConfirmed, 0);
}

// A token sweep pays its gas from the ether its address holds: a higher fee
// needs more than the refuel gave, so the fee wallet sends the difference
// first (once), and the sweep is replaced on a later run: the same call,
// no value, only the fees raised.
void TestSweepReplacement::aTokenSweepShortOfGasGetsARefuelFirst()
{
    // The canonical EIP-55 example address stands for the token's contract.
    const std::string contract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    auto token = security::AuditedAssets(*m_db, m_clock)
                     .add(*m_root, testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(contract), 6), 6);
    QVERIFY2(token.ok(), token ? "" : token.error().message.c_str());
    auto funded = m_ledger->submit(ledger::TransferRequest::posted(
        "fee-funding:test", ledger::TransferCode::Adjustment, ledger::walletAccount("fee", "ETH"),
        ledger::equityAccount("fee_wallet_funding", "ETH"), Amount::fromBaseUnits(kOwed), "test"));
    QVERIFY(funded.ok());

    constexpr std::int64_t kGas = 65'000;
    ethereum::Transaction tx;
    tx.chainId = 1337;
    tx.nonce = kNonce;
    tx.maxFeePerGas = UInt256::fromUint128(kGasPrice);
    tx.maxPriorityFeePerGas = tx.maxFeePerGas;
    tx.gasLimit = kGas;
    tx.to = ethereum::parseAddress(contract).value();
    // transfer(hot, 25 USDC): the ERC-20 selector, then the two words.
    tx.data = QByteArray::fromHex("a9059cbb00000000000000000000000015d34aaf54267db7d7c367839aaf71a00a2c6a65"
                                  "00000000000000000000000000000000000000000000000000000000017d7840");
    QVERIFY(tx.sign(kDepositKey).ok());
    CollectionRecord r;
    r.groupKey = "ethereum:" + kDeposit + ":USDC:4";
    r.asset = "USDC";
    r.fromAddress = kDeposit;
    r.tier = wallets::WalletTier::Hot;
    r.toAddress = kHot;
    r.amount = Amount::fromBaseUnits(25'000'000);
    r.maxFee = Amount::fromBaseUnits(kGas * kGasPrice);
    r.sequence = kNonce;
    r.rawTx = "0x" + tx.serialise().toHex().toStdString();
    r.txid = tx.hashHex();
    r.createdAtMs = m_clock.nowMs();
    CollectionRepository collections(m_db->connection(), m_db->dialect());
    auto stored = collections.insert(r);
    QVERIFY(stored.ok());
    QVERIFY(collections.advance(stored.value().id, CollectionState::Signed, CollectionState::Broadcast, std::nullopt, {}, m_clock.nowMs()).ok());
    // The address holds the gas of the first, no more.
    m_node->balances[lower(kDeposit)] = kGas * kGasPrice;
    m_clock.advance(kTenMinutes);

    CollectionRunReport report;
    QVERIFY(replaceStuck(report).ok());
    QCOMPARE(report.replaced, 0);
    QVERIFY(report.problems.empty()); // it waits; nothing failed
    QCOMPARE(report.warnings.size(), std::size_t(1));
    QCOMPARE(sweepRow(stored.value().id).txid, r.txid);
    auto refuels = RefuelRepository(m_db->connection(), m_db->dialect()).to(Chain::Ethereum, kDeposit);
    QVERIFY(refuels.ok());
    QCOMPARE(refuels.value().size(), std::size_t(1));
    // 65,000 gas × 2.25 gwei less the 65,000 × 2 gwei it holds.
    QCOMPARE(refuels.value().front().amount, Amount::fromBaseUnits(kGas * (kBumped - kGasPrice)));
    QCOMPARE(refuels.value().front().forAssets, std::string("USDC"));

    // While that refuel is on its way, no second one.
    CollectionRunReport waiting;
    QVERIFY(replaceStuck(waiting).ok());
    QCOMPARE(waiting.replaced, 0);
    QCOMPARE(RefuelRepository(m_db->connection(), m_db->dialect()).to(Chain::Ethereum, kDeposit).value().size(), std::size_t(1));

    // The gas arrived: the same call, replaced.
    m_node->balances[lower(kDeposit)] = kGas * kBumped;
    CollectionRunReport replaced;
    QVERIFY(replaceStuck(replaced).ok());
    QCOMPARE(replaced.replaced, 1);
    const CollectionRecord now = sweepRow(stored.value().id);
    const ethereum::Transaction again = parse(now.rawTx);
    QCOMPARE(again.to, tx.to);
    QCOMPARE(again.data, tx.data);
    QCOMPARE(again.value, UInt256());
    QCOMPARE(again.nonce, tx.nonce);
    QCOMPARE(again.maxFeePerGas, UInt256::fromUint128(kBumped));
    QCOMPARE(now.amount, r.amount);
    QCOMPARE(now.maxFee, Amount::fromBaseUnits(kGas * kBumped));
}

QTEST_GUILESS_MAIN(TestSweepReplacement)
#include "tst_sweepreplacement.moc"
