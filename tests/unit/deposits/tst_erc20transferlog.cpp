// ERC-20 deposits as eth_getLogs reports them (the Ethereum JSON-RPC
// spec's log object: address, topics, data, blockNumber, blockHash,
// transactionHash, logIndex, removed), read strictly: a Transfer of a
// watched token to a deposit address, from whoever called the contract, is
// one deposit keyed by its log index with the exact value of its data
// word; a log of a block other than the one the watcher checked, a removed
// log, a contract not asked for or a value beyond what the console counts
// is an error (the range is read again); ERC-721's four-topic Transfer, a
// zero value and a transfer to anyone else are no deposit.

#include "core/crypto/hashes.h"
#include "core/deposits/erc20transferlog.h"

#include <QJsonArray>
#include <QTest>

using namespace exchange;
using namespace exchange::deposits;
using exchange::ethereum::addressTopic;
using exchange::ethereum::kErc20TransferSelector;
using exchange::ethereum::kErc20TransferTopic;
using exchange::ethereum::transferCall;

namespace {

// EIP-55's examples: the token contract, a deposit address, a multisend
// contract that made the transfer.
const std::string kContract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kDeposit = "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359";
const std::string kMultisend = "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb";
const QString kBlockHash = QStringLiteral("0x") + QString(64, QLatin1Char('b'));
const QString kTxid = QStringLiteral("0x") + QString(63, QLatin1Char('a')) + QLatin1Char('1');

QString word(const QString &hexValue)
{
    return QStringLiteral("0x") + hexValue.rightJustified(64, QLatin1Char('0'));
}

Erc20LogWatch watch()
{
    Erc20LogWatch w;
    w.tokens.emplace(QString::fromStdString(kContract).toLower().toStdString(),
                     wallets::WatchedToken{"USDC", AssetIdentity::erc20(kContract), 6});
    w.receivers.insert(kDeposit);
    w.blockHashes.emplace(0x1b4, kBlockHash);
    return w;
}

QJsonObject transferLog(const QString &valueWord, const QString &logIndex = QStringLiteral("0x3"))
{
    return QJsonObject{{QStringLiteral("address"), QString::fromStdString(kContract).toLower()},
                       {QStringLiteral("topics"), QJsonArray{QLatin1String(kErc20TransferTopic), addressTopic(kMultisend),
                                                             addressTopic(kDeposit)}},
                       {QStringLiteral("data"), valueWord},
                       {QStringLiteral("blockNumber"), QStringLiteral("0x1b4")},
                       {QStringLiteral("blockHash"), kBlockHash},
                       {QStringLiteral("transactionHash"), kTxid},
                       {QStringLiteral("transactionIndex"), QStringLiteral("0x0")},
                       {QStringLiteral("logIndex"), logIndex},
                       {QStringLiteral("removed"), false}};
}

} // namespace

class TestErc20TransferLog : public QObject
{
    Q_OBJECT
private slots:
    void theTopicIsTheEventsSignatureHash()
    {
        // EIP-20: the event is Transfer(address,address,uint256); its topic
        // is the Keccak-256 of that signature.
        const QByteArray signature("Transfer(address,address,uint256)");
        QCOMPARE(QLatin1String(kErc20TransferTopic),
                 QLatin1String(QByteArray("0x") + crypto::keccak256(signature).toHex()));
    }

    void theTransferCallIsTheAbiEncoding()
    {
        // The selector is the first four bytes of the Keccak-256 of
        // "transfer(address,uint256)".
        QCOMPARE(QLatin1String(ethereum::kErc20TransferSelector),
                 QLatin1String(QByteArray("0x") + crypto::keccak256("transfer(address,uint256)").left(4).toHex()));
        // The calldata of Trust Wallet Core's SignERC20Transfer_1559 vector:
        // 2 DAI (2e18) to 0x5322… (also in tst_ethereum).
        QCOMPARE(ethereum::transferCall("0x5322b34c88ed0691971bf52a7047448f0f4efc84", 2'000'000'000'000'000'000),
                 QStringLiteral("0xa9059cbb0000000000000000000000005322b34c88ed0691971bf52a7047448f0f4efc84"
                                "0000000000000000000000000000000000000000000000001bc16d674ec80000"));
        // Any spelling of the address; zero and the largest counted value.
        QCOMPARE(ethereum::transferCall("0x5322B34C88ED0691971BF52A7047448F0F4EFC84", 0).right(64), QString(64, u'0'));
        QCOMPARE(ethereum::transferCall("0x5322b34c88ed0691971bf52a7047448f0f4efc84", kInt128Max).right(32), QStringLiteral("7fffffffffffffffffffffffffffffff"));
    }

    void aTransferToADepositAddressIsADeposit()
    {
        // 1,234.567891 USDC (6 decimals): 1234567891 = 0x499602d3 base units.
        auto p = parseErc20TransferLog(transferLog(word(QStringLiteral("499602d3"))), watch());
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QVERIFY(p.value().has_value());
        const ObservedPayment &d = *p.value();
        QCOMPARE(d.chain, Chain::Ethereum);
        QCOMPARE(d.asset, std::string("USDC"));
        QVERIFY(d.token == AssetIdentity::erc20(kContract));
        QCOMPARE(d.amount.baseUnits(), int128{1234567891});
        QCOMPARE(d.index, 3);
        QCOMPARE(d.txid, kTxid.toStdString());
        QCOMPARE(d.to, kDeposit);
        QCOMPARE(d.from, kMultisend); // whoever called the token: a contract here
        QCOMPARE(d.height, std::int64_t{0x1b4});
        QVERIFY(d.confirmed);
    }

    void theLogIndexTellsTransfersOfOneTransactionApart()
    {
        auto a = parseErc20TransferLog(transferLog(word(QStringLiteral("1")), QStringLiteral("0x0")), watch());
        auto b = parseErc20TransferLog(transferLog(word(QStringLiteral("1")), QStringLiteral("0x1f")), watch());
        QVERIFY(a.ok() && a.value() && b.ok() && b.value());
        QCOMPARE(a.value()->txid, b.value()->txid);
        QCOMPARE(a.value()->index, 0);
        QCOMPARE(b.value()->index, 31);
    }

    void whatIsNoDeposit()
    {
        // Zero moved.
        auto zero = parseErc20TransferLog(transferLog(word(QStringLiteral("0"))), watch());
        QVERIFY(zero.ok() && !zero.value());
        // To someone else.
        QJsonObject other = transferLog(word(QStringLiteral("5")));
        other[QStringLiteral("topics")] = QJsonArray{QLatin1String(kErc20TransferTopic), addressTopic(kDeposit),
                                                      addressTopic(kMultisend)};
        auto out = parseErc20TransferLog(other, watch());
        QVERIFY(out.ok() && !out.value());
        // ERC-721's Transfer: the token id indexed as a fourth topic.
        QJsonObject nft = transferLog(QStringLiteral("0x"));
        nft[QStringLiteral("topics")] = QJsonArray{QLatin1String(kErc20TransferTopic), addressTopic(kMultisend),
                                                    addressTopic(kDeposit), word(QStringLiteral("7"))};
        auto nftTransfer = parseErc20TransferLog(nft, watch());
        QVERIFY(nftTransfer.ok() && !nftTransfer.value());
    }

    void whatIsReadAgainLater()
    {
        const auto refused = [](QJsonObject log, const char *what) {
            auto p = parseErc20TransferLog(log, watch());
            QVERIFY2(!p.ok(), what);
        };
        QJsonObject removed = transferLog(word(QStringLiteral("5")));
        removed[QStringLiteral("removed")] = true;
        refused(removed, "a log removed by a reorganisation");
        QJsonObject otherBlock = transferLog(word(QStringLiteral("5")));
        otherBlock[QStringLiteral("blockHash")] = QStringLiteral("0x") + QString(64, QLatin1Char('c'));
        refused(otherBlock, "a log of a block with another hash than the one checked");
        QJsonObject unread = transferLog(word(QStringLiteral("5")));
        unread[QStringLiteral("blockNumber")] = QStringLiteral("0x1b5");
        refused(unread, "a log of a block not read");
        QJsonObject stranger = transferLog(word(QStringLiteral("5")));
        stranger[QStringLiteral("address")] = QString::fromStdString(kMultisend);
        refused(stranger, "a contract that was not asked for");
        refused(transferLog(word(QStringLiteral("1") + QString(50, QLatin1Char('0')))), "a value of 2^200");
        refused(transferLog(QStringLiteral("0x05")), "a data word that is not 32 bytes");
        QJsonObject padded = transferLog(word(QStringLiteral("5")));
        padded[QStringLiteral("topics")] = QJsonArray{QLatin1String(kErc20TransferTopic), addressTopic(kMultisend),
                                                       QStringLiteral("0x01") + addressTopic(kDeposit).mid(4)};
        refused(padded, "an address topic whose padding is not zero");
        QJsonObject noIndex = transferLog(word(QStringLiteral("5")));
        noIndex.remove(QStringLiteral("logIndex"));
        refused(noIndex, "no log index");
        QJsonObject approval = transferLog(word(QStringLiteral("5")));
        approval[QStringLiteral("topics")] = QJsonArray{word(QStringLiteral("8c5be1e5")), addressTopic(kMultisend),
                                                         addressTopic(kDeposit)};
        refused(approval, "an event that is not a Transfer");
    }

    void theLargestCountedValueIsExact()
    {
        // 2^124 - 1: the most a quantity may be; one more is refused.
        auto max = parseErc20TransferLog(transferLog(word(QString(31, QLatin1Char('f')))), watch());
        QVERIFY(max.ok() && max.value());
        QCOMPARE(max.value()->amount.baseUnits(), (int128{1} << 124) - 1);
        QVERIFY(!parseErc20TransferLog(transferLog(word(QStringLiteral("1") + QString(31, QLatin1Char('0')))), watch()).ok());
    }
};

QTEST_GUILESS_MAIN(TestErc20TransferLog)
#include "tst_erc20transferlog.moc"
