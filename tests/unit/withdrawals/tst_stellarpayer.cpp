// StellarPayer against a local Horizon that checks what it is sent as
// stellar-core would (signature for the network passphrase, sequence, fee,
// time bounds, reserve): hot's spendable balance keeps its reserve, the fee
// follows /fee_stats within its cap, the sequence is the account's next, a
// payment and a create_account signed with hot's vault key get into a
// ledger and are followed to Succeeded with the fee charged; a wrong key
// signs nothing; a refusal is InvalidInput in words, an unreachable Horizon
// Unavailable; a transaction that failed in its ledger is Failed with its
// fee and codes; a lost one is Unseen until its sequence is used or its
// time bounds have passed, then Expired.
// Tokens (credit assets): hot's balance of one is its trustline's (code
// AND issuer) less selling liabilities; a payment of one is exactly what
// the Stellar SDK builds, moves the lines on the ledger and costs the fee
// in XLM; what stellar-core would refuse (no account, no trustline, one
// not authorized, no room under its limit, hot without its own line) is
// InvalidInput saying so, and nothing is signed or sent; paying the issuer
// burns the token and needs no trustline.

#include "core/base/manualclock.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/stellarpayer.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testtoken.h"

#include <QTcpServer>
#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("stellar payer test hot seed");
const QString kHot = QString::fromStdString(stellar::accountIdFromSeed(kHotSeed));
const QString kCustomer = QString::fromStdString(stellar::accountIdFromSeed(crypto::sha256("stellar payer test customer")));
const QString kNewCustomer = QString::fromStdString(stellar::accountIdFromSeed(crypto::sha256("stellar payer test new customer")));
const QString kIssuer = QString::fromStdString(stellar::accountIdFromSeed(crypto::sha256("stellar payer test issuer")));
const QString kOtherIssuer = QString::fromStdString(stellar::accountIdFromSeed(crypto::sha256("stellar payer test other issuer")));
constexpr qint64 kNowMs = 1'700'000'000'000;
constexpr std::int64_t kXlm = 10'000'000;

// Made with @stellar/stellar-sdk 15.1.0 (the version tests/interop pins):
//   const sha = (t) => createHash('sha256').update(t).digest();
//   hot = Keypair.fromRawEd25519Seed(sha('stellar payer test hot seed')), issuer ('… issuer'), dest ('… customer')
//   new TransactionBuilder(new Account(hot.publicKey(), '4294967296000'), {fee: '200',
//     networkPassphrase: Networks.TESTNET, timebounds: {minTime: 0, maxTime: 1700000300}})
//     .addOperation(Operation.payment({destination: dest.publicKey(), asset: new Asset('USDC', issuer.publicKey()),
//       amount: '12.3456789'})).build(), signed by hot; toEnvelope().toXDR('base64'), hash().toString('hex').
const char *kSdkUsdcPayment =
    "AAAAAgAAAAChJddlTcZjZsgtv2Dnh3O56FPv5roWLEcnhKndV4n22AAAAMgAAAPoAAAAAQAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAAAQAA"
    "AAA8j1WpRVVbN+Qm6K390Mp4bx814QXOIax7Vcm4BOb1iwAAAAFVU0RDAAAAANF9ZIfxDo1PkjhWf8gqXDxBwC9OT9cwS74L+l0EHhJGAAAAAAdbzRUAAAAA"
    "AAAAAVeJ9tgAAABADomqUp7CyL6SQBllbS7gFpSBv/GtzZxEdhmJ1k0g1GT2W6h4liMjR2lD1KMvA9rk56LPMQv237OE1gvotFI8BA==";
const char *kSdkUsdcPaymentHash = "0a82623e1d8494ffaf02f3f7ca5e2127f54c984b8fe0ec45bd7845b5f4d10c3c";

Asset usdc(const QString &issuer = kIssuer)
{
    return testToken("USDC", Chain::Stellar, AssetIdentity::stellarCredit("USDC", issuer.toStdString()), 7);
}

HorizonTestServer::Trustline line(const QString &issuer, std::int64_t balance)
{
    HorizonTestServer::Trustline t;
    t.code = "USDC";
    t.issuer = issuer.toStdString();
    t.balance = balance;
    return t;
}

} // namespace

class TestStellarPayer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void balanceKeepsTheReserve();
    void feeFollowsFeeStatsWithinItsCap();
    void sequenceIsTheAccountsNext();
    void signsAPaymentThatGetsIntoALedger();
    void createsADestinationThatDoesNotExist();
    void aKeyThatIsNotHotsSignsNothing();
    void refusedIsInvalidInputUnreachableIsUnavailable();
    void failedInItsLedgerIsFailedWithItsFee();
    void lostIsUnseenUntilItCanNeverBeIncluded();
    void tokenBalanceIsTheTrustlineLessSellingLiabilities();
    void aTokenPaymentIsWhatTheSdkBuildsAndMovesTheLines();
    void whatTheChainWouldRefuseIsInvalidInputAndNothingIsSigned();
    void hotWithoutItsOwnTrustlineSignsNothing();
    void payingTheIssuerBurnsTheTokenWithoutATrustline();

private:
    void storeHotKey(const QByteArray &seed);
    WithdrawalRecord withdrawal(std::int64_t id, const QString &destination, std::int64_t stroops, const std::string &asset = "XLM") const;
    wallets::Wallet hot() const;
    Result<PayoutRecord> signNow(StellarPayer &payer, const WithdrawalRecord &w, const Asset &asset = nativeAssetOf(Chain::Stellar));
    // A USDC payout of stroops to destination, expected refused for saying `why`.
    void expectRefused(const QString &destination, std::int64_t stroops, const std::string &why);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNowMs};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<HorizonTestServer> m_horizon;
    std::unique_ptr<stellar::HorizonClient> m_client;
    std::unique_ptr<StellarPayer> m_payer;
};

void TestStellarPayer::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    const auto tester = testAdmin(*m_db, "tester"); // money settings are a person's
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    QVERIFY(m_vault->initialize(tester, "stellar payer test passphrase").ok());

    m_horizon = std::make_unique<HorizonTestServer>(stellar::TestNetworkPassphrase);
    QVERIFY(m_horizon->listen());
    m_horizon->setCloseTime(kNowMs / 1000);
    auto set = m_wallets->setChainSettings(tester, {Chain::Stellar, m_horizon->url().toStdString(), {}, 1, stellar::TestNetworkPassphrase});
    QVERIFY2(set.ok(), set.ok() ? "" : set.error().message.c_str());
    m_horizon->setAccount(kHot, 100 * kXlm, 4'294'967'296'000);
    m_horizon->setAccount(kCustomer, 5 * kXlm, 77);
    m_client = std::make_unique<stellar::HorizonClient>(QUrl(m_horizon->url()));
    m_payer = std::make_unique<StellarPayer>(*m_client, *m_wallets, m_clock);
}

void TestStellarPayer::cleanup()
{
    m_payer.reset();
    m_client.reset();
    m_horizon.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestStellarPayer::storeHotKey(const QByteArray &seed)
{
    QVERIFY(m_vault
                ->storeKey(security::Actor::cli("tester"), hotKeyName(Chain::Stellar), "stellar", stellar::accountIdFromSeed(seed),
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                  static_cast<std::size_t>(seed.size())))
                .ok());
}

WithdrawalRecord TestStellarPayer::withdrawal(std::int64_t id, const QString &destination, std::int64_t stroops,
                                              const std::string &asset) const
{
    WithdrawalRecord w;
    w.id = id;
    w.customerId = 1;
    w.asset = asset;
    w.chain = Chain::Stellar;
    w.destination = destination.toStdString();
    w.amount = Amount::fromBaseUnits(stroops);
    w.state = WithdrawalState::Processing;
    return w;
}

wallets::Wallet TestStellarPayer::hot() const
{
    wallets::Wallet h;
    h.id = 1;
    h.chain = Chain::Stellar;
    h.tier = wallets::WalletTier::Hot;
    h.asset = "XLM";
    h.address = kHot.toStdString();
    return h;
}

Result<PayoutRecord> TestStellarPayer::signNow(StellarPayer &payer, const WithdrawalRecord &w, const Asset &asset)
{
    auto fee = payer.maxFee();
    if (!fee)
        return fee.error();
    auto sequence = payer.chainSequence(kHot.toStdString());
    if (!sequence)
        return sequence.error();
    return payer.sign(w, asset, hot(), *m_vault, sequence.value(), fee.value());
}

void TestStellarPayer::expectRefused(const QString &destination, std::int64_t stroops, const std::string &why)
{
    auto p = signNow(*m_payer, withdrawal(50, destination, stroops, "USDC"), usdc());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::InvalidInput);
    QVERIFY2(p.error().message.find(why) != std::string::npos, (p.error().message + " lacks: " + why).c_str());
    QVERIFY2(p.error().message.find("nothing signed") != std::string::npos, p.error().message.c_str());
    QCOMPARE(m_horizon->posts(), 0);
}

void TestStellarPayer::balanceKeepsTheReserve()
{
    // 100 XLM, no subentries: the account keeps 2 x 0.5 XLM.
    auto balance = m_payer->balance(kHot.toStdString(), nativeAssetOf(Chain::Stellar));
    QVERIFY(balance.ok());
    QCOMPARE(balance.value(), Amount::fromBaseUnits(99 * kXlm));
    // Three subentries keep 2.5 XLM.
    m_horizon->setAccount(kHot, 100 * kXlm, 1, 3);
    QCOMPARE(m_payer->balance(kHot.toStdString(), nativeAssetOf(Chain::Stellar)).value(), Amount::fromBaseUnits(975'000'000));
    // Below its reserve: nothing to spend, never negative.
    m_horizon->setAccount(kHot, kXlm / 2, 1);
    QCOMPARE(m_payer->balance(kHot.toStdString(), nativeAssetOf(Chain::Stellar)).value(), Amount::zero());
    // An account Horizon does not know holds nothing.
    QCOMPARE(m_payer->balance(kNewCustomer.toStdString(), nativeAssetOf(Chain::Stellar)).value(), Amount::zero());
}

void TestStellarPayer::feeFollowsFeeStatsWithinItsCap()
{
    m_horizon->setFeeP90(250);
    QCOMPARE(m_payer->maxFee().value(), Amount::fromBaseUnits(250));
    // Read once per payer (one run): sign() and the balance check agree.
    m_horizon->setFeeP90(300);
    QCOMPARE(m_payer->maxFee().value(), Amount::fromBaseUnits(250));

    StellarPayer surge(*m_client, *m_wallets, m_clock);
    m_horizon->setBaseFee(400);
    m_horizon->setFeeP90(StellarPayer::kMaxFee * 3);
    QCOMPARE(surge.maxFee().value(), Amount::fromBaseUnits(StellarPayer::kMaxFee));

    StellarPayer tooDear(*m_client, *m_wallets, m_clock);
    m_horizon->setBaseFee(StellarPayer::kMaxFee + 1);
    auto fee = tooDear.maxFee();
    QVERIFY(!fee.ok());
    QCOMPARE(fee.error().code, ErrorCode::Unavailable);
}

void TestStellarPayer::sequenceIsTheAccountsNext()
{
    // A 64-bit sequence number (ledger << 32), read exactly.
    QCOMPARE(m_payer->chainSequence(kHot.toStdString()).value(), std::int64_t(4'294'967'296'001));
    auto unknown = m_payer->chainSequence(kNewCustomer.toStdString());
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

void TestStellarPayer::signsAPaymentThatGetsIntoALedger()
{
    storeHotKey(kHotSeed);
    m_horizon->setFeeP90(200);
    const auto w = withdrawal(41, kCustomer, 12 * kXlm + 345);
    auto p = signNow(*m_payer, w);
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    const PayoutRecord &payout = p.value();
    QCOMPARE(payout.chain, Chain::Stellar);
    QCOMPARE(payout.source, kHot.toStdString());
    QCOMPARE(payout.destination, kCustomer.toStdString());
    QCOMPARE(payout.amount, w.amount);
    QCOMPARE(payout.maxFee, Amount::fromBaseUnits(200));
    QCOMPARE(payout.sequence, std::int64_t(4'294'967'296'001));
    QCOMPARE(payout.lastValid, std::optional<std::int64_t>(kNowMs / 1000 + StellarPayer::kValiditySeconds));

    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(payout.rawTx);
    QVERIFY(tx.ok());
    QVERIFY(tx.value().operation == stellar::OperationType::Payment);
    QCOMPARE(tx.value().fee, 200u);
    QCOMPARE(tx.value().sequence, payout.sequence);
    QCOMPARE(tx.value().amount, std::int64_t(12 * kXlm + 345));
    QCOMPARE(tx.value().memo.type, stellar::Memo::Type::None);
    QCOMPARE(tx.value().timeBounds->maxTime, static_cast<std::uint64_t>(*payout.lastValid));
    QVERIFY(tx.value().isSignedBy(stellar::strkey::decodeAccountId(kHot.toStdString()).value(), stellar::TestNetworkPassphrase));
    QVERIFY(!tx.value().isSignedBy(stellar::strkey::decodeAccountId(kHot.toStdString()).value(), stellar::PublicNetworkPassphrase));
    QCOMPARE(payout.txid, tx.value().hashHex(stellar::TestNetworkPassphrase));

    QCOMPARE(m_payer->status(payout).value().kind, PayoutStatus::Kind::Unseen);
    QVERIFY(m_payer->send(payout).ok());
    QCOMPARE(m_horizon->account(kCustomer).balance, 5 * kXlm + 12 * kXlm + 345);
    QCOMPARE(m_horizon->account(kHot).balance, 100 * kXlm - 12 * kXlm - 345 - 100); // charged the base fee only
    auto status = m_payer->status(payout);
    QVERIFY(status.ok());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Succeeded);
    QCOMPARE(status.value().fee, Amount::fromBaseUnits(100));
    // Sent again (after a crash): Horizon has it in a ledger, Ok, nothing new.
    QVERIFY(m_payer->send(payout).ok());
    QCOMPARE(m_horizon->ledgerTransactions().size(), std::size_t(1));
    QCOMPARE(m_horizon->account(kCustomer).balance, 5 * kXlm + 12 * kXlm + 345);
}

void TestStellarPayer::createsADestinationThatDoesNotExist()
{
    storeHotKey(kHotSeed);
    // Below two base reserves it could not exist: refused, nothing signed.
    auto small = signNow(*m_payer, withdrawal(7, kNewCustomer, kXlm - 1));
    QVERIFY(!small.ok());
    QCOMPARE(small.error().code, ErrorCode::InvalidInput);
    QVERIFY2(small.error().message.find("does not exist yet") != std::string::npos, small.error().message.c_str());

    auto p = signNow(*m_payer, withdrawal(8, kNewCustomer, 2 * kXlm));
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(p.value().rawTx);
    QVERIFY(tx.ok());
    QVERIFY(tx.value().operation == stellar::OperationType::CreateAccount);
    QVERIFY(m_payer->send(p.value()).ok());
    QVERIFY(m_horizon->hasAccount(kNewCustomer));
    QCOMPARE(m_horizon->account(kNewCustomer).balance, 2 * kXlm);
    QCOMPARE(m_payer->status(p.value()).value().kind, PayoutStatus::Kind::Succeeded);
}

void TestStellarPayer::aKeyThatIsNotHotsSignsNothing()
{
    storeHotKey(crypto::sha256("some other stellar test seed"));
    auto p = signNow(*m_payer, withdrawal(9, kCustomer, kXlm));
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::Conflict);
    QVERIFY2(p.error().message.find("nothing signed") != std::string::npos, p.error().message.c_str());
    QCOMPARE(m_horizon->posts(), 0);
}

void TestStellarPayer::refusedIsInvalidInputUnreachableIsUnavailable()
{
    storeHotKey(kHotSeed);
    auto fee = m_payer->maxFee();
    QVERIFY(fee.ok());
    // A sequence the account is not at: tx_bad_seq, never on chain.
    auto p = m_payer->sign(withdrawal(10, kCustomer, kXlm), nativeAssetOf(Chain::Stellar), hot(), *m_vault, 4'294'967'296'005, fee.value());
    QVERIFY(p.ok());
    auto sent = m_payer->send(p.value());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, ErrorCode::InvalidInput);
    QVERIFY2(sent.error().message.find("the sequence number is not the account's next (tx_bad_seq)") != std::string::npos,
             sent.error().message.c_str());

    // Horizon away: every call is Unavailable.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl away(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    stellar::HorizonClient gone(away);
    StellarPayer unreachable(gone, *m_wallets, m_clock);
    QCOMPARE(unreachable.send(p.value()).error().code, ErrorCode::Unavailable);
    QCOMPARE(unreachable.status(p.value()).error().code, ErrorCode::Unavailable);
    QCOMPARE(unreachable.balance(kHot.toStdString(), nativeAssetOf(Chain::Stellar)).error().code, ErrorCode::Unavailable);
    QCOMPARE(unreachable.maxFee().error().code, ErrorCode::Unavailable);
}

void TestStellarPayer::failedInItsLedgerIsFailedWithItsFee()
{
    storeHotKey(kHotSeed);
    // More than hot can spend: into the ledger, the operation fails, the
    // fee and the sequence number are taken.
    auto p = signNow(*m_payer, withdrawal(11, kCustomer, 99 * kXlm + 1));
    QVERIFY(p.ok());
    QVERIFY(m_payer->send(p.value()).ok()); // on chain (failed): not a refusal
    auto status = m_payer->status(p.value());
    QVERIFY(status.ok());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Failed);
    QCOMPARE(status.value().fee, Amount::fromBaseUnits(100));
    QVERIFY2(status.value().note.find("op_underfunded") != std::string::npos, status.value().note.c_str());
    QCOMPARE(m_horizon->account(kCustomer).balance, 5 * kXlm);
}

void TestStellarPayer::lostIsUnseenUntilItCanNeverBeIncluded()
{
    storeHotKey(kHotSeed);
    m_horizon->holdSubmissions(true);
    auto p = signNow(*m_payer, withdrawal(12, kCustomer, kXlm));
    QVERIFY(p.ok());
    auto sent = m_payer->send(p.value());
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, ErrorCode::Unavailable); // 504: it may still arrive
    QCOMPARE(m_payer->status(p.value()).value().kind, PayoutStatus::Kind::Unseen);

    // Our clock past its max time, but no ledger has closed after it: it
    // could still be included.
    m_clock.set((*p.value().lastValid + 10) * 1000);
    QCOMPARE(m_payer->status(p.value()).value().kind, PayoutStatus::Kind::Unseen);
    // A ledger closed after its max time: never.
    m_horizon->setCloseTime(*p.value().lastValid + 1);
    auto late = m_payer->status(p.value());
    QCOMPARE(late.value().kind, PayoutStatus::Kind::Expired);
    QCOMPARE(late.value().note, std::string("a ledger closed after its time bounds ended"));

    // Another transaction took its sequence number: never, even in time.
    m_clock.set(kNowMs);
    m_horizon->setCloseTime(kNowMs / 1000);
    auto q = signNow(*m_payer, withdrawal(13, kCustomer, kXlm));
    QVERIFY(q.ok());
    QCOMPARE(m_payer->status(q.value()).value().kind, PayoutStatus::Kind::Unseen);
    m_horizon->setAccount(kHot, 100 * kXlm, q.value().sequence);
    auto taken = m_payer->status(q.value());
    QCOMPARE(taken.value().kind, PayoutStatus::Kind::Expired);
    QVERIFY2(taken.value().note.find("used by another transaction") != std::string::npos, taken.value().note.c_str());

    // Sent at last: it is in the ledger, whatever the clock says.
    m_horizon->holdSubmissions(false);
    m_horizon->setAccount(kHot, 100 * kXlm, q.value().sequence - 1);
    QVERIFY(m_payer->send(q.value()).ok());
    m_horizon->setCloseTime(*q.value().lastValid + 100);
    QCOMPARE(m_payer->status(q.value()).value().kind, PayoutStatus::Kind::Succeeded);
}

void TestStellarPayer::tokenBalanceIsTheTrustlineLessSellingLiabilities()
{
    const std::string h = kHot.toStdString();
    // No trustline: hot cannot hold it, 0.
    QCOMPARE(m_payer->balance(h, usdc()).value(), Amount::zero());
    // USDC of another issuer is another asset, whatever its code.
    m_horizon->setTrustline(kHot, line(kOtherIssuer, 80 * kXlm));
    QCOMPARE(m_payer->balance(h, usdc()).value(), Amount::zero());
    QCOMPARE(m_payer->balance(h, usdc(kOtherIssuer)).value(), Amount::fromBaseUnits(80 * kXlm));
    // 50 USDC of which offers sell 5: 45 to spend.
    auto ours = line(kIssuer, 50 * kXlm);
    ours.sellingLiabilities = 5 * kXlm;
    ours.buyingLiabilities = 7 * kXlm; // what it may buy does not count
    m_horizon->setTrustline(kHot, ours);
    QCOMPARE(m_payer->balance(h, usdc()).value(), Amount::fromBaseUnits(45 * kXlm));
    // Two lines are two subentries: XLM keeps (2 + 2) x 0.5 XLM.
    QCOMPARE(m_payer->balance(h, nativeAssetOf(Chain::Stellar)).value(), Amount::fromBaseUnits(98 * kXlm));
    // An account that does not exist holds none.
    QCOMPARE(m_payer->balance(kNewCustomer.toStdString(), usdc()).value(), Amount::zero());
    // An asset of another chain is no Stellar asset.
    const Asset token = testToken("TOK", Chain::Ethereum, AssetIdentity::erc20("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), 18);
    QCOMPARE(m_payer->balance(h, token).error().code, ErrorCode::InvalidInput);
}

void TestStellarPayer::aTokenPaymentIsWhatTheSdkBuildsAndMovesTheLines()
{
    storeHotKey(kHotSeed);
    m_horizon->setFeeP90(200);
    m_horizon->setAccount(kIssuer, 10 * kXlm, 1);
    m_horizon->setTrustline(kHot, line(kIssuer, 100 * kXlm));
    m_horizon->setTrustline(kCustomer, line(kIssuer, 3 * kXlm));
    const auto w = withdrawal(42, kCustomer, 123'456'789, "USDC");
    auto p = signNow(*m_payer, w, usdc());
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    QCOMPARE(p.value().rawTx, std::string(kSdkUsdcPayment));
    QCOMPARE(p.value().txid, std::string(kSdkUsdcPaymentHash));
    QCOMPARE(p.value().asset, std::string("USDC"));
    QCOMPARE(p.value().amount, w.amount);
    QCOMPARE(p.value().maxFee, Amount::fromBaseUnits(200)); // in XLM

    QVERIFY(m_payer->send(p.value()).ok());
    QCOMPARE(m_horizon->trustline(kCustomer, "USDC", kIssuer.toStdString())->balance, 3 * kXlm + 123'456'789);
    QCOMPARE(m_horizon->trustline(kHot, "USDC", kIssuer.toStdString())->balance, 100 * kXlm - 123'456'789);
    QCOMPARE(m_horizon->account(kHot).balance, 100 * kXlm - 100); // only the fee in XLM
    QCOMPARE(m_horizon->account(kCustomer).balance, 5 * kXlm);
    auto status = m_payer->status(p.value());
    QVERIFY(status.ok());
    QCOMPARE(status.value().kind, PayoutStatus::Kind::Succeeded);
    QCOMPARE(status.value().fee, Amount::fromBaseUnits(100));
}

void TestStellarPayer::whatTheChainWouldRefuseIsInvalidInputAndNothingIsSigned()
{
    storeHotKey(kHotSeed);
    m_horizon->setAccount(kIssuer, 10 * kXlm, 1);
    m_horizon->setTrustline(kHot, line(kIssuer, 100 * kXlm));
    // No account: never a create_account for a token.
    expectRefused(kNewCustomer, kXlm, "does not exist on the network");
    // An account without a trustline, or with one to another issuer's USDC.
    expectRefused(kCustomer, kXlm, "has no trustline to USDC (USDC:" + kIssuer.toStdString() + ")");
    m_horizon->setTrustline(kCustomer, line(kOtherIssuer, 0));
    expectRefused(kCustomer, kXlm, "has no trustline to USDC");
    // A line the issuer has not authorized.
    auto frozen = line(kIssuer, 0);
    frozen.authorized = false;
    m_horizon->setTrustline(kCustomer, frozen);
    expectRefused(kCustomer, kXlm, "is not authorized by the issuer");
    // Limit 10, holding 5 and buying up to 1 more: room for 4.
    auto full = line(kIssuer, 5 * kXlm);
    full.limit = 10 * kXlm;
    full.buyingLiabilities = kXlm;
    m_horizon->setTrustline(kCustomer, full);
    expectRefused(kCustomer, 4 * kXlm + 1, "can receive at most 4.00 USDC more under its trustline's limit");
    // Exactly the room is fine, and the ledger agrees.
    auto fits = signNow(*m_payer, withdrawal(51, kCustomer, 4 * kXlm, "USDC"), usdc());
    QVERIFY2(fits.ok(), fits.ok() ? "" : fits.error().message.c_str());
    QVERIFY(m_payer->send(fits.value()).ok());
    QCOMPARE(m_horizon->trustline(kCustomer, "USDC", kIssuer.toStdString())->balance, 9 * kXlm);
}

void TestStellarPayer::hotWithoutItsOwnTrustlineSignsNothing()
{
    storeHotKey(kHotSeed);
    m_horizon->setTrustline(kCustomer, line(kIssuer, 0));
    auto p = signNow(*m_payer, withdrawal(52, kCustomer, kXlm, "USDC"), usdc());
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, ErrorCode::InvalidInput);
    QVERIFY2(p.error().message.find("hot (" + kHot.toStdString() + ") has no trustline to USDC") != std::string::npos,
             p.error().message.c_str());
    auto unauthorized = line(kIssuer, 100 * kXlm);
    unauthorized.authorized = false;
    m_horizon->setTrustline(kHot, unauthorized);
    p = signNow(*m_payer, withdrawal(52, kCustomer, kXlm, "USDC"), usdc());
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.find("hot's trustline to USDC") != std::string::npos, p.error().message.c_str());
    QCOMPARE(m_horizon->posts(), 0);
}

void TestStellarPayer::payingTheIssuerBurnsTheTokenWithoutATrustline()
{
    storeHotKey(kHotSeed);
    m_horizon->setTrustline(kHot, line(kIssuer, 100 * kXlm));
    // An issuer account that does not exist is not created with lumens instead.
    expectRefused(kIssuer, kXlm, "does not exist on the network");
    m_horizon->setAccount(kIssuer, 10 * kXlm, 1);
    auto p = signNow(*m_payer, withdrawal(53, kIssuer, 30 * kXlm, "USDC"), usdc());
    QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(p.value().rawTx);
    QVERIFY(tx.value().operation == stellar::OperationType::Payment);
    QCOMPARE(tx.value().asset.toString(), "USDC:" + kIssuer.toStdString());
    QVERIFY(m_payer->send(p.value()).ok());
    QCOMPARE(m_horizon->trustline(kHot, "USDC", kIssuer.toStdString())->balance, 70 * kXlm);
    QCOMPARE(m_payer->status(p.value()).value().kind, PayoutStatus::Kind::Succeeded);
}

QTEST_GUILESS_MAIN(TestStellarPayer)
#include "tst_stellarpayer.moc"
