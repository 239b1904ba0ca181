// Pages of the Algorand indexer's /v2/transactions, in the format of its
// documentation: which transactions (ALGO payments, transfers of a watched
// ASA) are deposits to the watched addresses, with which index, amount,
// asset and confirmation; what is refused record by record; and what makes
// a whole page unusable.

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/keys.h"
#include "core/deposits/indexertransaction.h"
#include "indexertestserver.h"

#include <QCryptographicHash>
#include <QTest>

#include <tuple>

using namespace exchange;
using namespace exchange::deposits;

namespace {

QByteArray address(int seed)
{
    return QByteArray::fromStdString(algorand::addressFromSeed(QByteArray(32, static_cast<char>(seed))));
}

QByteArray txid(int n)
{
    return QByteArray::fromStdString(
        algorand::encodeTxId(QCryptographicHash::hash("tx " + QByteArray::number(n), QCryptographicHash::Sha256)));
}

QByteArray pageOf(const QList<QByteArray> &transactions, qint64 currentRound = 1000, const QByteArray &nextToken = {})
{
    QByteArray out = "{\"current-round\":" + QByteArray::number(currentRound);
    if (!nextToken.isEmpty())
        out += ",\"next-token\":\"" + nextToken + "\"";
    out += ",\"transactions\":[";
    for (int i = 0; i < transactions.size(); ++i)
        out += (i ? "," : "") + transactions[i];
    return out + "]}";
}

const QByteArray kWatched = address(1);
const QByteArray kHot = address(2);
const QByteArray kStranger = address(9);
const QByteArray kApp = address(7);

// Mainnet's USDC ASA id, and the largest id there can be.
constexpr std::uint64_t kAsa = 31566704;
constexpr std::uint64_t kMaxAsa = 18446744073709551615ULL;
const QByteArray kAsaText = "31566704";

IndexerWatch watch(int confirmations = 1)
{
    IndexerWatch w;
    w.receivers = {kWatched.toStdString(), kHot.toStdString()};
    w.confirmations = confirmations;
    w.assets.emplace(kAsa, wallets::WatchedToken{"USDC", AssetIdentity::algorandAsa(kAsa), 6});
    w.assets.emplace(kMaxAsa, wallets::WatchedToken{"BIG", AssetIdentity::algorandAsa(kMaxAsa), 0});
    return w;
}

using Server = IndexerTestServer;

} // namespace

class TestIndexerTransaction : public QObject
{
    Q_OBJECT
private slots:
    void theTestDataHasRealFormats()
    {
        QCOMPARE(kWatched.size(), 58);
        QVERIFY(algorand::decodeAddress(kWatched.toStdString()).ok());
        QCOMPARE(txid(1).size(), 52);
        QVERIFY(algorand::decodeTxId(txid(1).toStdString()).ok());
    }

    void aPaymentToAWatchedAddressIsADeposit()
    {
        auto page = parseIndexerTransactions(
            pageOf({Server::payment(txid(1), 900, 3, kStranger, kWatched, "2500000")}, 1000, "cYgVAAAAAAAAAAAA"), watch());
        QVERIFY(page.ok());
        QCOMPARE(page.value().currentRound, std::int64_t(1000));
        QCOMPARE(page.value().nextToken.value_or(""), std::string("cYgVAAAAAAAAAAAA"));
        QCOMPARE(page.value().records, 1);
        QVERIFY(page.value().refused.empty());
        QCOMPARE(page.value().payments.size(), size_t(1));
        const ObservedPayment &p = page.value().payments.front();
        QCOMPARE(p.chain, Chain::Algorand);
        QCOMPARE(p.txid, txid(1).toStdString());
        QCOMPARE(p.index, 0);
        QCOMPARE(p.asset, std::string("ALGO"));
        QCOMPARE(p.to, kWatched.toStdString());
        QCOMPARE(p.from, kStranger.toStdString());
        QCOMPARE(p.amount.baseUnits(), static_cast<int128>(2'500'000));
        QCOMPARE(p.height, std::int64_t(900));
        QVERIFY(p.confirmed);
        QVERIFY(p.memo.empty());
    }

    void paymentsToOthersAndFromIgnoredSendersAreNotDeposits()
    {
        IndexerWatch w = watch();
        w.ignoredSenders = {kWatched.toStdString()};
        auto page = parseIndexerTransactions(pageOf({Server::payment(txid(1), 900, 0, kStranger, kStranger, "5"),
                                                     Server::payment(txid(2), 900, 1, kWatched, kHot, "5"), // a collection
                                                     Server::payment(txid(3), 900, 2, kStranger, kWatched, "0"),
                                                     Server::payment(txid(4), 900, 3, kStranger, kHot, "7")}),
                                             w);
        QVERIFY(page.ok());
        QCOMPARE(page.value().records, 4);
        QVERIFY(page.value().refused.empty());
        QCOMPARE(page.value().payments.size(), size_t(1));
        QCOMPARE(page.value().payments.front().txid, txid(4).toStdString());
    }

    void theCloseAmountCountsWithIndexOne()
    {
        auto page = parseIndexerTransactions(
            pageOf({Server::payment(txid(1), 900, 0, kStranger, kWatched, "1000", kHot, "123456789"),
                    Server::payment(txid(2), 901, 0, kStranger, kStranger, "1000", kWatched, "55"),
                    Server::payment(txid(3), 902, 0, kStranger, kStranger, "1000", kWatched, "0")}),
            watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        const auto &ps = page.value().payments;
        QCOMPARE(ps.size(), size_t(3));
        QCOMPARE(ps[0].index, 0);
        QCOMPARE(ps[0].to, kWatched.toStdString());
        QCOMPARE(ps[0].amount.baseUnits(), static_cast<int128>(1000));
        QCOMPARE(ps[1].index, 1);
        QCOMPARE(ps[1].to, kHot.toStdString());
        QCOMPARE(ps[1].amount.baseUnits(), static_cast<int128>(123'456'789));
        QCOMPARE(ps[2].txid, txid(2).toStdString());
        QCOMPARE(ps[2].index, 1);
        QCOMPARE(ps[2].amount.baseUnits(), static_cast<int128>(55));
    }

    void innerPaymentsCountWithTheirOwnIndexes()
    {
        // Depth-first: k=0 pays a stranger, k=1 pays us (index 4), k=2 is an
        // application call whose inner k=3 pays us and closes to hot
        // (indexes 8 and 9), then k=4 pays us (index 10).
        const QByteArray tx = Server::applicationCall(
            txid(1), 950, 4, kStranger,
            {Server::innerPayment(950, 4, kApp, kStranger, "1"), Server::innerPayment(950, 4, kApp, kWatched, "20"),
             Server::innerApplicationCall(950, 4, kApp, {Server::innerPayment(950, 4, kApp, kWatched, "30", kHot, "31")}),
             Server::innerPayment(950, 4, kApp, kWatched, "40")});
        auto page = parseIndexerTransactions(pageOf({tx}), watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        const auto &ps = page.value().payments;
        QCOMPARE(ps.size(), size_t(4));
        const std::vector<std::pair<int, int>> expected{{4, 20}, {8, 30}, {9, 31}, {10, 40}};
        for (size_t i = 0; i < ps.size(); ++i) {
            QCOMPARE(ps[i].txid, txid(1).toStdString()); // inner transactions have no id of their own
            QCOMPARE(ps[i].index, expected[i].first);
            QCOMPARE(ps[i].amount.baseUnits(), static_cast<int128>(expected[i].second));
            QCOMPARE(ps[i].from, kApp.toStdString());
            QCOMPARE(ps[i].height, std::int64_t(950));
        }
        QCOMPARE(ps[2].to, kHot.toStdString());
    }

    void confirmationsCountFromTheCurrentRound()
    {
        // current 1000, 3 confirmations: round 998 has them (998, 999, 1000).
        auto page = parseIndexerTransactions(pageOf({Server::payment(txid(1), 998, 0, kStranger, kWatched, "1"),
                                                     Server::payment(txid(2), 999, 0, kStranger, kWatched, "1")},
                                                    1000),
                                             watch(3));
        QVERIFY(page.ok());
        QVERIFY(page.value().payments[0].confirmed);
        QVERIFY(!page.value().payments[1].confirmed);
        QCOMPARE(page.value().payments[1].height, std::int64_t(999));
    }

    void amountsAreExactUpTo2To64Minus1()
    {
        auto page = parseIndexerTransactions(
            pageOf({Server::payment(txid(1), 900, 0, kStranger, kWatched, "18446744073709551615"),
                    Server::payment(txid(2), 900, 1, kStranger, kWatched, "9007199254740993")}), // 2^53 + 1
            watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        QCOMPARE(page.value().payments[0].amount.baseUnits(), static_cast<int128>(18446744073709551615ULL));
        QCOMPARE(page.value().payments[1].amount.baseUnits(), static_cast<int128>(9007199254740993LL));
    }

    void anAssetTransferOfAWatchedAsaIsADeposit()
    {
        auto page = parseIndexerTransactions(
            pageOf({Server::assetTransfer(txid(1), 900, 2, kStranger, kWatched, kAsaText, "2500000")}), watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        QCOMPARE(page.value().payments.size(), size_t(1));
        const ObservedPayment &p = page.value().payments.front();
        QCOMPARE(p.chain, Chain::Algorand);
        QCOMPARE(p.txid, txid(1).toStdString());
        QCOMPARE(p.index, 0);
        QCOMPARE(p.asset, std::string("USDC"));
        QVERIFY(p.token == AssetIdentity::algorandAsa(kAsa));
        QCOMPARE(p.to, kWatched.toStdString());
        QCOMPARE(p.from, kStranger.toStdString());
        QCOMPARE(p.amount.baseUnits(), static_cast<int128>(2'500'000));
        QCOMPARE(p.height, std::int64_t(900));
        QVERIFY(p.confirmed);
        // A payment still says it moved algos.
        auto algos = parseIndexerTransactions(pageOf({Server::payment(txid(2), 900, 0, kStranger, kWatched, "5")}), watch());
        QCOMPARE(algos.value().payments.front().asset, std::string("ALGO"));
        QVERIFY(algos.value().payments.front().token.isNative());
    }

    void otherAsasOptInsAndOtherTypesAreNoDeposit()
    {
        IndexerWatch w = watch();
        w.ignoredSenders = {kHot.toStdString()};
        QByteArray keyreg = Server::payment(txid(6), 900, 5, kWatched, kWatched, "0");
        keyreg.replace("\"tx-type\":\"pay\"", "\"tx-type\":\"keyreg\"");
        keyreg.replace("\"payment-transaction\"", "\"keyreg-transaction\"");
        auto page = parseIndexerTransactions(
            pageOf({Server::assetTransfer(txid(1), 900, 0, kStranger, kWatched, "31566705", "100"), // another ASA
                    Server::assetTransfer(txid(2), 900, 1, kWatched, kWatched, kAsaText, "0"),       // the opt-in
                    Server::assetTransfer(txid(3), 900, 2, kWatched, kWatched, kAsaText, "7"),       // to itself
                    Server::assetTransfer(txid(4), 900, 3, kHot, kWatched, kAsaText, "8"),           // our own
                    Server::assetTransfer(txid(5), 900, 4, kStranger, kStranger, kAsaText, "9"),     // to others
                    keyreg, Server::applicationCall(txid(7), 900, 6, kStranger, {})}),
            w);
        QVERIFY(page.ok());
        QCOMPARE(page.value().records, 7);
        QVERIFY(page.value().refused.empty());
        QVERIFY(page.value().payments.empty());
    }

    void theAssetCloseAmountCountsWithIndexOne()
    {
        // An account giving the ASA up closes its holding to close-to.
        auto page = parseIndexerTransactions(
            pageOf({Server::assetTransfer(txid(1), 900, 0, kStranger, kWatched, kAsaText, "1000", kHot, "123456789"),
                    Server::assetTransfer(txid(2), 901, 0, kStranger, kStranger, kAsaText, "0", kWatched, "55"),
                    Server::assetTransfer(txid(3), 902, 0, kStranger, kStranger, kAsaText, "10", kWatched, "0")}),
            watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        const auto &ps = page.value().payments;
        QCOMPARE(ps.size(), size_t(3));
        QCOMPARE(ps[0].index, 0);
        QCOMPARE(ps[0].to, kWatched.toStdString());
        QCOMPARE(ps[0].amount.baseUnits(), static_cast<int128>(1000));
        QCOMPARE(ps[1].index, 1);
        QCOMPARE(ps[1].to, kHot.toStdString());
        QCOMPARE(ps[1].amount.baseUnits(), static_cast<int128>(123'456'789));
        QCOMPARE(ps[2].txid, txid(2).toStdString());
        QCOMPARE(ps[2].index, 1);
        QCOMPARE(ps[2].amount.baseUnits(), static_cast<int128>(55));
        for (const ObservedPayment &p : ps)
            QVERIFY(p.token == AssetIdentity::algorandAsa(kAsa));
    }

    void innerAssetTransfersCountWithTheirOwnIndexes()
    {
        // k=0 pays us algos (index 2), k=1 is an application call whose
        // inner k=2 sends us the ASA and closes to hot (6 and 7), k=3 sends
        // another ASA (nothing), k=4 sends us the ASA (10).
        const QByteArray tx = Server::applicationCall(
            txid(1), 950, 4, kStranger,
            {Server::innerPayment(950, 4, kApp, kWatched, "20"),
             Server::innerApplicationCall(950, 4, kApp,
                                          {Server::innerAssetTransfer(950, 4, kApp, kWatched, kAsaText, "30", kHot, "31")}),
             Server::innerAssetTransfer(950, 4, kApp, kWatched, "12345", "35"),
             Server::innerAssetTransfer(950, 4, kApp, kWatched, kAsaText, "40")});
        auto page = parseIndexerTransactions(pageOf({tx}), watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        const auto &ps = page.value().payments;
        QCOMPARE(ps.size(), size_t(4));
        const std::vector<std::tuple<int, int, std::string>> expected{
            {2, 20, "ALGO"}, {6, 30, "USDC"}, {7, 31, "USDC"}, {10, 40, "USDC"}};
        for (size_t i = 0; i < ps.size(); ++i) {
            QCOMPARE(ps[i].txid, txid(1).toStdString());
            QCOMPARE(ps[i].index, std::get<0>(expected[i]));
            QCOMPARE(ps[i].amount.baseUnits(), static_cast<int128>(std::get<1>(expected[i])));
            QCOMPARE(ps[i].asset, std::get<2>(expected[i]));
            QCOMPARE(ps[i].from, kApp.toStdString());
        }
        QCOMPARE(ps[2].to, kHot.toStdString());
    }

    void aClawbackCountsAsWhatItIs()
    {
        // The clawback address (kApp) takes units from kStranger for us: we
        // got them, from kStranger. Taken from our own hot wallet, or by an
        // ignored sender, it is no deposit.
        IndexerWatch w = watch();
        w.ignoredSenders = {kHot.toStdString()};
        auto page = parseIndexerTransactions(
            pageOf({Server::assetTransfer(txid(1), 900, 0, kApp, kWatched, kAsaText, "600", {}, "0", kStranger),
                    Server::assetTransfer(txid(2), 900, 1, kApp, kWatched, kAsaText, "700", {}, "0", kHot),
                    Server::assetTransfer(txid(3), 900, 2, kHot, kWatched, kAsaText, "800", {}, "0", kStranger),
                    Server::assetTransfer(txid(4), 900, 3, kApp, kStranger, kAsaText, "900", {}, "0", kWatched)}),
            w);
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        QCOMPARE(page.value().payments.size(), size_t(1));
        const ObservedPayment &p = page.value().payments.front();
        QCOMPARE(p.txid, txid(1).toStdString());
        QCOMPARE(p.from, kStranger.toStdString());
        QCOMPARE(p.to, kWatched.toStdString());
        QCOMPARE(p.amount.baseUnits(), static_cast<int128>(600));
    }

    void assetAmountsAndIdsAreExactUpTo2To64Minus1()
    {
        auto page = parseIndexerTransactions(
            pageOf({Server::assetTransfer(txid(1), 900, 0, kStranger, kWatched, kAsaText, "18446744073709551615"),
                    Server::assetTransfer(txid(2), 900, 1, kStranger, kWatched, kAsaText, "9007199254740993"), // 2^53 + 1
                    Server::assetTransfer(txid(3), 900, 2, kStranger, kWatched, "18446744073709551615", "3"),
                    // As a double this id would be 2^64, and 2^53 + 1 would be 2^53: neither is watched.
                    Server::assetTransfer(txid(4), 900, 3, kStranger, kWatched, "18446744073709551614", "4"),
                    Server::assetTransfer(txid(5), 900, 4, kStranger, kWatched, "31566705", "5")}),
            watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        const auto &ps = page.value().payments;
        QCOMPARE(ps.size(), size_t(3));
        QCOMPARE(ps[0].amount.baseUnits(), static_cast<int128>(18446744073709551615ULL));
        QCOMPARE(ps[1].amount.baseUnits(), static_cast<int128>(9007199254740993LL));
        QCOMPARE(ps[2].asset, std::string("BIG"));
        QVERIFY(ps[2].token == AssetIdentity::algorandAsa(kMaxAsa));
    }

    void malformedRecordsAreRefusedOneByOne_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("reason");
        const auto pay = [](const QByteArray &amount) { return Server::payment(txid(1), 900, 0, kStranger, kWatched, amount); };
        QTest::newRow("fraction") << pay("1.5") << "amount";
        QTest::newRow("integral fraction") << pay("1.0") << "amount";
        QTest::newRow("exponent") << pay("1e6") << "amount";
        QTest::newRow("negative") << pay("-5") << "amount";
        QTest::newRow("beyond uint64") << pay("18446744073709551616") << "amount";
        QTest::newRow("string") << pay("\"100\"") << "amount";
        QTest::newRow("null") << pay("null") << "amount";
        QTest::newRow("close amount fraction")
            << Server::payment(txid(1), 900, 0, kStranger, kWatched, "1", kHot, "2.5") << "close-amount";
        QTest::newRow("close amount without close-to")
            << QByteArray(pay("1")).replace("\"close-amount\":0", "\"close-amount\":9") << "close-remainder-to";
        QTest::newRow("bad receiver checksum")
            << Server::payment(txid(1), 900, 0, kStranger, kWatched.left(57) + (kWatched.endsWith('A') ? "B" : "A"), "1")
            << "receiver";
        QTest::newRow("no receiver") << QByteArray(pay("1")).replace("\"receiver\"", "\"rcv\"") << "receiver";
        QTest::newRow("bad sender") << Server::payment(txid(1), 900, 0, "NOTANADDRESS", kWatched, "1") << "sender";
        QTest::newRow("no id") << QByteArray(pay("1")).replace("\"id\"", "\"txid\"") << "transaction id";
        QTest::newRow("short id") << Server::payment(txid(1).left(51), 900, 0, kStranger, kWatched, "1") << "transaction id";
        QTest::newRow("no round") << QByteArray(pay("1")).replace("\"confirmed-round\"", "\"round\"") << "confirmed-round";
        QTest::newRow("round zero") << Server::payment(txid(1), 0, 0, kStranger, kWatched, "1") << "confirmed-round";
        QTest::newRow("no type") << QByteArray(pay("1")).replace("\"tx-type\"", "\"type\"") << "tx-type";
        QTest::newRow("pay without fields")
            << QByteArray(pay("1")).replace("\"payment-transaction\"", "\"payment\"") << "payment-transaction";
        QTest::newRow("amount twice") << QByteArray(pay("1")).replace("\"amount\":1", "\"amount\":1,\"amount\":1000") << "twice";
        QTest::newRow("malformed inner")
            << Server::applicationCall(txid(1), 900, 0, kStranger, {Server::innerPayment(900, 0, kApp, kWatched, "1.5")})
            << "inner 0";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "not an object";
        // Asset transfers, of the watched ASA or not: refused whole, the same way.
        const auto axfer = [](const QByteArray &assetId, const QByteArray &amount) {
            return Server::assetTransfer(txid(1), 900, 0, kStranger, kWatched, assetId, amount);
        };
        QTest::newRow("asset amount fraction") << axfer(kAsaText, "1.5") << "amount";
        QTest::newRow("asset amount negative") << axfer(kAsaText, "-1") << "amount";
        QTest::newRow("asset amount beyond uint64") << axfer(kAsaText, "18446744073709551616") << "amount";
        QTest::newRow("asset amount string") << axfer(kAsaText, "\"5\"") << "amount";
        QTest::newRow("asset id fraction") << axfer("31566704.0", "1") << "asset-id";
        QTest::newRow("asset id exponent") << axfer("3.1566704e7", "1") << "asset-id";
        QTest::newRow("asset id string") << axfer("\"31566704\"", "1") << "asset-id";
        QTest::newRow("asset id negative") << axfer("-31566704", "1") << "asset-id";
        QTest::newRow("asset id beyond uint64") << axfer("18446744073709551616", "1") << "asset-id";
        QTest::newRow("asset id zero") << axfer("0", "1") << "asset-id";
        QTest::newRow("no asset id") << QByteArray(axfer(kAsaText, "1")).replace("\"asset-id\"", "\"xaid\"") << "asset-id";
        QTest::newRow("unwatched asset, bad amount") << axfer("12345", "1.5") << "amount";
        QTest::newRow("axfer without fields")
            << QByteArray(axfer(kAsaText, "1")).replace("\"asset-transfer-transaction\"", "\"axfer\"")
            << "asset-transfer-transaction";
        QTest::newRow("asset receiver checksum")
            << Server::assetTransfer(txid(1), 900, 0, kStranger, kWatched.left(57) + (kWatched.endsWith('A') ? "B" : "A"),
                                     kAsaText, "1")
            << "receiver";
        QTest::newRow("clawback from no address")
            << Server::assetTransfer(txid(1), 900, 0, kApp, kWatched, kAsaText, "1", {}, "0", "NOTANADDRESS") << "sender";
        QTest::newRow("asset close amount without close-to")
            << QByteArray(axfer(kAsaText, "1")).replace("\"close-amount\":0", "\"close-amount\":9") << "close-to";
        QTest::newRow("asset close to us without close-amount")
            << QByteArray(Server::assetTransfer(txid(1), 900, 0, kStranger, kStranger, kAsaText, "1", kWatched, "5"))
                   .replace("\"close-amount\":5,", "")
            << "close-amount";
        QTest::newRow("malformed inner axfer")
            << Server::applicationCall(txid(1), 900, 0, kStranger,
                                       {Server::innerAssetTransfer(900, 0, kApp, kWatched, kAsaText, "1e3")})
            << "inner 0";
        // What the JSON reader refuses inside one record costs that record only.
        const auto withField = [&](const QByteArray &value) {
            return QByteArray(pay("1")).replace("\"tx-type\"", "\"lx\":" + value + ",\"tx-type\"");
        };
        QTest::newRow("invalid UTF-8") << withField("\"\xFF\"") << "invalid UTF-8";
        QTest::newRow("lone surrogate") << withField("\"\\udc00\"") << "unpaired surrogate";
        QTest::newRow("field twice") << withField("\"a\",\"lx\":\"b\"") << "\"lx\" given twice";
        QTest::newRow("too deep") << withField(QByteArray(40, '[') + QByteArray(40, ']')) << "too deep";
    }
    void malformedRecordsAreRefusedOneByOne()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, reason);
        auto page = parseIndexerTransactions(pageOf({Server::payment(txid(2), 899, 0, kStranger, kWatched, "7"), record,
                                                     Server::payment(txid(3), 901, 0, kStranger, kHot, "8")}),
                                             watch());
        QVERIFY(page.ok());
        QCOMPARE(page.value().records, 3);
        QCOMPARE(page.value().refused.size(), size_t(1));
        QVERIFY2(QString::fromStdString(page.value().refused.front().message).contains(reason),
                 page.value().refused.front().message.c_str());
        // The rest of the page still counts.
        QCOMPARE(page.value().payments.size(), size_t(2));
        QCOMPARE(page.value().payments[0].txid, txid(2).toStdString());
        QCOMPARE(page.value().payments[1].txid, txid(3).toStdString());
    }

    void malformedPagesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = Server::payment(txid(1), 900, 0, kStranger, kWatched, "1");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("cut short") << pageOf({good}).chopped(3);
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("no transactions") << QByteArray("{\"current-round\":1000}");
        QTest::newRow("transactions not an array") << QByteArray("{\"current-round\":1000,\"transactions\":{}}");
        QTest::newRow("no current round") << QByteArray("{\"transactions\":[]}");
        QTest::newRow("fractional current round") << QByteArray("{\"current-round\":1000.5,\"transactions\":[]}");
        QTest::newRow("next token not a string") << QByteArray("{\"current-round\":1000,\"next-token\":5,\"transactions\":[]}");
        QTest::newRow("trailing garbage") << pageOf({good}) + "x";
        QTest::newRow("raw control character") << QByteArray("{\"current-round\":1000,\"next-token\":\"a\tb\",\"transactions\":[]}");
        QTest::newRow("lone surrogate") << QByteArray("{\"current-round\":1000,\"next-token\":\"\\udc00\",\"transactions\":[]}");
        QTest::newRow("too deep") << QByteArray("{\"current-round\":1000,\"transactions\":[],\"x\":") + QByteArray(100, '[')
                + QByteArray(100, ']') + "}";
    }
    void malformedPagesAreRefusedWhole()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!parseIndexerTransactions(json, watch()).ok());
    }

    void anEmptyPageEndsThePaging()
    {
        auto page = parseIndexerTransactions("{\"current-round\": 31337, \"transactions\": [ ]}\n", watch());
        QVERIFY(page.ok());
        QCOMPARE(page.value().records, 0);
        QVERIFY(!page.value().nextToken);
        QCOMPARE(page.value().currentRound, std::int64_t(31337));
    }

    void escapesInStringsAreDecoded()
    {
        // A note with escapes, and an address spelt with a \u escape.
        QByteArray tx = Server::payment(txid(1), 900, 0, kStranger, kWatched, "3");
        tx.replace("\"note\":\"\"", "\"note\":\"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\\n\"");
        tx.replace("\"receiver\":\"" + kWatched.left(1), "\"receiver\":\"\\u00" + kWatched.left(1).toHex());
        auto page = parseIndexerTransactions(pageOf({tx}), watch());
        QVERIFY(page.ok());
        QVERIFY(page.value().refused.empty());
        QCOMPARE(page.value().payments.size(), size_t(1));
        QCOMPARE(page.value().payments.front().to, kWatched.toStdString());
    }
};

QTEST_APPLESS_MAIN(TestIndexerTransaction)
#include "tst_indexertransaction.moc"
