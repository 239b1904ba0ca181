// Manual payouts on this run's backend, with the chain played by a fake
// payment lookup: a withdrawal goes to manual payout only where the
// transition table allows it; an uploaded TxId is refused, in words naming
// what differs and with nothing changed, when it is malformed, already
// used, missing, failed, unconfirmed, pays another address, too little,
// another asset, or comes from elsewhere than the warm wallet, and when the
// node cannot be reached; the right one settles the ledger (holds posted,
// amount and gas out of warm) with an audit record, and only once. Four eyes
// everywhere money leaves: a withdrawal held for review goes to manual
// payout, or is marked paid by a TxId, only with all the approvals paying it
// from hot would need (distinct approvers, never the requester). A token's
// withdrawal is paid by a transfer of that token only (the lookup is asked
// for the token; the coin is another asset), and the network fee is booked
// in the chain's coin, not in the token.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/chains/fakepaymentlookup.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/manualpayoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testtoken.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// EIP-55's examples: the destination (given in lower case), the warm
// wallet, and someone else.
const std::string kDestinationLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
const std::string kDestination = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kWarm = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
const std::string kOther = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";

std::string txid(char digit)
{
    return "0x" + std::string(64, digit);
}

Amount eth(const char *text)
{
    return Amount::parse(text, 18).value();
}

chains::Payment payment(const std::string &from, const std::string &to, const char *amount)
{
    chains::Payment p;
    p.from = from;
    p.to = to;
    p.amount = eth(amount);
    p.confirmed = true;
    p.fee = eth("0.000021");
    return p;
}

Actor approver(std::int64_t id = 7, const char *name = "grace")
{
    Actor a = Actor::fromOperator(id, name, Role::Approver);
    a.secondFactor = true; // the console's session asked for the TOTP code
    return a;
}

} // namespace

class TestManualPayoutService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sentToManualOnceApproved();
    void fourEyesBeforeManualPayout();
    void theRequestersApprovalNeverCounts();
    void noTxidForAnUnderApprovedWithdrawal();
    void manualOnlyWhereTheTableAllows();
    void checkTxidNormalisesAndRefuses();
    void aMismatchChangesNothing_data();
    void aMismatchChangesNothing();
    void theRightTxidSettlesOnce();
    void aTxidPaysOneWithdrawalOnly();
    void wrongStateIsRefusedBeforeTheChain();
    void withoutAWarmWalletNothingIsChecked();
    void aTokenIsPaidByTheTokenAndItsGasByEther();

private:
    WithdrawalRecord manual(const char *amount);
    WithdrawalRecord approved(const char *amount);
    std::int64_t count(const QString &statement);
    Amount balance(const ledger::AccountKey &key);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<ManualPayoutService> m_service;
    std::unique_ptr<chains::FakePaymentLookup> m_fake;
    chains::FakePaymentLookup &chain() { return *m_fake; }
    std::int64_t m_ada = 0;
    Actor m_admin; // an admin operator row (testAdmin), made with the database
    const Actor m_operator = Actor::fromOperator(8, "olga", Role::Operator);
};

void TestManualPayoutService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    m_fake = std::make_unique<chains::FakePaymentLookup>();
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    // Everything over 1 ETH a day is reviewed.
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock)
                .change(m_admin, "ETH", {{AssetSetting::WithdrawFee, "0.001"}, {AssetSetting::Limit24h, "1"},
                                         {AssetSetting::Limit72h, "3"}})
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_service = std::make_unique<ManualPayoutService>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets);
    m_service->setPaymentLookup(m_fake.get());
    addTestOperators(*m_db, {approver(), m_operator, approver(11, "hank"), approver(12, "ivy")});
    wallets::Wallet warm;
    warm.chain = Chain::Ethereum;
    warm.tier = wallets::WalletTier::Warm;
    warm.asset = "ETH";
    warm.address = kWarm;
    warm.watchOnly = true;
    QVERIFY(m_wallets->add(m_admin, warm).ok());
    // Ada has 10 ETH; warm holds 20 ETH in the ledger.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "ETH"),
                                                         ledger::customerAccount(m_ada, "ETH"), eth("10")))
                .ok());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:warm", ledger::TransferCode::Adjustment,
                                                         ledger::walletAccount(ledger::owner::WarmWallet, "ETH"),
                                                         ledger::equityAccount(ledger::owner::Adjustments, "ETH"), eth("20")))
                .ok());
}

void TestManualPayoutService::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_service.reset();
    m_withdrawals.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

WithdrawalRecord TestManualPayoutService::approved(const char *amount)
{
    auto requested = m_withdrawals->request(m_admin, m_ada, "ETH", kDestinationLower, eth(amount));
    if (!requested)
        qFatal("%s", requested.error().message.c_str());
    auto done = m_withdrawals->approve(approver(), requested.value().id);
    if (!done)
        qFatal("%s", done.error().message.c_str());
    return done.value();
}

WithdrawalRecord TestManualPayoutService::manual(const char *amount)
{
    auto sent = m_service->sendToManual(approver(), approved(amount).id, "large: warm pays, ticket 2231");
    if (!sent)
        qFatal("%s", sent.error().message.c_str());
    return sent.value();
}

std::int64_t TestManualPayoutService::count(const QString &statement)
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

Amount TestManualPayoutService::balance(const ledger::AccountKey &key)
{
    return m_ledger->account(key).value().balance();
}

void TestManualPayoutService::sentToManualOnceApproved()
{
    auto requested = m_withdrawals->request(m_admin, m_ada, "ETH", kDestinationLower, eth("2"));
    QVERIFY(requested.ok());
    QCOMPARE(requested.value().state, WithdrawalState::UnderReview);
    QCOMPARE(m_withdrawals->approve(approver(), requested.value().id).value().state, WithdrawalState::Approved);
    const Amount available = m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available();
    auto sent = m_service->sendToManual(approver(), requested.value().id, "");
    QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().message.c_str());
    QCOMPARE(sent.value().state, WithdrawalState::ManualPayout);
    QCOMPARE(m_service->find(requested.value().id).value().state, WithdrawalState::ManualPayout);
    QVERIFY(QString::fromStdString(sent.value().note).contains(QStringLiteral("grace")));
    // Still held: nothing has left yet.
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), available);
    auto audit = m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.manual"), 10});
    QCOMPARE(audit.value().size(), size_t(1));
    QCOMPARE(audit.value().front().actorName, std::string("grace"));
    QCOMPARE(audit.value().front().objectId, std::to_string(requested.value().id));
}

void TestManualPayoutService::manualOnlyWhereTheTableAllows()
{
    // Within the limits: processing, on its way to hot; never manual.
    auto automatic = m_withdrawals->request(m_admin, m_ada, "ETH", kDestinationLower, eth("0.5"));
    QCOMPARE(automatic.value().state, WithdrawalState::Processing);
    auto refused = m_service->sendToManual(approver(), automatic.value().id, "");
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(QString::fromStdString(refused.error().message),
             QStringLiteral("a withdrawal in state processing cannot be sent to manual payout"));
    // An operator may upload TxIds, not decide how a withdrawal is paid.
    auto reviewed = m_withdrawals->request(m_admin, m_ada, "ETH", kDestinationLower, eth("2"));
    QCOMPARE(m_service->sendToManual(m_operator, reviewed.value().id, "").error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_service->sendToManual(approver(), 999999, "").error().code, ErrorCode::NotFound);
    QVERIFY(m_withdrawals->approve(approver(), reviewed.value().id).ok());
    // Twice: the second is a wrong state.
    QVERIFY(m_service->sendToManual(approver(), reviewed.value().id, "").ok());
    QCOMPARE(m_service->sendToManual(approver(), reviewed.value().id, "").error().code, ErrorCode::WrongState);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'withdrawal.manual'")), 1);
}

void TestManualPayoutService::checkTxidNormalisesAndRefuses()
{
    const WithdrawalRecord w = manual("2");
    auto upper = m_service->checkTxid(w.id, "0x" + std::string(64, 'A'));
    QVERIFY2(upper.ok(), upper.ok() ? "" : upper.error().message.c_str());
    QCOMPARE(upper.value(), txid('a'));
    QCOMPARE(m_service->checkTxid(w.id, "0x1234").error().code, ErrorCode::InvalidInput);
    QVERIFY(QString::fromStdString(m_service->checkTxid(w.id, "0x1234").error().message).startsWith(QStringLiteral("not a valid ethereum TxId")));
    // A Stellar hash is no Ethereum TxId.
    QCOMPARE(m_service->checkTxid(w.id, std::string(64, 'a')).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->checkTxid(424242, txid('a')).error().code, ErrorCode::NotFound);
}

void TestManualPayoutService::aMismatchChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong address") << 0 << QString::fromStdString("pays " + kOther + " not " + kDestination);
    QTest::newRow("short amount") << 1 << QStringLiteral("pays 1.5000 ETH, the withdrawal is 2.0000 ETH");
    QTest::newRow("another asset") << 2 << QString::fromStdString("pays the ERC-20 token at " + kOther + ", not ETH");
    QTest::newRow("not from warm") << 3 << QString::fromStdString("was not sent from the warm wallet " + kWarm + " but from " + kOther);
    QTest::newRow("failed on chain") << 4 << QStringLiteral("failed on chain");
    QTest::newRow("not confirmed") << 5 << QStringLiteral("is not confirmed yet");
    QTest::newRow("not on the chain") << 6 << QStringLiteral("is not found on the ethereum chain");
    QTest::newRow("node unreachable") << 7 << QStringLiteral("could not be checked: the chain node could not be reached");
}

void TestManualPayoutService::aMismatchChangesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const WithdrawalRecord w = manual("2");
    const std::string tx = txid('b');
    chains::Payment p = payment(kWarm, kDestination, "2");
    switch (kind) {
    case 0: p.to = kOther; break;
    case 1: p.amount = eth("1.5"); break;
    case 2: p.to = kOther; p.amount = Amount::zero(); p.otherAsset = "the ERC-20 token at " + kOther; break;
    case 3: p.from = kOther; break;
    case 4: p.succeeded = false; p.amount = Amount::zero(); break;
    case 5: p.confirmed = false; break;
    case 6: break;
    case 7: chain().setUnavailable(true); break;
    }
    if (kind != 6)
        chain().add(Chain::Ethereum, tx, p);
    const Amount customer = balance(ledger::customerAccount(m_ada, "ETH"));
    const Amount warm = balance(ledger::walletAccount(ledger::owner::WarmWallet, "ETH"));
    const std::int64_t audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const std::int64_t transfers = count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));

    auto refused = m_service->uploadTxid(m_operator, w.id, tx);
    QVERIFY(!refused.ok());
    QVERIFY2(QString::fromStdString(refused.error().message).contains(message), refused.error().message.c_str());
    QVERIFY(QString::fromStdString(refused.error().message).contains(QStringLiteral("nothing was changed")) || kind == 5);
    QCOMPARE(chain().lookups(), 1);
    const WithdrawalRecord after = m_service->find(w.id).value();
    QCOMPARE(after.state, WithdrawalState::ManualPayout);
    QVERIFY(!after.txid);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "ETH")), customer);
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, "ETH")), warm);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")), transfers);
    // The TxId is still free for the withdrawal once the chain shows it right.
    QVERIFY(m_service->checkTxid(w.id, tx).ok());
}

void TestManualPayoutService::theRightTxidSettlesOnce()
{
    const WithdrawalRecord w = manual("2");
    // More than asked is fine (the exchange's loss, the customer's gain).
    chains::Payment p = payment(kWarm, kDestinationLower, "2.000000000000000001");
    chain().add(Chain::Ethereum, txid('c'), p);
    auto paid = m_service->uploadTxid(m_operator, w.id, "0x" + std::string(64, 'C'));
    QVERIFY2(paid.ok(), paid.ok() ? "" : paid.error().message.c_str());
    QCOMPARE(paid.value().state, WithdrawalState::Succeeded);
    QCOMPARE(paid.value().txid.value_or(""), txid('c'));
    const WithdrawalRecord stored = m_service->find(w.id).value();
    QCOMPARE(stored.state, WithdrawalState::Succeeded);
    QCOMPARE(stored.txid.value_or(""), txid('c'));
    // Ada paid amount and fee; warm paid the amount and the gas; the gas is
    // an expense, the fee revenue.
    QCOMPARE(balance(ledger::customerAccount(m_ada, "ETH")), eth("7.999"));
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), eth("7.999"));
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, "ETH")), eth("17.999979"));
    QCOMPARE(balance(ledger::expenseAccount(ledger::owner::NetworkFees, "ETH")), eth("0.000021"));
    QCOMPARE(balance(ledger::revenueAccount(ledger::owner::WithdrawalFees, "ETH")), eth("0.001"));
    auto audit = m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.txid"), 10});
    QCOMPARE(audit.value().size(), size_t(1));
    QCOMPARE(audit.value().front().actorName, std::string("olga"));
    QVERIFY(QString::fromStdString(audit.value().front().after).contains(QString::fromStdString(txid('c'))));

    // Again: refused, nothing more booked, the chain not even asked.
    const std::int64_t transfers = count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
    auto again = m_service->uploadTxid(m_operator, w.id, txid('c'));
    // Both refusals name who uploaded it, and when.
    const std::string uploaded = "withdrawal " + std::to_string(w.id) + " already has a TxId uploaded by olga at ";
    QCOMPARE(again.error().code, ErrorCode::WrongState);
    QVERIFY2(again.error().message.rfind(uploaded, 0) == 0, again.error().message.c_str());
    QVERIFY2(again.error().message.find(txid('c')) != std::string::npos, again.error().message.c_str());
    chain().add(Chain::Ethereum, txid('d'), p);
    auto another = m_service->uploadTxid(m_operator, w.id, txid('d'));
    QCOMPARE(another.error().code, ErrorCode::WrongState);
    QVERIFY2(another.error().message.rfind(uploaded, 0) == 0, another.error().message.c_str());
    QCOMPARE(chain().lookups(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")), transfers);
}

void TestManualPayoutService::aTxidPaysOneWithdrawalOnly()
{
    const WithdrawalRecord first = manual("1.5");
    m_clock.advance(1000);
    const WithdrawalRecord second = manual("1.5");
    chain().add(Chain::Ethereum, txid('e'), payment(kWarm, kDestination, "1.5"));
    QVERIFY(m_service->uploadTxid(m_operator, first.id, txid('e')).ok());
    auto reused = m_service->uploadTxid(m_operator, second.id, txid('e'));
    QCOMPARE(reused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(QString::fromStdString(reused.error().message),
             QString::fromStdString("TxId " + txid('e') + " already pays withdrawal " + std::to_string(first.id)
                                    + "; a TxId pays one withdrawal only"));
    QCOMPARE(m_service->checkTxid(second.id, txid('e')).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->find(second.id).value().state, WithdrawalState::ManualPayout);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM withdrawals WHERE txid IS NOT NULL")), 1);
    // A viewer uploads nothing.
    QCOMPARE(m_service->uploadTxid(Actor::fromOperator(9, "vera", Role::Viewer), second.id, txid('f')).error().code,
             ErrorCode::Unauthorized);
}

void TestManualPayoutService::wrongStateIsRefusedBeforeTheChain()
{
    auto reviewed = m_withdrawals->request(m_admin, m_ada, "ETH", kDestinationLower, eth("2"));
    chain().setUnavailable(true);
    auto refused = m_service->uploadTxid(m_operator, reviewed.value().id, txid('a'));
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(QString::fromStdString(refused.error().message),
             QStringLiteral("a withdrawal in state under_review cannot be marked paid by a TxId"));
    auto rejected = m_withdrawals->reject(approver(), reviewed.value().id, "flagged");
    QVERIFY(rejected.ok());
    QCOMPARE(m_service->uploadTxid(m_operator, reviewed.value().id, txid('a')).error().code, ErrorCode::WrongState);
    QCOMPARE(chain().lookups(), 0);
}

void TestManualPayoutService::withoutAWarmWalletNothingIsChecked()
{
    // An ALGO withdrawal: no warm Algorand wallet is registered.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:algo", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "ALGO"),
                                                         ledger::customerAccount(m_ada, "ALGO"), Amount::fromBaseUnits(500'000'000)))
                .ok());
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock).change(m_admin, "ALGO", {{AssetSetting::Limit24h, "1"}, {AssetSetting::Limit72h, "1"}}).ok());
    auto requested = m_withdrawals->request(m_admin, m_ada, "ALGO", "YHXUV352GCLM6ESZAYC4C5RKFT6VIXHSREEDHN5H23EFGMU6ZJGX7ZU4MM",
                                            Amount::fromBaseUnits(200'000'000));
    QVERIFY2(requested.ok(), requested.ok() ? "" : requested.error().message.c_str());
    QVERIFY(m_withdrawals->approve(approver(), requested.value().id).ok());
    QVERIFY(m_service->sendToManual(approver(), requested.value().id, "").ok());
    auto refused = m_service->uploadTxid(m_operator, requested.value().id, std::string(52, 'A'));
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY2(QString::fromStdString(refused.error().message).contains(QStringLiteral("no warm ALGO wallet")), refused.error().message.c_str());
    QCOMPARE(chain().lookups(), 0);
}

void TestManualPayoutService::fourEyesBeforeManualPayout()
{
    // Two approvers above 5 ETH (the 6,000 XLM above 5,000, in ETH).
    QVERIFY(m_withdrawals->setTwoApproversAbove(m_admin, "ETH", eth("5")).ok());
    auto requested = m_withdrawals->request(m_admin, m_ada, "ETH", kDestinationLower, eth("6"));
    QVERIFY(requested.ok());
    const std::int64_t id = requested.value().id;
    const Amount available = m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available();
    const std::int64_t transfers = count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
    const auto refusedWith = [&](int has) {
        auto refused = m_service->sendToManual(approver(), id, "");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QCOMPARE(refused.error().id, MessageId::ApprovalsMissingForManual);
        QCOMPARE(refused.error().message,
                 "withdrawal " + std::to_string(id) + " needs 2 approvals by different approvers, none of them the "
                 "requester, before it is paid outside the system; it has " + std::to_string(has));
        QCOMPARE(m_service->find(id).value().state, WithdrawalState::UnderReview);
        QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), available);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")), transfers);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'withdrawal.manual'")), 0);
    };
    refusedWith(0);
    QCOMPARE(m_withdrawals->approve(approver(), id).value().state, WithdrawalState::UnderReview);
    refusedWith(1);
    // The second approver completes it; then it may be paid by hand.
    QCOMPARE(m_withdrawals->approve(approver(11, "hank"), id).value().state, WithdrawalState::Approved);
    auto sent = m_service->sendToManual(approver(12, "ivy"), id, "");
    QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().message.c_str());
    QCOMPARE(sent.value().state, WithdrawalState::ManualPayout);
    chain().add(Chain::Ethereum, txid('a'), payment(kWarm, kDestination, "6"));
    auto paid = m_service->uploadTxid(m_operator, id, txid('a'));
    QVERIFY2(paid.ok(), paid.ok() ? "" : paid.error().message.c_str());
    QCOMPARE(paid.value().state, WithdrawalState::Succeeded);
}

void TestManualPayoutService::theRequestersApprovalNeverCounts()
{
    QVERIFY(m_withdrawals->setTwoApproversAbove(m_admin, "ETH", eth("5")).ok());
    // hank asks for it; the service never lets him approve it, but a row
    // written outside the services says he did.
    auto requested = m_withdrawals->request(approver(11, "hank"), m_ada, "ETH", kDestinationLower, eth("6"));
    QVERIFY(requested.ok());
    const std::int64_t id = requested.value().id;
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (?, 'hank', 1)"),
                     {QVariant::fromValue<qint64>(id)})
                .ok());
    QCOMPARE(m_withdrawals->approve(approver(), id).value().state, WithdrawalState::UnderReview);
    auto refused = m_service->sendToManual(approver(12, "ivy"), id, "");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    QVERIFY2(refused.error().message.ends_with("it has 1"), refused.error().message.c_str());
    QCOMPARE(m_service->find(id).value().state, WithdrawalState::UnderReview);

    // One approver where one is needed, but only the requester: none.
    QVERIFY(m_withdrawals->setTwoApproversAbove(m_admin, "ETH", std::nullopt).ok());
    auto small = m_withdrawals->request(approver(11, "hank"), m_ada, "ETH", kDestinationLower, eth("2"));
    QVERIFY(small.ok());
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (?, 'hank', 1)"),
                     {QVariant::fromValue<qint64>(small.value().id)})
                .ok());
    auto none = m_service->sendToManual(approver(), small.value().id, "");
    QCOMPARE(none.error().id, MessageId::ApprovalMissingForManual);
    QCOMPARE(none.error().message, "withdrawal " + std::to_string(small.value().id)
                                       + " needs an approval by someone other than the requester before it is paid"
                                         " outside the system; it has none");
}

void TestManualPayoutService::noTxidForAnUnderApprovedWithdrawal()
{
    QVERIFY(m_withdrawals->setTwoApproversAbove(m_admin, "ETH", eth("5")).ok());
    auto requested = m_withdrawals->request(m_admin, m_ada, "ETH", kDestinationLower, eth("6"));
    QVERIFY(requested.ok());
    const std::int64_t id = requested.value().id;
    QVERIFY(m_withdrawals->approve(approver(), id).ok());
    // In manual payout with one approval of two: sent there before four eyes
    // applied to manual payouts, or by a row written outside the services.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET state = 'manual_payout' WHERE id = ?"),
                     {QVariant::fromValue<qint64>(id)})
                .ok());
    chain().add(Chain::Ethereum, txid('b'), payment(kWarm, kDestination, "6"));
    const Amount customer = balance(ledger::customerAccount(m_ada, "ETH"));
    const Amount warm = balance(ledger::walletAccount(ledger::owner::WarmWallet, "ETH"));
    const std::int64_t audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const std::int64_t transfers = count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));

    auto refused = m_service->uploadTxid(m_operator, id, txid('b'));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    QCOMPARE(refused.error().id, MessageId::ApprovalsMissingForManual);
    QVERIFY2(refused.error().message.ends_with("it has 1"), refused.error().message.c_str());
    // Refused before the chain is asked, and nothing changed.
    QCOMPARE(chain().lookups(), 0);
    const WithdrawalRecord after = m_service->find(id).value();
    QCOMPARE(after.state, WithdrawalState::ManualPayout);
    QVERIFY(!after.txid);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "ETH")), customer);
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, "ETH")), warm);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")), transfers);
    QVERIFY(m_service->checkTxid(id, txid('b')).ok());
}


void TestManualPayoutService::aTokenIsPaidByTheTokenAndItsGasByEther()
{
    // USDC, an ERC-20 of 6 decimals (its row; the signed identity is the
    // deposit and payout duties' business), over 1 USDC a day reviewed.
    QVERIFY(AssetRepository(m_db->connection(), m_db->dialect())
                .add(testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(kOther), 6), m_clock.nowMs())
                .ok());
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock)
                .change(m_admin, "USDC", {{AssetSetting::Limit24h, "1"}, {AssetSetting::Limit72h, "3"}})
                .ok());
    const auto units = [](const char *text) { return Amount::parse(text, 6).value(); };
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:usdc-deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "USDC"),
                                                         ledger::customerAccount(m_ada, "USDC"), units("500")))
                .ok());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:usdc-warm", ledger::TransferCode::Adjustment,
                                                         ledger::walletAccount(ledger::owner::WarmWallet, "USDC"),
                                                         ledger::equityAccount(ledger::owner::Adjustments, "USDC"), units("1000")))
                .ok());
    auto requested = m_withdrawals->request(m_admin, m_ada, "USDC", kDestinationLower, units("200"));
    QVERIFY2(requested.ok(), requested.ok() ? "" : requested.error().message.c_str());
    QVERIFY(m_withdrawals->approve(approver(), requested.value().id).ok());
    auto sent = m_service->sendToManual(approver(), requested.value().id, "large: warm pays");
    QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().message.c_str());

    // 200,000,000 wei of ether is as many base units as 200 USDC: not a
    // payment of USDC.
    chains::Payment ether = payment(kWarm, kDestinationLower, "0.0000000002");
    chain().add(Chain::Ethereum, txid('e'), ether);
    auto refused = m_service->uploadTxid(m_operator, requested.value().id, txid('e'));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("pays the chain's coin, not USDC") != std::string::npos, refused.error().message.c_str());
    QCOMPARE(m_service->find(requested.value().id).value().state, WithdrawalState::ManualPayout);

    // The token's transfer from warm pays it; the gas comes out of warm's ether.
    chains::Payment token = payment(kWarm, kDestinationLower, "0");
    token.amount = units("200");
    chain().add(Chain::Ethereum, txid('f'), token, AssetIdentity::erc20(kOther));
    auto paid = m_service->uploadTxid(m_operator, requested.value().id, txid('f'));
    QVERIFY2(paid.ok(), paid.ok() ? "" : paid.error().message.c_str());
    QCOMPARE(paid.value().state, WithdrawalState::Succeeded);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "USDC")), units("300"));
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, "USDC")), units("800"));
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, "ETH")), eth("19.999979"));
    QCOMPARE(balance(ledger::expenseAccount(ledger::owner::NetworkFees, "ETH")), eth("0.000021"));
    QCOMPARE(balance(ledger::expenseAccount(ledger::owner::NetworkFees, "USDC")), Amount::zero());
}

QTEST_GUILESS_MAIN(TestManualPayoutService)
#include "tst_manualpayoutservice.moc"
