// The three chains' replenishers moving a token, each against its node
// played by QHttpServer on 127.0.0.1. Ethereum: an ERC-20's spendable is
// balanceOf(address) through eth_call; the export is a call of the
// contract's transfer(to, value) with no ether (the ABI encoding written out
// here from the spec), its gas the node's estimate plus a quarter; a call
// the node says reverts is refused with the node's reason; the move is
// confirmed only when the receipt holds the contract's Transfer of the
// amount from the source to the destination; two exports differing in the
// token amount say so. Stellar: a credit asset's spendable is its
// trustline's balance less selling liabilities (another issuer's line is
// not it; no line: nothing), the export a payment of that asset with the
// fee in XLM. Algorand: an ASA's spendable is the holding (a frozen one,
// or none: nothing), the export an axfer of the asset id; the signed axfer
// is read, its signer checked, and a changed amount described.
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/erc20event.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/transaction.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/withdrawals/algorandreplenisher.h"
#include "core/withdrawals/ethereumreplenisher.h"
#include "core/withdrawals/stellarreplenisher.h"
#include "testtoken.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// EIP-55's examples: the token contract, warm and hot.
const std::string kContract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kWarm = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
const std::string kHot = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
const QString kGenesisHash = QStringLiteral("SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=");
constexpr std::uint64_t kAsaId = 31566704;

QString lower(const std::string &text)
{
    return QString::fromStdString(text).toLower();
}

// An ABI word: 32 bytes, big-endian, as 64 hex digits.
QString word(const QString &hexDigits)
{
    return hexDigits.rightJustified(64, u'0');
}

QJsonObject transferLog(const std::string &contract, const std::string &from, const std::string &to, const QString &hexValue)
{
    return QJsonObject{{QStringLiteral("address"), lower(contract)},
                       {QStringLiteral("topics"), QJsonArray{QLatin1String(ethereum::kErc20TransferTopic),
                                                             QStringLiteral("0x") + word(lower(from).mid(2)),
                                                             QStringLiteral("0x") + word(lower(to).mid(2))}},
                       {QStringLiteral("data"), QStringLiteral("0x") + word(hexValue)},
                       {QStringLiteral("blockNumber"), QStringLiteral("0x10")},
                       {QStringLiteral("blockHash"), QStringLiteral("0x") + QString(64, u'b')},
                       {QStringLiteral("transactionHash"), QStringLiteral("0x") + QString(64, u'a')},
                       {QStringLiteral("logIndex"), QStringLiteral("0x0")},
                       {QStringLiteral("removed"), false}};
}

} // namespace

class TestTokenReplenishers final : public QObject
{
    Q_OBJECT

    QHttpServer m_server;
    QUrl m_url;
    std::vector<QJsonObject> m_calls; // the JSON-RPC calls the node was asked
    QJsonValue m_estimate = QStringLiteral("0xc350"); // 50,000 gas; an object: the node's error
    QJsonArray m_logs;
    QByteArray m_stellarAccount;
    QByteArray m_algodAccount;

    Asset erc20() const { return testToken("USDE", Chain::Ethereum, AssetIdentity::erc20(kContract), 6); }
    Asset credit() const { return testToken("USDS", Chain::Stellar, AssetIdentity::stellarCredit("USDC", issuer()), 7); }
    Asset asa() const { return testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(kAsaId), 6); }
    static std::string issuer() { return stellar::accountIdFromSeed(QByteArray(32, '\x05')); }

    QJsonObject callOf(const char *method) const
    {
        for (auto it = m_calls.rbegin(); it != m_calls.rend(); ++it) {
            if (it->value(QStringLiteral("method")).toString() == QLatin1String(method))
                return *it;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_server.route(QStringLiteral("/"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            const QJsonObject call = QJsonDocument::fromJson(request.body()).object();
            m_calls.push_back(call);
            const QString method = call.value(QStringLiteral("method")).toString();
            QJsonObject answer{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), call.value(QStringLiteral("id"))}};
            QJsonValue result;
            if (method == u"eth_call")
                result = QStringLiteral("0x") + word(QStringLiteral("3b9aca07")); // 1,000,000,007 base units
            else if (method == u"eth_chainId")
                result = QStringLiteral("0x539");
            else if (method == u"eth_getTransactionCount")
                result = QStringLiteral("0x7");
            else if (method == u"eth_feeHistory") // next base fee 1 gwei, tip 1 gwei
                result = QJsonObject{{QStringLiteral("baseFeePerGas"), QJsonArray{QStringLiteral("0x3b9aca00"), QStringLiteral("0x3b9aca00")}},
                                     {QStringLiteral("reward"), QJsonArray{QJsonArray{QStringLiteral("0x3b9aca00")}}}};
            else if (method == u"eth_estimateGas" && m_estimate.isObject()) {
                answer.insert(QStringLiteral("error"), m_estimate);
                return QHttpServerResponse(answer);
            } else if (method == u"eth_estimateGas")
                result = m_estimate;
            else if (method == u"eth_getTransactionReceipt") // 62,500 gas at 1 gwei
                result = QJsonObject{{QStringLiteral("status"), QStringLiteral("0x1")},
                                     {QStringLiteral("from"), lower(kWarm)},
                                     {QStringLiteral("to"), lower(kContract)},
                                     {QStringLiteral("gasUsed"), QStringLiteral("0xf424")},
                                     {QStringLiteral("effectiveGasPrice"), QStringLiteral("0x3b9aca00")},
                                     {QStringLiteral("logs"), m_logs}};
            answer.insert(QStringLiteral("result"), result);
            return QHttpServerResponse(answer);
        });
        m_server.route(QStringLiteral("/accounts/<arg>"), [this](const QString &) {
            return QHttpServerResponse(QByteArray("application/json"), m_stellarAccount);
        });
        m_server.route(QStringLiteral("/v2/accounts/<arg>"), [this](const QString &) {
            return QHttpServerResponse(QByteArray("application/json"), m_algodAccount);
        });
        m_server.route(QStringLiteral("/v2/transactions/params"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("consensus-version"), QStringLiteral("future")},
                                                   {QStringLiteral("fee"), 0},
                                                   {QStringLiteral("min-fee"), 1000},
                                                   {QStringLiteral("genesis-id"), QStringLiteral("testnet-v1.0")},
                                                   {QStringLiteral("genesis-hash"), kGenesisHash},
                                                   {QStringLiteral("last-round"), 50000}});
        });
        const quint16 port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    void init()
    {
        m_calls.clear();
        m_estimate = QStringLiteral("0xc350");
        m_logs = {};
    }

    void anErc20IsReadByBalanceOf()
    {
        ethereum::JsonRpcClient node(m_url);
        EthereumReplenisher chain(node, "1337");
        auto held = chain.spendable(kWarm, erc20());
        QVERIFY2(held.ok(), held.ok() ? "" : held.error().message.c_str());
        QCOMPARE(held.value(), Amount::fromBaseUnits(1000000007));
        const QJsonObject call = callOf("eth_call").value(QStringLiteral("params")).toArray().first().toObject();
        QCOMPARE(call.value(QStringLiteral("to")).toString(), QString::fromStdString(kContract));
        // balanceOf(address): keccak256("balanceOf(address)")[0..4], then the address as a word.
        QCOMPARE(call.value(QStringLiteral("data")).toString(), QStringLiteral("0x70a08231") + word(lower(kWarm).mid(2)));
        // The fee is ether: a plan allows 100,000 gas at the max fee per gas (3 gwei).
        QCOMPARE(chain.feeAllowance(erc20()).value(), Amount::parse("0.0003", 18).value());
        QCOMPARE(chain.feeAllowance(nativeAssetOf(Chain::Ethereum)).value(), Amount::parse("0.000063", 18).value());
        // Another chain's token is no asset of Ethereum.
        QCOMPARE(chain.spendable(kWarm, credit()).error().code, ErrorCode::InvalidInput);
    }

    void anErc20MoveIsATransferCallConfirmedByItsLog()
    {
        ethereum::JsonRpcClient node(m_url);
        EthereumReplenisher chain(node, "1337");
        const Amount amount = Amount::fromBaseUnits(250000000); // 250 USDE, 0xee6b280
        auto prepared = chain.prepare(kWarm, kHot, amount, erc20());
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        auto tx = ethereum::Transaction::parseUnsigned(prepared.value().unsignedTx);
        QVERIFY(tx.ok());
        // transfer(address,uint256): selector a9059cbb, hot's address and the value as words.
        const QString data = QStringLiteral("a9059cbb") + word(lower(kHot).mid(2)) + word(QStringLiteral("ee6b280"));
        QCOMPARE(QString::fromLatin1(tx.value().data.toHex()), data);
        QCOMPARE(ethereum::checksumAddress(*tx.value().to), kContract);
        QVERIFY(tx.value().value.isZero());
        QCOMPARE(tx.value().chainId.value_or(0), std::uint64_t(1337));
        QCOMPARE(tx.value().nonce, std::uint64_t(7));
        QCOMPARE(tx.value().gasLimit, std::uint64_t(62500)); // 50,000 and a quarter
        QCOMPARE(prepared.value().maxFee, Amount::fromBaseUnits(62500LL * 3000000000LL));
        const QJsonObject estimated = callOf("eth_estimateGas").value(QStringLiteral("params")).toArray().first().toObject();
        QCOMPARE(estimated.value(QStringLiteral("from")).toString(), QString::fromStdString(kWarm));
        QCOMPARE(estimated.value(QStringLiteral("to")).toString(), QString::fromStdString(kContract));
        QCOMPARE(estimated.value(QStringLiteral("data")).toString(), QStringLiteral("0x") + data);

        const std::string txid = "0x" + std::string(64, 'a');
        // The receipt's Transfer of exactly the amount, warm to hot: confirmed.
        m_logs = {transferLog(kContract, kWarm, kHot, QStringLiteral("ee6b280"))};
        auto confirmed = chain.status(txid, prepared.value().unsignedTx);
        QVERIFY2(confirmed.ok(), confirmed.ok() ? "" : confirmed.error().message.c_str());
        QCOMPARE(confirmed.value().verdict, ChainVerdict::Confirmed);
        QCOMPARE(confirmed.value().fee.value(), Amount::fromBaseUnits(62500LL * 1000000000LL));
        // Succeeded but no Transfer, another amount, another contract, another recipient: moved nothing.
        for (const QJsonArray &logs : {QJsonArray{}, QJsonArray{transferLog(kContract, kWarm, kHot, QStringLiteral("ee6b281"))},
                                       QJsonArray{transferLog(kWarm, kWarm, kHot, QStringLiteral("ee6b280"))},
                                       QJsonArray{transferLog(kContract, kWarm, kWarm, QStringLiteral("ee6b280"))}}) {
            m_logs = logs;
            auto failed = chain.status(txid, prepared.value().unsignedTx);
            QVERIFY(failed.ok());
            QCOMPARE(failed.value().verdict, ChainVerdict::Failed);
            QVERIFY2(failed.value().note.find("the token did not move") != std::string::npos, failed.value().note.c_str());
            QCOMPARE(failed.value().fee.value(), Amount::fromBaseUnits(62500LL * 1000000000LL));
        }
        QCOMPARE(chain.movedAsset(prepared.value().unsignedTx).value(), AssetIdentity::erc20(kContract));
        // Ether needs no log.
        m_logs = {};
        auto ether = chain.prepare(kWarm, kHot, Amount::fromBaseUnits(5), nativeAssetOf(Chain::Ethereum));
        QVERIFY(ether.ok());
        QCOMPARE(chain.status(txid, ether.value().unsignedTx).value().verdict, ChainVerdict::Confirmed);
        QCOMPARE(chain.movedAsset(ether.value().unsignedTx).value(), AssetIdentity::native());

        // Two exports differing in the token amount say so.
        auto other = chain.prepare(kWarm, kHot, Amount::fromBaseUnits(250000001), erc20());
        QVERIFY(other.ok());
        const std::string described = chain.describeDifference(prepared.value().unsignedTx, other.value().unsignedTx);
        QVERIFY2(described.find("token amount: 250000000 in the export, 250000001 in the file") != std::string::npos, described.c_str());
        QVERIFY2(described.find("token recipient") == std::string::npos, described.c_str());
    }

    void aTransferTheTokenRefusesIsNotExported()
    {
        ethereum::JsonRpcClient node(m_url);
        EthereumReplenisher chain(node, "1337");
        m_estimate = QJsonObject{{QStringLiteral("code"), 3},
                                 {QStringLiteral("message"), QStringLiteral("execution reverted: ERC20: transfer amount exceeds balance")}};
        auto refused = chain.prepare(kWarm, kHot, Amount::fromBaseUnits(250000000), erc20());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.find("the contract refuses the transfer of USDE ") != std::string::npos
                     && refused.error().message.find(" to " + kHot) != std::string::npos, refused.error().message.c_str());
        QVERIFY2(refused.error().message.find("transfer amount exceeds balance") != std::string::npos, refused.error().message.c_str());
    }

    void aStellarCreditAssetIsItsTrustline()
    {
        StellarReplenisher chain(m_url, stellar::TestNetworkPassphrase);
        const std::string warm = stellar::accountIdFromSeed(QByteArray(32, '\x02'));
        const std::string hot = stellar::accountIdFromSeed(QByteArray(32, '\x01'));
        const std::string other = stellar::accountIdFromSeed(QByteArray(32, '\x06'));
        m_stellarAccount = QJsonDocument(QJsonObject{
            {QStringLiteral("id"), QString::fromStdString(warm)},
            {QStringLiteral("sequence"), QStringLiteral("4294967296123")},
            {QStringLiteral("subentry_count"), 2},
            {QStringLiteral("balances"),
             QJsonArray{QJsonObject{{QStringLiteral("asset_type"), QStringLiteral("credit_alphanum4")},
                                    {QStringLiteral("asset_code"), QStringLiteral("USDC")},
                                    {QStringLiteral("asset_issuer"), QString::fromStdString(other)},
                                    {QStringLiteral("balance"), QStringLiteral("999.0000000")}},
                        QJsonObject{{QStringLiteral("asset_type"), QStringLiteral("credit_alphanum4")},
                                    {QStringLiteral("asset_code"), QStringLiteral("USDC")},
                                    {QStringLiteral("asset_issuer"), QString::fromStdString(issuer())},
                                    {QStringLiteral("balance"), QStringLiteral("125.5000000")},
                                    {QStringLiteral("selling_liabilities"), QStringLiteral("20.0000001")}},
                        QJsonObject{{QStringLiteral("asset_type"), QStringLiteral("native")},
                                    {QStringLiteral("balance"), QStringLiteral("10.0000000")},
                                    {QStringLiteral("selling_liabilities"), QStringLiteral("0.0000000")}}}}})
                               .toJson();
        QCOMPARE(chain.spendable(warm, credit()).value(), Amount::parse("105.4999999", 7).value());
        // The coin keeps its reserve: (2 + 2 subentries) x 0.5 XLM.
        QCOMPARE(chain.spendable(warm, nativeAssetOf(Chain::Stellar)).value(), Amount::parse("8", 7).value());
        // Another code of the same issuer has no line here: none of it.
        const Asset eurc = testToken("EURS", Chain::Stellar, AssetIdentity::stellarCredit("EURC", issuer()), 7);
        QCOMPARE(chain.spendable(warm, eurc).value(), Amount::zero());
        QCOMPARE(chain.feeAllowance(credit()).value(), Amount::fromBaseUnits(StellarReplenisher::kFee));

        auto prepared = chain.prepare(warm, hot, Amount::parse("100", 7).value(), credit());
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        auto tx = stellar::PaymentTransaction::fromEnvelopeXdr(prepared.value().unsignedTx);
        QVERIFY(tx.ok());
        QVERIFY(tx.value().operation == stellar::OperationType::Payment);
        QCOMPARE(tx.value().asset.toString(), "USDC:" + issuer());
        QCOMPARE(tx.value().amount, std::int64_t(1000000000));
        QCOMPARE(tx.value().destination.toString(), hot);
        QCOMPARE(tx.value().sequence, std::int64_t(4294967296124));
        QCOMPARE(prepared.value().maxFee, Amount::fromBaseUnits(StellarReplenisher::kFee));
        QCOMPARE(chain.movedAsset(prepared.value().unsignedTx).value(), AssetIdentity::stellarCredit("USDC", issuer()));
        auto native = chain.prepare(warm, hot, Amount::parse("100", 7).value(), nativeAssetOf(Chain::Stellar));
        QVERIFY(native.ok());
        const std::string described = chain.describeDifference(prepared.value().unsignedTx, native.value().unsignedTx);
        QVERIFY2(described.find("asset: USDC:" + issuer() + " in the export, native in the file") != std::string::npos, described.c_str());
        QVERIFY2(described.find("amount: 100 USDC in the export, 100 XLM in the file") != std::string::npos,
                 described.c_str());
    }

    void anAsaIsItsHoldingAndMovesAsAnAxfer()
    {
        algorand::AlgodClient algod(m_url);
        AlgorandReplenisher chain(algod);
        const QByteArray warmSeed(32, '\x12');
        const std::string warm = algorand::addressFromSeed(warmSeed);
        const std::string hot = algorand::addressFromSeed(QByteArray(32, '\x11'));
        m_algodAccount = QJsonDocument(QJsonObject{
            {QStringLiteral("address"), QString::fromStdString(warm)},
            {QStringLiteral("amount"), 5000000},
            {QStringLiteral("min-balance"), 300000},
            {QStringLiteral("assets"),
             QJsonArray{QJsonObject{{QStringLiteral("asset-id"), 99}, {QStringLiteral("amount"), 5}, {QStringLiteral("is-frozen"), true}},
                        QJsonObject{{QStringLiteral("asset-id"), static_cast<qint64>(kAsaId)},
                                    {QStringLiteral("amount"), 123456789},
                                    {QStringLiteral("is-frozen"), false}}}}})
                             .toJson();
        QCOMPARE(chain.spendable(warm, asa()).value(), Amount::fromBaseUnits(123456789));
        QCOMPARE(chain.spendable(warm, nativeAssetOf(Chain::Algorand)).value(), Amount::fromBaseUnits(4700000));
        const Asset frozen = testToken("FRZ", Chain::Algorand, AssetIdentity::algorandAsa(99), 0);
        QCOMPARE(chain.spendable(warm, frozen).value(), Amount::zero());
        const Asset absent = testToken("NONE", Chain::Algorand, AssetIdentity::algorandAsa(7), 0);
        QCOMPARE(chain.spendable(warm, absent).value(), Amount::zero());

        auto prepared = chain.prepare(warm, hot, Amount::fromBaseUnits(100000000), asa());
        QVERIFY2(prepared.ok(), prepared.ok() ? "" : prepared.error().message.c_str());
        auto tx = algorand::AssetTransferTransaction::decodeTransaction(prepared.value().unsignedTx);
        QVERIFY2(tx.ok(), tx.ok() ? "" : tx.error().message.c_str());
        QCOMPARE(tx.value().assetId, kAsaId);
        QCOMPARE(tx.value().amount, std::uint64_t(100000000));
        QCOMPARE(algorand::encodeAddress(tx.value().receiver), hot);
        QCOMPARE(algorand::encodeAddress(tx.value().sender), warm);
        QCOMPARE(tx.value().fee, std::uint64_t(1000)); // the min fee: algod asks no fee per byte
        QCOMPARE(tx.value().firstValid, std::uint64_t(50000));
        QCOMPARE(tx.value().lastValid, std::uint64_t(51000));
        QCOMPARE(prepared.value().maxFee, Amount::fromBaseUnits(1000));
        QCOMPARE(chain.movedAsset(prepared.value().unsignedTx).value(), AssetIdentity::algorandAsa(kAsaId));

        algorand::AssetTransferTransaction signedTx = tx.value();
        signedTx.sign(warmSeed);
        auto read = chain.readSigned(signedTx.encodeSigned());
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
        QCOMPARE(read.value().unsignedTx, prepared.value().unsignedTx);
        QCOMPARE(read.value().txid, signedTx.id());
        QVERIFY(chain.checkSigner(read.value(), warm).ok());
        QVERIFY(!chain.checkSigner(read.value(), hot).ok());
        QVERIFY(!chain.readSigned(prepared.value().unsignedTx).ok()); // not signed yet

        auto more = chain.prepare(warm, hot, Amount::fromBaseUnits(100000001), asa());
        QVERIFY(more.ok());
        const std::string described = chain.describeDifference(prepared.value().unsignedTx, more.value().unsignedTx);
        QCOMPARE(described, std::string("amount: 100000000 base units in the export, 100000001 base units in the file"));
        auto algo = chain.prepare(warm, hot, Amount::fromBaseUnits(100000000), nativeAssetOf(Chain::Algorand));
        QVERIFY(algo.ok());
        QCOMPARE(chain.movedAsset(algo.value().unsignedTx).value(), AssetIdentity::native());
        QVERIFY(chain.describeDifference(prepared.value().unsignedTx, algo.value().unsignedTx)
                    .find("type: asset transfer in the export, payment of ALGO in the file")
                != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestTokenReplenishers)
#include "tst_tokenreplenishers.moc"
