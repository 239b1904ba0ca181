// The Ethereum watcher against a local JSON-RPC node that serves a chain
// it is told (single calls and batches, as geth does): only blocks with
// the confirmations count, a reverted payment is no deposit, a malformed
// block stops the watcher until the node answers sensibly (nothing
// skipped), a reorganisation deeper than the confirmations halts it, and a
// restart from the saved cursor doubles nothing.

#include "core/base/systemclock.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/deposits/depositservice.h"
#include "core/deposits/ethereumwatcher.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "testdatabase.h"
#include "testdepositxpub.h"
#include "testoperators.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// EIP-55's example addresses: a customer's deposit address and a payer.
const std::string &kDeposit = kTestEthDeposit0; // the recorded test xpub's index 0
const QString kPayer = QStringLiteral("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");

QString hash32(const QString &label)
{
    return QStringLiteral("0x") + QString::fromLatin1(QByteArray::number(qHash(label), 16).rightJustified(64, '0'));
}

// A chain as a local node would serve it.
class FakeNode final
{
public:
    struct Tx {
        QString hash;
        QString to;
        QString valueHex;
        QString status = QStringLiteral("0x1");
    };
    struct Block {
        QString hash;
        QString parent;
        std::vector<Tx> txs;
        bool malformed = false;
    };

    FakeNode()
    {
        m_server.route(QStringLiteral("/"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            const QJsonDocument doc = QJsonDocument::fromJson(request.body());
            if (doc.isArray()) {
                QJsonArray answers;
                for (const QJsonValue &call : doc.array())
                    answers.append(answer(call.toObject()));
                return QHttpServerResponse(answers);
            }
            return QHttpServerResponse(answer(doc.object()));
        });
    }
    bool listen() { return (m_port = m_server.listen(QHostAddress::LocalHost, 0)) != 0; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }

    // Appends a block on top of the chain.
    void mine(std::vector<Tx> txs = {}, const QString &label = {})
    {
        const int n = static_cast<int>(blocks.size());
        Block b;
        b.hash = hash32(QStringLiteral("block %1 %2").arg(n).arg(label));
        b.parent = n == 0 ? hash32(QStringLiteral("genesis parent")) : blocks.back().hash;
        b.txs = std::move(txs);
        blocks.push_back(b);
    }

    std::vector<Block> blocks;

private:
    QJsonObject answer(const QJsonObject &call)
    {
        const QString method = call.value(QStringLiteral("method")).toString();
        const QJsonArray params = call.value(QStringLiteral("params")).toArray();
        QJsonValue result;
        if (method == u"eth_blockNumber") {
            result = ethereum::quantity(blocks.size() - 1);
        } else if (method == u"eth_getBlockByNumber") {
            const auto n = ethereum::parseQuantity(params.at(0));
            if (n && *n < static_cast<int128>(blocks.size()))
                result = block(static_cast<int>(*n));
        } else if (method == u"eth_getTransactionReceipt") {
            for (const Block &b : blocks)
                for (const Tx &t : b.txs)
                    if (t.hash == params.at(0).toString())
                        result = QJsonObject{{QStringLiteral("transactionHash"), t.hash}, {QStringLiteral("status"), t.status}};
        }
        return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), call.value(QStringLiteral("id"))},
                           {QStringLiteral("result"), result}};
    }
    QJsonObject block(int n) const
    {
        const Block &b = blocks[static_cast<size_t>(n)];
        QJsonArray txs;
        for (const Tx &t : b.txs)
            txs.append(QJsonObject{{QStringLiteral("hash"), t.hash}, {QStringLiteral("from"), kPayer},
                                   {QStringLiteral("to"), t.to}, {QStringLiteral("value"), t.valueHex},
                                   {QStringLiteral("blockNumber"), ethereum::quantity(static_cast<uint128>(n))}});
        return QJsonObject{{QStringLiteral("number"), b.malformed ? QStringLiteral("twelve") : ethereum::quantity(static_cast<uint128>(n))},
                           {QStringLiteral("hash"), b.hash}, {QStringLiteral("parentHash"), b.parent},
                           {QStringLiteral("transactions"), txs}};
    }

    QHttpServer m_server;
    quint16 m_port = 0;
};

FakeNode::Tx pay(const QString &label, const char *weiHex, const QString &to = QString::fromStdString(kDeposit).toLower())
{
    return FakeNode::Tx{hash32(label), to, QString::fromLatin1(weiHex), QStringLiteral("0x1")};
}

} // namespace

class TestEthereumWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsConfirmedBlocksOnce();
    void waitsOnAMalformedBlockAndSkipsNothing();
    void creditsNothingFromAValueThatIsNoQuantity();
    void haltsOnAReorganisationDeeperThanTheConfirmations();

private:
    std::vector<DepositRecord> deposits() { return m_deposits->list({}).value(); }
    // Runs a watcher until it has read every confirmed block (or gives up).
    EthereumWatcher::State runUntilSettled(FakeNode &node, int confirmations);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<DepositService> m_deposits;
    std::int64_t m_customer = 0;
};

void TestEthereumWatcher::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_customer = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock)
                .change(testAdmin(*m_db, "tester"), "ETH", {{AssetSetting::MinDeposit, "0.001"}, {AssetSetting::MinCollection, "100"}})
                .ok());
    QVERIFY(recordTestEthereumXpub(*m_db).ok());
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", kDeposit, m_customer, 0, false, {}, 0}, 1)
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
    // Read from block 0.
    QVERIFY(m_deposits->setCursor(security::Actor::cli("tester"), {EthereumWatcher::kCursorName, "-1"}).ok());
}

void TestEthereumWatcher::cleanup()
{
    m_deposits.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

EthereumWatcher::State TestEthereumWatcher::runUntilSettled(FakeNode &node, int confirmations)
{
    EthereumWatcher watcher(*m_deposits, node.url(), confirmations, {kDeposit}, 50);
    QSignalSpy caughtUp(&watcher, &EthereumWatcher::caughtUp);
    watcher.start();
    const auto settled = [&] {
        return caughtUp.count() > 0 || watcher.state() == EthereumWatcher::State::Halted
            || watcher.state() == EthereumWatcher::State::Waiting;
    };
    if (!QTest::qWaitFor(settled, 10000))
        return EthereumWatcher::State::Stopped; // the caller's comparison fails
    const auto state = watcher.state();
    watcher.stop();
    return caughtUp.count() > 0 ? EthereumWatcher::State::UpToDate : state;
}

void TestEthereumWatcher::readsConfirmedBlocksOnce()
{
    FakeNode node;
    QVERIFY(node.listen());
    node.mine();
    node.mine({pay(QStringLiteral("a"), "0xde0b6b3a7640000")}); // 1 ETH
    auto reverted = pay(QStringLiteral("b"), "0x1bc16d674ec80000");
    reverted.status = QStringLiteral("0x0");
    node.mine({reverted, pay(QStringLiteral("c"), "0x5", QStringLiteral("0x00000000000000000000000000000000000000aa"))});
    node.mine({pay(QStringLiteral("d"), "0x38d7ea4c68000")}); // 0.001 ETH, block 3
    node.mine({pay(QStringLiteral("e"), "0x2386f26fc10000")}); // 0.01 ETH in block 4: not yet confirmed
    // Head 4, 2 confirmations: blocks 0…3 count.
    QCOMPARE(runUntilSettled(node, 2), EthereumWatcher::State::UpToDate);
    auto seen = deposits();
    QCOMPARE(seen.size(), size_t(2));
    int128 total = 0;
    for (const auto &d : seen)
        total += d.amount.baseUnits();
    QCOMPARE(total, static_cast<int128>(1'001'000'000'000'000'000LL));
    QCOMPARE(m_deposits->cursor(EthereumWatcher::kCursorName).value().value(),
             "3:" + node.blocks[3].hash.toStdString());

    node.mine();
    QCOMPARE(runUntilSettled(node, 2), EthereumWatcher::State::UpToDate);
    QCOMPARE(deposits().size(), size_t(3));
    // Again, and from block 0 again: nothing twice.
    QVERIFY(m_deposits->setCursor(security::Actor::cli("tester"), {EthereumWatcher::kCursorName, "-1"}).ok());
    QCOMPARE(runUntilSettled(node, 2), EthereumWatcher::State::UpToDate);
    QCOMPARE(deposits().size(), size_t(3));
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_customer, "ETH")).value().balance().baseUnits(),
             static_cast<int128>(1'011'000'000'000'000'000LL));
}

void TestEthereumWatcher::waitsOnAMalformedBlockAndSkipsNothing()
{
    FakeNode node;
    QVERIFY(node.listen());
    node.mine();
    node.mine({pay(QStringLiteral("a"), "0xde0b6b3a7640000")});
    node.mine({pay(QStringLiteral("b"), "0xde0b6b3a7640000")});
    node.mine();
    node.blocks[1].malformed = true;
    QCOMPARE(runUntilSettled(node, 1), EthereumWatcher::State::Waiting);
    QVERIFY(deposits().empty());
    QCOMPARE(m_deposits->cursor(EthereumWatcher::kCursorName).value().value(), std::string("-1"));
    node.blocks[1].malformed = false;
    QCOMPARE(runUntilSettled(node, 1), EthereumWatcher::State::UpToDate);
    QCOMPARE(deposits().size(), size_t(2));
}

// 1 ETH as the spec's QUANTITY is "0xde0b6b3a7640000": a padded value, one
// without "0x" or a JSON number is not guessed at, and nothing after it is
// read until the node answers properly.
void TestEthereumWatcher::creditsNothingFromAValueThatIsNoQuantity()
{
    FakeNode node;
    QVERIFY(node.listen());
    node.mine();
    node.mine({pay(QStringLiteral("a"), "0x0de0b6b3a7640000")});
    node.mine({pay(QStringLiteral("b"), "0xde0b6b3a7640000")});
    node.mine();
    for (const char *wrong : {"0x0de0b6b3a7640000", "de0b6b3a7640000", "0xDE0B6B3A7640000 "}) {
        node.blocks[1].txs[0].valueHex = QString::fromLatin1(wrong);
        QCOMPARE(runUntilSettled(node, 1), EthereumWatcher::State::Waiting);
        QVERIFY(deposits().empty());
        QCOMPARE(m_deposits->cursor(EthereumWatcher::kCursorName).value().value(), std::string("-1"));
    }
    node.blocks[1].txs[0].valueHex = QStringLiteral("0xDE0B6B3A7640000"); // either case is the spec's
    QCOMPARE(runUntilSettled(node, 1), EthereumWatcher::State::UpToDate);
    QCOMPARE(deposits().size(), size_t(2));
    QCOMPARE(deposits().front().amount, Amount::fromBaseUnits(1000000000000000000LL));
}

void TestEthereumWatcher::haltsOnAReorganisationDeeperThanTheConfirmations()
{
    FakeNode node;
    QVERIFY(node.listen());
    for (int i = 0; i < 4; ++i)
        node.mine();
    QCOMPARE(runUntilSettled(node, 2), EthereumWatcher::State::UpToDate); // read to block 2
    // Blocks 2 and 3 replaced, and a payment in the new block 2: the saved
    // block 2 is gone, deeper than 2 confirmations.
    node.blocks.resize(2);
    node.mine({pay(QStringLiteral("fork"), "0xde0b6b3a7640000")}, QStringLiteral("fork"));
    node.mine({}, QStringLiteral("fork"));
    node.mine({}, QStringLiteral("fork"));
    QCOMPARE(runUntilSettled(node, 2), EthereumWatcher::State::Halted);
    QVERIFY(deposits().empty());
    // An operator rescans from block 2 once they have looked: it is read.
    QVERIFY(m_deposits->setCursor(security::Actor::cli("tester"), {EthereumWatcher::kCursorName, "1"}).ok());
    QCOMPARE(runUntilSettled(node, 2), EthereumWatcher::State::UpToDate);
    QCOMPARE(deposits().size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestEthereumWatcher)
#include "tst_ethereumwatcher.moc"
