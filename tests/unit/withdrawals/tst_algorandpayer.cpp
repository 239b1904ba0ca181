// AlgorandPayer against a local algod that checks what it is sent
// (signature, genesis, validity window, fee, the sender's minimum balance):
// hot's spendable balance keeps its minimum balance, the fee is algod's
// rule for the largest payout, a payout signed with hot's vault key for the
// current round carries "withdrawal:<id>" (two equal payouts in one round
// differ), is accepted and followed to Succeeded with its fee; a wrong key
// or another network signs nothing; a refusal is InvalidInput, an
// unreachable algod Unavailable; a lost payout is Unseen while it is valid,
// and past its last valid round the indexer decides: Expired. An ASA:
// hot's holding is what it can send (none or frozen: 0), the payout is the
// axfer algosdk builds (a known answer), it is refused before signing when
// the destination has not opted in or is frozen, and the local algod
// refuses and applies asset transfers and opt-ins as algod does.

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/crypto/base64.h"
#include "core/crypto/hashes.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandpayer.h"
#include "algodtestserver.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testtoken.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("algorand payer test hot seed");
const std::string kHot = algorand::addressFromSeed(kHotSeed);
const std::string kCustomer = algorand::addressFromSeed(crypto::sha256("algorand payer test customer"));
constexpr std::uint64_t kAlgo = 1'000'000;
constexpr std::uint64_t kAsaId = 31566704;

// Made with algosdk 3.5.2 in node:
//   makeAssetTransferTxnWithSuggestedParamsFromObject({sender: kHot, receiver: kCustomer, amount: 2500000n,
//     assetIndex: 31566704n, note: 'withdrawal:42', suggestedParams: {fee: 1000n, flatFee: true,
//     firstValid: 5000n, lastValid: 6000n, genesisID: 'testnet-v1.0',
//     genesisHash: SHA-256("exchange console test network")}}).signTxn(sk of kHotSeed)
constexpr char kAsaPayoutGolden[] =
    "gqNzaWfEQK2NezkY+Gm2PD2XrtZpAqbX2vxPfr31PGUBBteGrdV8h8LFrnZ1QfUn+vwcvIRXvCBez09Ol0w4/ehfqL/FiQOjdHhui6RhYW10zgAmJaCkYXJjdsQgWY+gvxwh3sZtGU8JA82cFgkNU8COu5b3WRoo3EPyo8CjZmVlzQPoomZ2zROIo2dlbqx0ZXN0bmV0LXYxLjCiZ2jEIOlvwdm15kVgvKZvKp3RrSR8aak4vR4nMWMqur71vH5Eomx2zRdwpG5vdGXEDXdpdGhkcmF3YWw6NDKjc25kxCBOZMp2ZZkaT+aw7hiYrFX1PnF3EJ/qFBrog1eE5J0SbKR0eXBlpWF4ZmVypHhhaWTOAeGrcA==";
constexpr char kAsaPayoutTxId[] = "JVQVGMCT43YLBAZSCDCUKJHI7QNROFLP5JZKO45RTUYWSJ6UCFEA";

Asset asa()
{
    return testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(kAsaId), 6);
}

} // namespace

class TestAlgorandPayer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void balanceKeepsTheMinimumBalance();
    void feeIsAlgodsRuleForTheLargestPayout();
    void sequenceIsTheCurrentRound();
    void signsAPayoutThatIsConfirmed();
    void equalPayoutsInOneRoundDiffer();
    void aWrongKeyOrNetworkSignsNothing();
    void refusedIsInvalidInputUnreachableIsUnavailable();
    void lostIsUnseenThenTheIndexerDecides();
    void poolErrorsAndForgottenPayoutsAsAlgodAnswers();
    void asaBalanceIsHotsHolding();
    void asaFeeIsAlgodsRuleForTheLargestTransfer();
    void signsAnAsaPayoutAsAlgosdkDoes();
    void anAsaPayoutToADestinationThatCannotReceiveSignsNothing();
    void algodRefusesAsaTransfersAsAlgodDoes();
    void anOptInCreatesTheHoldingAndRaisesTheMinimumBalance();

private:
    void storeHotKey(const QByteArray &seed);
    // Of ALGO (microalgos) unless asset names another (its base units).
    WithdrawalRecord withdrawal(std::int64_t id, std::uint64_t units, const char *asset = "ALGO") const;
    wallets::Wallet hot() const;
    Result<PayoutRecord> signNow(AlgorandPayer &payer, const WithdrawalRecord &w);
    Result<PayoutRecord> signAsaNow(AlgorandPayer &payer, const WithdrawalRecord &w);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<AlgodTestServer> m_algod;
    std::unique_ptr<algorand::AlgodClient> m_client;
    std::unique_ptr<AlgorandPayer> m_payer;
};

void TestAlgorandPayer::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    const auto tester = testAdmin(*m_db, "tester"); // money settings are a person's
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    QVERIFY(m_vault->initialize(tester, "algorand payer test passphrase").ok());
    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());
    QVERIFY(m_wallets->setChainSettings(tester, {Chain::Algorand, m_algod->url().toStdString(), m_algod->url().toStdString(), 1,
                                                 AlgodTestServer::genesisId().toStdString()})
                .ok());
    m_algod->setAccount(QString::fromStdString(kHot), 50 * kAlgo);
    m_algod->setAccount(QString::fromStdString(kCustomer), 1 * kAlgo);
    m_client = std::make_unique<algorand::AlgodClient>(QUrl(m_algod->url()));
    m_payer = std::make_unique<AlgorandPayer>(*m_client, m_client.get(), *m_wallets); // the test algod answers as the indexer too
}

void TestAlgorandPayer::cleanup()
{
    m_payer.reset();
    m_client.reset();
    m_algod.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestAlgorandPayer::storeHotKey(const QByteArray &seed)
{
    QVERIFY(m_vault
                ->storeKey(security::Actor::cli("tester"), hotKeyName(Chain::Algorand), "algorand", algorand::addressFromSeed(seed),
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                  static_cast<std::size_t>(seed.size())))
                .ok());
}

WithdrawalRecord TestAlgorandPayer::withdrawal(std::int64_t id, std::uint64_t units, const char *asset) const
{
    WithdrawalRecord w;
    w.id = id;
    w.customerId = 1;
    w.asset = asset;
    w.chain = Chain::Algorand;
    w.destination = kCustomer;
    w.amount = Amount::fromBaseUnits(units);
    w.state = WithdrawalState::Processing;
    return w;
}

wallets::Wallet TestAlgorandPayer::hot() const
{
    wallets::Wallet h;
    h.id = 1;
    h.chain = Chain::Algorand;
    h.tier = wallets::WalletTier::Hot;
    h.asset = "ALGO";
    h.address = kHot;
    return h;
}

Result<PayoutRecord> TestAlgorandPayer::signNow(AlgorandPayer &payer, const WithdrawalRecord &w)
{
    auto fee = payer.maxFee();
    if (!fee)
        return fee.error();
    auto round = payer.chainSequence(kHot);
    if (!round)
        return round.error();
    return payer.sign(w, nativeAssetOf(Chain::Algorand), hot(), *m_vault, round.value(), fee.value());
}

Result<PayoutRecord> TestAlgorandPayer::signAsaNow(AlgorandPayer &payer, const WithdrawalRecord &w)
{
    auto fee = payer.maxFee(w, asa(), hot());
    if (!fee)
        return fee.error();
    auto round = payer.chainSequence(kHot);
    if (!round)
        return round.error();
    return payer.sign(w, asa(), hot(), *m_vault, round.value(), fee.value());
}

void TestAlgorandPayer::balanceKeepsTheMinimumBalance()
{
    QCOMPARE(m_payer->balance(kHot, nativeAssetOf(Chain::Algorand)).value(), Amount::fromBaseUnits(50 * kAlgo - 100'000));
    m_algod->setAccount(QString::fromStdString(kHot), 50 * kAlgo, 2'100'000); // opted into assets: algod says more
    QCOMPARE(m_payer->balance(kHot, nativeAssetOf(Chain::Algorand)).value(), Amount::fromBaseUnits(50 * kAlgo - 2'100'000));
    m_algod->setAccount(QString::fromStdString(kHot), 50'000, 100'000);
    QCOMPARE(m_payer->balance(kHot, nativeAssetOf(Chain::Algorand)).value(), Amount::zero());
}

void TestAlgorandPayer::feeIsAlgodsRuleForTheLargestPayout()
{
    // Not congested: the minimum fee.
    QCOMPARE(m_payer->maxFee().value(), Amount::fromBaseUnits(1000));
    // Congested: fee per byte x the size, which must cover any payout this
    // payer signs (checked on a real one: per byte x its size).
    m_algod->setFees(25, 1000);
    AlgorandPayer congested(*m_client, nullptr, *m_wallets);
    auto fee = congested.maxFee();
    QVERIFY(fee.ok());
    storeHotKey(kHotSeed);
    auto p = signNow(congested, withdrawal(std::numeric_limits<std::int32_t>::max(), 49 * kAlgo));
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    const QByteArray raw = base64::decode(p.value().rawTx).value();
    QVERIFY(fee.value().baseUnits() >= 25 * raw.size());
    QVERIFY(fee.value().baseUnits() < 25 * (raw.size() + 60)); // and not much more
    QCOMPARE(algorand::PaymentTransaction::decodeSigned(raw).value().fee, static_cast<std::uint64_t>(fee.value().baseUnits()));
}

void TestAlgorandPayer::sequenceIsTheCurrentRound()
{
    m_algod->setLastRound(123456);
    QCOMPARE(m_payer->chainSequence(kHot).value(), std::int64_t(123456));
    QVERIFY(!m_payer->sequential());
}

void TestAlgorandPayer::signsAPayoutThatIsConfirmed()
{
    storeHotKey(kHotSeed);
    m_algod->setLastRound(5000);
    m_algod->setConfirmAfterPolls(2);
    const auto w = withdrawal(42, 3 * kAlgo + 7);
    auto p = signNow(*m_payer, w);
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    const PayoutRecord &payout = p.value();
    QCOMPARE(payout.sequence, std::int64_t(5000));
    QCOMPARE(payout.lastValid, std::optional<std::int64_t>(6000));
    QCOMPARE(payout.maxFee, Amount::fromBaseUnits(1000));
    auto tx = algorand::PaymentTransaction::decodeSigned(base64::decode(payout.rawTx).value());
    QVERIFY(tx.ok());
    QCOMPARE(tx.value().id(), payout.txid);
    QVERIFY(tx.value().hasValidSignature());
    QCOMPARE(algorand::encodeAddress(tx.value().sender), kHot);
    QCOMPARE(algorand::encodeAddress(tx.value().receiver), kCustomer);
    QCOMPARE(tx.value().amount, 3 * kAlgo + 7);
    QCOMPARE(tx.value().fee, std::uint64_t(1000));
    QCOMPARE(tx.value().firstValid, std::uint64_t(5000));
    QCOMPARE(tx.value().lastValid, std::uint64_t(6000));
    QCOMPARE(tx.value().note, QByteArray("withdrawal:42"));
    QCOMPARE(QString::fromStdString(tx.value().genesisId), AlgodTestServer::genesisId());
    QCOMPARE(tx.value().genesisHash, AlgodTestServer::genesisHash());

    QCOMPARE(m_payer->status(payout).value().kind, PayoutStatus::Kind::Unseen);
    QVERIFY(m_payer->send(payout).ok());
    QCOMPARE(m_payer->status(payout).value().kind, PayoutStatus::Kind::Pending); // in the pool
    QVERIFY(m_payer->send(payout).ok());                                          // "already in pool"
    auto status = m_payer->status(payout);
    QVERIFY(status.ok());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Succeeded);
    QCOMPARE(status.value().fee, Amount::fromBaseUnits(1000));
    QVERIFY(m_payer->send(payout).ok()); // "already in ledger"
    QCOMPARE(m_algod->account(QString::fromStdString(kCustomer)).amount, 4 * kAlgo + 7);
    QCOMPARE(m_algod->account(QString::fromStdString(kHot)).amount, 50 * kAlgo - 3 * kAlgo - 7 - 1000);
    QCOMPARE(m_algod->confirmed(), 1);
}

void TestAlgorandPayer::equalPayoutsInOneRoundDiffer()
{
    storeHotKey(kHotSeed);
    auto a = signNow(*m_payer, withdrawal(1, kAlgo));
    auto b = signNow(*m_payer, withdrawal(2, kAlgo));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.value().sequence, b.value().sequence);
    QVERIFY(a.value().txid != b.value().txid);
    QVERIFY(m_payer->send(a.value()).ok());
    QVERIFY(m_payer->send(b.value()).ok());
    QCOMPARE(m_algod->txids().size(), std::size_t(2));
}

void TestAlgorandPayer::aWrongKeyOrNetworkSignsNothing()
{
    storeHotKey(crypto::sha256("some other algorand test seed"));
    auto p = signNow(*m_payer, withdrawal(3, kAlgo));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::Conflict);
    QVERIFY2(p.error().message.find("nothing signed") != std::string::npos, p.error().message.c_str());

    QVERIFY(m_wallets->setChainSettings(testAdmin(*m_db, "tester"),
                                        {Chain::Algorand, m_algod->url().toStdString(), {}, 1, "mainnet-v1.0"})
                .ok());
    auto other = signNow(*m_payer, withdrawal(3, kAlgo));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Conflict);
    QVERIFY2(other.error().message.find("mainnet-v1.0") != std::string::npos, other.error().message.c_str());
    QCOMPARE(m_algod->posts(), 0);
}

void TestAlgorandPayer::refusedIsInvalidInputUnreachableIsUnavailable()
{
    storeHotKey(kHotSeed);
    // More than hot holds above its minimum balance: algod refuses it.
    auto p = signNow(*m_payer, withdrawal(4, 50 * kAlgo));
    QVERIFY(p.ok());
    auto sent = m_payer->send(p.value());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
    QVERIFY2(sent.error().message.find("overspend") != std::string::npos, sent.error().message.c_str());

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl away(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    algorand::AlgodClient gone(away);
    AlgorandPayer unreachable(gone, &gone, *m_wallets);
    QCOMPARE(unreachable.send(p.value()).error().code, ErrorCode::Unavailable);
    QCOMPARE(unreachable.status(p.value()).error().code, ErrorCode::Unavailable);
    QCOMPARE(unreachable.balance(kHot, nativeAssetOf(Chain::Algorand)).error().code, ErrorCode::Unavailable);
    QCOMPARE(unreachable.maxFee().error().code, ErrorCode::Unavailable);
}

void TestAlgorandPayer::lostIsUnseenThenTheIndexerDecides()
{
    storeHotKey(kHotSeed);
    m_algod->setLastRound(2000);
    m_algod->dropFirstPost();
    auto p = signNow(*m_payer, withdrawal(5, kAlgo));
    QVERIFY(p.ok());
    auto sent = m_payer->send(p.value());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, ErrorCode::Unavailable);
    QCOMPARE(m_payer->status(p.value()).value().kind, PayoutStatus::Kind::Unseen);
    m_algod->setLastRound(3000); // its last valid round: still includable
    QCOMPARE(m_payer->status(p.value()).value().kind, PayoutStatus::Kind::Unseen);

    m_algod->setLastRound(3001); // past it
    AlgorandPayer noIndexer(*m_client, nullptr, *m_wallets);
    auto unknown = noIndexer.status(p.value());
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound); // stays open: nobody can tell
    auto status = m_payer->status(p.value());
    QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Expired);
}

// algod and the indexer answering as scripted: a pool error while the
// payout is still valid (it may yet be included from another node's pool:
// Pending, nothing new signed), a payout algod has forgotten that the
// indexer has confirmed, a 503 on send, and an indexer that has not read
// up to the last valid round.
void TestAlgorandPayer::poolErrorsAndForgottenPayoutsAsAlgodAnswers()
{
    storeHotKey(kHotSeed);
    m_algod->setLastRound(7000);
    auto p = signNow(*m_payer, withdrawal(6, kAlgo));
    QVERIFY(p.ok());
    const PayoutRecord payout = p.value();

    std::uint64_t lastRound = 7000;
    QByteArray pending = "{\"pool-error\":\"TransactionPool.Remember: overspend\",\"txn\":{}}";
    int pendingStatus = 200;
    bool indexed = false;
    std::uint64_t indexerRound = 8001;
    QHttpServer scripted;
    using Method = QHttpServerRequest::Method;
    const auto json = [](const QByteArray &body, int status) {
        return QHttpServerResponse(QByteArray("application/json"), body, static_cast<QHttpServerResponse::StatusCode>(status));
    };
    scripted.route(QStringLiteral("/v2/transactions/params"), Method::Get, [&] {
        return json("{\"fee\":0,\"genesis-hash\":\"" + AlgodTestServer::genesisHash().toBase64() + "\",\"genesis-id\":\""
                        + AlgodTestServer::genesisId().toLatin1() + "\",\"last-round\":" + QByteArray::number(qulonglong(lastRound))
                        + ",\"min-fee\":1000}",
                    200);
    });
    scripted.route(QStringLiteral("/v2/transactions/pending/<arg>"), Method::Get,
                   [&](const QString &) { return json(pending, pendingStatus); });
    scripted.route(QStringLiteral("/v2/transactions"), Method::Post,
                   [&] { return json("{\"message\":\"service unavailable\"}", 503); });
    scripted.route(QStringLiteral("/v2/transactions/<arg>"), Method::Get, [&](const QString &txid) {
        if (!indexed)
            return json("{\"message\":\"no transaction found\"}", 404);
        return json("{\"current-round\":8001,\"transaction\":{\"confirmed-round\":7002,\"id\":\"" + txid.toLatin1() + "\"}}", 200);
    });
    scripted.route(QStringLiteral("/health"), Method::Get,
                   [&] { return json("{\"round\":" + QByteArray::number(qulonglong(indexerRound)) + "}", 200); });
    const quint16 port = scripted.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    algorand::AlgodClient client{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
    AlgorandPayer payer(client, &client, *m_wallets);

    // Dropped from algod's pool while still valid: undecided.
    auto status = payer.status(payout);
    QVERIFY(status.ok());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Pending);
    QVERIFY2(status.value().note.find("overspend") != std::string::npos, status.value().note.c_str());
    // algod answering 503 to a send: try again later, not a refusal.
    QCOMPARE(payer.send(payout).error().code, ErrorCode::Unavailable);

    // Past its last valid round, algod no longer knows it.
    pending = "{\"message\":\"txn not found\"}";
    pendingStatus = 404;
    lastRound = 8001;
    indexerRound = 7500; // the indexer has not read that far: nobody can tell yet
    auto behind = payer.status(payout);
    QVERIFY(!behind.ok());
    QCOMPARE(behind.error().code, ErrorCode::Unavailable);
    indexed = true; // confirmed at 7002, which algod forgot
    status = payer.status(payout);
    QVERIFY(status.ok());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Succeeded);
    QCOMPARE(status.value().fee, Amount::fromBaseUnits(1000));
    indexed = false;
    indexerRound = 8001;
    QCOMPARE(payer.status(payout).value().kind, PayoutStatus::Kind::Expired);
}

void TestAlgorandPayer::asaBalanceIsHotsHolding()
{
    const QString hotAddress = QString::fromStdString(kHot);
    // Not opted in: holds none of it.
    QCOMPARE(m_payer->balance(kHot, asa()).value(), Amount::zero());
    m_algod->setHolding(hotAddress, kAsaId, 18'446'744'073'709'551'615ULL); // all a uint64 can say, exactly
    QCOMPARE(m_payer->balance(kHot, asa()).value(), Amount::fromBaseUnits(static_cast<int128>(18'446'744'073'709'551'615ULL)));
    m_algod->setHolding(hotAddress, kAsaId, 7'000000);
    QCOMPARE(m_payer->balance(kHot, asa()).value(), Amount::fromBaseUnits(7'000000));
    // Another ASA held is not this one.
    m_algod->setHolding(hotAddress, kAsaId + 1, 9);
    QCOMPARE(m_payer->balance(kHot, asa()).value(), Amount::fromBaseUnits(7'000000));
    // Frozen: it cannot send any.
    m_algod->setHolding(hotAddress, kAsaId, 7'000000, true);
    QCOMPARE(m_payer->balance(kHot, asa()).value(), Amount::zero());
    // Two opt-ins raised ALGO's minimum balance: less ALGO is spendable.
    QCOMPARE(m_payer->balance(kHot, nativeAssetOf(Chain::Algorand)).value(), Amount::fromBaseUnits(50 * kAlgo - 300'000));
    // A token of another chain is no asset of this one.
    const Asset usdc = testToken("USDC", Chain::Ethereum, AssetIdentity::erc20("0x5FbDB2315678afecb367f032d93F642f64180aa3"), 6);
    QCOMPARE(m_payer->balance(kHot, usdc).error().code, ErrorCode::InvalidInput);
}

void TestAlgorandPayer::asaFeeIsAlgodsRuleForTheLargestTransfer()
{
    const auto w = withdrawal(std::numeric_limits<std::int32_t>::max(), 18'446'744'073'709'551'615ULL, "USDA");
    QCOMPARE(m_payer->maxFee(w, asa(), hot()).value(), Amount::fromBaseUnits(1000)); // not congested: min-fee
    m_algod->setFees(25, 1000);
    AlgorandPayer congested(*m_client, nullptr, *m_wallets);
    auto fee = congested.maxFee(w, asa(), hot());
    QVERIFY(fee.ok());
    QCOMPARE(fee.value(), congested.assetMaxFee().value());
    QVERIFY(fee.value() > congested.maxFee().value()); // an axfer is longer than a payment
    storeHotKey(kHotSeed);
    m_algod->setHolding(QString::fromStdString(kCustomer), kAsaId, 0);
    auto p = signAsaNow(congested, w);
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    const QByteArray raw = base64::decode(p.value().rawTx).value();
    QVERIFY(fee.value().baseUnits() >= 25 * raw.size());
    QVERIFY(fee.value().baseUnits() < 25 * (raw.size() + 60));
    QCOMPARE(algorand::AssetTransferTransaction::decodeSigned(raw).value().fee, static_cast<std::uint64_t>(fee.value().baseUnits()));
}

void TestAlgorandPayer::signsAnAsaPayoutAsAlgosdkDoes()
{
    storeHotKey(kHotSeed);
    const QString hotAddress = QString::fromStdString(kHot);
    const QString customer = QString::fromStdString(kCustomer);
    m_algod->setHolding(hotAddress, kAsaId, 10'000000);
    m_algod->setHolding(customer, kAsaId, 1);
    m_algod->setLastRound(5000);
    m_algod->setConfirmAfterPolls(1);
    auto p = signAsaNow(*m_payer, withdrawal(42, 2'500000, "USDA"));
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    const PayoutRecord &payout = p.value();
    QCOMPARE(QString::fromStdString(payout.rawTx), QString::fromLatin1(kAsaPayoutGolden));
    QCOMPARE(payout.txid, std::string(kAsaPayoutTxId));
    QCOMPARE(payout.asset, std::string("USDA"));
    QCOMPARE(payout.amount, Amount::fromBaseUnits(2'500000));
    QCOMPARE(payout.maxFee, Amount::fromBaseUnits(1000));
    QCOMPARE(payout.lastValid, std::optional<std::int64_t>(6000));

    const std::uint64_t hotAlgos = m_algod->account(hotAddress).amount;
    QVERIFY(m_payer->send(payout).ok());
    auto status = m_payer->status(payout);
    QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Succeeded);
    QCOMPARE(status.value().fee, Amount::fromBaseUnits(1000));
    QVERIFY(m_payer->send(payout).ok()); // "already in ledger"
    QCOMPARE(m_algod->holding(customer, kAsaId)->amount, std::uint64_t(2'500001));
    QCOMPARE(m_algod->holding(hotAddress, kAsaId)->amount, std::uint64_t(7'500000));
    QCOMPARE(m_algod->account(hotAddress).amount, hotAlgos - 1000); // the fee, in ALGO
    QCOMPARE(m_algod->account(customer).amount, 1 * kAlgo);
}

void TestAlgorandPayer::anAsaPayoutToADestinationThatCannotReceiveSignsNothing()
{
    storeHotKey(kHotSeed);
    m_algod->setHolding(QString::fromStdString(kHot), kAsaId, 10'000000);
    auto notOptedIn = signAsaNow(*m_payer, withdrawal(7, 1'000000, "USDA"));
    QVERIFY(!notOptedIn.ok());
    QCOMPARE(notOptedIn.error().code, ErrorCode::InvalidInput);
    QVERIFY2(notOptedIn.error().message.find("has not opted in to USDA (ASA 31566704)") != std::string::npos,
             notOptedIn.error().message.c_str());
    QVERIFY(notOptedIn.error().message.find(kCustomer) != std::string::npos);

    // Opted in to another asset only: still not this one.
    m_algod->setHolding(QString::fromStdString(kCustomer), kAsaId + 1, 5);
    QCOMPARE(signAsaNow(*m_payer, withdrawal(7, 1'000000, "USDA")).error().code, ErrorCode::InvalidInput);

    m_algod->setHolding(QString::fromStdString(kCustomer), kAsaId, 5, true);
    auto frozen = signAsaNow(*m_payer, withdrawal(7, 1'000000, "USDA"));
    QVERIFY(!frozen.ok());
    QCOMPARE(frozen.error().code, ErrorCode::InvalidInput);
    QVERIFY2(frozen.error().message.find("frozen") != std::string::npos, frozen.error().message.c_str());

    // An asset of another chain is never signed as one of this one.
    const Asset usdc = testToken("USDC", Chain::Ethereum, AssetIdentity::erc20("0x5FbDB2315678afecb367f032d93F642f64180aa3"), 6);
    QCOMPARE(m_payer->sign(withdrawal(7, 1, "USDA"), usdc, hot(), *m_vault, 1000, Amount::fromBaseUnits(1000)).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(m_algod->posts(), 0);
}

void TestAlgorandPayer::algodRefusesAsaTransfersAsAlgodDoes()
{
    storeHotKey(kHotSeed);
    const QString hotAddress = QString::fromStdString(kHot);
    const QString customer = QString::fromStdString(kCustomer);
    m_algod->setHolding(customer, kAsaId, 0);
    m_algod->setConfirmAfterPolls(-1);
    // Hot never opted in: the asset is missing from it.
    auto p = signAsaNow(*m_payer, withdrawal(8, 3, "USDA"));
    QVERIFY(p.ok());
    auto sent = m_payer->send(p.value());
    QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
    QVERIFY2(sent.error().message.find("asset 31566704 missing from " + kHot) != std::string::npos, sent.error().message.c_str());
    // Holding less than the amount, counting what is already on its way.
    m_algod->setHolding(hotAddress, kAsaId, 5);
    QVERIFY(m_payer->send(signAsaNow(*m_payer, withdrawal(9, 3, "USDA")).value()).ok());
    sent = m_payer->send(signAsaNow(*m_payer, withdrawal(10, 3, "USDA")).value());
    QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
    QVERIFY2(sent.error().message.find("underflow on subtracting 3 from sender amount 2") != std::string::npos,
             sent.error().message.c_str());
    // The receiver frozen since it was checked.
    auto signedBefore = signAsaNow(*m_payer, withdrawal(11, 1, "USDA"));
    QVERIFY(signedBefore.ok());
    m_algod->setHolding(customer, kAsaId, 0, true);
    sent = m_payer->send(signedBefore.value());
    QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
    QVERIFY2(sent.error().message.find("asset 31566704 frozen in " + kCustomer) != std::string::npos, sent.error().message.c_str());
}

void TestAlgorandPayer::anOptInCreatesTheHoldingAndRaisesTheMinimumBalance()
{
    const QByteArray seed = crypto::sha256("algorand payer test customer");
    const QString customer = QString::fromStdString(kCustomer);
    auto params = m_client->params();
    QVERIFY(params.ok());
    algorand::TransactionHeader common;
    common.fee = 1000;
    common.firstValid = params.value().lastRound;
    common.lastValid = common.firstValid + 1000;
    common.genesisId = params.value().genesisId;
    common.genesisHash = params.value().genesisHash;
    auto optIn = algorand::AssetTransferTransaction::optIn(algorand::decodeAddress(kCustomer).value(), kAsaId, common);
    optIn.sign(seed);
    // An asset algod does not know cannot be opted in to.
    auto unknown = m_client->send(optIn.encodeSigned());
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.find("asset 31566704 does not exist") != std::string::npos, unknown.error().message.c_str());

    m_algod->setAsset(kAsaId, {6, QStringLiteral("USDA"), QStringLiteral("USD on Algorand"), 1'000'000'000'000});
    auto sent = m_client->send(optIn.encodeSigned());
    QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().message.c_str());
    QCOMPARE(sent.value(), optIn.id());
    QVERIFY(!m_algod->holding(customer, kAsaId));
    QVERIFY(m_client->pending(optIn.id()).value().confirmedRound > 0);
    QCOMPARE(m_algod->holding(customer, kAsaId)->amount, std::uint64_t(0));
    QCOMPARE(m_algod->account(customer).minBalance, std::uint64_t(200'000));
    QCOMPARE(m_algod->account(customer).amount, 1 * kAlgo - 1000);
    // What algod's account and holding say now.
    auto account = m_client->account(kCustomer);
    QVERIFY(account.ok());
    QCOMPARE(account.value().assets.size(), std::size_t(1));
    QCOMPARE(account.value().assets.front().assetId, kAsaId);
    QVERIFY(!account.value().assets.front().frozen);
    QCOMPARE(account.value().minBalance, std::uint64_t(200'000));
    QVERIFY(m_client->assetHolding(kCustomer, kAsaId).value().has_value());
    QVERIFY(!m_client->assetHolding(kHot, kAsaId).value().has_value());

    // Below the raised minimum balance: an opt-in is refused.
    const QByteArray poorSeed = crypto::sha256("algorand payer test poor account");
    const std::string poor = algorand::addressFromSeed(poorSeed);
    m_algod->setAccount(QString::fromStdString(poor), 150'000);
    auto poorOptIn = algorand::AssetTransferTransaction::optIn(algorand::decodeAddress(poor).value(), kAsaId, common);
    poorOptIn.sign(poorSeed);
    auto refused = m_client->send(poorOptIn.encodeSigned());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("balance below min") != std::string::npos, refused.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestAlgorandPayer)
#include "tst_algorandpayer.moc"
