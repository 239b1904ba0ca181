// The payout signer recomputes a withdrawal's limits decision with the
// settings an admin had signed when the customer asked, on this run's
// backend: "when" is the time of the withdrawal's hold in the ledger (whose
// transfers nobody edits), not the row's requested_at. A limit or four-eyes
// amount an admin lowers after a request does not hold it when it is paid
// later; a request made after the lowering is decided by the lowered one,
// even once the limit is raised again; and a requested_at moved in SQL to
// a time of higher limits buys nothing: the request the operator signed
// states the real time, so the withdrawal is held, never paid.

#include "core/base/manualclock.h"
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
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
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

const std::string kDestination = PayoutStage::kDestination;
constexpr std::int64_t kHourMs = 3600LL * 1000;

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

} // namespace

class TestLimitsAsOf : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aLimitLoweredAfterTheRequestDoesNotHoldIt();
    void aFourEyesAmountLoweredAfterTheApprovalDoesNotHoldIt();
    void aRequestAfterTheLoweringIsDecidedByTheLoweredLimit();
    void anEditedRequestedAtIsHeldNotPaid();

private:
    std::int64_t request(const char *amount);
    WithdrawalState state(std::int64_t id);
    // root signs new 24h and 72h limits for XLM.
    void signLimits(const char *limit24h, const char *limit72h);
    void exec(const QString &statement, const QVariantList &values = {});
    PayoutRunReport run();
    // The audit log's check for the withdrawal's integrity hold.
    QString heldFor(std::int64_t id);

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
    Actor m_clerk;
};

// The stage (PayoutStage): root, the first admin, creates the vault
// (pinned) and registered olga and pete, approvers, and sam, who requests.
// root signs 300 XLM in 24h, 1000 XLM in 72h and two approvers above 500
// XLM; an hour passes.
void TestLimitsAsOf::init()
{
    PayoutStage::Limits limits;
    limits.limit24h = "300";
    limits.limit72h = "1000";
    limits.twoApproversAbove = "500";
    m_stage = std::make_unique<PayoutStage>(m_clock, limits);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    m_stage->chain().hotBalance = xlm("50000");
    m_clerk = m_stage->clerk();
    m_clock.advance(kHourMs);
}

void TestLimitsAsOf::cleanup()
{
    if (m_stage && m_stage->failure().isEmpty())
        QVERIFY(ledger::LedgerChecker(m_stage->db(), m_clock).check().ok());
    m_stage.reset();
}

std::int64_t TestLimitsAsOf::request(const char *amount)
{
    auto w = m_stage->withdrawals().request(m_clerk, m_stage->ada(), "XLM", kDestination, xlm(amount));
    if (!w)
        qFatal("request failed: %s", w.error().message.c_str());
    m_clock.advance(kHourMs);
    return w.value().id;
}

WithdrawalState TestLimitsAsOf::state(std::int64_t id)
{
    return m_stage->withdrawals().find(id).value().state;
}

void TestLimitsAsOf::signLimits(const char *limit24h, const char *limit72h)
{
    auto changed = security::AuditedSettings(m_stage->db(), m_clock)
                       .change(m_stage->signers().confirmed("root"), "XLM",
                               {{AssetSetting::Limit24h, limit24h}, {AssetSetting::Limit72h, limit72h}});
    QVERIFY2(changed.ok(), changed.ok() ? "" : changed.error().message.c_str());
    m_clock.advance(kHourMs);
}

void TestLimitsAsOf::exec(const QString &statement, const QVariantList &values)
{
    auto done = sql::run(m_stage->db().connection(), statement, values);
    QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
}

PayoutRunReport TestLimitsAsOf::run()
{
    auto report = m_stage->payouts().run(m_stage->vault());
    if (!report)
        qFatal("payout run: %s", report.error().message.c_str());
    return report.value();
}

QString TestLimitsAsOf::heldFor(std::int64_t id)
{
    auto audit = sql::run(m_stage->db().connection(),
                          QStringLiteral("SELECT after_value FROM audit_log WHERE action = 'withdrawal.held_for_integrity'"
                                         " AND object_id = ? ORDER BY seq DESC"),
                          {QString::number(id)});
    if (!audit || !audit.value().next())
        return QString();
    return QJsonDocument::fromJson(audit.value().value(0).toString().toUtf8())
        .object()
        .value(QStringLiteral("check"))
        .toString();
}

void TestLimitsAsOf::aLimitLoweredAfterTheRequestDoesNotHoldIt()
{
    const std::int64_t id = request("250"); // within 300 a day: automatic
    QCOMPARE(state(id), WithdrawalState::Processing);
    // Hot is short when it is first paid; meanwhile an admin lowers the
    // daily limit to 100 XLM.
    m_stage->chain().hotBalance = xlm("10");
    QCOMPARE(run().signedNew, 0);
    QCOMPARE(state(id), WithdrawalState::Error);
    signLimits("100", "1000");
    QVERIFY(m_stage->withdrawals().retry(m_stage->signers().confirmed("root"), id).ok());
    m_stage->chain().hotBalance = xlm("50000");

    const PayoutRunReport report = run();
    QCOMPARE(report.held, 0);
    QCOMPARE(report.signedNew, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestLimitsAsOf::aFourEyesAmountLoweredAfterTheApprovalDoesNotHoldIt()
{
    request("250");
    const std::int64_t id = request("400"); // 650 in 24h: review; under 500, one approver
    QCOMPARE(state(id), WithdrawalState::UnderReview);
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), id).ok());
    QCOMPARE(state(id), WithdrawalState::Approved);
    // Before the payout runs, the four-eyes amount drops to 100 XLM.
    QVERIFY(m_stage->withdrawals().setTwoApproversAbove(m_stage->signers().confirmed("root"), "XLM", xlm("100")).ok());
    m_clock.advance(kHourMs);

    const PayoutRunReport report = run();
    QCOMPARE(report.held, 0);
    QCOMPARE(report.signedNew, 2);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    // A request after the change needs two approvers: one does not pay it.
    m_clock.advance(73 * kHourMs);
    const std::int64_t later = request("400");
    QCOMPARE(state(later), WithdrawalState::UnderReview);
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), later).ok());
    QCOMPARE(state(later), WithdrawalState::UnderReview);
}

void TestLimitsAsOf::aRequestAfterTheLoweringIsDecidedByTheLoweredLimit()
{
    signLimits("100", "1000");
    const std::int64_t id = request("250");
    QCOMPARE(state(id), WithdrawalState::UnderReview);
    // The admin raises the limit again; someone clears the review in SQL,
    // as if 250 had been within the limits when it was asked for.
    signLimits("300", "1000");
    exec(QStringLiteral("UPDATE withdrawals SET state = 'processing', review_reason = '' WHERE id = ?"),
         {QVariant::fromValue<qint64>(id)});

    const PayoutRunReport report = run();
    QCOMPARE(report.signedNew, 0);
    QCOMPARE(report.held, 1);
    QCOMPARE(state(id), WithdrawalState::HeldForIntegrity);
    QCOMPARE(heldFor(id), QStringLiteral("over_limits"));
}

void TestLimitsAsOf::anEditedRequestedAtIsHeldNotPaid()
{
    // 300 a day until root raises it to 2000, asks for 1200 within that,
    // and lowers it to 300 again before the payout runs.
    const std::int64_t beforeRaise = m_clock.nowMs();
    m_clock.advance(kHourMs);
    signLimits("2000", "2000");
    const std::int64_t id = request("1200");
    QCOMPARE(state(id), WithdrawalState::Processing);
    signLimits("300", "1000");
    // The row now claims it was asked for before the raise.
    exec(QStringLiteral("UPDATE withdrawals SET requested_at = ? WHERE id = ?"),
         {QVariant::fromValue<qint64>(beforeRaise), QVariant::fromValue<qint64>(id)});
    QCOMPARE(m_stage->withdrawals().find(id).value().requestedAtMs, beforeRaise);

    // The request sam signed states when it was made: the row contradicts it.
    const PayoutRunReport report = run();
    QCOMPARE(report.held, 1);
    QCOMPARE(report.signedNew, 0);
    QCOMPARE(state(id), WithdrawalState::HeldForIntegrity);
    QCOMPARE(heldFor(id), QStringLiteral("request_not_genuine"));
    QVERIFY(m_stage->withdrawals().find(id).value().note.find("requested_at differs") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestLimitsAsOf)
#include "tst_limitsasof.moc"
