// The chain balance reader against local servers that answer as Horizon,
// algod and an Ethereum node do: exact amounts (2^64-1 microalgos, wei
// beyond a double), an account Horizon does not know holds 0, and a
// malformed answer is reported and keeps the last reading. Each token of
// a wallet's chain is read too (ERC-20 balanceOf by eth_call, Horizon's
// balance line of the credit asset by code and issuer, algod's holding of
// the ASA; none: 0) and the Wallets overview compares it with the ledger.
// Hot's Stellar reading adds the XLM of its channel accounts that are or
// may be on the ledger (never a merged one's), and fails as a whole when
// a channel cannot be read.

#include "core/chains/algorand/keys.h"
#include "core/deposits/chainbalancereader.h"
#include "core/crypto/hashes.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/stellarchannelrepository.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testtoken.h"

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
    void readsEachTokenOfTheWalletsChain();
    void hotsStellarReadingAddsItsChannels();
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

void TestChainBalanceReader::readsEachTokenOfTheWalletsChain()
{
    TestDatabase testDb;
    REQUIRE_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    const std::string algorandHot = algorand::addressFromSeed(crypto::sha256("balance reader test seed"));
    const std::string contract = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"; // EIP-55's example
    const std::string issuer = "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7"; // SEP-23's
    AssetRepository assets(db->connection(), db->dialect());
    QVERIFY(assets.add(testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(contract), 6), 1).ok());
    QVERIFY(assets.add(testToken("USDS", Chain::Stellar, AssetIdentity::stellarCredit("USDC", issuer), 7), 1).ok());
    QVERIFY(assets.add(testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(31566704), 6), 1).ok());

    QHttpServer server;
    QByteArray balanceOfAsked;
    server.route(QStringLiteral("/horizon/accounts/<arg>"), [&issuer](const QString &id) {
        if (id.toStdString() == kStellarWarm)
            return QHttpServerResponse(QByteArray("{\"status\":404}"), QHttpServerResponse::StatusCode::NotFound);
        // USDC of the configured issuer, and a look-alike USDC of another.
        return QHttpServerResponse(
            QByteArray("application/json"),
            "{\"balances\":[{\"balance\":\"250.1234567\",\"limit\":\"922337203685.4775807\",\"asset_type\":\"credit_alphanum4\","
            "\"asset_code\":\"USDC\",\"asset_issuer\":\"" + QByteArray::fromStdString(issuer) + "\"},"
            "{\"balance\":\"999.0000000\",\"asset_type\":\"credit_alphanum4\",\"asset_code\":\"USDC\","
            "\"asset_issuer\":\"" + QByteArray::fromStdString(kStellarHot) + "\"},"
            "{\"balance\":\"1.0000000\",\"asset_type\":\"native\"}]}");
    });
    server.route(QStringLiteral("/algod/v2/accounts/<arg>"), [](const QString &address) {
        return QHttpServerResponse(QByteArray("application/json"),
                                   "{\"address\":\"" + address.toLatin1() + "\",\"amount\":5,\"assets\":["
                                   "{\"amount\":18446744073709551615,\"asset-id\":31566704,\"is-frozen\":false},"
                                   "{\"amount\":3,\"asset-id\":1,\"is-frozen\":false}],\"round\":7}");
    });
    server.route(QStringLiteral("/rpc"), QHttpServerRequest::Method::Post, [&balanceOfAsked](const QHttpServerRequest &request) {
        if (request.body().contains("eth_call")) {
            balanceOfAsked = request.body();
            // 1,234.567891 USDC: 1234567891 base units.
            return QHttpServerResponse(QByteArray("application/json"),
                                       "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x" + QByteArray("499602d3").rightJustified(64, '0') + "\"}");
        }
        return QHttpServerResponse(QByteArray("application/json"), QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}"));
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port);
    const std::string base = "http://127.0.0.1:" + std::to_string(port);

    SystemClock clock;
    security::AuditLog audit(*db, clock);
    wallets::WalletService wallets(*db, clock, audit);
    const auto admin = testAdmin(*db, "tester");
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
    QCOMPARE(rounds.first().at(1).toInt(), 0);
    // balanceOf(hot) asked of the contract: selector 0x70a08231 (the
    // first four bytes of keccak256("balanceOf(address)")), then the address.
    QCOMPARE(QByteArray("0x") + crypto::keccak256("balanceOf(address)").left(4).toHex(), QByteArray("0x70a08231"));
    QVERIFY2(balanceOfAsked.contains("0x70a08231000000000000000000000000" + QByteArray::fromStdString(kEthereumHot).mid(2).toLower()),
             balanceOfAsked.constData());
    QVERIFY(balanceOfAsked.toLower().contains(QByteArray::fromStdString(contract).toLower()));

    const auto row = [&wallets](const std::string &asset, wallets::WalletTier tier) {
        for (const auto &r : wallets.overview().value())
            if (r.asset == asset && r.tier == tier)
                return r;
        return wallets::TierOverview{};
    };
    QCOMPARE(row("USDC", wallets::WalletTier::Hot).chainBalance, std::optional<Amount>(Amount::fromBaseUnits(1234567891)));
    QCOMPARE(row("USDC", wallets::WalletTier::Hot).address, kEthereumHot);
    QCOMPARE(row("ETH", wallets::WalletTier::Hot).chainBalance, std::optional<Amount>(Amount::fromBaseUnits(1)));
    QCOMPARE(row("USDS", wallets::WalletTier::Hot).chainBalance, std::optional<Amount>(Amount::fromBaseUnits(2501234567LL)));
    QCOMPARE(row("USDS", wallets::WalletTier::Warm).chainBalance, std::optional<Amount>(Amount::zero())); // no account, no trustline
    QCOMPARE(row("XLM", wallets::WalletTier::Hot).chainBalance, std::optional<Amount>(Amount::fromBaseUnits(10000000)));
    QCOMPARE(row("USDA", wallets::WalletTier::Hot).chainBalance,
             std::optional<Amount>(Amount::fromBaseUnits(static_cast<int128>(UINT64_MAX))));
    QCOMPARE(row("ALGO", wallets::WalletTier::Hot).chainBalance, std::optional<Amount>(Amount::fromBaseUnits(5)));
    // The ledger holds none of it: the difference is all of it.
    QCOMPARE(row("USDC", wallets::WalletTier::Hot).difference(), std::optional<Amount>(Amount::fromBaseUnits(1234567891)));
}

void TestChainBalanceReader::hotsStellarReadingAddsItsChannels()
{
    TestDatabase testDb;
    REQUIRE_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    // Strkeys of the Stellar docs' examples, as channels of hot.
    const std::string active = "GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H";
    const std::string funding = "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7";
    const std::string merged = "GCEZWKCA5VLDNRLN3RPRJMRZOX3Z6G5CHCGSNFHEYVXM3XOJMDS674JZ";
    wallets::StellarChannelRepository channels(db->connection(), db->dialect());
    for (auto [address, state] : {std::pair{active, wallets::ChannelState::Active}, std::pair{funding, wallets::ChannelState::Funding},
                                  std::pair{merged, wallets::ChannelState::Merged}}) {
        wallets::StellarChannel c;
        c.address = address;
        c.keyName = "channel:stellar:" + address.substr(0, 4);
        c.state = state;
        QVERIFY(channels.insert(c).ok());
    }

    int activeStatus = 200;
    QStringList asked;
    QHttpServer server;
    server.route(QStringLiteral("/horizon/accounts/<arg>"), [&](const QString &id) {
        asked << id;
        const std::string account = id.toStdString();
        if (account == funding) // its create_account not in a ledger yet
            return QHttpServerResponse(QByteArray("{\"status\":404}"), QHttpServerResponse::StatusCode::NotFound);
        if (account == active && activeStatus != 200)
            return QHttpServerResponse(QByteArray("{\"status\":503}"), QHttpServerResponse::StatusCode::ServiceUnavailable);
        const QByteArray native = account == active ? "2.5000001" : account == kStellarHot ? "12.3456789" : "7.0000000";
        return QHttpServerResponse(QByteArray("application/json"),
                                   "{\"id\":\"" + id.toLatin1() + "\",\"balances\":[{\"balance\":\"" + native
                                       + "\",\"asset_type\":\"native\"}]}");
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port);

    SystemClock clock;
    security::AuditLog audit(*db, clock);
    wallets::WalletService wallets(*db, clock, audit);
    const auto admin = testAdmin(*db, "tester");
    auto s = wallets.chainSettings(Chain::Stellar).value();
    s.nodeUrl = "http://127.0.0.1:" + std::to_string(port) + "/horizon";
    QVERIFY(wallets.setChainSettings(admin, s).ok());
    QVERIFY(wallets.add(admin, {0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kStellarHot, {}, {}, false, {}, 0}).ok());
    QVERIFY(wallets.add(admin, {0, Chain::Stellar, wallets::WalletTier::Warm, "XLM", kStellarWarm, {}, {}, true, {}, 0}).ok());
    const auto balanceOf = [&wallets](const std::string &address) -> std::optional<int128> {
        for (const auto &w : wallets.list().value())
            if (w.address == address && w.chainBalance)
                return w.chainBalance->baseUnits();
        return std::nullopt;
    };

    ChainBalanceReader reader(wallets, 3600000);
    QSignalSpy rounds(&reader, &ChainBalanceReader::roundFinished);
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 1, 10000);
    QCOMPARE(rounds.first().at(0).toInt(), 2); // two wallets; channels are hot's
    QCOMPARE(rounds.first().at(1).toInt(), 0);
    QCOMPARE(balanceOf(kStellarHot), std::optional<int128>(123456789 + 25000001)); // the funding channel: 0
    QCOMPARE(balanceOf(kStellarWarm), std::optional<int128>(70000000));            // a warm wallet has none
    QVERIFY(!asked.contains(QString::fromStdString(merged)));

    // A channel Horizon does not answer for: no reading of hot this round
    // (its last stands), said with the channel's address.
    activeStatus = 503;
    reader.stop();
    reader.start();
    QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 2, 10000);
    QCOMPARE(rounds.last().at(0).toInt(), 1);
    QCOMPARE(rounds.last().at(1).toInt(), 1);
    QVERIFY2(rounds.last().at(2).toString().contains(QString::fromStdString(active)), qPrintable(rounds.last().at(2).toString()));
    QCOMPARE(balanceOf(kStellarHot), std::optional<int128>(123456789 + 25000001));
}

QTEST_GUILESS_MAIN(TestChainBalanceReader)
#include "tst_chainbalancereader.moc"
