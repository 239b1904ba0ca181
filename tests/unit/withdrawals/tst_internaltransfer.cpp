// Internal transfers on this run's backend: a withdrawal to another
// customer's deposit address (an Ethereum or Algorand deposit address, the
// Stellar base account as an M-address naming them) is marked internal when
// requested and settled by the payout signer in the ledger: nothing signed
// or sent, no network fee, no wallet moved, the receiver credited, nothing
// planned for collection, the books balanced. Refused at once: the
// customer's own address, the base account without an id, an id naming no
// customer, a deposit address issued to nobody, an exchange wallet. Limits
// and approvals apply as on chain. A destination the signer's keys do not
// derive, or a receiver changed in the row, is held, not settled; a
// settlement interrupted before its commit settles once on the next run.

#include "core/api/backofficewithdrawals.h"
#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/hashes.h"
#include "core/customers/customerdirectory.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/keyvault.h"
#include "core/security/securebuffer.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
#include "testdepositxpub.h"
#include "testsigners.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::wallets::WalletTier;

namespace {

const QByteArray kHotSeed = crypto::sha256("internal transfer test stellar hot");
const QByteArray kDepositSeed = crypto::sha256("internal transfer test deposit seed") + crypto::sha256("second half");
// EIP-55's own example addresses: valid, and no deposit address here.
const std::string kEthHot = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kEthWarm = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";

Amount amountOf(const char *text, Chain chain)
{
    return nativeAssetOf(chain).parse(text).value();
}

security::SecureBuffer secret(const QByteArray &bytes)
{
    return security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                  static_cast<std::size_t>(bytes.size()));
}

} // namespace

class TestInternalTransfer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aStellarMAddressOfAnotherCustomerSettlesInTheLedger();
    void anEthereumDepositAddressOfAnotherCustomerSettlesInTheLedger();
    void anAlgorandDepositAddressOfAnotherCustomerSettlesInTheLedger();
    void addressesThatWouldLandUnattributedOrComeBackAreRefused();
    void overALimitItWaitsForApprovalThenSettlesInternally();
    void anAddressTheKeysDoNotDeriveIsHeldNotSettled();
    void aReceiverChangedInTheRowIsHeldNotSettled();
    void anInterruptedSettlementSettlesOnceOnTheNextRun();

private:
    Amount balance(const ledger::AccountKey &key);
    std::int64_t count(const char *table);
    std::string muxed(std::int64_t customerId) const;
    // A chain's coin paid by its own PayoutService over a scripted chain:
    // hot registered, the coin's limits signed by root, Ada holding 10.
    PayoutService &payoutsOf(Chain chain);
    void addDepositAddress(Chain chain, const std::string &address, std::optional<std::int64_t> customer, std::int64_t index);
    std::string algorandDepositAddress(std::uint32_t index) const;
    Result<WithdrawalRecord> request(const char *amount, Chain chain, const std::string &destination);
    void interruptInternalSettlements(bool on);

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
    std::int64_t m_bob = 0;
    std::string m_hot; // Stellar's base account, derived by the vault's hot key
    std::map<Chain, std::unique_ptr<ScriptedPayer>> m_chains;
    std::map<Chain, std::unique_ptr<PayoutService>> m_payouts;
};

void TestInternalTransfer::init()
{
    PayoutStage::Limits limits;
    limits.limit24h = "1000";
    limits.limit72h = "1000";
    m_stage = std::make_unique<PayoutStage>(m_clock, limits);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    auto bob = CustomerRepository(m_stage->db().connection()).add(QStringLiteral("Bob"), QString(), m_clock.nowMs());
    QVERIFY(bob.ok());
    m_bob = bob.value().id;
    // The base account is the one hot's vault key derives.
    m_hot = stellar::accountIdFromSeed(kHotSeed);
    QVERIFY(sql::run(m_stage->db().connection(),
                     QStringLiteral("UPDATE wallets SET address = ? WHERE chain = 'stellar' AND tier = 'hot'"),
                     {QString::fromStdString(m_hot)})
                .ok());
    const security::Actor root = m_stage->admin();
    QVERIFY(m_stage->vault().storeKey(root, "hot:stellar", "stellar", m_hot, secret(kHotSeed)).ok());
    QVERIFY(m_stage->vault().storeKey(root, security::KeyVault::kDepositSeedName, "any", "test", secret(kDepositSeed)).ok());
}

void TestInternalTransfer::cleanup()
{
    if (m_stage && m_stage->failure().isEmpty()) {
        auto report = ledger::LedgerChecker(m_stage->db(), m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_payouts.clear();
    m_chains.clear();
    m_stage.reset();
}

Amount TestInternalTransfer::balance(const ledger::AccountKey &key)
{
    auto account = m_stage->ledger().account(key);
    return account ? account.value().balance() : Amount();
}

std::int64_t TestInternalTransfer::count(const char *table)
{
    auto q = sql::run(m_stage->db().connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), {});
    if (!q || !q.value().next())
        qFatal("count of %s", table);
    return q.value().value(0).toLongLong();
}

std::string TestInternalTransfer::muxed(std::int64_t customerId) const
{
    return stellar::strkey::encodeMuxedAccount(
        {stellar::strkey::decodeAccountId(m_hot).value(), static_cast<std::uint64_t>(customerId)});
}

PayoutService &TestInternalTransfer::payoutsOf(Chain chain)
{
    if (chain == Chain::Stellar)
        return m_stage->payouts();
    if (auto known = m_payouts.find(chain); known != m_payouts.end())
        return *known->second;
    const Asset &coin = nativeAssetOf(chain);
    Database &db = m_stage->db();
    const std::string hot = chain == Chain::Ethereum ? kEthHot : algorand::addressFromSeed(crypto::sha256("algorand hot"));
    if (!wallets::WalletRepository(db.connection(), db.dialect())
             .add({0, chain, WalletTier::Hot, coin.code, hot, {}, {}, false, {}, 0}, m_clock.nowMs()))
        qFatal("hot wallet of %s", coin.code.c_str());
    if (!security::AuditedSettings(db, m_clock)
             .change(m_stage->admin(), coin.code,
                     {{AssetSetting::WithdrawFee, "0.001"}, {AssetSetting::Limit24h, "5"}, {AssetSetting::Limit72h, "5"}}))
        qFatal("settings of %s", coin.code.c_str());
    if (!m_stage->ledger().submit(ledger::TransferRequest::posted("test:deposit:" + coin.code, ledger::TransferCode::Deposit,
                                                                   ledger::walletAccount(ledger::owner::HotWallet, coin.code),
                                                                   ledger::customerAccount(m_stage->ada(), coin.code),
                                                                   coin.parse("10").value())))
        qFatal("Ada's %s", coin.code.c_str());
    auto payer = std::make_unique<ScriptedPayer>();
    payer->payingChain = chain;
    auto service = std::make_unique<PayoutService>(db, m_clock, m_stage->ledger(), m_stage->audit(), m_stage->wallets(), *payer);
    m_chains[chain] = std::move(payer);
    return *(m_payouts[chain] = std::move(service));
}

void TestInternalTransfer::addDepositAddress(Chain chain, const std::string &address, std::optional<std::int64_t> customer,
                                             std::int64_t index)
{
    Database &db = m_stage->db();
    auto added = wallets::WalletRepository(db.connection(), db.dialect())
                     .add({0, chain, WalletTier::Deposit, nativeAssetOf(chain).code, address, customer, index, false, {}, 0},
                          m_clock.nowMs());
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
}

std::string TestInternalTransfer::algorandDepositAddress(std::uint32_t index) const
{
    return algorand::addressFromSeed(algorand::depositSeed(kDepositSeed, index).value());
}

Result<WithdrawalRecord> TestInternalTransfer::request(const char *amount, Chain chain, const std::string &destination)
{
    auto w = m_stage->withdrawals().request(m_stage->clerk(), m_stage->ada(), nativeAssetOf(chain).code, destination,
                                            amountOf(amount, chain));
    m_clock.advance(1000);
    return w;
}

void TestInternalTransfer::interruptInternalSettlements(bool on)
{
    Database &db = m_stage->db();
    const bool sqlite = db.dialect().isSQLite();
    QStringList statements;
    if (on && sqlite)
        statements << QStringLiteral("CREATE TRIGGER interrupt_internal BEFORE INSERT ON audit_log"
                                     " WHEN NEW.action = 'withdrawal.internal' BEGIN SELECT RAISE(ABORT, 'interrupted'); END");
    else if (on)
        statements << QStringLiteral("CREATE FUNCTION interrupt_internal() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                                     " IF NEW.action = 'withdrawal.internal' THEN RAISE EXCEPTION 'interrupted'; END IF;"
                                     " RETURN NEW; END $$")
                   << QStringLiteral("CREATE TRIGGER interrupt_internal BEFORE INSERT ON audit_log FOR EACH ROW"
                                     " EXECUTE FUNCTION interrupt_internal()");
    else
        statements << (sqlite ? QStringLiteral("DROP TRIGGER interrupt_internal")
                              : QStringLiteral("DROP TRIGGER interrupt_internal ON audit_log"));
    for (const QString &s : statements) {
        auto done = sql::execute(db.connection(), s); // unprepared: PostgreSQL prepares no CREATE FUNCTION
        QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
    }
}

void TestInternalTransfer::aStellarMAddressOfAnotherCustomerSettlesInTheLedger()
{
    auto w = request("250", Chain::Stellar, muxed(m_bob));
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    QCOMPARE(w.value().internalTo, std::optional<std::int64_t>(m_bob));
    QCOMPARE(w.value().state, WithdrawalState::Processing);

    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().settledInternally, 1);
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(m_stage->chain().signings, 0);
    QVERIFY(m_stage->chain().sent.empty());
    const WithdrawalRecord done = m_stage->withdrawals().find(w.value().id).value();
    QCOMPARE(done.state, WithdrawalState::Succeeded);
    QVERIFY(!done.txid);
    const std::string note = Message{MessageId::WithdrawalInternalTo, {std::to_string(m_bob)}}.english();
    QCOMPARE(done.note, note);
    // Ada paid 250 and the 0.01 fee; Bob has 250; hot, the network fees
    // and the collections are untouched.
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "XLM")), amountOf("4749.99", Chain::Stellar));
    QCOMPARE(balance(ledger::customerAccount(m_bob, "XLM")), amountOf("250", Chain::Stellar));
    QCOMPARE(balance(ledger::revenueAccount(ledger::owner::WithdrawalFees, "XLM")), amountOf("0.01", Chain::Stellar));
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), amountOf("5000", Chain::Stellar));
    QCOMPARE(balance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), Amount());
    QCOMPARE(count("deposits"), std::int64_t(0));
    QCOMPARE(count("collections"), std::int64_t(0));
    // The audit says it was internal, and to whom.
    auto q = sql::run(m_stage->db().connection(),
                      QStringLiteral("SELECT actor_name, after_value FROM audit_log WHERE action = 'withdrawal.internal'"), {});
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toString(), QStringLiteral("system:payouts"));
    QVERIFY(q.value().value(1).toString().contains(QStringLiteral("\"internal_to\":%1").arg(m_bob)));
    QVERIFY(!q.value().next());
    // The web app hears of it as internal: the event of its success names
    // the receiver, and the API's JSON says so.
    auto event = sql::run(m_stage->db().connection(),
                          QStringLiteral("SELECT object FROM webhook_events WHERE object_type = 'withdrawal' AND object_id = ?"
                                         " ORDER BY seq DESC"),
                          {QVariant::fromValue(static_cast<qint64>(done.id))});
    QVERIFY(event.ok() && event.value().next());
    const QJsonObject snapshot = QJsonDocument::fromJson(event.value().value(0).toString().toUtf8()).object();
    QCOMPARE(snapshot.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(snapshot.value(QStringLiteral("internal_to")).toInteger(), m_bob);
    QCOMPARE(api::BackOfficeWithdrawals::toJson(done, QStringLiteral("ada"), 7).value(QStringLiteral("internal")), QJsonValue(true));
    WithdrawalRecord onChain = done;
    onChain.internalTo.reset();
    QCOMPARE(api::BackOfficeWithdrawals::toJson(onChain, QStringLiteral("ada"), 7).value(QStringLiteral("internal")), QJsonValue(false));
    // Bob's history shows it among his deposits, from Ada.
    auto history = customers::CustomerDirectory(m_stage->db()).history(m_bob);
    QVERIFY(history.ok());
    QCOMPARE(history.value().deposits.size(), std::size_t(1));
    QCOMPARE(history.value().deposits.front().state, std::string("internal"));
    QCOMPARE(history.value().deposits.front().amount, amountOf("250", Chain::Stellar));
    QCOMPARE(history.value().deposits.front().detail, std::to_string(m_stage->ada()));
    QCOMPARE(history.value().deposits.front().id, done.id);
    // A second run settles nothing again.
    auto again = m_stage->payouts().run(m_stage->vault());
    QVERIFY(again.ok());
    QCOMPARE(again.value().settledInternally, 0);
    QCOMPARE(balance(ledger::customerAccount(m_bob, "XLM")), amountOf("250", Chain::Stellar));
}

void TestInternalTransfer::anEthereumDepositAddressOfAnotherCustomerSettlesInTheLedger()
{
    QVERIFY(recordTestEthereumXpub(m_stage->db()).ok());
    addDepositAddress(Chain::Ethereum, kTestEthDeposit0, m_bob, 0);
    PayoutService &payouts = payoutsOf(Chain::Ethereum);
    auto w = request("1.5", Chain::Ethereum, kTestEthDeposit0);
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    QCOMPARE(w.value().internalTo, std::optional<std::int64_t>(m_bob));
    auto run = payouts.run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().settledInternally, 1);
    QCOMPARE(m_chains.at(Chain::Ethereum)->signings, 0);
    QCOMPARE(m_stage->withdrawals().find(w.value().id).value().state, WithdrawalState::Succeeded);
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "ETH")), amountOf("8.499", Chain::Ethereum));
    QCOMPARE(balance(ledger::customerAccount(m_bob, "ETH")), amountOf("1.5", Chain::Ethereum));
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::HotWallet, "ETH")), amountOf("10", Chain::Ethereum));
    QCOMPARE(count("collections"), std::int64_t(0));
}

void TestInternalTransfer::anAlgorandDepositAddressOfAnotherCustomerSettlesInTheLedger()
{
    const std::string bobs = algorandDepositAddress(7);
    addDepositAddress(Chain::Algorand, bobs, m_bob, 7);
    PayoutService &payouts = payoutsOf(Chain::Algorand);
    auto w = request("2", Chain::Algorand, bobs);
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    QCOMPARE(w.value().internalTo, std::optional<std::int64_t>(m_bob));
    auto run = payouts.run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().settledInternally, 1);
    QCOMPARE(m_chains.at(Chain::Algorand)->signings, 0);
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "ALGO")), amountOf("7.999", Chain::Algorand));
    QCOMPARE(balance(ledger::customerAccount(m_bob, "ALGO")), amountOf("2", Chain::Algorand));
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::HotWallet, "ALGO")), amountOf("10", Chain::Algorand));
}

void TestInternalTransfer::addressesThatWouldLandUnattributedOrComeBackAreRefused()
{
    QVERIFY(recordTestEthereumXpub(m_stage->db()).ok());
    addDepositAddress(Chain::Ethereum, kTestEthDeposit0, m_stage->ada(), 0);
    addDepositAddress(Chain::Ethereum, kTestEthDeposit1, std::nullopt, 1);
    Database &db = m_stage->db();
    QVERIFY(wallets::WalletRepository(db.connection(), db.dialect())
                .add({0, Chain::Ethereum, WalletTier::Warm, "ETH", kEthWarm, {}, {}, true, {}, 0}, m_clock.nowMs())
                .ok());
    payoutsOf(Chain::Ethereum);
    const std::string unknownId = stellar::strkey::encodeMuxedAccount(
        {stellar::strkey::decodeAccountId(m_hot).value(), std::uint64_t(987654321)});
    struct Case {
        Chain chain;
        std::string destination;
        MessageId said;
    };
    const std::vector<Case> cases{
        {Chain::Stellar, muxed(m_stage->ada()), MessageId::WithdrawalToOwnDepositAddress},
        {Chain::Ethereum, kTestEthDeposit0, MessageId::WithdrawalToOwnDepositAddress},
        {Chain::Stellar, m_hot, MessageId::WithdrawalToBaseAccountWithoutId},
        {Chain::Stellar, unknownId, MessageId::WithdrawalToUnknownCustomerId},
        {Chain::Ethereum, kTestEthDeposit1, MessageId::WithdrawalToUnissuedDepositAddress},
        {Chain::Ethereum, kEthWarm, MessageId::WithdrawalToExchangeWallet},
        {Chain::Ethereum, kEthHot, MessageId::WithdrawalToExchangeWallet},
    };
    const std::int64_t rowsBefore = count("withdrawals");
    for (const Case &c : cases) {
        auto w = request("1", c.chain, c.destination);
        QVERIFY2(!w.ok(), c.destination.c_str());
        QCOMPARE(w.error().code, ErrorCode::InvalidInput);
        QCOMPARE(static_cast<int>(w.error().id), static_cast<int>(c.said));
        QVERIFY2(w.error().message.find(c.destination) != std::string::npos, w.error().message.c_str());
    }
    // Nothing of them stays: no row, no hold.
    QCOMPARE(count("withdrawals"), rowsBefore);
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "XLM")), amountOf("5000", Chain::Stellar));
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "ETH")), amountOf("10", Chain::Ethereum));
}

void TestInternalTransfer::overALimitItWaitsForApprovalThenSettlesInternally()
{
    // 1500 XLM is over the 1000 of 24 h: it waits as an on-chain one would.
    auto w = request("1500", Chain::Stellar, muxed(m_bob));
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    QCOMPARE(w.value().state, WithdrawalState::UnderReview);
    QCOMPARE(w.value().internalTo, std::optional<std::int64_t>(m_bob));
    auto waiting = m_stage->payouts().run(m_stage->vault());
    QVERIFY(waiting.ok());
    QCOMPARE(waiting.value().settledInternally, 0);
    QCOMPARE(balance(ledger::customerAccount(m_bob, "XLM")), Amount());

    auto approved = m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), w.value().id);
    QVERIFY2(approved.ok(), approved.ok() ? "" : approved.error().message.c_str());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().settledInternally, 1);
    QCOMPARE(m_stage->withdrawals().find(w.value().id).value().state, WithdrawalState::Succeeded);
    QCOMPARE(balance(ledger::customerAccount(m_bob, "XLM")), amountOf("1500", Chain::Stellar));
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "XLM")), amountOf("3499.99", Chain::Stellar));
}

void TestInternalTransfer::anAddressTheKeysDoNotDeriveIsHeldNotSettled()
{
    // Bob's row names an address the seed does not derive at its index.
    addDepositAddress(Chain::Algorand, algorandDepositAddress(7), m_bob, 8);
    PayoutService &payouts = payoutsOf(Chain::Algorand);
    auto w = request("2", Chain::Algorand, algorandDepositAddress(7));
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    auto run = payouts.run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().settledInternally, 0);
    QCOMPARE(run.value().held, 1);
    QCOMPARE(m_stage->withdrawals().find(w.value().id).value().state, WithdrawalState::HeldForIntegrity);
    QCOMPARE(balance(ledger::customerAccount(m_bob, "ALGO")), Amount());
    QCOMPARE(m_chains.at(Chain::Algorand)->signings, 0);
}

void TestInternalTransfer::aReceiverChangedInTheRowIsHeldNotSettled()
{
    auto carol = CustomerRepository(m_stage->db().connection()).add(QStringLiteral("Carol"), QString(), m_clock.nowMs());
    QVERIFY(carol.ok());
    auto w = request("250", Chain::Stellar, muxed(m_bob));
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    // Someone with SQL points the transfer at Carol: the signer reads Bob.
    QVERIFY(sql::run(m_stage->db().connection(), QStringLiteral("UPDATE withdrawals SET internal_to = ? WHERE id = ?"),
                     {QVariant::fromValue(static_cast<qint64>(carol.value().id)), QVariant::fromValue(static_cast<qint64>(w.value().id))})
                .ok());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().held, 1);
    QCOMPARE(m_stage->withdrawals().find(w.value().id).value().state, WithdrawalState::HeldForIntegrity);
    QCOMPARE(balance(ledger::customerAccount(carol.value().id, "XLM")), Amount());
    QCOMPARE(balance(ledger::customerAccount(m_bob, "XLM")), Amount());
}

void TestInternalTransfer::anInterruptedSettlementSettlesOnceOnTheNextRun()
{
    auto w = request("250", Chain::Stellar, muxed(m_bob));
    QVERIFY2(w.ok(), w.ok() ? "" : w.error().message.c_str());
    // The settlement's last step fails: its transaction is undone whole.
    interruptInternalSettlements(true);
    auto interrupted = m_stage->payouts().run(m_stage->vault());
    QVERIFY(!interrupted.ok() || interrupted.value().settledInternally == 0);
    QCOMPARE(m_stage->withdrawals().find(w.value().id).value().state, WithdrawalState::Processing);
    QCOMPARE(balance(ledger::customerAccount(m_bob, "XLM")), Amount());
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "XLM")), amountOf("5000", Chain::Stellar));
    interruptInternalSettlements(false);

    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().settledInternally, 1);
    auto again = m_stage->payouts().run(m_stage->vault());
    QVERIFY(again.ok());
    QCOMPARE(again.value().settledInternally, 0);
    QCOMPARE(m_stage->withdrawals().find(w.value().id).value().state, WithdrawalState::Succeeded);
    QCOMPARE(balance(ledger::customerAccount(m_bob, "XLM")), amountOf("250", Chain::Stellar));
    QCOMPARE(balance(ledger::customerAccount(m_stage->ada(), "XLM")), amountOf("4749.99", Chain::Stellar));
    QCOMPARE(m_stage->chain().signings, 0);
}

QTEST_GUILESS_MAIN(TestInternalTransfer)
#include "tst_internaltransfer.moc"
