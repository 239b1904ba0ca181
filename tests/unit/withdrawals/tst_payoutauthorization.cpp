// The payout signer checks before it signs, on this run's backend: with an
// admin key pinned in the key vault, a withdrawal is paid only when the
// ledger holds its money, no signed statement contradicts its row, its
// limits decision recomputed from the ledger agrees, and the approvals it
// needs are signatures of registered approvers. Whoever can only write to
// the database (UPDATE a destination or an amount, INSERT a withdrawal or
// an approval row, clear a review reason) gets a withdrawal held for
// integrity, with the check named in the audit log, and nothing signed;
// limits raised in SQL are not the ones the signer goes by (an admin's
// signed settings are).
// The request itself must be genuine: a withdrawal row inserted in SQL with
// a matching ledger hold, a request signed by a customer key added to
// withdrawal_keys in SQL, a stored payload edited, or a request by an
// operator whose key no admin registered are held as request_not_genuine.
// The honest paths still pay: operators' signed requests, and customers'
// signed on the API with a Stellar and an Ethereum key an admin registered.
// Without a pin nothing is signed at all (fail closed): not even an honest
// withdrawal, and nothing is held either; the run says why.

#include "core/api/withdrawrequest.h"
#include "core/base/manualclock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/security/signedstatements.h"
#include "core/store/unitofwork.h"
#include "core/withdrawals/customerkeysstatement.h"
#include "core/withdrawals/requestsignaturerepository.h"
#include "core/withdrawals/signedwithdrawalservice.h"
#include "core/withdrawals/withdrawalkeyservice.h"
#include "core/withdrawals/withdrawalledger.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/security/trustanchor.h"
#include "core/withdrawals/payoutauthorization.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "core/withdrawals/withdrawalstatement.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// Destinations from SEP-0023.
const std::string kDestination = PayoutStage::kDestination;
const std::string kOtherDestination = "GCKFBEIYV2U22IO2BJ4KVJOIP7XPWQGQFKKWXR6DOSJBV7STMAQSMTGG";
// Customers' test keys: every byte of each seed is the same.
const QByteArray kAdaStellarSeed(32, '\x41');
const QByteArray kAdaEthKey(32, '\x42');
const QByteArray kStrangerSeed(32, '\x44');

std::string stellarKeyOf(const QByteArray &seed)
{
    return stellar::accountIdFromSeed(seed);
}
std::string adaEthKey()
{
    return ethereum::checksumAddress(ethereum::addressFromSecretKey(kAdaEthKey).value());
}

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

} // namespace

class TestPayoutAuthorization : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void honestWithdrawalsPay();
    void aDestinationChangedAfterTheApprovalIsHeld();
    void anAmountRaisedInTheDatabaseIsHeld();
    void aWithdrawalInsertedInTheDatabaseIsHeld();
    void aForgedApprovalRowIsHeld();
    void aWithdrawalMovedToProcessingInTheDatabaseIsHeld();
    void anOperatorAddedInTheDatabaseWithAKeyOfItsOwnDoesNotCount();
    void aReviewReasonClearedInTheDatabaseIsHeld();
    void anApprovalByAnUnregisteredKeyDoesNotCount();
    void aLimitRaisedInTheDatabaseIsNotTheSigners();
    void eachApprovalSaysWhetherTheSignerCountsIt();
    void withoutAPinnedKeyNothingIsSigned();
    void aWithdrawalInsertedWithAMatchingHoldIsHeld();
    void aRequestByAnOperatorWhoseKeyNobodyRegisteredIsHeld();
    void customerSignedRequestsPay();
    void aCustomerKeyAddedInTheDatabaseDoesNotSign();
    void aStoredPayloadEditedInTheDatabaseIsHeld();
    void customerKeyChangesAreSignedByTheAdmin();
    void aSignedRequestStoredAgainUnderAnotherWithdrawalIsHeld();

private:
    void setUp(bool pinned);
    std::int64_t request(const char *amount);
    WithdrawalState state(std::int64_t id);
    void exec(const QString &statement, const QVariantList &values = {});
    // The run's hold: the withdrawal held for integrity for check, and
    // nothing signed.
    void expectHeld(std::int64_t id, const char *check);
    // Ada's keys as root registers them (signed): her Stellar key (unless
    // she has it), and her Ethereum key when both, which then must both sign.
    void registerAdaKeys(bool both);
    // POST /withdraw's path without the HTTP: parsed, verified, submitted.
    // payload as the customer sends it, signed by each of signers over the
    // bytes given (the payload itself, or its json.dumps form).
    Result<WithdrawalRecord> submitSigned(const QByteArray &payload,
                                          const std::vector<std::pair<std::string, std::string>> &signatures);
    QByteArray payload(const char *requestId, const char *amount, bool python = false) const;
    std::pair<std::string, std::string> byStellar(const QByteArray &text, const QByteArray &seed) const;
    std::pair<std::string, std::string> byEth(const QByteArray &text) const;

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
    Actor m_clerk; // requests withdrawals for customers
};

void TestPayoutAuthorization::init()
{
    // Each test sets its stage up with setUp(pinned).
}

// The stage (PayoutStage): root, the first admin; olga and pete, approvers
// whose keys root registered; sam, the operator who requests (and signs his
// requests), whose key root registered; and ivan, an approver whose key
// nobody registered. Limits 300 XLM in 24h and 1000 XLM in 72h, two
// approvers above 500 XLM. pinned: root creates the vault, which pins their
// key; else the vault pins none.
void TestPayoutAuthorization::setUp(bool pinned)
{
    PayoutStage::Limits limits;
    limits.limit24h = "300";
    limits.limit72h = "1000";
    limits.twoApproversAbove = "500";
    m_stage = std::make_unique<PayoutStage>(m_clock, limits, pinned ? PayoutStage::Pin::RootsKey : PayoutStage::Pin::None);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    m_stage->signers().add("ivan", Role::Approver);
    m_stage->chain().hotBalance = xlm("5000");
    m_clerk = m_stage->clerk();
}

void TestPayoutAuthorization::cleanup()
{
    if (m_stage && m_stage->failure().isEmpty()) {
        auto report = ledger::LedgerChecker(m_stage->db(), m_clock).check();
        QVERIFY(report.ok());
    }
    m_stage.reset();
}

std::int64_t TestPayoutAuthorization::request(const char *amount)
{
    auto w = m_stage->withdrawals().request(m_clerk, m_stage->ada(), "XLM", kDestination, xlm(amount));
    if (!w)
        qFatal("request failed: %s", w.error().message.c_str());
    m_clock.advance(1000);
    return w.value().id;
}

WithdrawalState TestPayoutAuthorization::state(std::int64_t id)
{
    return m_stage->withdrawals().find(id).value().state;
}

void TestPayoutAuthorization::exec(const QString &statement, const QVariantList &values)
{
    auto done = sql::run(m_stage->db().connection(), statement, values);
    QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
}

void TestPayoutAuthorization::expectHeld(std::int64_t id, const char *check)
{
    const int signingsBefore = m_stage->chain().signings;
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().held, 1);
    QCOMPARE(m_stage->chain().signings, signingsBefore);
    QCOMPARE(state(id), WithdrawalState::HeldForIntegrity);
    auto audit = sql::run(m_stage->db().connection(),
                          QStringLiteral("SELECT after_value FROM audit_log WHERE action = 'withdrawal.held_for_integrity'"
                                         " AND object_id = ? ORDER BY seq DESC"),
                          {QString::number(id)});
    QVERIFY(audit.ok() && audit.value().next());
    const QJsonObject after = QJsonDocument::fromJson(audit.value().value(0).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("check")).toString(), QString::fromLatin1(check));
}

void TestPayoutAuthorization::registerAdaKeys(bool both)
{
    WithdrawalKeyService keys(m_stage->db(), m_clock, m_stage->audit());
    if (keys.policy(m_stage->ada()).value().keys.empty())
        QVERIFY(keys.add(m_stage->signers().confirmed("root"), m_stage->ada(), Chain::Stellar, stellarKeyOf(kAdaStellarSeed)).ok());
    if (both) {
        QVERIFY(keys.add(m_stage->signers().confirmed("root"), m_stage->ada(), Chain::Ethereum, adaEthKey()).ok());
        QVERIFY(keys.require(m_stage->signers().confirmed("root"), m_stage->ada(), 2).ok());
    }
    m_clock.advance(1000);
}

QByteArray TestPayoutAuthorization::payload(const char *requestId, const char *amount, bool python) const
{
    const QString form = python ? QStringLiteral(R"({"customer_id": %1, "request_id": "%2", "asset": "XLM", "destination": "%3", "amount": "%4"})")
                                : QStringLiteral(R"({"customer_id":%1,"request_id":"%2","asset":"XLM","destination":"%3","amount":"%4"})");
    return form.arg(m_stage->ada()).arg(QString::fromLatin1(requestId), QString::fromStdString(kDestination), QString::fromLatin1(amount))
        .toUtf8();
}

std::pair<std::string, std::string> TestPayoutAuthorization::byStellar(const QByteArray &text, const QByteArray &seed) const
{
    return {stellarKeyOf(seed), base64::encode(stellar::signMessage(seed, text))};
}

std::pair<std::string, std::string> TestPayoutAuthorization::byEth(const QByteArray &text) const
{
    return {adaEthKey(), "0x" + hex::encode(ethereum::signPersonalMessage(kAdaEthKey, text).value())};
}

Result<WithdrawalRecord> TestPayoutAuthorization::submitSigned(const QByteArray &payload,
                                                               const std::vector<std::pair<std::string, std::string>> &signatures)
{
    QByteArray list;
    for (const auto &[signer, sig] : signatures)
        list += QByteArray(list.isEmpty() ? "" : ",") + "{\"signer\":\"" + QByteArray::fromStdString(signer)
                + "\",\"sig\":\"" + QByteArray::fromStdString(sig) + "\"}";
    const QByteArray body = "{\"payload\":" + payload + ",\"signatures\":[" + list + "]}";
    auto parsed = api::parseWithdrawRequest(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    if (!parsed)
        return parsed.error();
    auto verified = api::verifyWithdrawSignatures(parsed.value());
    if (!verified)
        return verified.error();
    SignedWithdrawalRequest request = parsed.value().withdrawal;
    request.signatures = std::move(verified).value();
    SignedWithdrawalService service(m_stage->db(), m_clock, m_stage->withdrawals(), m_stage->audit());
    auto made = service.submit(request);
    m_clock.advance(1000);
    return made;
}

void TestPayoutAuthorization::honestWithdrawalsPay()
{
    setUp(true);
    const std::int64_t automatic = request("250");
    QCOMPARE(state(automatic), WithdrawalState::Processing);
    const std::int64_t approved = request("200"); // 450 in 24h: one approver
    QCOMPARE(state(approved), WithdrawalState::UnderReview);
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), approved).ok());
    m_clock.advance(1000);
    const std::int64_t fourEyes = request("600"); // over 500: two approvers
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), fourEyes).ok());
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("pete"), fourEyes).ok());

    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().held, 0);
    QCOMPARE(run.value().signedNew, 3);
    QVERIFY(run.value().warnings.empty()); // nothing rests on a row: the settings too are signed
    for (std::int64_t id : {automatic, approved, fourEyes})
        QCOMPARE(state(id), WithdrawalState::Broadcast);
    // Each request is sam's signed statement of the withdrawal as it is.
    auto statements = security::SignedStatements(m_stage->db().connection()).forObject("withdrawal", std::to_string(automatic));
    QVERIFY(statements.ok() && !statements.value().empty());
    QCOMPARE(statements.value().front().kind, std::string("withdrawal.request"));
    QVERIFY(statements.value().front().statement.startsWith(
        withdrawalStatement(m_stage->withdrawals().find(automatic).value(), "request").canonical()));
}

void TestPayoutAuthorization::aDestinationChangedAfterTheApprovalIsHeld()
{
    setUp(true);
    const std::int64_t id = request("1200");
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), id).ok());
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("pete"), id).ok());
    exec(QStringLiteral("UPDATE withdrawals SET destination = '%1' WHERE id = %2")
             .arg(QString::fromStdString(kOtherDestination))
             .arg(id));
    // sam's signed request names the old destination too: the request
    // check, the first, holds it.
    expectHeld(id, "request_not_genuine");
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("destination differs from the request sam signed")
            != std::string::npos);
}

void TestPayoutAuthorization::anAmountRaisedInTheDatabaseIsHeld()
{
    setUp(true);
    const std::int64_t id = request("100");
    QCOMPARE(state(id), WithdrawalState::Processing);
    exec(QStringLiteral("UPDATE withdrawals SET amount = ? WHERE id = ?"),
         {m_stage->db().dialect().amountToSql(xlm("900")), QVariant::fromValue<qint64>(id)});
    expectHeld(id, "request_not_genuine"); // sam signed 100 (the hold, 100, would say so next)
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("amount_units differs") != std::string::npos);
}

void TestPayoutAuthorization::aWithdrawalInsertedInTheDatabaseIsHeld()
{
    setUp(true);
    const std::int64_t honest = request("100");
    // A copy of an honest row under a new id: same customer, within limits,
    // straight into processing, but no request held its money.
    exec(QStringLiteral("INSERT INTO withdrawals (id, customer_id, asset, chain, destination, amount, fee, state,"
                        " review_reason, requested_by, requested_at, updated_at, note)"
                        " SELECT id + 100, customer_id, asset, chain, destination, amount, fee, state, review_reason,"
                        " requested_by, requested_at, updated_at, note FROM withdrawals WHERE id = %1")
             .arg(honest));
    exec(QStringLiteral("UPDATE withdrawals SET state = 'succeeded' WHERE id = %1").arg(honest));
    expectHeld(honest + 100, "request_not_genuine"); // nor did anyone sign it
    QVERIFY(m_stage->withdrawals().find(honest + 100).value().note.find("no signed request") != std::string::npos);
}

void TestPayoutAuthorization::aForgedApprovalRowIsHeld()
{
    setUp(true);
    const std::int64_t id = request("1200");
    QCOMPARE(state(id), WithdrawalState::UnderReview);
    exec(QStringLiteral("INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (%1, 'olga', 1)")
             .arg(id));
    exec(QStringLiteral("INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (%1, 'pete', 2)")
             .arg(id));
    exec(QStringLiteral("UPDATE withdrawals SET state = 'approved' WHERE id = %1").arg(id));
    expectHeld(id, "approvals_short");
}

void TestPayoutAuthorization::aWithdrawalMovedToProcessingInTheDatabaseIsHeld()
{
    setUp(true);
    const std::int64_t id = request("1200");
    QCOMPARE(state(id), WithdrawalState::UnderReview);
    exec(QStringLiteral("UPDATE withdrawals SET state = 'processing' WHERE id = %1").arg(id));
    expectHeld(id, "approvals_short");
}

void TestPayoutAuthorization::anOperatorAddedInTheDatabaseWithAKeyOfItsOwnDoesNotCount()
{
    setUp(true);
    const std::int64_t id = request("1200");
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), id).ok());
    // "mallory": an approver row, a key of their own, and an approval they
    // signed correctly with it, all written in SQL.
    const QByteArray seed(32, '\x11');
    const QByteArray publicKey = crypto::ed25519::publicKeyFromSeed(seed);
    exec(QStringLiteral("INSERT INTO operators (id, username, role, password_hash, created_at, updated_at)"
                        " VALUES (77, 'mallory', 'approver', 'not-a-hash', 0, 0)"));
    exec(QStringLiteral("INSERT INTO operator_keys (operator_id, public_key, seed_nonce, seed_box, created_at)"
                        " VALUES (77, ?, '00', '00', 0)"),
         {QString::fromLatin1(publicKey.toHex())});
    security::Statement statement = withdrawalStatement(m_stage->withdrawals().find(id).value(), "approve");
    statement.add("operator", 77).add("operator_name", std::string("mallory")).add("at", m_clock.nowMs());
    const QByteArray text = statement.canonical();
    exec(QStringLiteral("INSERT INTO signed_statements (kind, object_type, object_id, operator_id, public_key, statement,"
                        " signature, signed_at) VALUES ('withdrawal.approve', 'withdrawal', ?, 77, ?, ?, ?, ?)"),
         {QString::number(id), QString::fromLatin1(publicKey.toHex()), QString::fromUtf8(text),
          QString::fromLatin1(crypto::ed25519::sign(seed, text).toHex()), QVariant::fromValue<qint64>(m_clock.nowMs())});
    exec(QStringLiteral("INSERT INTO withdrawal_approvals (withdrawal_id, approver, at) VALUES (?, 'mallory', 1)"),
         {QVariant::fromValue<qint64>(id)});
    exec(QStringLiteral("UPDATE withdrawals SET state = 'approved' WHERE id = %1").arg(id));
    expectHeld(id, "approvals_short");
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("it has 1") != std::string::npos);
}

void TestPayoutAuthorization::aReviewReasonClearedInTheDatabaseIsHeld()
{
    setUp(true);
    const std::int64_t id = request("1200");
    exec(QStringLiteral("UPDATE withdrawals SET state = 'processing', review_reason = '' WHERE id = %1").arg(id));
    expectHeld(id, "over_limits");
}

void TestPayoutAuthorization::anApprovalByAnUnregisteredKeyDoesNotCount()
{
    setUp(true);
    const std::int64_t id = request("1200");
    // Both approvals are signed; ivan's key was never registered by an admin.
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), id).ok());
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("ivan"), id).ok());
    QCOMPARE(state(id), WithdrawalState::Approved);
    expectHeld(id, "approvals_short");
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("it has 1") != std::string::npos);
}

void TestPayoutAuthorization::aLimitRaisedInTheDatabaseIsNotTheSigners()
{
    setUp(true);
    // root signed 300 XLM a day; the row now says 100,000, so the request
    // goes straight to processing as within its limits.
    exec(QStringLiteral("UPDATE assets SET limit_24h = ?, limit_72h = ? WHERE code = 'XLM'"),
         {m_stage->db().dialect().amountToSql(xlm("100000")), m_stage->db().dialect().amountToSql(xlm("100000"))});
    const std::int64_t id = request("1200");
    QCOMPARE(state(id), WithdrawalState::Processing);
    expectHeld(id, "over_limits");
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("300") != std::string::npos);
    // What the admin signed still pays what it allows, and the run does not
    // say the limits are unsigned.
    exec(QStringLiteral("UPDATE assets SET limit_24h = ?, limit_72h = ? WHERE code = 'XLM'"),
         {m_stage->db().dialect().amountToSql(xlm("300")), m_stage->db().dialect().amountToSql(xlm("1000"))});
    m_clock.advance(73LL * 3600 * 1000); // the held 1,200 leaves both windows
    const std::int64_t small = request("100");
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(state(small), WithdrawalState::Broadcast);
}

void TestPayoutAuthorization::eachApprovalSaysWhetherTheSignerCountsIt()
{
    setUp(true);
    const std::int64_t id = request("1200");
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), id).ok());
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("ivan"), id).ok());
    using Standing = PayoutAuthorization::Standing;
    auto standings = [this, id] {
        // As the Withdrawals screen reads them: the pin the vault lists.
        const QByteArray pin = security::listedPinnedAdminKey(m_stage->db().connection()).value();
        PayoutAuthorization signer(m_stage->db().connection(), m_stage->db().dialect(),
                                   pin.isEmpty() ? std::nullopt : std::optional<QByteArray>(pin),
                                   PayoutAuthorization::limitsFromRows(m_stage->db().connection(), m_stage->db().dialect()));
        std::vector<std::pair<std::string, Standing>> seen;
        for (const auto &a : signer.approvalStandings(m_stage->withdrawals().find(id).value()).value())
            seen.emplace_back(a.approver, a.standing);
        return seen;
    };
    QCOMPARE(standings(), (std::vector<std::pair<std::string, Standing>>{{"olga", Standing::Counts},
                                                                         {"ivan", Standing::KeyNotTrusted}}));
    exec(QStringLiteral("UPDATE withdrawals SET destination = ? WHERE id = ?"),
         {QString::fromStdString(kOtherDestination), QVariant::fromValue<qint64>(id)});
    QCOMPARE(standings(), (std::vector<std::pair<std::string, Standing>>{{"olga", Standing::Differs},
                                                                         {"ivan", Standing::Differs}}));
}

// Fail closed: with no pin there is nothing to verify a request, an
// approval or a setting by. Neither an honest withdrawal (signed request,
// two approvals) nor a tampered one is signed, and neither is held: both
// wait, and the run says why. The check itself refuses.
void TestPayoutAuthorization::withoutAPinnedKeyNothingIsSigned()
{
    setUp(false);
    const std::int64_t raised = request("100");
    exec(QStringLiteral("UPDATE withdrawals SET amount = ? WHERE id = ?"),
         {m_stage->db().dialect().amountToSql(xlm("300")), QVariant::fromValue<qint64>(raised)});
    const std::int64_t id = request("1200");
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), id).ok());
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("pete"), id).ok());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(run.value().held, 0);
    QCOMPARE(m_stage->chain().signings, 0);
    QVERIFY(run.value().noPinnedAdminKey);
    QCOMPARE(run.value().problems, (std::vector<std::string>{Message{MessageId::SignerNoPinnedAdminKey, {}}.english()}));
    QCOMPARE(state(id), WithdrawalState::Processing);
    QCOMPARE(state(raised), WithdrawalState::Processing);

    PayoutAuthorization unpinned(m_stage->db().connection(), m_stage->db().dialect(), std::nullopt,
                                 PayoutAuthorization::limitsFromRows(m_stage->db().connection(), m_stage->db().dialect()));
    auto checked = unpinned.check(m_stage->withdrawals().find(id).value());
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, ErrorCode::WrongState);
    QCOMPARE(checked.error().message, (Message{MessageId::SignerNoPinnedAdminKey, {}}.english()));
}

void TestPayoutAuthorization::aWithdrawalInsertedWithAMatchingHoldIsHeld()
{
    setUp(true);
    // Within the limits, straight into processing, and the ledger holds its
    // amount and fee on Ada's account exactly as a request would: only no
    // request was ever made, nor signed. Once as sam's, once as the API's.
    const auto forge = [this](int id, const char *requestedBy) {
        exec(QStringLiteral("INSERT INTO withdrawals (id, customer_id, asset, chain, destination, amount, fee, state,"
                            " review_reason, requested_by, requested_at, updated_at, note)"
                            " VALUES (?, ?, 'XLM', 'stellar', ?, ?, ?, 'processing', '', ?, ?, ?, '')"),
             {id, QVariant::fromValue<qint64>(m_stage->ada()), QString::fromStdString(kDestination),
              m_stage->db().dialect().amountToSql(xlm("100")), m_stage->db().dialect().amountToSql(xlm("0.01")),
              QString::fromLatin1(requestedBy), QVariant::fromValue<qint64>(m_clock.nowMs()),
              QVariant::fromValue<qint64>(m_clock.nowMs())});
        UnitOfWork work(m_stage->db());
        QVERIFY(work.began().ok());
        QVERIFY(WithdrawalLedger(m_stage->ledger()).hold(work, m_stage->withdrawals().find(id).value()).ok());
        QVERIFY(work.commit().ok());
    };
    forge(500, "sam");
    expectHeld(500, "request_not_genuine");
    QVERIFY(m_stage->withdrawals().find(500).value().note.find("no signed request") != std::string::npos);
    forge(501, "system:api");
    expectHeld(501, "request_not_genuine");
    QVERIFY(m_stage->withdrawals().find(501).value().note.find("no signature of the customer") != std::string::npos);
}

void TestPayoutAuthorization::aRequestByAnOperatorWhoseKeyNobodyRegisteredIsHeld()
{
    setUp(true);
    // ivan signs, but no admin registered his key.
    m_clerk = m_stage->signers().confirmed("ivan");
    const std::int64_t id = request("100");
    QCOMPARE(state(id), WithdrawalState::Processing);
    expectHeld(id, "request_not_genuine");
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("no admin had registered") != std::string::npos);
}

void TestPayoutAuthorization::customerSignedRequestsPay()
{
    setUp(true);
    registerAdaKeys(false);
    // Her Stellar key over the exact bytes.
    const QByteArray one = payload("one", "100");
    auto first = submitSigned(one, {byStellar(one, kAdaStellarSeed)});
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    // Two of two: her Stellar key over the bytes, her Ethereum key over
    // json.dumps of them.
    registerAdaKeys(true);
    const QByteArray two = payload("two", "150");
    auto second = submitSigned(two, {byStellar(two, kAdaStellarSeed), byEth(payload("two", "150", true))});
    QVERIFY2(second.ok(), second.ok() ? "" : second.error().message.c_str());
    // Kept as signed: each signature with the bytes it verified over.
    auto kept = RequestSignatureRepository(m_stage->db().connection()).of(second.value().id);
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().size(), std::size_t{2});
    QCOMPARE(kept.value().at(0).signer, stellarKeyOf(kAdaStellarSeed));
    QCOMPARE(kept.value().at(0).payload, two.toStdString());
    QCOMPARE(kept.value().at(1).chain, Chain::Ethereum);
    QCOMPARE(kept.value().at(1).payload, payload("two", "150", true).toStdString());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().held, 0);
    QCOMPARE(run.value().signedNew, 2);
    QCOMPARE(state(first.value().id), WithdrawalState::Broadcast);
    QCOMPARE(state(second.value().id), WithdrawalState::Broadcast);
}

void TestPayoutAuthorization::aCustomerKeyAddedInTheDatabaseDoesNotSign()
{
    setUp(true);
    registerAdaKeys(false);
    // A key of the insider's own, as a withdrawal key of Ada's, in SQL: the
    // API goes by the rows and takes the request it signs.
    exec(QStringLiteral("INSERT INTO withdrawal_keys (customer_id, chain, address, added_by, added_at)"
                        " VALUES (?, 'stellar', ?, 'root', ?)"),
         {QVariant::fromValue<qint64>(m_stage->ada()), QString::fromStdString(stellarKeyOf(kStrangerSeed)),
          QVariant::fromValue<qint64>(m_clock.nowMs())});
    const QByteArray forged = payload("forged", "100");
    auto made = submitSigned(forged, {byStellar(forged, kStrangerSeed)});
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QCOMPARE(state(made.value().id), WithdrawalState::Processing);
    expectHeld(made.value().id, "request_not_genuine");
    QVERIFY(m_stage->withdrawals().find(made.value().id).value().note.find("a key the customer never registered")
            != std::string::npos);
}

void TestPayoutAuthorization::aStoredPayloadEditedInTheDatabaseIsHeld()
{
    setUp(true);
    registerAdaKeys(false);
    const QByteArray signed_ = payload("edited", "100");
    auto made = submitSigned(signed_, {byStellar(signed_, kAdaStellarSeed)});
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    const std::int64_t id = made.value().id;
    // 100 becomes 250 in the stored payload and the row alike: what the
    // payload states agrees with the row, but Ada signed other bytes.
    exec(QStringLiteral("UPDATE withdrawal_request_signatures SET payload = ? WHERE withdrawal_id = ?"),
         {QString::fromUtf8(payload("edited", "250")), QVariant::fromValue<qint64>(id)});
    exec(QStringLiteral("UPDATE withdrawals SET amount = ? WHERE id = ?"),
         {m_stage->db().dialect().amountToSql(xlm("250")), QVariant::fromValue<qint64>(id)});
    expectHeld(id, "request_not_genuine");
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("does not verify") != std::string::npos);
}

void TestPayoutAuthorization::customerKeyChangesAreSignedByTheAdmin()
{
    setUp(true);
    registerAdaKeys(true);
    auto statements = security::SignedStatements(m_stage->db().connection()).forObject("customer", std::to_string(m_stage->ada()));
    QVERIFY(statements.ok());
    QCOMPARE(statements.value().size(), std::size_t{3}); // add, add, require
    auto last = security::Statement::parse(statements.value().back().statement);
    QVERIFY(last.ok());
    QCOMPARE(last.value().kind(), std::string(kCustomerKeysKind));
    QCOMPARE(last.value().value("operator_name"), std::optional<std::string>("root"));
    const auto stated = customerKeysFrom(last.value());
    QVERIFY(stated);
    QCOMPARE(stated->required, 2);
    QCOMPARE(stated->keys.size(), std::size_t{2});
    QCOMPARE(stated->keys.at(0).address, stellarKeyOf(kAdaStellarSeed));
    QCOMPARE(stated->keys.at(1).address, adaEthKey());
    QCOMPARE(stated->keys.at(1).chain, Chain::Ethereum);
}


// Ada's signed bytes name no withdrawal: stored again under a withdrawal
// inserted in SQL, with a matching hold, they verify as well as the first
// time. The signer's journal keeps the request it paid, and pays it once.
void TestPayoutAuthorization::aSignedRequestStoredAgainUnderAnotherWithdrawalIsHeld()
{
    setUp(true);
    registerAdaKeys(false);
    const QByteArray once = payload("once", "100");
    auto made = submitSigned(once, {byStellar(once, kAdaStellarSeed)});
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    auto paid = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(paid.ok(), paid.ok() ? "" : paid.error().message.c_str());
    QCOMPARE(paid.value().signedNew, 1);

    exec(QStringLiteral("INSERT INTO withdrawals (id, customer_id, asset, chain, destination, amount, fee, state,"
                        " review_reason, requested_by, requested_at, updated_at, note)"
                        " VALUES (600, ?, 'XLM', 'stellar', ?, ?, ?, 'processing', '', 'system:api', ?, ?, '')"),
         {QVariant::fromValue<qint64>(m_stage->ada()), QString::fromStdString(made.value().destination),
          m_stage->db().dialect().amountToSql(made.value().amount), m_stage->db().dialect().amountToSql(made.value().fee),
          QVariant::fromValue<qint64>(m_clock.nowMs()), QVariant::fromValue<qint64>(m_clock.nowMs())});
    {
        UnitOfWork work(m_stage->db());
        QVERIFY(work.began().ok());
        QVERIFY(WithdrawalLedger(m_stage->ledger()).hold(work, m_stage->withdrawals().find(600).value()).ok());
        QVERIFY(work.commit().ok());
    }
    auto kept = RequestSignatureRepository(m_stage->db().connection()).of(made.value().id);
    QVERIFY(kept.ok());
    QVERIFY(RequestSignatureRepository(m_stage->db().connection()).add(600, kept.value()).ok());
    expectHeld(600, "request_replayed");
    QVERIFY(m_stage->withdrawals().find(600).value().note.find(std::to_string(made.value().id)) != std::string::npos);
}

QTEST_GUILESS_MAIN(TestPayoutAuthorization)
#include "tst_payoutauthorization.moc"
