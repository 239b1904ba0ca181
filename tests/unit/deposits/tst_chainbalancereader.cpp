// The chain balance reader against local servers that answer as Horizon,
// algod and an Ethereum node do: exact amounts (2^64-1 microalgos, wei
// beyond a double), an account Horizon does not know holds 0, and a
// malformed answer is reported and keeps the last reading.

#include "core/chains/algorand/keys.h"
#include "core/deposits/chainbalancereader.h"
#include "core/crypto/hashes.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {
const std::string kStellarHot = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kStellarWarm = "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR";
const std::string kEthereumHot = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"; // EIP-55's examples
} // namespace

class TestChainBalanceReader : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryWalletExactly();
};

void TestChainBalanceReader::readsEveryWalletExactly()
{
    TestDatabase testDb;
    REQUIRE_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const std::string algorandHot = algorand::addressFromSeed(crypto::sha256("balance reader test seed"));

    QByteArray algodAmount = "18446744073709551615";
    QHttpServer server;
    server.route(QStringLiteral("/horizon/accounts/<arg>"), [](const QString &id) {
        if (id.toStdString() == kStellarWarm)
            return QHttpServerResponse(QByteArray("{\"status\":404}"), QHttpServerResponse::StatusCode::NotFound);
        return QHttpServerResponse(QByteArray("application/json"),
                                   QByteArray("{\"id\":\"") + id.toLatin1()
                                       + "\",\"balances\":[{\"balance\":\"5.0000000\",\"asset_type\":\"credit_alphanum4\","
                                         "\"asset_code\":\"USD\"},{\"balance\":\"12.3456789\",\"asset_type\":\"native\"}]}");
    });
    server.route(QStringLiteral("/algod/v2/accounts/<arg>"), [&algodAmount](const QString &address) {
        return QHttpServerResponse(QByteArray("application/json"),
                                   "{\"address\":\"" + address.toLatin1() + "\",\"amount\":" + algodAmount + ",\"round\":7}");
    });
    server.route(QStringLiteral("/rpc"), QHttpServerRequest::Method::Post, [](const QHttpServerRequest &request) {
        const bool balance = request.body().contains("eth_getBalance");
        return QHttpServerResponse(QByteArray("application/json"),
                                   balance ? QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1bc16d674ec80001\"}")
                                           : QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601}}"));
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port);
    const std::string base = "http://127.0.0.1:" + std::to_string(port);

    SystemClock clock;
    security::AuditLog audit(*db, clock);
    wallets::WalletService wallets(*db, clock, audit);
    const auto admin = testAdmin(*db, "tester"); // node URLs are a person's decision
    for (auto [chain, url] : {std::pair{Chain::Stellar, base + "/horizon"}, std::pair{Chain::Algorand, base + "/algod"},
                              std::pair{Chain::Ethereum, base + "/rpc"}}) {
        auto s = wallets.chainSettings(chain).value();
        s.nodeUrl = url;
        QVERIFY(wallets.setChainSettings(admin, s).ok());
    }
    QVERIFY(wallets.add(admin, {0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kStellarHot, {}, {}, false, {}, 0}).ok());
    QVERIFY(wallets.add(admin, {0, Chain::Stellar, wallets::WalletTier::Warm, "XLM", kStellarWarm, {}, {}, true, {}, 0}).ok());
    QVERIFY(wallets.add(admin, {0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", algorandHot, {}, {}, false, {}, 0}).ok());
    QVERIFY(wallets.add(admin, {0, Chain::Ethereum, wallets::WalletTier::Hot, "ETH", kEthereumHot, {}, {}, false, {}, 0}).ok());

    ChainBalanceReader reader(wallets, 3600000);
    QSignalSpy rounds(&reader, &ChainBalanceReader::roundFinished);
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 1, 10000);
    QCOMPARE(rounds.first().at(0).toInt(), 4);
    QCOMPARE(rounds.first().at(1).toInt(), 0);
    const auto balanceOf = [&wallets](const std::string &address) -> std::optional<int128> {
        for (const auto &w : wallets.list().value())
            if (w.address == address && w.chainBalance)
                return w.chainBalance->baseUnits();
        return std::nullopt;
    };
    QCOMPARE(balanceOf(kStellarHot), std::optional<int128>(123456789));
    QCOMPARE(balanceOf(kStellarWarm), std::optional<int128>(0));
    QCOMPARE(balanceOf(algorandHot), std::optional<int128>(static_cast<int128>(UINT64_MAX)));
    QCOMPARE(balanceOf(kEthereumHot), std::optional<int128>(static_cast<int128>(2'000'000'000'000'000'001LL)));

    // A malformed answer: reported, and the last reading stands.
    algodAmount = "1.5";
    reader.stop();
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 2, 10000);
    QCOMPARE(rounds.last().at(0).toInt(), 3);
    QCOMPARE(rounds.last().at(1).toInt(), 1);
    QVERIFY(rounds.last().at(2).toString().contains(QString::fromStdString(algorandHot)));
    QCOMPARE(balanceOf(algorandHot), std::optional<int128>(static_cast<int128>(UINT64_MAX)));
}

QTEST_GUILESS_MAIN(TestChainBalanceReader)
#include "tst_chainbalancereader.moc"
